import { describe, expect, it } from 'vitest';
import { buildPublicTimeline } from './public-timeline.ts';

describe('the citizen’s timeline', () => {
  it('keeps what happened to the dossier in plain words, drops internal moves and notes', () => {
    const steps = buildPublicTimeline(
      [
        { type: 'receive', at: '2026-03-02T02:00:00Z', payload: { note: 'nội bộ' } },
        {
          type: 'assign',
          at: '2026-03-02T03:00:00Z',
          payload: { assigneeName: 'Trần Văn Minh', note: 'ưu tiên' },
        },
        { type: 'reassign', at: '2026-03-02T04:00:00Z', payload: { assigneeName: 'Lê Thị Lan' } },
        { type: 'claim', at: '2026-03-02T05:00:00Z', payload: {} },
        {
          type: 'return_for_rework',
          at: '2026-03-03T02:00:00Z',
          payload: { reason: 'Sai sót nội bộ' },
        },
        { type: 'request_extension', at: '2026-03-03T03:00:00Z', payload: { reason: 'Chậm' } },
        {
          type: 'approve_extension',
          at: '2026-03-03T04:00:00Z',
          payload: { newDueAt: '2026-03-10T10:30:00Z' },
        },
        {
          type: 'refuse',
          at: '2026-03-04T02:00:00Z',
          payload: { reasons: ['Không đủ điều kiện'] },
        },
      ],
      () => null,
    );
    expect(steps).toEqual([
      { at: '2026-03-02T09:00:00+07:00', label: 'Hồ sơ được tiếp nhận', details: [] },
      {
        at: '2026-03-02T10:00:00+07:00',
        label: 'Cơ quan có thẩm quyền bắt đầu thẩm định hồ sơ',
        details: [],
      },
      {
        at: '2026-03-03T11:00:00+07:00',
        label: 'Gia hạn thời gian giải quyết (có văn bản xin lỗi)',
        details: ['Hẹn trả kết quả mới: 17:30 10/03/2026'],
      },
      {
        at: '2026-03-04T09:00:00+07:00',
        label: 'Cơ quan có thẩm quyền từ chối giải quyết',
        details: ['Không đủ điều kiện'],
      },
    ]);
    expect(JSON.stringify(steps)).not.toMatch(/Trần Văn Minh|Lê Thị Lan|ưu tiên|nội bộ|Sai sót/);
  });
});
