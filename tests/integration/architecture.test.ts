import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers } from '../../scripts/layer-rules.ts';

describe('the dependency rule', () => {
  it('holds for the whole source tree', () => {
    expect(checkLayers(fileURLToPath(new URL('../../src', import.meta.url)))).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('catches core importing the database, I/O, and db importing services', () => {
    for (const sub of ['core', 'db', 'services']) mkdirSync(join(dir, sub));
    writeFileSync(
      join(dir, 'core/bad.ts'),
      "import { x } from '../db/repo.ts';\nimport { readFileSync } from 'node:fs';\n",
    );
    writeFileSync(join(dir, 'db/bad.ts'), "import { y } from '../services/use-case.ts';\n");
    const found = checkLayers(dir).map((v) => `${v.file}:${v.line}`);
    expect(found).toEqual(['core/bad.ts:1', 'core/bad.ts:2', 'db/bad.ts:1']);
  });
});
