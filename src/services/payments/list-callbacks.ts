import { formatInstant } from '../../core/calendar/index.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { listCallbackLog } from '../../db/repositories/payments.ts';
import type { ServiceContext } from '../context.ts';
import { reconcileScope } from './report-period.ts';

/** The gateway callback log, newest first, for province-wide reconcilers (it spans every unit). */
export async function listCallbacks(ctx: ServiceContext, principal: Principal, limit: number) {
  const scope = reconcileScope(principal);
  if (scope !== null) return [];
  const rows = await listCallbackLog(ctx.db, limit);
  return rows.map((r) => ({
    id: r.id,
    gateway: r.gateway,
    receivedAt: formatInstant(r.receivedAt.getTime()),
    eventId: r.eventId,
    paymentId: r.paymentId,
    result: r.result,
    httpStatus: r.httpStatus,
    message: r.message,
    remoteIp: r.remoteIp,
  }));
}
