import { formatInstant } from '../calendar/index.ts';

/** A result ready before the appointment on the receipt is an early return (Art. 22). */
export function isEarlyResult(now: Date, dueAt: Date | null): boolean {
  return dueAt !== null && now.getTime() < dueAt.getTime();
}

/** "17:30 ngày 25/02/2026" in Vietnam time. */
export function formatVietnamese(instant: Date): string {
  const iso = formatInstant(instant.getTime());
  return `${iso.slice(11, 16)} ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const howLabels: Record<string, string> = {
  in_person: 'tại nơi nộp hồ sơ',
  postal: 'qua dịch vụ bưu chính công ích',
  electronic: 'bản điện tử trên Cổng dịch vụ công',
};

/**
 * Decree 118/2025 Art. 22: a result may be returned before the appointment, but the applicant is
 * told in advance (SMS, e-mail…). The text names the dossier, the original appointment and how
 * to collect; the look-up link needs the second factor, so it reveals nothing by itself.
 */
export function composeEarlyReturnNotice(input: {
  code: string;
  procedureName: string;
  dueAt: Date;
  unitName: string;
  deliveryMethod: string;
  lookupUrl: string;
}) {
  const how = howLabels[input.deliveryMethod] ?? howLabels.in_person;
  const subject = `Hồ sơ ${input.code} đã có kết quả trước hẹn`;
  const body =
    `Hồ sơ ${input.code} (${input.procedureName}) đã có kết quả trước ngày hẹn trả ` +
    `(${formatVietnamese(input.dueAt)}). Ông/bà có thể nhận kết quả sớm ${how}` +
    `${input.deliveryMethod === 'in_person' ? ` — ${input.unitName}` : ''}. ` +
    `Tra cứu: ${input.lookupUrl}`;
  return { subject, body };
}
