/**
 * The date axis of a printed chart: the finest calendar unit whose labels fit side by side across the width the
 * paper gives, each tick labelled in the reader's language (lib/format/dates.ts), with the larger unit it belongs to
 * on a second row ("Jul" under "2020", "14" under "July 2020").
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { axisLabel, type AxisScale, type DateLocale } from '@/lib/format/dates';

dayjs.extend(utc);

export interface Tick {
  /** Milliseconds since the epoch, midnight UTC. */
  time: number;
  minor: string;
  /** The larger unit, on the first tick and wherever it changes; null in between and on year axes. */
  major: string | null;
}

interface Unit {
  scale: Extract<AxisScale, 'day' | 'month' | 'year'>;
  step: number;
}

/** The longest a unit's step can be, in days: no two of its ticks are further apart. */
const LONGEST_DAYS: Record<Unit['scale'], number> = { day: 1, month: 31, year: 366 };
const DAY_MS = 86_400_000;

const UNITS: Unit[] = [
  { scale: 'day', step: 1 }, { scale: 'day', step: 2 }, { scale: 'day', step: 7 }, { scale: 'day', step: 14 },
  { scale: 'month', step: 1 }, { scale: 'month', step: 2 }, { scale: 'month', step: 3 }, { scale: 'month', step: 6 },
  { scale: 'year', step: 1 }, { scale: 'year', step: 2 }, { scale: 'year', step: 5 }, { scale: 'year', step: 10 },
  { scale: 'year', step: 20 }, { scale: 'year', step: 50 }, { scale: 'year', step: 100 },
];

/** The first tick at or after `start`: days counted within their month, months within their year, years from zero. */
function firstTick(start: Dayjs, unit: Unit): Dayjs {
  if (unit.scale === 'day') {
    const floor = start.startOf('day');
    const offset = unit.step === 1 ? 0 : (floor.date() - 1) % unit.step;
    const tick = floor.subtract(offset, 'day');
    return tick.isBefore(start) ? tick.add(unit.step, 'day') : tick;
  }
  if (unit.scale === 'month') {
    const floor = start.startOf('month');
    const tick = floor.subtract(floor.month() % unit.step, 'month');
    return tick.isBefore(start) ? tick.add(unit.step, 'month') : tick;
  }
  const floor = start.startOf('year');
  const tick = floor.subtract(floor.year() % unit.step, 'year');
  return tick.isBefore(start) ? tick.add(unit.step, 'year') : tick;
}

function ticksOf(start: number, end: number, unit: Unit, locale: DateLocale): Tick[] {
  const ticks: Tick[] = [];
  let previousMajor: string | null = null;
  for (let at = firstTick(dayjs.utc(start), unit); at.valueOf() <= end; at = at.add(unit.step, unit.scale)) {
    const date = at.toDate();
    const major = axisLabel(date, unit.scale, 'major', locale) || null;
    ticks.push({ time: at.valueOf(), minor: axisLabel(date, unit.scale, 'minor', locale), major: major !== previousMajor ? major : null });
    previousMajor = major;
  }
  return ticks;
}

/**
 * The ticks between `start` and `end` (ms) for an axis `width` pixels wide: the finest unit whose every label,
 * `labelWidth` wide, keeps `gap` pixels from the next.
 */
export function axisTicks(start: number, end: number, width: number, locale: DateLocale, labelWidth: (text: string) => number, gap = 12): Tick[] {
  const perMs = width / Math.max(end - start, 1);
  let ticks: Tick[] = [];
  for (const unit of UNITS) {
    // A unit whose ticks cannot be even `gap` apart is not worth labelling (a day axis over years would be thousands).
    if (unit !== UNITS.at(-1) && LONGEST_DAYS[unit.scale] * unit.step * DAY_MS * perMs < gap) continue;
    ticks = ticksOf(start, end, unit, locale);
    const spacing = ticks.length > 1 ? Math.min(...ticks.slice(1).map((tick, i) => (tick.time - ticks[i]!.time) * perMs)) : width;
    const widest = Math.max(0, ...ticks.map((tick) => labelWidth(tick.minor)));
    if (spacing >= widest + gap) return ticks;
  }
  return ticks;
}
