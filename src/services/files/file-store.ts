import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SniffedType, sniffType } from '../../core/files/sniff-type.ts';

/**
 * Bytes by content hash in a local directory (DESIGN §3; S3-compatible storage would implement
 * the same two methods). Writing is atomic (temp file, then rename) and idempotent: the same
 * bytes are stored once.
 */
export class FileStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  put(bytes: Uint8Array): { sha256: string; size: number; type: SniffedType | undefined } {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const folder = join(this.dir, sha256.slice(0, 2));
    mkdirSync(folder, { recursive: true });
    const target = join(folder, sha256);
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, target);
    return { sha256, size: bytes.length, type: sniffType(bytes) };
  }

  get(sha256: string): Buffer {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError('bad hash');
    return readFileSync(join(this.dir, sha256.slice(0, 2), sha256));
  }
}
