import { projectProcedure } from '../../core/catalogue/procedure-projection.ts';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import type { Executor } from '../../db/database.ts';
import { updateProcedure } from '../../db/repositories/catalogue.ts';
import { findVersionInForce } from '../../db/repositories/procedures.ts';
import { forgetCatalogueWords } from './catalogue-words.ts';

/**
 * Mirrors the version in force at `now` into the procedure's list and search columns. Runs on
 * publication and, for a version that takes effect later, from a job at its effective instant.
 */
export async function refreshProcedureProjection(
  db: Executor,
  procedureId: string,
  now: Date,
): Promise<void> {
  forgetCatalogueWords();
  const version = await findVersionInForce(db, procedureId, now);
  if (!version) {
    await updateProcedure(db, procedureId, { publishedVersionId: null });
    return;
  }
  if (version.status === 'abolished') {
    await updateProcedure(db, procedureId, { publishedVersionId: null, lifecycle: 'abolished' });
    return;
  }
  const projection = projectProcedure(procedureRecordSchema.parse(version.record));
  await updateProcedure(db, procedureId, {
    ...projection,
    publishedVersionId: version.id,
    lifecycle: 'active',
  });
}
