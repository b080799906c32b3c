import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One process per PGlite data directory: two processes on one directory silently lose committed
 * rows (stack.md §1). The lock is a file created atomically (O_EXCL) holding our pid; a lock left
 * by a dead process is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình khác sử dụng (PID ${holderPid}). ` +
        'Mỗi thư mục dữ liệu chỉ một máy chủ được mở: dừng tiến trình kia hoặc đặt DATA_DIR khác.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'server.lock');
  const content = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    at: new Date().toISOString(),
  });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, content);
      closeSync(fd);
      return { release: () => releaseIfOurs(path, content) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder.pid);
      removeStale(path);
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dataDir}.`);
}

function readHolder(path: string): { pid: number; host: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; host?: unknown };
    if (typeof parsed.pid === 'number') return { pid: parsed.pid, host: String(parsed.host) };
  } catch {
    // A half-written lock file: its writer died between open and write, so it is stale.
  }
  return undefined;
}

function isAlive(holder: { pid: number; host: string }): boolean {
  if (holder.host !== hostname()) return true; // another machine on a shared disk: never steal
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // The pid may have been reused by an unrelated program after a crash: only a node process counts.
  try {
    return readFileSync(`/proc/${holder.pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

function removeStale(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function releaseIfOurs(path: string, content: string): void {
  try {
    if (readFileSync(path, 'utf8') === content) unlinkSync(path);
  } catch {
    // already gone
  }
}
