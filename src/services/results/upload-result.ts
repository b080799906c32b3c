import { z } from 'zod';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import {
  composeDocumentCode,
  listResultTypes,
  normaliseIdNumber,
} from '../../core/results/document-code.ts';
import { newId } from '../../db/ids.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import { findVersionById } from '../../db/repositories/procedures.ts';
import { findResult, insertResult } from '../../db/repositories/results.ts';
import type { DossierRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { notifyEarlyReturn } from './notify-early-return.ts';
import { presentResult } from './present-results.ts';
import { resultFilePolicy, storeDossierFile } from './store-dossier-file.ts';

const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).max(max).optional());
const optionalDate = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.iso.date({ error: 'Ngày dạng YYYY-MM-DD' }).optional(),
);

export const resultFieldsSchema = z
  .object({
    name: optionalText(300),
    documentNumber: optionalText(100),
    resultTypeCode: optionalText(60),
    summary: optionalText(2000),
    validFrom: optionalDate,
    validUntil: optionalDate,
  })
  .refine((v) => !v.validFrom || !v.validUntil || v.validUntil >= v.validFrom, {
    message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực',
    path: ['validUntil'],
  });
export type ResultFields = z.infer<typeof resultFieldsSchema>;

/** Results are issued once the decision is approved and until they are returned. */
const uploadStatuses = new Set(['approved', 'result_ready']);

/** The handling officers (dossier.process on the handling unit) or the one-stop unit's officers. */
function mayIssue(principal: Principal, dossier: DossierRow): boolean {
  return (
    hasScopeOn(principal, 'dossier.process', dossier.handlingUnitId) ||
    hasScopeOn(principal, 'dossier.return', dossier.receivingUnitId)
  );
}

/**
 * A result as a document (Decree 118/2025 Art. 22): the PDF is stored by content hash with its
 * document code = the holder's ID number + the result-type code of the catalogue record (or the
 * fallback KQ.<procedure code>), its name, number and validity. Uploaded when the result is issued
 * (approved, or result ready before the return). A result ready before the due instant triggers
 * the applicant's advance notice of early return.
 */
export async function uploadResult(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: { fields: ResultFields; bytes: Uint8Array; fileName: string },
) {
  const found = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  if (!mayIssue(principal, found)) {
    throw new DomainError('FORBIDDEN', 'Bạn không có quyền phát hành kết quả của hồ sơ này.');
  }
  if (!uploadStatuses.has(found.status)) {
    throw new DomainError(
      'RULE_VIOLATED',
      'Chỉ tải kết quả lên khi hồ sơ đã được phê duyệt hoặc đã có kết quả, chưa trả (Điều 22 NĐ 118/2025).',
      { rule: 'result_upload_status', status: found.status },
    );
  }
  const version = await findVersionById(ctx.db, found.procedureVersionId);
  const types = listResultTypes(procedureRecordSchema.parse(version!.record));
  const type = input.fields.resultTypeCode
    ? types.find((t) => t.code === input.fields.resultTypeCode)
    : types[0];
  if (!type) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Mã loại kết quả không thuộc thủ tục. Chọn một trong: ${types.map((t) => t.code).join(', ')}.`,
      { fields: [{ field: 'resultTypeCode', message: 'Mã loại kết quả không thuộc thủ tục' }] },
    );
  }
  const holder = normaliseIdNumber(found.applicantIdNumber);
  if (!holder) {
    throw new DomainError(
      'RULE_VIOLATED',
      'Hồ sơ chưa có số giấy tờ của người nộp để lập mã số giấy tờ.',
      {
        rule: 'holder_id_missing',
      },
    );
  }
  const documentCode = composeDocumentCode(holder, type.code);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (trx) => {
    const file = await storeDossierFile(ctx, trx, {
      tenantId: found.tenantId,
      bytes: input.bytes,
      fileName: input.fileName,
      purpose: 'result',
      policy: resultFilePolicy,
      uploadedBy: principal.userId,
    });
    const inserted = await insertResult(trx, {
      id: newId(now.getTime()),
      tenantId: found.tenantId,
      dossierId: found.id,
      fileId: file.id,
      name: input.fields.name ?? type.name,
      resultTypeCode: type.code,
      holderIdNumber: holder,
      documentCode,
      documentNumber: input.fields.documentNumber ?? null,
      summary: input.fields.summary ?? null,
      validFrom: input.fields.validFrom ?? null,
      validUntil: input.fields.validUntil ?? null,
      issuedAt: now,
      issuedBy: principal.userId,
    });
    if (!inserted) {
      throw new DomainError(
        'DUPLICATE',
        `Hồ sơ đã có kết quả mang mã số giấy tờ ${documentCode}.`,
        {
          field: 'resultTypeCode',
          documentCode,
        },
      );
    }
    await notifyEarlyReturn(trx, found, now, ctx.settings.publicUrl);
    return presentResult(found.code, (await findResult(trx, found.id, inserted.id))!);
  });
}
