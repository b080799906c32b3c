import type { DossierState } from '../../core/dossiers/state.ts';
import { formatDateTime, formatDeadline } from '../../core/forms/form-text.ts';
import type { DossierRow } from '../../db/schema.ts';

/**
 * The deadline in plain words: how long the procedure takes, from when it counts, the due
 * instant, and the calendar's own explanation (days skipped and why).
 */
export function describeDeadline(dossier: DossierRow, state: DossierState) {
  const period = formatDeadline({ amount: dossier.deadlineAmount, unit: dossier.deadlineUnit });
  const lines: string[] = [];
  if (state.status === 'submitted') {
    lines.push(
      'Hồ sơ nộp trực tuyến được cán bộ kiểm tra và tiếp nhận hoặc hướng dẫn bổ sung trong 8 giờ làm việc (Điều 17.2 Nghị định 118/2025/NĐ-CP); thời hạn giải quyết tính từ khi tiếp nhận.',
    );
    if (dossier.receptionDueAt)
      lines.push(`Hạn tiếp nhận: ${formatDateTime(dossier.receptionDueAt.toISOString())}.`);
  } else if (state.dueAt) {
    lines.push(
      `Thời hạn giải quyết ${period}${state.clockStartAt ? `, tính từ ${formatDateTime(state.clockStartAt)}` : ''}; hẹn trả kết quả lúc ${formatDateTime(state.dueAt)}.`,
    );
  }
  if (state.extension?.status === 'approved' && state.originalDueAt)
    lines.push(
      `Thời hạn đã được gia hạn một lần (có văn bản xin lỗi); hẹn ban đầu: ${formatDateTime(state.originalDueAt)}.`,
    );
  const paused = state.status === 'awaiting_supplement' && state.clockStartAt !== null;
  if (paused)
    lines.push(
      'Thời hạn tạm dừng trong thời gian chờ bổ sung hồ sơ; khi nhận đủ hồ sơ bổ sung, thời hạn được tính lại từ đầu (Điều 19 Nghị định 118/2025/NĐ-CP).',
    );
  const explanation = Array.isArray(dossier.deadlineExplanation)
    ? (dossier.deadlineExplanation as Array<{ text?: unknown }>)
        .map((item) => (typeof item?.text === 'string' ? item.text : ''))
        .filter(Boolean)
    : [];
  return { period, summary: lines, explanation };
}

/**
 * What the citizen has to do now: the open supplement request (every document and reason at
 * once, where and by when), and fees still unpaid.
 */
export function describeNeeded(
  state: DossierState,
  fees: { unpaid: number; paymentUrl: string | null },
) {
  const open =
    state.status === 'awaiting_supplement'
      ? state.supplements.find((s) => s.receivedAt === null)
      : undefined;
  const closed = state.status === 'stopped' || state.status === 'refused_at_reception';
  return {
    supplement: open
      ? {
          requestedAt: formatDateTime(open.requestedAt),
          closeAt: formatDateTime(open.closeAt),
          documents: open.documents,
          reasons: open.reasons,
        }
      : null,
    payment: fees.unpaid > 0 && !closed ? { amount: fees.unpaid, url: fees.paymentUrl } : null,
    nothing: !open && !(fees.unpaid > 0 && !closed),
  };
}
