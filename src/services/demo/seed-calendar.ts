import { convertAllOfficialSchedules, type OfficialSchedules } from '../../core/calendar/index.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { readFixture } from './fixtures.ts';

/**
 * The official civil-service schedules the team knows (2024–2026: holidays, swaps, make-up
 * Saturdays; fixtures/calendar/README.md) as province-wide overrides over the holiday rules.
 * Not demo data: every installation needs them, so this also runs on an empty PostgreSQL.
 */
export async function seedOfficialCalendar(trx: Trx, tenantId: string): Promise<number> {
  const overrides = convertAllOfficialSchedules(
    readFixture<OfficialSchedules>('calendar/official-schedules.json'),
  );
  if (overrides.length === 0) return 0;
  await trx
    .insertInto('calendarOverrides')
    .values(
      overrides.map((o) => ({
        id: newId(),
        tenantId,
        unitId: null,
        date: o.date,
        kind: o.kind,
        name: o.name,
        reason: o.reason ?? null,
        occasion: o.occasion ?? null,
        source: 'official' as const,
        updatedBy: null,
      })),
    )
    .onConflict((oc) => oc.columns(['tenantId', 'unitId', 'date']).doNothing())
    .execute();
  return overrides.length;
}
