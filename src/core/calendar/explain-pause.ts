// Explanations for a supplement pause: Decree 118/2025 Art. 19 restart or the QĐ 766 shift.

import { type ExplanationItem, formatDuration, formatMoment, isoOf } from './format-explanation.ts';
import type { WorkingCalendar } from './working-calendar.ts';

export interface PauseFacts {
  mode: 'restart' | 'shift';
  pauseStart: number;
  pauseEnd: number;
  pausedMinutes: number;
  due: number;
}

export function explainPause(
  cal: WorkingCalendar,
  f: PauseFacts,
  tail: ExplanationItem[],
): ExplanationItem[] {
  const pause: ExplanationItem = {
    kind: 'pause',
    from: isoOf(cal, cal.indexOfInstant(f.pauseStart)),
    to: isoOf(cal, cal.indexOfInstant(f.pauseEnd)),
    text: `Tạm dừng chờ bổ sung hồ sơ từ ${formatMoment(cal, f.pauseStart)} đến ${formatMoment(cal, f.pauseEnd)} (${formatDuration(f.pausedMinutes)} làm việc).`,
  };
  if (f.mode === 'restart') {
    const restart: ExplanationItem = {
      kind: 'restart',
      from: isoOf(cal, cal.indexOfInstant(f.pauseEnd)),
      text: `Nhận đủ hồ sơ bổ sung lúc ${formatMoment(cal, f.pauseEnd)}: thời hạn giải quyết được tính lại từ đầu (Điều 19 Nghị định 118/2025/NĐ-CP).`,
    };
    return [pause, restart, ...tail];
  }
  pause.text +=
    ' Hạn được lùi thêm đúng thời gian làm việc bị tạm dừng (cách tính của Quyết định 766/QĐ-TTg).';
  const iDue = cal.indexOfInstant(f.due);
  return [
    pause,
    { kind: 'due', to: isoOf(cal, iDue), text: `Hạn trả: ${formatMoment(cal, f.due)}` },
  ];
}
