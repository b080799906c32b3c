import { describe, expect, it } from 'vitest';
import {
  formatAnnouncement,
  formatBookingCode,
  formatDisplayCode,
  isBookingCode,
} from './display-code.ts';
import { averageServiceMinutes, describeWait, estimateWaitMinutes } from './expected-wait.ts';
import { measureStages, type StageEvent, summariseDurations } from './queue-stats.ts';
import { applyTicketAction } from './ticket-transitions.ts';

const t0 = Date.parse('2026-03-02T08:00:00+07:00');
const min = 60_000;
let seq = 0;
const ev = (
  ticketId: string,
  kind: StageEvent['kind'],
  m: number,
  serviceId = 'A',
  counterId: string | null = 'C1',
): StageEvent => ({
  ticketId,
  kind,
  at: t0 + m * min,
  seq: seq++,
  serviceId,
  counterId,
});

describe('timed stages', () => {
  it('measures waiting to the first call and serving from start to finish, across a transfer', () => {
    const stages = measureStages([
      ev('1', 'issued', 0, 'A', null),
      ev('1', 'called', 12),
      ev('1', 'recalled', 13),
      ev('1', 'serving', 14),
      ev('1', 'transferred', 20, 'B'),
      ev('1', 'called', 35, 'B', 'C2'),
      ev('1', 'serving', 36, 'B', 'C2'),
      ev('1', 'finished', 46, 'B', 'C2'),
    ]);
    expect(stages).toEqual([
      { kind: 'waiting', ticketId: '1', serviceId: 'A', counterId: 'C1', ms: 12 * min },
      { kind: 'serving', ticketId: '1', serviceId: 'A', counterId: 'C1', ms: 6 * min },
      { kind: 'waiting', ticketId: '1', serviceId: 'B', counterId: 'C2', ms: 15 * min },
      { kind: 'serving', ticketId: '1', serviceId: 'B', counterId: 'C2', ms: 10 * min },
    ]);
  });

  it('summarises count, average and nearest-rank p90', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30];
    expect(summariseDurations(minutes.map((m) => m * min))).toEqual({
      count: 10,
      averageSeconds: 450, // 75 min / 10
      p90Seconds: 540, // the 9th of 10
    });
    expect(summariseDurations([])).toEqual({ count: 0, averageSeconds: null, p90Seconds: null });
  });
});

describe('codes, waits and transitions', () => {
  it('formats ticket numbers, calls and booking codes', () => {
    expect(formatDisplayCode('A', 12)).toBe('A012');
    expect(formatDisplayCode('HT', 1234)).toBe('HT1234');
    expect(formatAnnouncement('A012', 3)).toBe('Mời khách hàng số A012 đến quầy số 3');
    const code = formatBookingCode(new Uint8Array([0, 1, 2, 3, 250, 251, 252, 255]));
    expect(isBookingCode(code)).toBe(true);
    expect(code).not.toMatch(/[01OIL]/);
  });

  it('estimates the wait from people ahead, measured minutes and open counters', () => {
    expect(averageServiceMinutes([5 * min, 7 * min], 10)).toBe(10); // too few samples
    expect(averageServiceMinutes([5 * min, 7 * min, 9 * min], 10)).toBe(7);
    expect(estimateWaitMinutes({ ahead: 5, averageMinutes: 8, openCounters: 2 })).toBe(20);
    expect(estimateWaitMinutes({ ahead: 3, averageMinutes: 8, openCounters: 0 })).toBe(24);
    expect(estimateWaitMinutes({ ahead: 0, averageMinutes: 8, openCounters: 1 })).toBe(0);
    expect(describeWait(70)).toBe('Khoảng 1 giờ 10 phút');
  });

  it('refuses an action the status does not allow, naming the allowed ones', () => {
    expect(applyTicketAction('waiting', 'call')).toBe('called');
    expect(applyTicketAction('skipped', 'recall')).toBe('called');
    expect(() => applyTicketAction('waiting', 'finish')).toThrowError(
      expect.objectContaining({
        code: 'ACTION_NOT_ALLOWED',
        details: expect.objectContaining({ allowed: ['call', 'cancel'] }),
      }),
    );
  });
});
