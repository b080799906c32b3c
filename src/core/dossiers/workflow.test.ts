import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type ActionType, actionSpecs, actionTypes } from './actions.ts';
import { formatDossierCode, parseDossierCode } from './dossier-code.ts';
import { applyAction, type DossierState, replay } from './projection.ts';
import { statuses, statusInfo } from './statuses.ts';
import { allowedActions, assertActionAllowed, transitions } from './workflow.ts';

describe('the status × action table', () => {
  for (const status of statuses) {
    for (const action of actionTypes) {
      const allowed = transitions[status].includes(action);
      it(`${status} × ${action}: ${allowed ? 'allowed' : 'refused with the allowed actions'}`, () => {
        if (allowed) {
          expect(() => assertActionAllowed(status, action)).not.toThrow();
          return;
        }
        try {
          assertActionAllowed(status, action);
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('ACTION_NOT_ALLOWED');
          expect((error as DomainError).details?.allowedActions).toEqual(allowedActions(status));
        }
      });
    }
  }

  it('maps every status to one of the 10 national codes', () => {
    for (const status of statuses) expect(statusInfo[status].national).toBeGreaterThanOrEqual(1);
    expect(statusInfo.received.national).toBe(2);
    expect(statusInfo.returned.national).toBe(10);
  });

  it('every final status allows nothing, every other status allows something', () => {
    for (const status of statuses)
      expect(transitions[status].length === 0).toBe(statusInfo[status].final);
  });

  it('receive only starts a dossier; it is never allowed in a status', () => {
    for (const status of statuses) expect(transitions[status]).not.toContain('receive');
  });
});

describe('projection', () => {
  const receive = {
    type: 'receive' as const,
    at: '2026-03-02T02:00:00.000Z',
    payload: { handlingUnitId: 'div', dueAt: '2026-03-04T10:30:00.000Z' },
  };

  it('random sequences of allowed actions never reach a state the table does not know', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10), { maxLength: 12 }), (choices) => {
        let state: DossierState = applyAction(undefined, receive);
        for (const choice of choices) {
          const allowed = allowedActions(state.status);
          if (allowed.length === 0) break;
          const action = allowed[choice % allowed.length] as ActionType;
          const next = applyAction(state, {
            type: action,
            at: receive.at,
            payload: { assigneeId: 'u1' },
          });
          expect(statuses).toContain(next.status);
          expect(next.status).toBe(actionSpecs[action].to);
          expect(next.version).toBe(state.version + 1);
          expect(next.nationalStatus).toBe(statusInfo[next.status].national);
          state = next;
        }
      }),
    );
  });

  it('replay of the happy path ends returned, resolved before returned', () => {
    const state = replay([
      receive,
      { type: 'assign', at: '2026-03-02T03:00:00.000Z', payload: { assigneeId: 'u1' } },
      { type: 'submit_for_approval', at: '2026-03-03T03:00:00.000Z', payload: {} },
      { type: 'approve', at: '2026-03-03T08:00:00.000Z', payload: {} },
      { type: 'return_result', at: '2026-03-04T02:00:00.000Z', payload: {} },
    ]);
    expect(state).toMatchObject({
      status: 'returned',
      assigneeId: 'u1',
      resolvedAt: '2026-03-03T08:00:00.000Z',
      returnedAt: '2026-03-04T02:00:00.000Z',
      dueAt: receive.payload.dueAt,
      version: 4,
    });
  });

  it('a log must start with receive', () => {
    expect(() => replay([{ type: 'approve', at: receive.at, payload: {} }])).toThrow();
  });
});

describe('dossier code (Decree 118/2025 Art. 28)', () => {
  it('is agency identifier + yymmdd + 4-digit day sequence, and parses back', () => {
    const code = formatDossierCode('000.00.31.H31', '2026-11-29', 7);
    expect(code).toBe('000.00.31.H31-261129-0007');
    expect(parseDossierCode(code)).toEqual({
      agencyCode: '000.00.31.H31',
      date: '2026-11-29',
      sequence: 7,
    });
  });

  it('round-trips for any agency code, date and sequence', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9.]{3,20}$/),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 99_999 }),
        (agency, date, sequence) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseDossierCode(formatDossierCode(agency, iso, sequence))).toEqual({
            agencyCode: agency,
            date: iso,
            sequence,
          });
        },
      ),
    );
  });

  it('refuses a sequence below 1', () => {
    expect(() => formatDossierCode('X', '2026-01-01', 0)).toThrow(RangeError);
  });
});
