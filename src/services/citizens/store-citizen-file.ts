import { checkCitizenFile } from '../../core/citizens/upload-rules.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { insertFileRecord } from '../../db/repositories/citizen-drafts.ts';
import type { ServiceContext } from '../context.ts';
import { sanitiseFileName } from '../files/store-upload.ts';

/**
 * Checks an uploaded file (empty, size, type from the bytes) before a byte is written, then keeps
 * it in the file store by content hash and records it. Returns the file's id and facts.
 */
export async function storeCitizenFile(
  ctx: ServiceContext,
  db: Executor,
  tenantId: string,
  input: { bytes: Buffer; fileName: string },
) {
  const type = checkCitizenFile(input.bytes, input.fileName);
  const stored = ctx.files.put(input.bytes);
  const id = newId(ctx.clock.now().getTime());
  const fileName = sanitiseFileName(input.fileName, type.extension);
  await insertFileRecord(db, {
    id,
    tenantId,
    sha256: stored.sha256,
    sizeBytes: stored.size,
    mimeType: type.mime,
    fileName,
    purpose: 'citizen_upload',
    uploadedBy: null,
  });
  return { id, fileName, mimeType: type.mime, size: stored.size };
}
