import type { Grant, Principal } from '../../core/organisation/permissions.ts';
import { isRole } from '../../core/organisation/roles.ts';
import { listGrantRows } from '../../db/repositories/users.ts';
import type { ServiceContext } from '../context.ts';

/** The principal of a user: each membership with the subtree it covers, in one query. */
export async function loadPrincipal(
  ctx: ServiceContext,
  userId: string,
  tenantId: string,
  username: string,
  fullName?: string,
): Promise<Principal> {
  const rows = await listGrantRows(ctx.db, userId);
  const grants = new Map<string, Grant & { coveredUnitIds: string[] }>();
  for (const row of rows) {
    if (!isRole(row.role)) continue;
    const key = `${row.unitId}:${row.role}`;
    let grant = grants.get(key);
    if (!grant) {
      grant = { unitId: row.unitId, role: row.role, coveredUnitIds: [] };
      grants.set(key, grant);
    }
    grant.coveredUnitIds.push(row.descendantId);
  }
  return {
    userId,
    tenantId,
    username,
    ...(fullName ? { fullName } : {}),
    grants: [...grants.values()],
  };
}
