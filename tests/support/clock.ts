import type { Clock } from '../../src/services/context.ts';

/** A clock the test sets and moves: time is injected, never read from the machine in tests. */
export class TestClock implements Clock {
  private current: number;

  constructor(start: string | Date = '2026-03-02T09:00:00+07:00') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string | Date): void {
    this.current = new Date(instant).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
