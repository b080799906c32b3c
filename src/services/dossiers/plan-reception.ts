import { computeDue, type DueResult } from '../../core/calendar/index.ts';
import {
  type Deadline,
  findChannelDeadline,
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import {
  findProcedureByCode,
  findVersionInForce,
  listProcedureAgencies,
} from '../../db/repositories/procedures.ts';
import { findUnitById, isDescendant, listAncestors } from '../../db/repositories/units.ts';
import type { ProcedureRow, ProcedureVersionRow, UnitRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { getUnitByCode } from '../organisation/resolve-unit.ts';
import type { ReceiveDossierInput } from './receive-input.ts';

const collator = new Intl.Collator('vi');

export type ReceptionTarget = Pick<
  ReceiveDossierInput,
  'procedureCode' | 'channel' | 'receivingUnitCode' | 'competentUnitCode'
>;

export interface ReceptionPlan {
  receivingUnit: UnitRow;
  competentUnit: UnitRow;
  handlingUnitId: string;
  handlingUnit: { id: string; code: string; name: string };
  codeUnit: UnitRow;
  procedure: ProcedureRow;
  version: ProcedureVersionRow;
  record: ProcedureRecord;
  deadline: Deadline;
  due: DueResult;
  now: Date;
}

/**
 * Everything reception decides before writing: receiving and competent units, the version in
 * force, the channel's deadline and the due instant with its explanation. The counter page shows
 * it before saving (POST /dossiers/preview); receiveDossier then writes it.
 */
export async function planReception(
  ctx: ServiceContext,
  trx: Executor,
  principal: Principal,
  input: ReceptionTarget,
): Promise<ReceptionPlan> {
  const now = ctx.clock.now();
  const receivingUnit = await resolveReceivingUnit(trx, principal, input.receivingUnitCode);
  const procedure = await findProcedureByCode(trx, principal.tenantId, input.procedureCode);
  if (!procedure)
    throw new DomainError('NOT_FOUND', `Không có thủ tục mã ${input.procedureCode}.`, {
      field: 'procedureCode',
    });
  const version = await findVersionInForce(trx, procedure.id, now);
  if (!version) {
    throw new DomainError(
      'RULE_VIOLATED',
      `Thủ tục ${procedure.code} chưa được công bố hoặc đã hết hiệu lực.`,
      {
        field: 'procedureCode',
        rule: 'procedure_in_force',
      },
    );
  }
  const record = procedureRecordSchema.parse(version.record);
  const deadline = findChannelDeadline(record, input.channel);
  if (!deadline) {
    throw new DomainError(
      'RULE_VIOLATED',
      'Thủ tục không áp dụng cách thức nộp này hoặc chưa có thời hạn giải quyết.',
      {
        field: 'channel',
        rule: 'channel_offered',
      },
    );
  }
  const competent = await resolveCompetentUnit(
    trx,
    procedure.id,
    receivingUnit.id,
    input.competentUnitCode,
  );
  const competentUnit = (await findUnitById(trx, competent.unitId))!;
  const calendar = await ctx.calendars.forUnit(trx, principal.tenantId, competent.unitId);
  const due = computeDue(calendar, {
    start: now.getTime(),
    amount: deadline.amount,
    unit: deadline.unit,
    explain: true,
  });
  // Decree 118/2025 Art. 28: the competent agency's identifier; for an inter-agency group the
  // receiving one-stop unit's (paper submissions).
  const codeUnit = record.interAgency ? receivingUnit : competentUnit;
  return {
    receivingUnit,
    competentUnit,
    handlingUnitId: competent.handlingUnitId ?? competent.unitId,
    handlingUnit: {
      id: competent.handlingUnitId ?? competent.unitId,
      code: competent.handlingCode ?? competentUnit.code,
      name: competent.handlingName ?? competentUnit.name,
    },
    codeUnit,
    procedure,
    version,
    record,
    deadline,
    due,
    now,
  };
}

async function resolveReceivingUnit(trx: Executor, principal: Principal, code: string | undefined) {
  if (code) {
    const unit = await getUnitByCode(trx, code, 'receivingUnitCode');
    requireScope(principal, 'dossier.receive', unit.id);
    return unit;
  }
  const grant = principal.grants.find((g) => hasScopeOn(principal, 'dossier.receive', g.unitId));
  if (!grant) throw new DomainError('FORBIDDEN', 'Bạn không có quyền tiếp nhận hồ sơ.');
  return (await findUnitById(trx, grant.unitId))!;
}

/**
 * The competent agency: the one named, else the procedure's only agency, else the agency whose
 * subtree holds the receiving unit (a commune centre receives for its own commune).
 */
export async function resolveCompetentUnit(
  trx: Executor,
  procedureId: string,
  receivingUnitId: string,
  code: string | undefined,
) {
  const agencies = await listProcedureAgencies(trx, procedureId);
  if (agencies.length === 0) {
    throw new DomainError('RULE_VIOLATED', 'Thủ tục chưa được giao cho cơ quan giải quyết nào.', {
      rule: 'procedure_agency',
    });
  }
  if (code) {
    const match = agencies.find((a) => a.code === code);
    if (!match) {
      throw new DomainError('RULE_VIOLATED', `Cơ quan ${code} không giải quyết thủ tục này.`, {
        field: 'competentUnitCode',
        options: agencies.map((a) => a.code),
      });
    }
    return match;
  }
  if (agencies.length === 1) return agencies[0]!;
  const ancestors = new Set((await listAncestors(trx, receivingUnitId)).map((u) => u.id));
  const local = agencies.find((a) => ancestors.has(a.unitId));
  if (local) return local;
  for (const agency of agencies)
    if (await isDescendant(trx, agency.unitId, receivingUnitId)) return agency;
  throw new DomainError(
    'RULE_VIOLATED',
    'Thủ tục do nhiều cơ quan giải quyết: chọn cơ quan có thẩm quyền (competentUnitCode).',
    {
      field: 'competentUnitCode',
      options: agencies
        .map((a) => ({ code: a.code, name: a.name }))
        .sort((x, y) => collator.compare(x.name, y.name)),
    },
  );
}
