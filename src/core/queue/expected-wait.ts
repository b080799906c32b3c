/**
 * The expected wait shown on the ticket, the kiosk and the officer's list (user voice: "expected
 * wait shown"): people ahead × average minutes per citizen ÷ counters open for the service.
 */

/** Fewer measured services than this: the service's configured average is used. */
export const minSamples = 3;
/** The average of the latest this-many serving times of the day. */
export const sampleSize = 20;

export function averageServiceMinutes(
  recentServingMs: readonly number[],
  configuredMinutes: number,
): number {
  const sample = recentServingMs.slice(-sampleSize).filter((ms) => ms > 0);
  if (sample.length < minSamples) return configuredMinutes;
  const mean = sample.reduce((sum, ms) => sum + ms, 0) / sample.length / 60_000;
  return Math.max(1, Math.round(mean));
}

/** Whole minutes; 0 means "next". With no counter open, one is assumed to open. */
export function estimateWaitMinutes(input: {
  ahead: number;
  averageMinutes: number;
  openCounters: number;
}): number {
  if (input.ahead <= 0) return 0;
  return Math.ceil((input.ahead * input.averageMinutes) / Math.max(1, input.openCounters));
}

/** "khoảng 25 phút", "khoảng 1 giờ 10 phút", or that the citizen is next. */
export function describeWait(minutes: number): string {
  if (minutes <= 0) return 'Sắp đến lượt';
  if (minutes < 60) return `Khoảng ${minutes} phút`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `Khoảng ${h} giờ${m ? ` ${m} phút` : ''}`;
}
