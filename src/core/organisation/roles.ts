/**
 * Roles and the single role → scopes table (DESIGN §2.1). A membership gives a role on a unit; the
 * role's scopes then apply to that unit and its whole subtree. Every service checks permissions
 * through `roleHasScope`; queries filter by the covered units in SQL.
 */
export const roles = [
  'admin',
  'reception',
  'specialist',
  'head',
  'leader',
  'monitor',
  'catalogue',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  reception: 'Cán bộ tiếp nhận (Bộ phận Một cửa)',
  specialist: 'Chuyên viên xử lý',
  head: 'Trưởng phòng',
  leader: 'Lãnh đạo cơ quan',
  monitor: 'Giám sát',
  catalogue: 'Cán bộ kiểm soát TTHC',
};

export const scopes = [
  'org.read',
  'org.manage',
  'user.manage',
  'calendar.manage',
  'catalogue.read',
  'catalogue.edit',
  'catalogue.review',
  'catalogue.publish',
  'dossier.read',
  'dossier.receive',
  'dossier.assign',
  'dossier.process',
  'dossier.approve',
  'dossier.return',
  'queue.serve',
  'queue.manage',
  'payment.collect',
  'payment.reconcile',
  'report.read',
] as const;
export type Scope = (typeof scopes)[number];

const roleScopes: Record<Role, readonly Scope[]> = {
  admin: [
    'org.read',
    'org.manage',
    'user.manage',
    'calendar.manage',
    'catalogue.read',
    'queue.manage',
    'report.read',
  ],
  reception: [
    'org.read',
    'catalogue.read',
    'dossier.read',
    'dossier.receive',
    'dossier.return',
    'queue.serve',
    'payment.collect',
  ],
  specialist: ['org.read', 'catalogue.read', 'dossier.read', 'dossier.process'],
  head: ['org.read', 'catalogue.read', 'dossier.read', 'dossier.assign', 'dossier.process'],
  leader: [
    'org.read',
    'catalogue.read',
    'dossier.read',
    'dossier.approve',
    'payment.reconcile',
    'report.read',
  ],
  monitor: ['org.read', 'catalogue.read', 'dossier.read', 'payment.reconcile', 'report.read'],
  catalogue: [
    'org.read',
    'catalogue.read',
    'catalogue.edit',
    'catalogue.review',
    'catalogue.publish',
  ],
};

export function roleHasScope(role: Role, scope: Scope): boolean {
  return roleScopes[role].includes(scope);
}

export function scopesOf(role: Role): readonly Scope[] {
  return roleScopes[role];
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
