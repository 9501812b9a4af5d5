import type { PublicationDate } from './event';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** A publication date as a manifest, a form or the API gives it: a real calendar day (YYYY-MM-DD) or month (YYYY-MM). */
export function parsePublished(s: string): PublicationDate | null {
  const d = DAY.exec(s);
  if (d) {
    const y = Number(d[1]), m = Number(d[2]), day = Number(d[3]);
    if (m < 1 || m > 12 || day < 1) return null;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return day <= last ? { value: s, precision: 'day' } : null;
  }
  const mo = MONTH.exec(s);
  if (mo) {
    const m = Number(mo[2]);
    return m >= 1 && m <= 12 ? { value: s, precision: 'month' } : null;
  }
  return null;
}
