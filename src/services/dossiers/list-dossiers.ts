import { type Principal, unitsWithScope } from '../../core/organisation/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { visibleTo } from './dossier-access.ts';
import { presentDossier } from './present-dossier.ts';

export const boxes = ['all', 'to_assign', 'mine', 'to_approve', 'to_return'] as const;
export type Box = (typeof boxes)[number];

const noUnit = '00000000-0000-0000-0000-000000000000';
const orNone = (ids: string[]) => (ids.length ? ids : [noUnit]);

/** A first inbox: the dossiers waiting for the caller's next step, filtered by scope in SQL. */
export async function listDossiers(
  ctx: ServiceContext,
  principal: Principal,
  filter: { box: Box; q?: string; limit: number; offset: number },
) {
  let query = ctx.db.selectFrom('dossiers').where(visibleTo(principal));
  switch (filter.box) {
    case 'to_assign':
      query = query
        .where('status', 'in', ['received', 'in_appraisal'])
        .where('handlingUnitId', 'in', orNone(unitsWithScope(principal, 'dossier.assign')));
      break;
    case 'mine':
      query = query
        .where('status', '=', 'in_appraisal')
        .where('assigneeId', '=', principal.userId || noUnit);
      break;
    case 'to_approve':
      query = query
        .where('status', '=', 'awaiting_approval')
        .where('competentUnitId', 'in', orNone(unitsWithScope(principal, 'dossier.approve')));
      break;
    case 'to_return':
      query = query
        .where('status', '=', 'result_ready')
        .where('receivingUnitId', 'in', orNone(unitsWithScope(principal, 'dossier.return')));
      break;
    case 'all':
      break;
  }
  if (filter.q) {
    const q = filter.q.trim();
    query = query.where((eb) =>
      eb.or([
        eb('code', '=', q),
        eb('applicantIdNumber', '=', q.toUpperCase()),
        eb('applicantName', 'ilike', `%${q}%`),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('dueAt').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((row) => presentDossier(row)), total: Number(total.n) };
}
