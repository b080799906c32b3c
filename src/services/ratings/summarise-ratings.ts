import { formatInstant } from '../../core/calendar/index.ts';
import {
  type Principal,
  requireScope,
  unitsWithScope,
} from '../../core/organisation/permissions.ts';
import {
  levelCounts,
  ratingChannelLabels,
  ratingCriteria,
  satisfactionLabels,
} from '../../core/ratings/criteria.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import { listUnitNames } from '../../db/repositories/payments.ts';
import {
  listDossierRatings,
  listUserNamesByIds,
  type RatingSummaryRow,
  summariseRatings,
} from '../../db/repositories/ratings.ts';
import type { ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { toInstants } from '../payments/report-period.ts';

/** The criteria in the order of ratingColumns (a–h), then the overall level. */
const criteria = [
  ...ratingCriteria.map((c) => ({
    key: c.key as string,
    letter: c.letter as string,
    label: c.label as string,
  })),
  { key: 'overall', letter: '', label: 'Mức độ hài lòng chung' },
];

function expand(row: RatingSummaryRow | undefined) {
  return {
    total: row?.total ?? 0,
    criteria: criteria.map((c, i) => ({
      ...c,
      ...levelCounts(row?.[`c${i}l3`] ?? 0, row?.[`c${i}l2`] ?? 0, row?.[`c${i}l1`] ?? 0),
    })),
  };
}

/**
 * The leaders' summary of ratings (Decree 118/2025 Arts. 33–34: a criterion for evaluating units
 * and officials) for a period: per one-stop unit, per officer and in total, for each criterion the
 * answers at each level and the satisfaction rate (satisfied or very satisfied over answers).
 */
export async function summariseRatingsReport(
  ctx: ServiceContext,
  principal: Principal,
  input: { from: string; to: string },
) {
  requireScope(principal, 'report.read');
  const units = unitsWithScope(principal, 'report.read');
  const scope = units.includes(principal.tenantId) ? null : units;
  const period = toInstants(input);
  const rows = await summariseRatings(ctx.db, {
    tenantId: principal.tenantId,
    unitIds: scope,
    ...period,
  });
  const unitRows = rows.filter((r) => r.gunit === 0);
  const officerRows = rows.filter((r) => r.gofficer === 0);
  const unitNames = new Map(
    (
      await listUnitNames(
        ctx.db,
        unitRows.map((r) => r.unitid!),
      )
    ).map((u) => [u.id, u]),
  );
  const people = new Map(
    (
      await listUserNamesByIds(
        ctx.db,
        officerRows.flatMap((r) => (r.officerid ? [r.officerid] : [])),
      )
    ).map((u) => [u.id, u]),
  );
  const collator = new Intl.Collator('vi');
  return {
    from: input.from,
    to: input.to,
    levels: satisfactionLabels,
    overall: expand(rows.find((r) => r.gunit === 1 && r.gofficer === 1)),
    perUnit: unitRows
      .map((r) => {
        const unit = unitNames.get(r.unitid!);
        return { unit: { code: unit?.code ?? '', name: unit?.name ?? '' }, ...expand(r) };
      })
      .sort((a, b) => collator.compare(a.unit.name, b.unit.name)),
    perOfficer: officerRows
      .map((r) => {
        const person = r.officerid ? people.get(r.officerid) : undefined;
        return {
          officer: person ? { username: person.username, fullName: person.fullName } : null,
          ...expand(r),
        };
      })
      .sort((a, b) => collator.compare(a.officer?.fullName ?? '~', b.officer?.fullName ?? '~')),
  };
}

const levelLabel = (value: number | null) =>
  value === 1 || value === 2 || value === 3 ? satisfactionLabels[value] : 'Không áp dụng';

/** The ratings of one dossier, for its page. */
export async function listRatingsOfDossier(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const rows = await listDossierRatings(ctx.db, dossier.id);
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    channelLabel: ratingChannelLabels[r.channel],
    officerName: r.officerName,
    counterNo: r.counterNo,
    ticketId: r.ticketId,
    overall: r.overall,
    overallLabel: levelLabel(r.overall),
    answers: ratingCriteria.map((c) => ({
      key: c.key,
      letter: c.letter,
      question: c.label,
      level: r[c.key],
      label: levelLabel(r[c.key]),
    })),
    comment: r.comment,
    createdAt: formatInstant(r.createdAt.getTime()),
  }));
}
