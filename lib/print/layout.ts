/**
 * Where everything of a printed chart goes, so that it reads without the list: lanes with their full names, a date
 * axis whose labels fit the paper, and every event as a mark with its label beside it, no label or mark over
 * another. Within a lane, events that would collide stack in rows, as a diary does; a label goes after its mark in
 * reading order, or before it near the chart's far edge, or inside a bar that leaves no room on either side. Only
 * where a label fits nowhere there, or the lane would grow past MAX_ROWS rows, the event is drawn with its number
 * alone (a call-out) and its label is written in the key under the chart. In Arabic time runs right to left and the lane names stand on the right.
 *
 * Pure: the widths of texts come from `measure` (lib/print/measure.ts in the app, a fake in the tests).
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { LaneKind } from '@/lib/domain/filters';
import { countryName } from '@/lib/domain/countries';
import type { Locale } from '@/lib/i18n/messages';
import { APPROXIMATE_MARK, LOW_CONFIDENCE_MARK, itemStyle, type ItemStyle } from '@/lib/timeline/legend';
import { UNKNOWN_LANE, eventTitle, laneOf, type TimelineEvent } from '@/lib/timeline/items';
import { axisTicks } from './axis';
import type { Measure } from './measure';

dayjs.extend(utc);

export interface SnapshotWindow {
  start: string;
  end: string;
}

/** What the chart needs of an event (a stored record qualifies): the screen's, confidence included (it marks unsure ones). */
export type ChartEvent = TimelineEvent;

export interface LayoutOptions {
  lanes: LaneKind;
  locale: Locale;
  window: SnapshotWindow;
  /** The chart's width in pixels: the paper's printable width, so that text prints at its size. */
  width: number;
  /** The event's number in the printed list, written before its label. */
  numbers: Map<string, number>;
  measure: Measure;
}

/** A line of text and the box it fills: `x1`…`x2` across, `baseline` its baseline. */
export interface TextBox {
  text: string;
  x1: number;
  x2: number;
  baseline: number;
}

export interface PlacedItem {
  id: string;
  style: ItemStyle;
  /** A point's circle or a bar, vertically centred on `cy`. */
  mark: { kind: 'point' | 'bar'; x1: number; x2: number; cy: number };
  label: TextBox & { callout: boolean; inside: boolean };
  /** Drawn through the label: the event was called off or denied. */
  struck: boolean;
}

export interface PlacedLane {
  id: string;
  lines: TextBox[];
  top: number;
  height: number;
}

export interface PlacedTick {
  /** Milliseconds since the epoch. */
  time: number;
  x: number;
  minor: TextBox;
  major: TextBox | null;
}

export interface ChartLayout {
  width: number;
  height: number;
  direction: 'ltr' | 'rtl';
  plot: { x1: number; x2: number; top: number; bottom: number };
  ticks: PlacedTick[];
  lanes: PlacedLane[];
  items: PlacedItem[];
  /** The key of the call-outs: "12 Title" for each event drawn with its number alone. */
  key: TextBox[];
}

export const LABEL_SIZE = 10;
export const LANE_NAME_SIZE = 11;
export const AXIS_SIZE = 10;
const ROW = 17;
const LANE_PADDING = 5;
const LANE_NAME_LINE = 14;
const GAP = 4;
/** The space kept between two footprints in a row. */
const CLEARANCE = 6;
export const POINT_RADIUS = 4.5;
const MIN_BAR = 4;
/** Rows a lane may take for full labels before further events become call-outs. */
export const MAX_ROWS = 12;
const AXIS_HEIGHT = 34;
const EDGE = 6;

const DAY = 86_400_000;
const time = (isoDay: string) => dayjs.utc(isoDay).valueOf();

type Span = [number, number];

/** The name of a lane as the list and the legend write it: a country's name rather than its code. */
function laneName(id: string, content: string, kind: LaneKind, locale: Locale): string {
  return kind === 'country' && id !== UNKNOWN_LANE ? countryName(id)[locale] : content;
}

/** Words of `text` in lines no wider than `width` (a word wider than that stands alone on its line). */
function wrap(text: string, width: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] + CLEARANCE && b[0] < a[1] + CLEARANCE;

/** The label of an event: its number, the marks of an approximate date and of low confidence, its title. */
function labelText(event: ChartEvent, number: number | undefined, style: ItemStyle, locale: Locale): string {
  const marks = [style.approximate ? APPROXIMATE_MARK : '', style.lowConfidence ? LOW_CONFIDENCE_MARK : ''].filter(Boolean).join(' ');
  return [number !== undefined ? `${number}.` : '', marks, eventTitle(event, locale)].filter(Boolean).join(' ');
}

interface Pending {
  event: ChartEvent;
  style: ItemStyle;
  mark: Span;
  kind: 'point' | 'bar';
  label: string;
  number: string;
}

interface Candidate {
  label: Span;
  /** Written over the bar, on a white ground. */
  inside: boolean;
}

interface Placement extends Candidate {
  row: number;
  text: string;
  callout: boolean;
}

/**
 * Places the events of one lane in rows. `forward` is the reading direction (+1 left to right, −1 right to left):
 * a label goes after its mark in that direction, or before it.
 */
function placeLane(items: Pending[], plot: Span, forward: 1 | -1, widthOf: (text: string) => number): Placement[] {
  const rows: Span[][] = [];
  const free = (row: number, span: Span) => !(rows[row] ?? []).some((taken) => overlaps(taken, span));
  /** Where a label may go: after the mark, before it, or inside a bar long enough to hold it. */
  const candidates = (item: Pending, width: number): Candidate[] => {
    const { mark } = item;
    const after: Span = forward === 1 ? [mark[1] + GAP, mark[1] + GAP + width] : [mark[0] - GAP - width, mark[0] - GAP];
    const before: Span = forward === 1 ? [mark[0] - GAP - width, mark[0] - GAP] : [mark[1] + GAP, mark[1] + GAP + width];
    const outside = [after, before].filter((span) => span[0] >= plot[0] && span[1] <= plot[1]).map((label) => ({ label, inside: false }));
    if (item.kind !== 'bar' || mark[1] - mark[0] < width + 2 * GAP) return outside;
    const inside: Span = forward === 1 ? [mark[0] + GAP, mark[0] + GAP + width] : [mark[1] - GAP - width, mark[1] - GAP];
    return [...outside, { label: inside, inside: true }];
  };
  const place = (mark: Span, options: Candidate[], maxRows: number): (Candidate & { row: number }) | null => {
    for (let row = 0; row < maxRows; row++) {
      for (const option of options) {
        const footprint: Span = [Math.min(mark[0], option.label[0]), Math.max(mark[1], option.label[1])];
        if (free(row, footprint)) {
          (rows[row] ??= []).push(footprint);
          return { ...option, row };
        }
      }
    }
    return null;
  };
  return items.map((item) => {
    const full = place(item.mark, candidates(item, widthOf(item.label)), MAX_ROWS);
    if (full) return { ...full, text: item.label, callout: false };
    // A call-out: the number alone beside the mark, in the first row with room (a lane of call-outs may grow).
    const width = widthOf(item.number);
    const numbered = candidates(item, width);
    const options = numbered.length ? numbered : [{ label: [item.mark[0], item.mark[0] + width] as Span, inside: true }];
    return { ...place(item.mark, options, Number.MAX_SAFE_INTEGER)!, text: item.number, callout: true };
  });
}

/** The chart of a window: lanes, axis and every dated event of `events` that the window shows, placed. */
export function layoutChart(events: ChartEvent[], options: LayoutOptions): ChartLayout {
  const { width, locale, measure } = options;
  const rtl = locale === 'ar';
  const labelWidth = (text: string) => measure(text, LABEL_SIZE);
  const start = time(options.window.start);
  const end = time(options.window.end) + DAY;
  const visible = events.filter((event) => event.date && time(event.date.end) + DAY > start && time(event.date.start) < end);

  // Lanes, in the order of their names (the unknown lane last), each named in full.
  const laneNames = new Map<string, string>();
  for (const event of visible) {
    const lane = laneOf(event, options.lanes, locale);
    if (!laneNames.has(lane.id)) laneNames.set(lane.id, laneName(lane.id, lane.content, options.lanes, locale));
  }
  const laneIds = [...laneNames.keys()].sort((a, b) =>
    a === UNKNOWN_LANE ? 1 : b === UNKNOWN_LANE ? -1 : laneNames.get(a)!.localeCompare(laneNames.get(b)!, locale),
  );
  const nameWidth = (text: string) => measure(text, LANE_NAME_SIZE, 'bold');
  const column = Math.min(Math.max(60, ...laneIds.map((id) => nameWidth(laneNames.get(id)!) + 2 * EDGE + 4)), Math.round(width * 0.22));
  const plot: Span = rtl ? [EDGE, width - column] : [column, width - EDGE];
  const x = (ms: number) => {
    const share = (ms - start) / (end - start);
    return rtl ? plot[1] - share * (plot[1] - plot[0]) : plot[0] + share * (plot[1] - plot[0]);
  };

  // Axis: ticks whose labels fit, each label kept inside the plot rather than cut at its edge.
  const axisWidth = (text: string) => measure(text, AXIS_SIZE);
  const within = (centre: number, text: string, baseline: number): TextBox => {
    const w = axisWidth(text);
    const x1 = Math.min(Math.max(centre - w / 2, plot[0]), plot[1] - w);
    return { text, x1, x2: x1 + w, baseline };
  };
  const ticks: PlacedTick[] = axisTicks(start, end, plot[1] - plot[0], locale, axisWidth).map((tick) => {
    const tx = x(tick.time);
    return { time: tick.time, x: tx, minor: within(tx, tick.minor, 13), major: tick.major ? within(tx, tick.major, 28) : null };
  });
  // A larger unit is named where it changes. The first tick names the one it falls in, unless that name would run
  // into the next: then the next, where its unit starts, keeps its name. Any other name that would run into the one
  // before it is left out.
  let named: PlacedTick | null = null;
  for (const tick of ticks) {
    if (!tick.major) continue;
    if (named && overlaps([tick.major.x1, tick.major.x2], [named.major!.x1, named.major!.x2])) {
      if (named !== ticks[0]) {
        tick.major = null;
        continue;
      }
      named.major = null;
    }
    named = tick;
  }

  // Events, lane by lane.
  const pending = new Map<string, Pending[]>(laneIds.map((id) => [id, []]));
  for (const event of visible) {
    const date = event.date!;
    const style = itemStyle({ ...event, date });
    const a = x(time(date.start));
    const b = x(time(date.end) + DAY);
    let mark: Span;
    let kind: 'point' | 'bar';
    if (style.precision === 'point') {
      const cx = (a + b) / 2;
      mark = [cx - POINT_RADIUS, cx + POINT_RADIUS];
      kind = 'point';
    } else {
      const lo = Math.max(Math.min(a, b), plot[0]);
      const hi = Math.min(Math.max(a, b), plot[1]);
      const centre = (lo + hi) / 2;
      mark = hi - lo >= MIN_BAR ? [lo, hi] : [centre - MIN_BAR / 2, centre + MIN_BAR / 2];
      kind = 'bar';
    }
    const number = options.numbers.get(event.id);
    pending.get(laneOf(event, options.lanes, locale).id)!.push({
      event, style, mark, kind, label: labelText(event, number, style, locale), number: number !== undefined ? String(number) : '•',
    });
  }

  const lanes: PlacedLane[] = [];
  const items: PlacedItem[] = [];
  const key: Array<{ text: string }> = [];
  let top = AXIS_HEIGHT;
  const nameBox = rtl ? [width - column + EDGE, width - EDGE] : [EDGE, column - EDGE];
  for (const id of laneIds) {
    const list = pending.get(id)!;
    const placements = placeLane(list, plot, rtl ? -1 : 1, labelWidth);
    const rows = Math.max(1, ...placements.map((p) => p.row + 1));
    const names = wrap(laneNames.get(id)!, nameBox[1]! - nameBox[0]!, nameWidth);
    const height = Math.max(rows * ROW, names.length * LANE_NAME_LINE) + 2 * LANE_PADDING;
    lanes.push({
      id,
      top,
      height,
      lines: names.map((text, i) => {
        const w = nameWidth(text);
        const x1 = rtl ? nameBox[1]! - w : nameBox[0]!;
        return { text, x1, x2: x1 + w, baseline: top + LANE_PADDING + 11 + i * LANE_NAME_LINE };
      }),
    });
    list.forEach((item, i) => {
      const placement = placements[i]!;
      const cy = top + LANE_PADDING + placement.row * ROW + ROW / 2;
      items.push({
        id: item.event.id,
        style: item.style,
        mark: { kind: item.kind, x1: item.mark[0], x2: item.mark[1], cy },
        label: { text: placement.text, x1: placement.label[0], x2: placement.label[1], baseline: cy + 3.5, callout: placement.callout, inside: placement.inside },
        struck: item.style.status.struck,
      });
      if (placement.callout) key.push({ text: item.label });
    });
    top += height;
  }
  const plotBottom = top;

  // The key of the call-outs, in columns from the start edge.
  const keyBoxes: TextBox[] = [];
  if (key.length) {
    const columnWidth = Math.max(...key.map((entry) => labelWidth(entry.text))) + 16;
    const columns = Math.max(1, Math.floor((width - 2 * EDGE) / columnWidth));
    key.forEach((entry, i) => {
      const w = labelWidth(entry.text);
      const offset = EDGE + (i % columns) * columnWidth;
      const x1 = rtl ? width - offset - w : offset;
      keyBoxes.push({ text: entry.text, x1, x2: x1 + w, baseline: plotBottom + 20 + Math.floor(i / columns) * 15 });
    });
  }
  const height = keyBoxes.length ? keyBoxes.at(-1)!.baseline + 8 : plotBottom + 6;
  return { width, height, direction: rtl ? 'rtl' : 'ltr', plot: { x1: plot[0], x2: plot[1], top: AXIS_HEIGHT, bottom: plotBottom }, ticks, lanes, items, key: keyBoxes };
}
