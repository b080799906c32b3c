// Sums the vitest JSON reports of a CI run into one line "N passed, N failed".
// Usage: node scripts/ci-summary.mjs <dir> <extra failures> <expected suite>...
import { existsSync, readFileSync } from 'node:fs';

const [dir, extra, ...suites] = process.argv.slice(2);
let passed = 0;
let failed = Number(extra ?? 0);
for (const suite of suites) {
  const path = `${dir}/${suite}.json`;
  if (!existsSync(path)) {
    console.log(`${suite}: no results (the suite did not run)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const suitePassed = report.numPassedTests ?? 0;
  const testsFailed = report.numFailedTests ?? 0;
  // A file that fails to load has no failed tests but a failed suite: count it once.
  const brokenFiles = testsFailed === 0 ? (report.numFailedTestSuites ?? 0) : 0;
  console.log(`${suite}: ${suitePassed} passed, ${testsFailed + brokenFiles} failed`);
  passed += suitePassed;
  failed += testsFailed + brokenFiles;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
