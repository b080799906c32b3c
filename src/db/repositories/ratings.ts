import { type Insertable, sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { RatingPromptTable, RatingTable } from '../schema-payments.ts';

/** Inserts a rating; undefined when the dossier already has one by this channel. */
export async function insertRating(db: Executor, rating: Insertable<RatingTable>) {
  return db
    .insertInto('ratings')
    .values(rating)
    .onConflict((oc) => oc.constraint('ratings_dossier_channel_key').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listDossierRatings(db: Executor, dossierId: string) {
  return db
    .selectFrom('ratings as r')
    .leftJoin('users as u', 'u.id', 'r.officerId')
    .selectAll('r')
    .select('u.fullName as officerName')
    .where('r.dossierId', '=', dossierId)
    .orderBy('r.createdAt')
    .execute();
}

export async function insertRatingPrompt(db: Executor, prompt: Insertable<RatingPromptTable>) {
  await db.insertInto('ratingPrompts').values(prompt).execute();
}

/** The counter's latest unexpired prompt whose dossier has no counter rating yet. */
export async function findActivePrompt(db: Executor, unitId: string, counterNo: number, now: Date) {
  return db
    .selectFrom('ratingPrompts as p')
    .innerJoin('dossiers as d', 'd.id', 'p.dossierId')
    .innerJoin('users as u', 'u.id', 'p.officerId')
    .select([
      'p.id',
      'p.dossierId',
      'p.officerId',
      'p.counterNo',
      'p.expiresAt',
      'd.code',
      'd.procedureName',
      'd.applicantName',
      'u.fullName as officerName',
    ])
    .where('p.unitId', '=', unitId)
    .where('p.counterNo', '=', counterNo)
    .where('p.expiresAt', '>', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('ratings as r')
            .select('r.id')
            .whereRef('r.dossierId', '=', 'p.dossierId')
            .where('r.channel', '=', 'counter'),
        ),
      ),
    )
    .orderBy('p.createdAt', 'desc')
    .executeTakeFirst();
}

export async function findRatingPrompt(db: Executor, id: string) {
  return db.selectFrom('ratingPrompts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Columns of the criteria, in the order of Art. 33 (a–h), then the overall level. */
export const ratingColumns = [
  'return_time',
  'bodies_contacted',
  'times_contacted',
  'information_accuracy',
  'staff_attitude',
  'lawfulness',
  'feedback_explanations',
  'online_quality',
  'overall',
] as const;

export interface RatingSummaryRow {
  unitid: string | null;
  officerid: string | null;
  gunit: number;
  gofficer: number;
  total: number;
  /** `c{criterion index}l{level}`: count of answers at that level. */
  [count: `c${number}l${number}`]: number;
}

/**
 * Counts per criterion and level for a period, grouped per unit, per officer and in total (one
 * scan with GROUPING SETS). Aliases avoid underscores so the camel-case plugin leaves them be.
 */
export async function summariseRatings(
  db: Executor,
  filter: { tenantId: string; unitIds: string[] | null; from: Date; to: Date },
): Promise<RatingSummaryRow[]> {
  const counts = ratingColumns.flatMap((column, i) =>
    [1, 2, 3].map((level) =>
      sql.raw(`count(*) FILTER (WHERE ${column} = ${level})::int AS c${i}l${level}`),
    ),
  );
  const unitFilter =
    filter.unitIds === null
      ? sql``
      : sql`AND (unit_id = ANY(${filter.unitIds}::uuid[]) OR agency_unit_id = ANY(${filter.unitIds}::uuid[]))`;
  const result = await sql<RatingSummaryRow>`
    SELECT unit_id AS unitid, officer_id AS officerid,
      GROUPING(unit_id)::int AS gunit, GROUPING(officer_id)::int AS gofficer,
      count(*)::int AS total, ${sql.join(counts)}
    FROM ratings
    WHERE tenant_id = ${filter.tenantId} AND created_at >= ${filter.from} AND created_at < ${filter.to}
      ${unitFilter}
    GROUP BY GROUPING SETS ((unit_id), (officer_id), ())`.execute(db);
  return result.rows;
}

export async function findDossierById(db: Executor, id: string) {
  return db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUserNamesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'username', 'fullName'])
    .where('id', 'in', ids)
    .execute();
}

/** The counter an officer has open at the unit (queue, migration 0008), if any. */
export async function findOfficerCounterNo(db: Executor, officerId: string, unitId: string) {
  const row = await db
    .selectFrom('queueCounters')
    .select('number')
    .where('officerId', '=', officerId)
    .where('unitId', '=', unitId)
    .where('status', '<>', 'closed')
    .executeTakeFirst();
  return row?.number;
}

/**
 * The dossier received from the ticket this counter served last (still serving, or finished since
 * `since`) and not yet rated at the counter: what the tablet offers without an explicit prompt.
 */
export async function findJustServedDossier(
  db: Executor,
  unitId: string,
  counterNo: number,
  since: Date,
) {
  return db
    .selectFrom('queueTickets as t')
    .innerJoin('queueCounters as c', 'c.id', 't.counterId')
    .innerJoin('dossiers as d', 'd.ticketId', 't.id')
    .leftJoin('users as u', 'u.id', 't.officerId')
    .select([
      't.id as ticketId',
      't.officerId',
      'd.id as dossierId',
      'd.code',
      'd.procedureName',
      'd.applicantName',
      'u.fullName as officerName',
    ])
    .where('c.unitId', '=', unitId)
    .where('c.number', '=', counterNo)
    .where((eb) =>
      eb.or([
        eb('t.status', '=', 'serving'),
        eb.and([eb('t.status', '=', 'done'), eb('t.finishedAt', '>=', since)]),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('ratings as r')
            .select('r.id')
            .whereRef('r.dossierId', '=', 'd.id')
            .where('r.channel', '=', 'counter'),
        ),
      ),
    )
    .orderBy('t.servingAt', 'desc')
    .orderBy('d.submittedAt', 'desc')
    .executeTakeFirst();
}
