/** Hijri ↔ Gregorian through Intl's Umm al-Qura calendar (Node ≥ 20). Gregorian→Hijri is direct; Hijri→Gregorian searches near an estimate. */
import type { Day } from './calendar';

let fmt: Intl.DateTimeFormat | null = null;
function formatter(): Intl.DateTimeFormat {
  fmt ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  return fmt;
}

export function toHijri(day: Day): { y: number; m: number; d: number } {
  const parts = formatter().formatToParts(new Date(day * 86_400_000));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** 1 Muharram 1 AH = 19 July 622 (proleptic Gregorian). */
const EPOCH: Day = Math.round(Date.UTC(622, 6, 19) / 86_400_000);

/** The Gregorian day of a Hijri date, or null when it does not exist (e.g. 30th of a 29-day month). */
export function fromHijri(y: number, m: number, d: number): Day | null {
  if (!(y >= 1 && y <= 1600 && m >= 1 && m <= 12 && d >= 1 && d <= 30)) return null;
  const estimate = EPOCH + Math.floor((y - 1) * 354.36667 + (m - 1) * 29.5306 + (d - 1));
  for (let k = 0; k <= 6; k++) {
    for (const day of k === 0 ? [estimate] : [estimate + k, estimate - k]) {
      const h = toHijri(day);
      if (h.y === y && h.m === m && h.d === d) return day;
    }
  }
  return null;
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthRange(y: number, m: number): { start: Day; end: Day } | null {
  const start = fromHijri(y, m, 1);
  const next = m === 12 ? fromHijri(y + 1, 1, 1) : fromHijri(y, m + 1, 1);
  if (start === null || next === null) return null;
  return { start, end: next - 1 };
}

export function hijriYearRange(y: number): { start: Day; end: Day } | null {
  const start = fromHijri(y, 1, 1);
  const next = fromHijri(y + 1, 1, 1);
  if (start === null || next === null) return null;
  return { start, end: next - 1 };
}
