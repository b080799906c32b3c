import { computeDue } from '../../core/calendar/index.ts';
import { type Status, statuses, statusInfo } from '../../core/dossiers/statuses.ts';
import { type Principal, unitsWithScope } from '../../core/organisation/permissions.ts';
import type { Scope } from '../../core/organisation/roles.ts';
import type { ServiceContext } from '../context.ts';
import { visibleTo } from './dossier-access.ts';
import { presentDossier } from './present-dossier.ts';

export const boxes = [
  'to_receive',
  'to_assign',
  'mine',
  'to_approve',
  'to_return',
  'due_soon',
  'overdue',
  'waiting_citizen',
  'consulted',
  'all',
] as const;
export type Box = (typeof boxes)[number];

const noUnit = '00000000-0000-0000-0000-000000000000';
const orNone = (ids: string[]) => (ids.length ? ids : [noUnit]);
const running = statuses.filter((s) => statusInfo[s].clockRuns) as Status[];
const mineStatuses: Status[] = ['in_appraisal', 'in_consultation', 'in_inter_agency', 'approved'];

/** The scope a box needs; boxes without it are not shown to the user. */
const boxScope: Record<Box, Scope> = {
  to_receive: 'dossier.receive',
  to_assign: 'dossier.assign',
  mine: 'dossier.process',
  to_approve: 'dossier.approve',
  to_return: 'dossier.return',
  due_soon: 'dossier.read',
  overdue: 'dossier.read',
  waiting_citizen: 'dossier.read',
  consulted: 'dossier.process',
  all: 'dossier.read',
};

export function boxesFor(principal: Principal): Box[] {
  return boxes.filter((box) => unitsWithScope(principal, boxScope[box]).length > 0);
}

/**
 * Inboxes per role and unit (DESIGN §2.4): each box is one indexed SQL condition on top of the
 * caller's visibility, so counts and lists never fetch-then-filter.
 */
async function boxQuery(
  ctx: ServiceContext,
  principal: Principal,
  box: Box,
  q: string | undefined,
) {
  let query = ctx.db.selectFrom('dossiers').where(visibleTo(principal));
  const units = (scope: Scope) => orNone(unitsWithScope(principal, scope));
  const now = ctx.clock.now();
  switch (box) {
    case 'to_receive':
      query = query
        .where('status', '=', 'submitted')
        .where('receivingUnitId', 'in', units('dossier.receive'));
      break;
    case 'to_assign':
      query = query
        .where('status', '=', 'received')
        .where('handlingUnitId', 'in', units('dossier.assign'));
      break;
    case 'mine':
      query = query
        .where('assigneeId', '=', principal.userId || noUnit)
        .where('status', 'in', mineStatuses);
      break;
    case 'to_approve':
      query = query
        .where('competentUnitId', 'in', units('dossier.approve'))
        .where((eb) =>
          eb.or([eb('status', '=', 'awaiting_approval'), eb('extensionStatus', '=', 'pending')]),
        );
      break;
    case 'to_return':
      query = query
        .where('status', '=', 'result_ready')
        .where('receivingUnitId', 'in', units('dossier.return'));
      break;
    case 'due_soon': {
      const calendar = await ctx.calendars.forUnit(ctx.db, principal.tenantId, null);
      const horizon = new Date(
        computeDue(calendar, { start: now.getTime(), amount: 1, unit: 'working_days' }).due,
      );
      query = query
        .where('status', 'in', running)
        .where('dueAt', '>=', now)
        .where('dueAt', '<=', horizon);
      break;
    }
    case 'overdue':
      query = query.where('status', 'in', running).where('dueAt', '<', now);
      break;
    case 'waiting_citizen':
      query = query.where('status', '=', 'awaiting_supplement');
      break;
    case 'consulted':
      query = query
        .where('status', 'in', ['in_consultation', 'in_inter_agency'])
        .where((eb) => eb('participantUnitIds', '&&', eb.val(units('dossier.process')) as never));
      break;
    case 'all':
      break;
  }
  if (q) {
    const text = q.trim();
    query = query.where((eb) =>
      eb.or([
        eb('code', 'like', `${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`),
        eb('applicantIdNumber', '=', text.toUpperCase()),
        eb('procedureCode', '=', text),
        eb(eb.fn('lower', ['applicantName']), 'like', `%${text.toLowerCase().normalize('NFC')}%`),
      ]),
    );
  }
  return query;
}

export async function listDossiers(
  ctx: ServiceContext,
  principal: Principal,
  filter: { box: Box; q?: string; limit: number; offset: number },
) {
  const query = await boxQuery(ctx, principal, filter.box, filter.q);
  const order = filter.box === 'to_receive' ? 'stepDueAt' : 'dueAt';
  const [rows, total] = await Promise.all([
    query
      .selectAll('dossiers')
      .orderBy(order, (ob) => ob.asc().nullsLast())
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const unitIds = [
    ...new Set(rows.flatMap((r) => [r.receivingUnitId, r.competentUnitId, r.handlingUnitId])),
  ];
  const units = unitIds.length
    ? await ctx.db
        .selectFrom('units')
        .select(['id', 'code', 'name'])
        .where('id', 'in', unitIds)
        .execute()
    : [];
  const unitMap = new Map(units.map((u) => [u.id, u]));
  const now = ctx.clock.now().getTime();
  return {
    items: rows.map((row) => ({
      ...presentDossier(row, unitMap),
      currentStep: row.currentStep,
      stepDueAt: row.stepDueAt?.toISOString() ?? null,
      overdue: Boolean(
        row.dueAt && statusInfo[row.status as Status]?.clockRuns && row.dueAt.getTime() < now,
      ),
    })),
    total: Number(total.n),
  };
}

/** Counts of every box the user has (tab badges). */
export async function countDossiers(ctx: ServiceContext, principal: Principal) {
  const result: Partial<Record<Box, number>> = {};
  for (const box of boxesFor(principal)) {
    const query = await boxQuery(ctx, principal, box, undefined);
    const row = await query
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[box] = Number(row.n);
  }
  return result;
}
