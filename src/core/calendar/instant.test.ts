import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant.ts';

describe('formatInstant / parseInstant', () => {
  it('formats in Vietnam time with +07:00', () => {
    expect(formatInstant(Date.UTC(2026, 1, 25, 10, 30))).toBe('2026-02-25T17:30:00+07:00');
    expect(formatInstant(Date.UTC(2026, 1, 24, 17, 0))).toBe('2026-02-25T00:00:00+07:00');
    expect(formatInstant(Date.UTC(2026, 1, 25, 10, 30, 5, 7))).toBe(
      '2026-02-25T17:30:05.007+07:00',
    );
  });

  it.each([
    ['2026-02-25T17:30:00+07:00', Date.UTC(2026, 1, 25, 10, 30)],
    ['2026-02-25T17:30+07:00', Date.UTC(2026, 1, 25, 10, 30)],
    ['2026-02-25T10:30:00Z', Date.UTC(2026, 1, 25, 10, 30)],
    ['2026-02-25t10:30:00.250z', Date.UTC(2026, 1, 25, 10, 30, 0, 250)],
    ['2026-02-25T05:30:00-05:00', Date.UTC(2026, 1, 25, 10, 30)],
    ['2026-02-25T17:30:00+0700', Date.UTC(2026, 1, 25, 10, 30)],
    ['2026-02-25 17:30:00+07', Date.UTC(2026, 1, 25, 10, 30)],
    ['2026-02-25T17:30:00.123456+07:00', Date.UTC(2026, 1, 25, 10, 30, 0, 123)],
  ])('parses %s', (iso, ms) => {
    expect(parseInstant(iso)).toBe(ms);
  });

  it.each([
    'garbage',
    '',
    '2026-02-25',
    '2026-02-25T17:30:00',
    '2026-02-30T10:00:00Z',
    '2026-02-25T24:00:00Z',
    '2026-02-25T17:60:00Z',
    '2026-02-25T17:30:00+25:00',
    '2026-2-25T17:30:00Z',
  ])('rejects %j with a RangeError', (iso) => {
    expect(() => parseInstant(iso)).toThrow(RangeError);
  });

  it('round-trips any instant 1900–2200 to the millisecond', () => {
    const min = Date.UTC(1900, 0, 1);
    const max = Date.UTC(2200, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        const text = formatInstant(ms);
        expect(text).toMatch(/\+07:00$/);
        expect(parseInstant(text)).toBe(ms);
        expect(Date.parse(text)).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });
});
