import type { Executor } from '../database.ts';
import { newId } from '../ids.ts';

export interface AuditEntry {
  tenantId: string | null;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
  at?: Date;
}

export async function insertAuditEvent(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('auditEvents')
    .values({
      id: newId(),
      tenantId: entry.tenantId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      details: JSON.stringify(entry.details ?? {}),
      ...(entry.at ? { at: entry.at } : {}),
    })
    .execute();
}

export async function listAuditEvents(
  db: Executor,
  filter: { targetType?: string; targetId?: string; actorId?: string; limit?: number },
) {
  let query = db.selectFrom('auditEvents').selectAll();
  if (filter.targetType) query = query.where('targetType', '=', filter.targetType);
  if (filter.targetId) query = query.where('targetId', '=', filter.targetId);
  if (filter.actorId) query = query.where('actorId', '=', filter.actorId);
  return query
    .orderBy('at', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
}
