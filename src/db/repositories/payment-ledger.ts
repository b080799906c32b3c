import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { PaymentSimOrderRow, PaymentSimOrderTable } from '../schema-payments.ts';

/** The simulated gateway's own books (payment_sim_orders): it stands for the provider's ledger. */
export async function insertSimOrder(
  db: Executor,
  order: Insertable<PaymentSimOrderTable>,
): Promise<void> {
  await db.insertInto('paymentSimOrders').values(order).execute();
}

export async function findSimOrder(
  db: Executor,
  id: string,
): Promise<PaymentSimOrderRow | undefined> {
  return db.selectFrom('paymentSimOrders').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The payer's choice on the checkout page; only an open order changes (a second click is a no-op). */
export async function completeSimOrder(
  db: Executor,
  id: string,
  outcome: 'succeeded' | 'failed',
  transactionId: string | null,
  at: Date,
): Promise<PaymentSimOrderRow | undefined> {
  return db
    .updateTable('paymentSimOrders')
    .set({ status: outcome, transactionId, completedAt: at })
    .where('id', '=', id)
    .where('status', '=', 'created')
    .returningAll()
    .executeTakeFirst();
}

export async function recordSimCallbackAttempt(
  db: Executor,
  id: string,
  httpStatus: number,
): Promise<void> {
  await sql`UPDATE payment_sim_orders
    SET callback_attempts = callback_attempts + 1, last_callback_status = ${httpStatus}
    WHERE id = ${id}`.execute(db);
}

/** Orders completed in the period, or named by our reference. */
export async function listSimOrders(
  db: Executor,
  filter: { from: Date; to: Date; refs: string[] },
): Promise<PaymentSimOrderRow[]> {
  return db
    .selectFrom('paymentSimOrders')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('completedAt', '>=', filter.from), eb('completedAt', '<', filter.to)]),
        ...(filter.refs.length ? [eb('merchantRef', 'in', filter.refs)] : []),
      ]),
    )
    .execute();
}

/** The gateway moves every successful, unsettled order completed by `upTo` to the fee account. */
export async function settleSimOrders(db: Executor, upTo: Date, at: Date): Promise<number> {
  const rows = await db
    .updateTable('paymentSimOrders')
    .set({ settledAt: at })
    .where('status', '=', 'succeeded')
    .where('settledAt', 'is', null)
    .where('completedAt', '<=', upTo)
    .returning('id')
    .execute();
  return rows.length;
}
