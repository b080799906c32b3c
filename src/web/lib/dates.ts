/**
 * Vietnam time (UTC+7, no daylight saving) from ISO strings by arithmetic, never from the
 * browser's time zone: an officer's laptop set to another zone still shows official times.
 */
const vnOffsetMs = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

export function toVnParts(epochMs: number): VnParts {
  const d = new Date(epochMs + vnOffsetMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

/** `2026-12-02T17:30:00+07:00` → `17:30 02/12/2026`; empty for missing or unreadable values. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const p = toVnParts(ms);
  return `${pad(p.hour)}:${pad(p.minute)} ${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** `2026-02-16` → `16/02/2026`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Today's civil date in Vietnam as `YYYY-MM-DD`. */
export function getTodayVn(now = Date.now()): string {
  const p = toVnParts(now);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function getCurrentYearVn(): number {
  return toVnParts(Date.now()).year;
}

/** `YYYY-MM-DD` plus n calendar days. */
export function addDays(date: string, n: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + n * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Day of week of a civil date: 0 = Sunday … 6 = Saturday. */
export function getWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function getWeekdayName(date: string): string {
  return weekdayNames[getWeekday(date)] ?? '';
}

/** Minutes after midnight → `HH:mm`. */
export function formatMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `HH:mm` → minutes after midnight, or null when unreadable. */
export function parseMinutes(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}

/** A `datetime-local` value (`2026-02-13T09:00`) read as Vietnam time → ISO with +07:00. */
export function toVnIso(localValue: string): string {
  const withSeconds = localValue.length === 16 ? `${localValue}:00` : localValue;
  return `${withSeconds}+07:00`;
}

/** Now as a `datetime-local` value in Vietnam time. */
export function getNowLocalValue(): string {
  const p = toVnParts(Date.now());
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** An ISO instant as a `datetime-local` value in Vietnam time; empty when missing. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const p = toVnParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
