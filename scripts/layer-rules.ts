import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The dependency rule of ARCHITECTURE.md: imports point down only.
 *   core ← db ← services ← server ← main;  web uses core (types and pure helpers) only.
 * `core` does no I/O: no node:* modules, no database, no HTTP.
 */
type Layer = 'core' | 'db' | 'services' | 'server' | 'web' | 'main' | 'config';

const allowedLayers: Record<Layer, Layer[]> = {
  core: ['core'],
  db: ['core', 'db'],
  services: ['core', 'db', 'services', 'config'],
  server: ['core', 'services', 'server', 'config', 'db'],
  web: ['core', 'web'],
  main: ['core', 'db', 'services', 'server', 'config', 'main'],
  config: ['config'],
};

/** Packages a layer may not import at all. */
const forbiddenPackages: Partial<Record<Layer, RegExp>> = {
  core: /^(node:|fs$|path$|crypto$|kysely|pg$|@electric-sql|fastify|@fastify|react|@node-rs|pdfkit|exceljs)/,
  db: /^(fastify|@fastify|react)/,
  services: /^(fastify|@fastify|react)/,
  web: /^(node:|kysely|pg$|@electric-sql|fastify|@fastify|@node-rs)/,
};

export interface Violation {
  file: string;
  line: number;
  message: string;
}

function layerOf(path: string, srcDir: string): Layer | undefined {
  const rel = relative(srcDir, path).split('/');
  if (rel[0] === 'main.ts') return 'main';
  if (rel[0] === 'config.ts') return 'config';
  if (['core', 'db', 'services', 'server', 'web'].includes(rel[0] ?? '')) return rel[0] as Layer;
  return undefined;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const importPattern =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/;

export function checkLayers(srcDir: string): Violation[] {
  const violations: Violation[] = [];
  for (const file of listFiles(srcDir)) {
    const layer = layerOf(file, srcDir);
    if (!layer) continue;
    const isTest = /\.test\.tsx?$/.test(file);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = importPattern.exec(text);
        if (!match) return;
        const typeOnly = Boolean(match[2]);
        const target = (match[3] ?? match[4])!;
        const report = (message: string) =>
          violations.push({ file: relative(srcDir, file), line: index + 1, message });
        if (target.startsWith('.')) {
          const targetLayer = layerOf(resolve(dirname(file), target), srcDir);
          if (!targetLayer || allowedLayers[layer].includes(targetLayer)) return;
          // The web app may share the domain's types; the server may name db types.
          if (typeOnly && layer === 'web' && targetLayer !== 'db') return;
          report(`${layer} must not import ${targetLayer} (${target})`);
        } else if (!isTest && !typeOnly && forbiddenPackages[layer]?.test(target)) {
          report(`${layer} must not import the package ${target}`);
        }
      });
  }
  return violations;
}
