import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, waitForOutput } from '../support/server-process.ts';

/**
 * The real start-up path on the embedded database: a fresh data directory is created, migrated
 * and seeded; a second server on the same directory is refused while the first keeps serving;
 * SIGTERM shuts down cleanly and releases the lock.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start on the embedded database', () => {
  it('starts, refuses a second process on the same data directory, and shuts down gracefully', async () => {
    const first = spawnServer({ DATA_DIR: dataDir, PORT: '39411' });
    try {
      await waitForOutput(first, /Một Cửa đang chạy: (http:\/\/\S+)/);
      expect(first.output()).toContain('tiepnhan');
      expect(first.output()).toContain('demo12345');
      expect(existsSync(join(dataDir, 'server.lock'))).toBe(true);

      const second = spawnServer({ DATA_DIR: dataDir, PORT: '39412' });
      expect(await second.exited).toBe(3);
      expect(second.output()).toContain('đang được tiến trình khác sử dụng');

      const health = await fetch('http://127.0.0.1:39411/healthz');
      expect(health.status).toBe(200);
      const ready = await fetch('http://127.0.0.1:39411/readyz');
      expect(await ready.json()).toMatchObject({ database: 'ok' });
      const login = await fetch('http://127.0.0.1:39411/app/login', {
        headers: { accept: 'text/html' },
      });
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('<div id="root">');

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
    } finally {
      first.child.kill('SIGKILL');
    }
  });

  it('a restart on the same directory keeps the data and does not seed twice', async () => {
    const again = spawnServer({ DATA_DIR: dataDir, PORT: '39413' });
    try {
      await waitForOutput(again, /Một Cửa đang chạy/);
      const response = await fetch(
        'http://127.0.0.1:39413/api/v1/calendar/days?from=2026-02-17&to=2026-02-17',
      );
      expect((await response.json())[0].working).toBe(false);
      expect(again.output()).not.toContain('demo data loaded');
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });

  it('a bad configuration lists every bad variable and exits with status 2', async () => {
    const bad = spawnServer({
      DATA_DIR: dataDir,
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
    });
    expect(await bad.exited).toBe(2);
    const output = bad.output();
    expect(output).toContain('PORT');
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('LOG_LEVEL');
  });
});
