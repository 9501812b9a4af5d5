/** A publication date as a manifest or a form gives it: a day (YYYY-MM-DD) or a month (YYYY-MM), checked against the calendar. */
export type PublishedPrecision = 'day' | 'month';

export function precisionOfPublished(value: string): PublishedPrecision | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1800 ? 'day' : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 && Number(month[1]) >= 1800 ? 'month' : null;
  }
  return null;
}
