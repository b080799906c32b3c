import type { SniffedType } from '../../core/files/sniff-type.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { insertFileRow } from '../../db/repositories/results.ts';
import type { ServiceContext } from '../context.ts';
import { checkUpload, type UploadPolicy } from '../files/check-upload.ts';
import { sanitiseFileName } from '../files/store-upload.ts';

/** A result document: a PDF (the signed decision, certificate…), at most 20 MB. */
export const resultFilePolicy: UploadPolicy = {
  types: ['pdf'],
  maxBytes: 20 * 1024 * 1024,
  label: 'PDF',
};
/** The collector's signature drawn on the counter tablet: a PNG, at most 512 KB. */
export const signaturePolicy: UploadPolicy = {
  types: ['png'],
  maxBytes: 512 * 1024,
  label: 'ảnh PNG',
};

/**
 * Checks the bytes (type sniffed, size, readable) before anything is stored, then stores them by
 * content hash and records the file row in the caller's transaction.
 */
export async function storeDossierFile(
  ctx: ServiceContext,
  db: Executor,
  input: {
    tenantId: string;
    bytes: Uint8Array;
    fileName: string;
    purpose: 'result' | 'return_signature';
    policy: UploadPolicy;
    uploadedBy: string | null;
  },
): Promise<{ id: string; fileName: string; type: SniffedType; sha256: string; size: number }> {
  const type = checkUpload(input.bytes, input.policy);
  const stored = ctx.files.put(input.bytes);
  const id = newId(ctx.clock.now().getTime());
  const fileName = sanitiseFileName(input.fileName, type.extension);
  await insertFileRow(db, {
    id,
    tenantId: input.tenantId,
    sha256: stored.sha256,
    sizeBytes: stored.size,
    mimeType: type.mime,
    fileName,
    purpose: input.purpose,
    uploadedBy: input.uploadedBy,
  });
  return { id, fileName, type, sha256: stored.sha256, size: stored.size };
}
