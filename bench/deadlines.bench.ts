// Deadline computations per second on one core (DESIGN §4 target: ≥ 500k/s).
// Run: npx tsx bench/deadlines.bench.ts   Prints one JSON line.

import { readFileSync } from 'node:fs';
import {
  buildWorkingCalendar,
  computeDue,
  convertAllOfficialSchedules,
  type OfficialSchedules,
  parseInstant,
} from '../src/core/calendar/index.ts';

const FIXTURE = new URL('../fixtures/calendar/official-schedules.json', import.meta.url);

function loadSchedules(): OfficialSchedules {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as OfficialSchedules;
}

const buildStart = performance.now();
const cal = buildWorkingCalendar({
  fromYear: 2000,
  toYear: 2100,
  overrides: convertAllOfficialSchedules(loadSchedules()),
});
const buildMs = performance.now() - buildStart;

// Inputs are generated before timing, from a fixed seed, so runs are comparable.
const N = 1 << 16;
const starts = new Float64Array(N);
const amounts = new Int32Array(N);
let seed = 0x2026;
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const from = parseInstant('2025-01-01T00:00:00+07:00');
const to = parseInstant('2028-01-01T00:00:00+07:00');
for (let k = 0; k < N; k++) {
  starts[k] = from + Math.floor(random() * (to - from));
  amounts[k] = 1 + Math.floor(random() * 30);
}

function measure(explain: boolean, seconds: number): number {
  let ops = 0;
  let sink = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  let now = t0;
  while (now < deadline) {
    for (let k = 0; k < 4096; k++) {
      const i = (ops + k) & (N - 1);
      const r = computeDue(cal, {
        start: starts[i]!,
        amount: amounts[i]!,
        unit: 'working_days',
        explain,
      });
      sink += r.due - r.clockStart + r.explanation.length;
    }
    ops += 4096;
    now = performance.now();
  }
  if (sink === 42) console.error('unlikely');
  return ops / ((now - t0) / 1000);
}

measure(false, 0.3); // warm-up so both runs see optimised code
measure(true, 0.3);
const opsPerSec = Math.round(measure(false, 2));
const opsPerSecExplained = Math.round(measure(true, 2));
console.log(
  JSON.stringify({
    name: 'deadlines',
    opsPerSec,
    opsPerSecExplained,
    buildMs: Math.round(buildMs),
  }),
);
