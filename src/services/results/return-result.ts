import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { getDossier } from '../dossiers/get-dossier.ts';
import { performDossierAction } from '../dossiers/perform-dossier-action.ts';
import { signaturePolicy, storeDossierFile } from './store-dossier-file.ts';

const note = z.string().trim().max(2000).optional();
const expectedVersion = z.number().int().min(0).optional();

/**
 * The officer's return form (Decree 118/2025 Art. 22), stricter than the bare workflow action:
 * in person, who collected it and their identity number, and a signature on the tablet (a PNG) or
 * "signed on the paper register"; by public post, the tracking number and the posting date;
 * electronically, nothing more (a result file must exist).
 */
export const resultReturnSchema = z.discriminatedUnion('method', [
  z
    .object({
      method: z.literal('in_person'),
      collectedBy: z.string().trim().min(2, 'Ghi họ tên người nhận kết quả').max(200),
      collectorIdNumber: z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z]{6,20}$/, 'Số giấy tờ của người nhận: 6–20 chữ số hoặc chữ cái'),
      authorisationNote: z.string().trim().min(3).max(1000).optional(),
      signaturePng: z
        .string()
        .max(800_000, 'Ảnh chữ ký quá lớn')
        .regex(/^(data:image\/png;base64,)?[A-Za-z0-9+/=\s]+$/, 'Ảnh chữ ký phải là PNG (base64)')
        .optional(),
      signedOnPaper: z.boolean().optional(),
      note,
      expectedVersion,
    })
    .refine((v) => v.signaturePng || v.signedOnPaper, {
      message: 'Người nhận ký trên bảng ký, hoặc đánh dấu "đã ký nhận trên sổ giấy"',
      path: ['signature'],
    }),
  z.object({
    method: z.literal('postal'),
    postalTrackingNumber: z.string().trim().min(4, 'Ghi số hiệu bưu gửi').max(60),
    postedOn: z.iso.date({ error: 'Ngày gửi dạng YYYY-MM-DD' }),
    note,
    expectedVersion,
  }),
  z.object({ method: z.literal('electronic'), note, expectedVersion }),
]);
export type ResultReturnInput = z.infer<typeof resultReturnSchema>;

/** Stores the signature (if drawn) and takes the return_result action in one transaction. */
export async function returnResult(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: ResultReturnInput,
) {
  return inTransaction(ctx, async (trx) => {
    const tctx = { ...ctx, db: trx };
    const dossier = requireRead(principal, await findDossierByCode(trx, code), code);
    if (!hasScopeOn(principal, 'dossier.return', dossier.receivingUnitId)) {
      throw new DomainError('FORBIDDEN', 'Bạn không có quyền "Trả kết quả" hồ sơ này.', {
        action: 'return_result',
        scope: 'dossier.return',
      });
    }
    const { expectedVersion: version, ...rest } = input;
    let action: Record<string, unknown> = rest;
    if (rest.method === 'in_person' && rest.signaturePng) {
      const { signaturePng, ...fields } = rest;
      const file = await storeDossierFile(ctx, trx, {
        tenantId: dossier.tenantId,
        bytes: Buffer.from(signaturePng.replace(/^data:image\/png;base64,/, ''), 'base64'),
        fileName: `chu-ky-${dossier.code}.png`,
        purpose: 'return_signature',
        policy: signaturePolicy,
        uploadedBy: principal.userId,
      });
      action = { ...fields, signatureFileId: file.id };
    }
    await performDossierAction(
      tctx,
      principal,
      code,
      { type: 'return_result', ...(action as { method: 'in_person' }) },
      version,
    );
    return getDossier(tctx, principal, code);
  });
}
