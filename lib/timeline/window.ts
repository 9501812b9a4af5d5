const DAY = 86_400_000;

export interface DayWindow {
  from: string;
  to: string;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A window around a span with a margin on each side, so nothing sits on the chart's edge. */
export function padWindow(from: string, to: string, minDays = 30): DayWindow {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const margin = Math.max((end - start) * 0.08, minDays * DAY);
  return { from: iso(start - margin), to: iso(end + margin) };
}

/** The window to open an event in: the event in the middle, a year around it. */
export function windowAround(from: string, to: string): DayWindow {
  return padWindow(from, to, 365);
}
