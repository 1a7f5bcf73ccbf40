/** Who may do what. Pure, so the UI can hide what the server will refuse anyway. */
export const ROLES = ['marketer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const RANK: Record<Role, number> = { marketer: 0, reviewer: 1, admin: 2 };

export type Permission = 'trigger:write' | 'trigger:review' | 'people:manage' | 'settings:manage' | 'audit:read-all';

const GRANTS: Record<Role, readonly Permission[]> = {
  marketer: ['trigger:write'],
  reviewer: ['trigger:write', 'trigger:review'],
  admin: ['trigger:write', 'trigger:review', 'people:manage', 'settings:manage', 'audit:read-all'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Admins change roles, but nobody can raise their own role. */
export function canChangeRole(actor: { id: string; role: Role }, target: { id: string; role: Role }, next: Role): boolean {
  if (!can(actor.role, 'people:manage')) return false;
  if (actor.id === target.id && RANK[next] > RANK[target.role]) return false;
  return true;
}
