import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { UnitRow, UnitTable } from '../schema.ts';

export type NewUnit = Insertable<UnitTable>;

export async function insertUnits(db: Executor, units: NewUnit[]): Promise<void> {
  for (let i = 0; i < units.length; i += 500) {
    await db
      .insertInto('units')
      .values(units.slice(i, i + 500))
      .execute();
  }
}

export async function updateUnit(
  db: Executor,
  id: string,
  changes: Updateable<UnitTable>,
): Promise<UnitRow | undefined> {
  return db
    .updateTable('units')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function findUnitById(db: Executor, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitByCode(db: Executor, code: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listUnits(
  db: Executor,
  tenantId: string,
  filter: { kind?: string; parentId?: string; includeInactive?: boolean } = {},
): Promise<UnitRow[]> {
  let query = db.selectFrom('units').selectAll().where('tenantId', '=', tenantId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.parentId) query = query.where('parentId', '=', filter.parentId);
  if (!filter.includeInactive) query = query.where('isActive', '=', true);
  return query.orderBy('sortOrder').orderBy('code').execute();
}

/** Ancestors of a unit from the root down to the unit itself. */
export async function listAncestors(db: Executor, unitId: string): Promise<UnitRow[]> {
  return db
    .selectFrom('unitClosure as c')
    .innerJoin('units as u', 'u.id', 'c.ancestorId')
    .selectAll('u')
    .where('c.descendantId', '=', unitId)
    .orderBy('c.depth', 'desc')
    .execute();
}

/** Every unit id in the subtrees of `unitIds` (themselves included). */
export async function listSubtreeIds(db: Executor, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('unitClosure')
    .select('descendantId')
    .distinct()
    .where('ancestorId', 'in', unitIds)
    .execute();
  return rows.map((r) => r.descendantId);
}

/**
 * Recomputes the closure table of one tenant from parent links. The tree has a few thousand units
 * at most, so a full rebuild inside the writing transaction is simpler and safer than patching.
 */
export async function rebuildClosure(db: Executor, tenantId: string): Promise<void> {
  await sql`DELETE FROM unit_closure c USING units u
            WHERE u.id = c.descendant_id AND u.tenant_id = ${tenantId}`.execute(db);
  await sql`
    WITH RECURSIVE tree(ancestor_id, descendant_id, depth) AS (
      SELECT id, id, 0 FROM units WHERE tenant_id = ${tenantId}
      UNION ALL
      SELECT t.ancestor_id, u.id, t.depth + 1
      FROM tree t JOIN units u ON u.parent_id = t.descendant_id
      WHERE u.tenant_id = ${tenantId}
    )
    INSERT INTO unit_closure (ancestor_id, descendant_id, depth)
    SELECT ancestor_id, descendant_id, depth FROM tree`.execute(db);
}

export async function isDescendant(
  db: Executor,
  ancestorId: string,
  descendantId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('unitClosure')
    .select('depth')
    .where('ancestorId', '=', ancestorId)
    .where('descendantId', '=', descendantId)
    .executeTakeFirst();
  return row !== undefined;
}
