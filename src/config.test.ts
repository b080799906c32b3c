import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data on port 3000', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      seedDemo: true,
      demoMode: true,
      logLevel: 'info',
    });
  });

  it('on PostgreSQL loads no demo data unless SEED_DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' })).toMatchObject({
      seedDemo: false,
      demoMode: false,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', SEED_DEMO: '1' })).toMatchObject({
      seedDemo: true,
    });
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SEED_DEMO: 'yes' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const names = (error as ConfigError).problems.map((p) => p.split(':')[0]);
      expect(names.sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'SEED_DEMO']);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });
});
