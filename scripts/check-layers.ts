/** `npm run lint` step: fails when a lower layer imports a higher one (ARCHITECTURE.md). */
import { fileURLToPath } from 'node:url';
import { checkLayers } from './layer-rules.ts';

const violations = checkLayers(fileURLToPath(new URL('../src', import.meta.url)));
for (const v of violations) process.stderr.write(`src/${v.file}:${v.line}: ${v.message}\n`);
if (violations.length > 0) {
  process.stderr.write(`${violations.length} vi phạm quy tắc phân lớp.\n`);
  process.exit(1);
}
process.stdout.write('Quy tắc phân lớp: không có vi phạm.\n');
