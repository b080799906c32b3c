import { computeDue, formatInstant } from '../../core/calendar/index.ts';
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
  // Work boxes filter on units the caller holds the box's scope on, a subset of what they may
  // read: the general visibility filter is only needed for the boxes that do not.
  const needsVisibility =
    ['due_soon', 'overdue', 'waiting_citizen', 'all'].includes(box) || q !== undefined;
  let query = needsVisibility
    ? ctx.db.selectFrom('dossiers').where(visibleTo(principal))
    : ctx.db.selectFrom('dossiers').where('dossiers.tenantId', '=', principal.tenantId);
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
  if (q) query = searchCondition(query, q);

  return query;
}

export async function listDossiers(
  ctx: ServiceContext,
  principal: Principal,
  filter: { box: Box; q?: string; limit: number; offset: number },
) {
  const query = await boxQuery(ctx, principal, filter.box, filter.q);
  // "All" lists the newest first; the work boxes list the most urgent first.
  const ordered =
    filter.box === 'all'
      ? query.orderBy('submittedAt', 'desc')
      : query.orderBy(filter.box === 'to_receive' ? 'stepDueAt' : 'dueAt', (ob) =>
          ob.asc().nullsLast(),
        );
  const [rows, total] = await Promise.all([
    ordered.selectAll('dossiers').orderBy('id').limit(filter.limit).offset(filter.offset).execute(),
    cappedCount(ctx, query),
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
      stepDueAt: row.stepDueAt ? formatInstant(row.stepDueAt.getTime()) : null,
      overdue: Boolean(
        (row.dueAt && statusInfo[row.status as Status]?.clockRuns && row.dueAt.getTime() < now) ||
          // An online dossier not accepted within 8 working hours (Art. 17.2) is late too.
          (row.status === 'submitted' && row.receptionDueAt && row.receptionDueAt.getTime() < now),
      ),
    })),
    total: total.count,
    totalCapped: total.capped,
  };
}

/**
 * Counting a large box exactly scans all its rows; past `countCap` lists and badges say
 * "10.000+" (exact figures over whole periods come from the reports' rollups, issue #6).
 */
export const countCap = 10_000;

async function cappedCount(ctx: ServiceContext, query: Awaited<ReturnType<typeof boxQuery>>) {
  const row = await ctx.db
    .selectFrom(
      query
        .select('dossiers.id')
        .limit(countCap + 1)
        .as('box'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(row.n);
  return { count: Math.min(count, countCap), capped: count > countCap };
}

/** Counts of every box the user has (tab badges), capped at `countCap`. */
export async function countDossiers(ctx: ServiceContext, principal: Principal) {
  const result: Partial<Record<Box, number>> = {};
  for (const box of boxesFor(principal)) {
    result[box] = (await cappedCount(ctx, await boxQuery(ctx, principal, box, undefined))).count;
  }
  return result;
}

/**
 * Search by what the text looks like, so each form uses its own index: a dossier code (prefix),
 * an identity number, a procedure code, else part of the applicant's name (trigram index).
 */
function searchCondition<Q extends { where: (...args: never[]) => Q }>(query: Q, q: string): Q {
  const text = q.trim().normalize('NFC');
  const typed = query as unknown as import('kysely').SelectQueryBuilder<
    import('../../db/schema.ts').DB,
    'dossiers',
    object
  >;
  let result: typeof typed;
  if (/^\d\.\d{6}$/.test(text)) result = typed.where('procedureCode', '=', text);
  else if (/^[0-9]{9,13}$/.test(text) || /^[A-Z][0-9]{7,8}$/i.test(text))
    result = typed.where('applicantIdNumber', '=', text.toUpperCase());
  else if (/^[\w.]+-\d{6}(-\d*)?$/.test(text) || /^[A-Z0-9]+[.-][\w.-]*$/.test(text)) {
    result = typed.where('code', 'like', `${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  } else {
    result = typed.where((eb) =>
      eb(eb.fn('lower', ['applicantName']), 'like', `%${text.toLowerCase()}%`),
    );
  }
  return result as unknown as Q;
}
