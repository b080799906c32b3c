import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type ActionType, actionSpecs, actionTypes } from './actions.ts';
import { formatDossierCode, parseDossierCode } from './dossier-code.ts';
import { applyAction, type LoggedAction, replay } from './projection.ts';
import { checkRules } from './rules.ts';
import type { DossierState, ProcessStepDef } from './state.ts';
import { statuses, statusInfo } from './statuses.ts';
import { defaultProcess, findTargetStep } from './steps.ts';
import { allowedActions, assertActionAllowed, transitions } from './workflow.ts';

describe('the status × action table', () => {
  for (const status of statuses) {
    for (const action of actionTypes) {
      const allowed = transitions[status].includes(action);
      it(`${status} × ${action}: ${allowed ? 'allowed' : 'refused naming the allowed actions'}`, () => {
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

  it('maps every status to one of the 10 national codes, and each national code 2–10 is reachable', () => {
    const codes = new Set(statuses.map((s) => statusInfo[s].national));
    for (const code of [1, 2, 3, 4, 5, 7, 8, 9, 10]) expect(codes.has(code as never)).toBe(true);
  });

  it('final statuses allow nothing; every other status allows something', () => {
    for (const status of statuses)
      expect(transitions[status].length === 0).toBe(statusInfo[status].final);
  });

  it('receive only starts a dossier; auto_close is the system’s, never an officer’s', () => {
    for (const status of statuses) expect(transitions[status]).not.toContain('receive');
    expect(actionSpecs.auto_close.scope).toBeNull();
  });
});

/** A stand-in for the service: payloads with the values it would decide, times moving forward. */
function payloadFor(
  state: DossierState,
  action: ActionType,
  at: number,
  pick: number,
): Record<string, unknown> {
  const iso = (ms: number) => new Date(ms).toISOString();
  const runs = () => {
    const target = findTargetStep(state, action);
    if (target === null) return [];
    const step = state.process[target]!;
    return [
      {
        stepIndex: target,
        name: step.name,
        role: step.role,
        unitId: 'u-handling',
        holderId: state.assigneeId,
        startedAt: iso(at),
        dueAt: iso(at + step.allottedMinutes * 60_000),
        finishedAt: null,
        finishedBy: null,
        end: null,
      },
    ];
  };
  switch (action) {
    case 'accept_online':
    case 'supplement_received':
      return { clockStartAt: iso(at), dueAt: iso(at + 3 * 86_400_000), runs: runs() };
    case 'request_supplement':
      return {
        reasons: ['Thiếu giấy tờ'],
        documents: ['Tờ khai'],
        closeAt: iso(at + 15 * 86_400_000),
      };
    case 'assign':
    case 'reassign':
      return { assigneeId: `u${pick % 3}`, runs: action === 'assign' ? runs() : [] };
    case 'consult':
      return { unitId: 'u-other', question: '?', dueAt: iso(at + 86_400_000) };
    case 'handoff':
      return {
        mode: pick % 2 ? 'parallel' : 'sequential',
        parts: [
          {
            unitId: 'p1',
            task: 'a',
            lead: true,
            order: 1,
            allottedMinutes: 480,
            status: 'active',
            startedAt: iso(at),
            dueAt: iso(at + 86_400_000),
            finishedAt: null,
            result: null,
            slipNo: 1,
          },
          {
            unitId: 'p2',
            task: 'b',
            lead: false,
            order: 2,
            allottedMinutes: 480,
            status: pick % 2 ? 'active' : 'waiting',
            startedAt: pick % 2 ? iso(at) : null,
            dueAt: pick % 2 ? iso(at + 86_400_000) : null,
            finishedAt: null,
            result: null,
            slipNo: 2,
          },
        ],
        runs: [],
      };
    case 'complete_part': {
      const active = state.chain!.parts.filter((p) => p.status === 'active');
      const part = active[pick % active.length]!;
      const following =
        state.chain!.mode === 'sequential'
          ? state.chain!.parts.find((p) => p.order === part.order + 1 && p.status === 'waiting')
          : undefined;
      return following
        ? {
            unitId: part.unitId,
            result: 'ok',
            nextPart: { unitId: following.unitId, dueAt: iso(at + 86_400_000) },
            runs: [],
          }
        : { unitId: part.unitId, result: 'ok', runs: runs() };
    }
    case 'request_extension':
      return {
        reason: 'Chậm',
        proposedDueAt: iso(Date.parse(state.dueAt ?? iso(at)) + 2 * 86_400_000),
      };
    case 'approve_extension':
      return { newDueAt: state.extension?.proposedDueAt ?? null };
    default:
      return { runs: runs(), reasons: ['x'], reason: 'x' };
  }
}

const process: ProcessStepDef[] = defaultProcess({ amount: 5, unit: 'working_days' });
const start = Date.parse('2026-03-02T02:00:00Z');
const receive: LoggedAction = {
  type: 'receive',
  at: new Date(start).toISOString(),
  actorId: 'r1',
  payload: {
    receivingUnitId: 'u-reception',
    competentUnitId: 'u-agency',
    handlingUnitId: 'u-handling',
    deadline: { amount: 5, unit: 'working_days' },
    clockStartAt: new Date(start).toISOString(),
    dueAt: new Date(start + 7 * 86_400_000).toISOString(),
    process,
    runs: [],
  },
};

describe('projection properties', () => {
  it('random sequences of allowed actions stay in known states; deadlines only move back by the legal restart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 3000 })), { maxLength: 25 }),
        (steps) => {
          let state = applyAction(undefined, receive);
          let at = start;
          const log: LoggedAction[] = [receive];
          for (const [choice, minutes] of steps) {
            const allowed = allowedActions(state.status).filter((a) => a !== 'auto_close');
            if (allowed.length === 0) break;
            const action = allowed[choice % allowed.length]!;
            at += minutes * 60_000;
            const payload = payloadFor(state, action, at, choice);
            try {
              checkRules(state, action, payload, {
                now: new Date(at).toISOString(),
                workingDaysSinceClockStart: 1,
                workingMinutesUntilDue: 2000,
                dayMinutes: 480,
              });
            } catch (error) {
              expect((error as DomainError).code).toBe('RULE_VIOLATED');
              continue;
            }
            const logged: LoggedAction = {
              type: action,
              at: new Date(at).toISOString(),
              actorId: 'o1',
              payload,
            };
            const next = applyAction(state, logged);
            log.push(logged);
            expect(statuses).toContain(next.status);
            expect(next.version).toBe(state.version + 1);
            expect(next.nationalStatus).toBe(statusInfo[next.status].national);
            if (state.dueAt && next.dueAt && next.dueAt < state.dueAt)
              expect(action).toBe('supplement_received');
            if (['result_ready', 'returned'].includes(next.status))
              expect(next.resolvedAt).not.toBeNull();
            if (statusInfo[next.status].final) expect(next.closedAt).not.toBeNull();
            for (const run of next.runs)
              if (run.finishedAt) expect(run.finishedAt >= run.startedAt).toBe(true);
            if (!next.chain || next.chain.parts.every((p) => p.status === 'done')) {
              expect(next.runs.filter((r) => r.finishedAt === null).length).toBeLessThanOrEqual(1);
            }
            state = next;
          }
          expect(replay(log)).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the happy path: receive → assign → submit → approve → issue → return', () => {
    let state = applyAction(undefined, receive);
    for (const type of [
      'assign',
      'submit_for_approval',
      'approve',
      'mark_result_ready',
      'return_result',
    ] as const) {
      state = applyAction(state, {
        type,
        at: receive.at,
        actorId: 'o1',
        payload: payloadFor(state, type, start, 0),
      });
    }
    expect(state).toMatchObject({
      status: 'returned',
      nationalStatus: 10,
      outcome: 'approved',
      version: 5,
    });
    expect(state.runs.map((r) => r.name)).toEqual([
      'Thẩm định hồ sơ',
      'Phê duyệt kết quả',
      'Phát hành kết quả',
      'Trả kết quả',
    ]);
  });

  it('a log must start with receive', () => {
    expect(() =>
      replay([{ type: 'approve', at: receive.at, actorId: null, payload: {} }]),
    ).toThrow();
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
