import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { PaymentCallbackTable, PaymentRow, PaymentTable } from '../schema-payments.ts';

const noUnit = '00000000-0000-0000-0000-000000000000';

/** A scoped reader sees payments its units collected or whose fee belongs to its agency. */
function inScope(unitIds: string[] | null) {
  const ids = unitIds?.length ? unitIds : [noUnit];
  return sql<boolean>`(p.agency_unit_id = ANY(${ids}::uuid[]) OR p.collecting_unit_id = ANY(${ids}::uuid[]))`;
}

/**
 * Next receipt number of the unit's year. The upsert locks the counter row until the payment's
 * transaction ends, so numbers are sequential and gap-free (a rolled-back payment frees its number).
 */
export async function takeNextReceiptNo(
  db: Executor,
  tenantId: string,
  unitId: string,
  year: number,
): Promise<number> {
  const result = await sql<{ lastNo: number }>`
    INSERT INTO payment_receipt_counters (unit_id, year, tenant_id, last_no)
    VALUES (${unitId}, ${year}, ${tenantId}, 1)
    ON CONFLICT (unit_id, year) DO UPDATE SET last_no = payment_receipt_counters.last_no + 1
    RETURNING last_no`.execute(db);
  return result.rows[0]!.lastNo;
}

export async function insertPayment(
  db: Executor,
  payment: Insertable<PaymentTable>,
): Promise<PaymentRow> {
  return db.insertInto('payments').values(payment).returningAll().executeTakeFirstOrThrow();
}

export async function findPaymentById(db: Executor, id: string): Promise<PaymentRow | undefined> {
  return db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The payment row locked for the rest of the transaction (callbacks of one order serialise here). */
export async function lockPayment(db: Executor, id: string): Promise<PaymentRow | undefined> {
  return db.selectFrom('payments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function listDossierPayments(db: Executor, dossierId: string) {
  return db
    .selectFrom('payments as p')
    .leftJoin('users as u', 'u.id', 'p.collectedBy')
    .leftJoin('units as cu', 'cu.id', 'p.collectingUnitId')
    .selectAll('p')
    .select(['u.fullName as collectorName', 'cu.name as collectingUnitName'])
    .where('p.dossierId', '=', dossierId)
    .orderBy('p.createdAt')
    .execute();
}

export async function markPaymentPaid(
  db: Executor,
  id: string,
  changes: {
    receiptYear: number;
    receiptNo: number;
    receiptNumber: string;
    paidAt: Date;
    gatewayTransactionId?: string | null;
  },
): Promise<void> {
  await db
    .updateTable('payments')
    .set({ ...changes, status: 'paid' })
    .where('id', '=', id)
    .execute();
}

export async function markPaymentFailed(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .updateTable('payments')
    .set({ status: 'failed', failedAt: at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** dossiers.fee_paid mirrors the paid payments; fee_total is raised when it was never assessed. */
export async function refreshDossierFees(
  db: Executor,
  dossierId: string,
  feeTotal?: number,
): Promise<void> {
  await sql`
    UPDATE dossiers SET
      fee_paid = (SELECT COALESCE(sum(amount), 0) FROM payments WHERE dossier_id = ${dossierId} AND status = 'paid'),
      fee_total = COALESCE(${feeTotal ?? null}::bigint, fee_total)
    WHERE id = ${dossierId}`.execute(db);
}

/** Records a gateway event once: false when the same event id was applied before. */
export async function claimGatewayEvent(
  db: Executor,
  event: {
    id: string;
    tenantId: string;
    gateway: string;
    eventId: string;
    paymentId: string;
    outcome: 'succeeded' | 'failed';
    amount: number;
    occurredAt: Date;
    appliedAt: Date;
  },
): Promise<boolean> {
  const rows = await db
    .insertInto('paymentGatewayEvents')
    .values(event)
    .onConflict((oc) => oc.constraint('payment_gateway_events_event_key').doNothing())
    .returning('id')
    .execute();
  return rows.length === 1;
}

export async function insertCallbackLog(
  db: Executor,
  entry: Insertable<PaymentCallbackTable>,
): Promise<void> {
  await db.insertInto('paymentCallbacks').values(entry).execute();
}

export async function listCallbackLog(db: Executor, limit: number) {
  return db
    .selectFrom('paymentCallbacks')
    .selectAll()
    .orderBy('receivedAt', 'desc')
    .limit(limit)
    .execute();
}

/** Online payments paid in the period or named by reference (the gateway's orders), in scope. */
export async function listOnlinePayments(
  db: Executor,
  filter: { tenantId: string; unitIds: string[] | null; from: Date; to: Date; refs: string[] },
) {
  return db
    .selectFrom('payments as p')
    .innerJoin('dossiers as d', 'd.id', 'p.dossierId')
    .select([
      'p.id',
      'p.amount',
      'p.status',
      'p.paidAt',
      'p.receiptNumber',
      'p.collectingUnitId',
      'p.agencyUnitId',
      'p.gatewayOrderId',
      'd.code as dossierCode',
    ])
    .where('p.tenantId', '=', filter.tenantId)
    .where('p.method', '=', 'online')
    .where((eb) =>
      eb.or([
        eb.and([eb('p.paidAt', '>=', filter.from), eb('p.paidAt', '<', filter.to)]),
        ...(filter.refs.length ? [eb('p.id', 'in', filter.refs)] : []),
      ]),
    )
    .$if(filter.unitIds !== null, (qb) => qb.where(inScope(filter.unitIds)))
    .execute();
}

/** Paid payments of the period for the monthly settlement, in scope (agency or collecting unit). */
export async function listPaidPayments(
  db: Executor,
  filter: { tenantId: string; unitIds: string[] | null; from: Date; to: Date },
) {
  return db
    .selectFrom('payments as p')
    .innerJoin('dossiers as d', 'd.id', 'p.dossierId')
    .select([
      'p.id',
      'p.method',
      'p.amount',
      'p.paidAt',
      'p.receiptNumber',
      'p.agencyUnitId',
      'p.collectingUnitId',
      'd.code as dossierCode',
    ])
    .where('p.tenantId', '=', filter.tenantId)
    .where('p.status', '=', 'paid')
    .where('p.paidAt', '>=', filter.from)
    .where('p.paidAt', '<', filter.to)
    .$if(filter.unitIds !== null, (qb) => qb.where(inScope(filter.unitIds)))
    .orderBy('p.paidAt')
    .execute();
}

/** The dossier row locked for the payment's transaction: fee_total and fee_paid stay consistent. */
export async function lockDossierByCode(db: Executor, code: string) {
  return db
    .selectFrom('dossiers')
    .selectAll()
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}

/** A recent unpaid online order of the dossier, reused instead of opening a second one. */
export async function findOpenOnlinePayment(db: Executor, dossierId: string, since: Date) {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('method', '=', 'online')
    .where('status', '=', 'pending')
    .where('createdAt', '>=', since)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

export async function listUnitNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('units').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
}
