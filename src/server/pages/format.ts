import type { ProcedureRecord } from '../../core/catalogue/procedure-record.ts';
import type { Messages } from './i18n/index.ts';

type ChannelOffer = ProcedureRecord['channels'][number];
type Fee = ChannelOffer['fees'][number];

/** 50000 → "50.000 đồng" (Vietnamese grouping) or "50,000 VND" in English. */
export function formatMoney(t: Messages, amountVnd: number): string {
  return t.money(new Intl.NumberFormat(t.numberLocale).format(amountVnd));
}

/** 'YYYY-MM-DD' (a legal date) → 'dd/mm/yyyy', the way Vietnamese documents write dates. */
export function formatDate(value: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

const vnDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** An instant → its calendar date in Vietnam (UTC+7), 'dd/mm/yyyy'. */
export function formatInstantDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? '' : vnDate.format(date);
}

/** The published deadline of a channel: amount and unit, else the published text. */
export function formatDeadline(t: Messages, offer: ChannelOffer): string {
  const d = offer.deadline;
  if (d) {
    if (d.unit === 'same_day') return t.sameDay;
    return `${new Intl.NumberFormat(t.numberLocale).format(d.amount)} ${t.deadlineUnits[d.unit]}`;
  }
  return offer.deadlineText ?? t.deadlineNotPublished;
}

/** One fee: "Lệ phí: 50.000 đồng/hồ sơ". */
export function formatFee(t: Messages, fee: Fee): string {
  const amount = fee.amountVnd === null ? '' : formatMoney(t, fee.amountVnd);
  return `${fee.name}${amount ? `: ${amount}` : ''}${fee.per ? `/${fee.per}` : ''}`;
}

/** The fees of a channel in one line, for the summary: amounts (named when several), else the published text. */
export function formatChannelFees(t: Messages, offer: ChannelOffer): string {
  if (offer.fees.length === 1 && offer.fees[0]!.amountVnd !== null) {
    const fee = offer.fees[0]!;
    return `${formatMoney(t, fee.amountVnd!)}${fee.per ? `/${fee.per}` : ''}`;
  }
  if (offer.fees.length > 0 && offer.fees.every((f) => f.amountVnd !== null))
    return offer.fees.map((f) => formatFee(t, f)).join('; ');
  if (offer.free) return t.free;
  return offer.feeText ?? t.feeNotPublished;
}

/** A file size for a download link: "0,3 KB", "1,2 MB". */
export function formatSize(t: Messages, bytes: number): string {
  const format = new Intl.NumberFormat(t.numberLocale, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(bytes, 1) / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

/** Shortens text at a word boundary for the one-screen summary; the full text is further down. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
