/** The logged-in officer, shared through context; navigation is derived from the session's scopes. */
import { createContext, useContext } from 'react';
import { appBase } from './router.ts';
import type { Scope, Session } from './types.ts';

export interface SessionState {
  session: Session;
  /** Replaces the session after a login, or clears it on logout/401. */
  setSession: (session: Session | null) => void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside a logged-in shell');
  return state;
}

export function hasScope(session: Session, scope: Scope): boolean {
  return session.scopes.includes(scope);
}

export interface NavItem {
  href: string;
  label: string;
}

/** The menu, in the order officers use it; "Lịch làm việc" is visible to all (read-only without calendar.manage). */
export function listNavItems(session: Session): NavItem[] {
  const items: NavItem[] = [];
  if (hasScope(session, 'dossier.read')) items.push({ href: `${appBase}/`, label: 'Hộp việc' });
  if (hasScope(session, 'queue.serve'))
    items.push({ href: `${appBase}/quay`, label: 'Quầy gọi số' });
  if (hasScope(session, 'dossier.receive'))
    items.push({ href: `${appBase}/counter`, label: 'Tiếp nhận hồ sơ' });
  if (hasScope(session, 'org.manage'))
    items.push({ href: `${appBase}/admin/units`, label: 'Đơn vị' });
  if (hasScope(session, 'user.manage'))
    items.push({ href: `${appBase}/admin/users`, label: 'Người dùng' });
  if (hasScope(session, 'catalogue.edit'))
    items.push({ href: `${appBase}/danh-muc`, label: 'Danh mục TTHC' });
  if (hasScope(session, 'report.read') || hasScope(session, 'payment.reconcile'))
    items.push({ href: `${appBase}/thu-phi`, label: 'Thu phí, đánh giá' });
  items.push({ href: `${appBase}/admin/calendar`, label: 'Lịch làm việc' });
  return items;
}

/** Where a user lands without a requested page: the counter for reception-only officers, else the inbox. */
export function getHomePath(session: Session): string {
  const receptionOnly =
    session.roles.length > 0 && session.roles.every((role) => role === 'reception');
  if (receptionOnly) return `${appBase}/counter`;
  return listNavItems(session)[0]?.href ?? `${appBase}/admin/calendar`;
}

/** Role labels of the user, once each, e.g. "Trưởng phòng, Chuyên viên xử lý". */
export function describeRoles(session: Session): string {
  return [...new Set(session.memberships.map((m) => m.roleLabel))].join(', ');
}
