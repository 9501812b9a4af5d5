/** Date-axis ticks for a window: the coarsest unit that still gives a handful of labelled ticks. */

export interface Tick {
  time: number;
  label: string;
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Unit {
  /** Approximate length, to choose the unit. */
  span: number;
  floor: (d: Date) => Date;
  next: (d: Date) => Date;
  label: (d: Date) => string;
}

const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));

const yearsUnit = (step: number): Unit => ({
  span: 365.25 * DAY * step,
  floor: (d) => utc(Math.floor(d.getUTCFullYear() / step) * step),
  next: (d) => utc(d.getUTCFullYear() + step),
  label: (d) => String(d.getUTCFullYear()),
});

const monthsUnit = (step: number): Unit => ({
  span: 30.44 * DAY * step,
  floor: (d) => utc(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / step) * step),
  next: (d) => utc(d.getUTCFullYear(), d.getUTCMonth() + step),
  label: (d) => (d.getUTCMonth() === 0 ? `${MONTHS[0]} ${d.getUTCFullYear()}` : `${MONTHS[d.getUTCMonth()]}`),
});

const daysUnit = (step: number): Unit => ({
  span: DAY * step,
  floor: (d) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDate() - 1) % step)),
  next: (d) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + step),
  label: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`,
});

const UNITS: Unit[] = [
  daysUnit(1), daysUnit(7), monthsUnit(1), monthsUnit(3), monthsUnit(6),
  yearsUnit(1), yearsUnit(2), yearsUnit(5), yearsUnit(10), yearsUnit(20), yearsUnit(50),
];

/** Ticks between start and end (ms), aiming at no more than `maxTicks`. */
export function axisTicks(start: number, end: number, maxTicks = 12): Tick[] {
  const range = Math.max(end - start, DAY);
  const unit = UNITS.find((u) => range / u.span <= maxTicks) ?? UNITS[UNITS.length - 1]!;
  const ticks: Tick[] = [];
  let current = unit.floor(new Date(start));
  if (current.getTime() < start) current = unit.next(current);
  while (current.getTime() <= end && ticks.length < maxTicks * 2) {
    ticks.push({ time: current.getTime(), label: unit.label(current) });
    current = unit.next(current);
  }
  return ticks;
}
