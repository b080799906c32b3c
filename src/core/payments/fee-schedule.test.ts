import { describe, expect, it } from 'vitest';
import { type ProcedureRecord, procedureRecordSchema } from '../catalogue/procedure-record.ts';
import { assessFees } from './fee-schedule.ts';

function record(channels: unknown[]): ProcedureRecord {
  return procedureRecordSchema.parse({
    code: '1.000001',
    name: 'Thủ tục thử',
    field: 'Hộ tịch',
    levels: ['commune'],
    steps: 'Nộp hồ sơ',
    channels,
    documents: [],
    result: 'Giấy xác nhận',
  });
}

const fee = (amountVnd: number | null, per: string | null = null) => ({
  name: 'Lệ phí',
  amountVnd,
  per,
  note: null,
});

describe('assessFees', () => {
  it('sums the fixed amounts of the channel the dossier came by', () => {
    const r = record([
      { kind: 'in_person', deadline: { amount: 5, unit: 'working_days' }, fees: [fee(50_000)] },
      { kind: 'online', deadline: { amount: 5, unit: 'working_days' }, fees: [fee(25_000)] },
    ]);
    expect(assessFees(r, 'in_person')).toMatchObject({ totalVnd: 50_000, variable: false });
    expect(assessFees(r, 'online')).toMatchObject({ totalVnd: 25_000, variable: false });
  });

  it('marks per-page or unpriced lines as set by the officer, listing every published line', () => {
    const r = record([
      {
        kind: 'in_person',
        deadline: { amount: 1, unit: 'working_days' },
        fees: [fee(2000, 'trang')],
      },
      {
        kind: 'in_person',
        deadline: { amount: 3, unit: 'working_days' },
        fees: [fee(null, 'bản')],
      },
    ]);
    const assessed = assessFees(r, 'in_person');
    expect(assessed.lines).toHaveLength(2);
    expect(assessed).toMatchObject({ totalVnd: 2000, variable: true, free: false });
  });

  it('a channel without fees is free when the catalogue says so, and costs nothing', () => {
    const r = record([{ kind: 'postal', deadline: null, fees: [], free: true }]);
    expect(assessFees(r, 'postal')).toMatchObject({ totalVnd: 0, free: true, lines: [] });
    expect(assessFees(r, 'online')).toMatchObject({ totalVnd: 0, free: false, lines: [] });
  });
});
