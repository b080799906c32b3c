import {
  findChannelDeadline,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import { DomainError } from '../../core/errors.ts';
import { newId } from '../../db/ids.ts';
import { insertDraft, listOpenDrafts } from '../../db/repositories/citizen-drafts.ts';
import { findCitizenById } from '../../db/repositories/citizens.ts';
import { findProcedureByCode, findVersionInForce } from '../../db/repositories/procedures.ts';
import type { DraftApplicant } from '../../db/schema-citizens.ts';
import type { ServiceContext } from '../context.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';

const maxOpenDrafts = 30;

/** The procedure in force that offers online submission, or a clear refusal. */
export async function findOnlineProcedure(ctx: ServiceContext, tenantId: string, code: string) {
  const procedure = await findProcedureByCode(ctx.db, tenantId, code);
  const version = procedure
    ? await findVersionInForce(ctx.db, procedure.id, ctx.clock.now())
    : undefined;
  if (!procedure || !version || version.status === 'abolished')
    throw new DomainError('NOT_FOUND', `Không có thủ tục đang hiệu lực mã ${code}.`);
  const record = procedureRecordSchema.parse(version.record);
  const deadline = findChannelDeadline(record, 'online');
  if (!deadline) {
    throw new DomainError(
      'RULE_VIOLATED',
      'Thủ tục này không nhận hồ sơ trực tuyến. Vui lòng nộp trực tiếp hoặc qua bưu chính.',
      { rule: 'channel_offered' },
    );
  }
  return { procedure, version, record, deadline };
}

/**
 * Starts a draft (hồ sơ nháp) of a published procedure that offers the online channel, bound to
 * the version in force now. The applicant is prefilled from the account: what the e-ID asserted
 * or what the citizen declared last time, and the phone or e-mail they signed in with.
 */
export async function startDraft(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  procedureCode: string,
): Promise<{ id: string }> {
  const { procedure, version, record } = await findOnlineProcedure(
    ctx,
    citizen.tenantId,
    procedureCode,
  );
  if ((await listOpenDrafts(ctx.db, citizen.citizenId)).length >= maxOpenDrafts) {
    throw new DomainError(
      'RULE_VIOLATED',
      `Bạn đang có ${maxOpenDrafts} hồ sơ nháp. Nộp hoặc xóa bớt hồ sơ nháp trước khi tạo hồ sơ mới.`,
      { rule: 'draft_limit' },
    );
  }
  const account = await findCitizenById(ctx.db, citizen.citizenId);
  const applicant: DraftApplicant = {
    kind: 'person',
    fullName: account?.fullName ?? '',
    idNumber: account?.idNumber ?? '',
    phone: account?.phone ?? '',
    email: account?.email ?? null,
    address: account?.address ?? '',
  };
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  await insertDraft(ctx.db, {
    id,
    tenantId: citizen.tenantId,
    citizenId: citizen.citizenId,
    procedureId: procedure.id,
    procedureCode: procedure.code,
    procedureName: record.name,
    procedureVersionId: version.id,
    applicant: JSON.stringify(applicant),
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}
