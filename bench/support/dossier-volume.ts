import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';

/**
 * Bulk synthetic dossiers for volume benchmarks, written by PostgreSQL itself (INSERT … SELECT
 * over generate_series): spread over the demo province's agencies and communes, received at the
 * commune's own centre or the provincial centre, over three years; dossiers older than 45 days
 * are closed (returned, a few stopped), younger ones are in every open status, some overdue, with
 * assignees among the demo officers. Rows carry no action log: inbox queries do not read it.
 */
export async function insertSyntheticDossiers(
  db: Db,
  count: number,
  now: Date,
  batch = 100_000,
): Promise<void> {
  const tenant = await db
    .selectFrom('units')
    .select('tenantId')
    .where('kind', '=', 'province')
    .executeTakeFirstOrThrow();
  const procedure = await db
    .selectFrom('procedures')
    .select(['id', 'publishedVersionId', 'code', 'name'])
    .where('code', '=', '9.999001')
    .executeTakeFirstOrThrow();
  for (let offset = 0; offset < count; offset += batch) {
    const size = Math.min(batch, count - offset);
    await sql`
      WITH agencies AS (
        SELECT pa.unit_id AS competent, coalesce(pa.handling_unit_id, pa.unit_id) AS handling,
               coalesce((SELECT c.id FROM units c WHERE c.parent_id = pa.unit_id AND c.kind = 'commune_centre' LIMIT 1),
                        (SELECT id FROM units WHERE kind = 'service_centre' LIMIT 1)) AS receiving,
               row_number() OVER (ORDER BY pa.unit_id) AS n
        FROM procedure_agencies pa),
      people AS (SELECT array_agg(id ORDER BY username) AS ids FROM users),
      agency_count AS (SELECT count(*) AS c FROM agencies),
      open_statuses AS (SELECT ARRAY['received','in_appraisal','in_appraisal','in_appraisal','awaiting_approval','approved',
                                     'result_ready','awaiting_supplement','in_consultation','submitted'] AS s),
      src AS (
        SELECT g, (g * 7919) % (SELECT c FROM agency_count) + 1 AS agency_no,
               ((g * 104729) % (3 * 365 * 24 * 60)) AS age_minutes
        FROM generate_series(${offset + 1}::bigint, ${offset + size}::bigint) g),
      shaped AS (
        SELECT g, agency_no, ${now}::timestamptz - age_minutes * interval '1 minute' AS received,
               CASE WHEN age_minutes > 45 * 24 * 60 THEN (CASE WHEN g % 20 = 0 THEN 'stopped' ELSE 'returned' END)
                    ELSE (SELECT s FROM open_statuses)[(g * 31) % 10 + 1] END AS status
        FROM src)
      INSERT INTO dossiers (id, tenant_id, code, procedure_id, procedure_version_id, procedure_code, procedure_name,
        channel, status, national_status, applicant_kind, applicant_name, applicant_id_number, applicant_phone,
        applicant_address, receiving_unit_id, competent_unit_id, handling_unit_id, assignee_id, deadline_amount,
        deadline_unit, submitted_at, received_at, clock_start_at, due_at, original_due_at, deadline_explanation,
        visible_unit_ids, workflow, version)
      SELECT gen_random_uuid(), ${tenant.tenantId}::uuid, 'BENCH-' || lpad(src.g::text, 9, '0'), ${procedure.id}::uuid,
             ${procedure.publishedVersionId}::uuid, ${procedure.code}, ${procedure.name},
             (ARRAY['in_person','online','postal'])[src.g % 3 + 1], src.status,
             CASE src.status WHEN 'returned' THEN 10 WHEN 'received' THEN 2 WHEN 'result_ready' THEN 9 WHEN 'submitted' THEN 1
                             WHEN 'awaiting_supplement' THEN 5 WHEN 'stopped' THEN 8 ELSE 4 END,
             'person', 'Người nộp ' || src.g, lpad((src.g % 999999999999)::text, 12, '0'), '0900000000', 'Hưng Yên',
             a.receiving, a.competent, a.handling,
             CASE WHEN src.status IN ('in_appraisal','awaiting_approval','approved','in_consultation')
                  THEN (SELECT ids FROM people)[src.g % cardinality((SELECT ids FROM people)) + 1] END,
             3, 'working_days', src.received, src.received, src.received,
             src.received + interval '10 days', src.received + interval '10 days', '[]'::jsonb,
             ARRAY[a.receiving, a.competent, a.handling], '{}'::jsonb, 3
      FROM shaped src JOIN agencies a ON a.n = src.agency_no`.execute(db);
  }
  await sql`ANALYZE dossiers`.execute(db);
}
