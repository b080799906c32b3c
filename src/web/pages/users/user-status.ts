import type { ManagedUser } from '../../lib/types.ts';

export type UserStatus = 'active' | 'locked' | 'disabled';

export const userStatusLabels: Record<UserStatus, string> = {
  active: 'Đang hoạt động',
  locked: 'Đang bị khóa',
  disabled: 'Đã vô hiệu hóa',
};

/** Disabled by an administrator wins over a temporary lock after failed logins. */
export function getUserStatus(user: ManagedUser, now = Date.now()): UserStatus {
  if (!user.isActive) return 'disabled';
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return 'locked';
  return 'active';
}

export function describeMembership(m: ManagedUser['memberships'][number]): string {
  return `${m.roleLabel} @ ${m.unitName} (${m.unitCode})`;
}

/** One user write from the dialog: the path is relative to /users/:id; resolves true on success. */
export type Write = (
  method: 'PATCH' | 'POST' | 'DELETE',
  path: string,
  body: unknown,
  done: string,
) => Promise<boolean>;
