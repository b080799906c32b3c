import {
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { findProcedureByCode, listProcedureAgencies } from '../../db/repositories/procedures.ts';
import type { ProcedureRow, ProcedureVersionRow } from '../../db/schema.ts';

/** A procedure of the caller's province by code, or NOT_FOUND. */
export async function getProcedure(
  db: Executor,
  principal: Principal,
  code: string,
): Promise<ProcedureRow> {
  const procedure = await findProcedureByCode(db, principal.tenantId, code);
  if (!procedure) throw new DomainError('NOT_FOUND', `Không có thủ tục mã ${code}.`);
  return procedure;
}

export async function listAgencyIds(db: Executor, procedureId: string): Promise<string[]> {
  return (await listProcedureAgencies(db, procedureId)).map((a) => a.unitId);
}

export function parseRecord(version: ProcedureVersionRow): ProcedureRecord {
  return procedureRecordSchema.parse(version.record);
}
