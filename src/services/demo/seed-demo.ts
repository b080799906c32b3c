import type { Db } from '../../db/database.ts';
import type { FileStore } from '../files/file-store.ts';
import { seedOfficialCalendar } from './seed-calendar.ts';
import { seedDemoCatalogue } from './seed-catalogue.ts';
import { seedOrganisation } from './seed-organisation.ts';
import { seedDemoQueue } from './seed-queue.ts';
import { demoAccounts, demoPassword, seedDemoUsers } from './seed-users.ts';

export interface SeedSummary {
  seeded: boolean;
  units: number;
  procedures: number;
  overrides: number;
  accounts: string[];
}

/** Loads the demo province once: on a database that already has a province, it does nothing. */
export async function seedDemo(db: Db, files: FileStore): Promise<SeedSummary> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'province')
      .executeTakeFirst();
    if (existing) return { seeded: false, units: 0, procedures: 0, overrides: 0, accounts: [] };
    const org = await seedOrganisation(trx);
    const overrides = await seedOfficialCalendar(trx, org.tenantId);
    await seedDemoUsers(trx, org.tenantId, org.unitIdByCode);
    const procedures = await seedDemoCatalogue(trx, org, files);
    await seedDemoQueue(trx, org);
    return {
      seeded: true,
      units: org.unitIdByCode.size,
      procedures,
      overrides,
      accounts: demoAccounts.map((a) => a.username),
    };
  });
}

export { demoAccounts, demoPassword };
