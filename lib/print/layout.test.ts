import { describe, expect, it } from 'vitest';
import type { EventType, Modality } from '@/lib/domain/event';
import { type ChartEvent, type ChartLayout, LABEL_SIZE, MAX_ROWS, layoutChart, type LayoutOptions } from './layout';
import { measureText, type Measure } from './measure';

/** A font where every character is 0.6 em wide: enough to place labels, and easy to reason about. */
const monospace: Measure = (text, size) => [...text].length * size * 0.6;

let serial = 0;
function event(start: string, options: { end?: string; precision?: 'day' | 'month' | 'year'; type?: EventType; title?: string; modality?: Modality } = {}): ChartEvent {
  const id = `e${++serial}`;
  const title = options.title ?? `Talks ${id}`;
  return {
    id,
    type: options.type ?? 'meeting',
    modality: options.modality ?? 'occurred',
    title: { en: title, ar: `محادثات ${id}` },
    participants: [],
    confidence: 1,
    location: null,
    date: { start, end: options.end ?? start, precision: options.precision ?? 'day', approximate: false, mod: null },
  };
}

function layout(events: ChartEvent[], overrides: Partial<LayoutOptions> = {}): ChartLayout {
  return layoutChart(events, {
    lanes: 'type',
    locale: 'en',
    window: { start: '2020-07-01', end: '2020-07-31' },
    width: 1000,
    numbers: new Map(events.map((e, i) => [e.id, i + 1])),
    measure: monospace,
    ...overrides,
  });
}

interface Rect {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every label and mark of a layout as the rectangle it covers. */
function rects(chart: ChartLayout): Rect[] {
  return chart.items.flatMap((item) => [
    { what: `label ${item.label.text}`, left: item.label.x1, right: item.label.x2, top: item.label.baseline - LABEL_SIZE * 0.8, bottom: item.label.baseline + LABEL_SIZE * 0.25 },
    { what: `mark ${item.id}`, left: item.mark.x1, right: item.mark.x2, top: item.mark.cy - 4.5, bottom: item.mark.cy + 4.5 },
  ]);
}

/** The pairs of rectangles that overlap, a label allowed over its own bar (a label inside its bar). */
function clashes(chart: ChartLayout): string[] {
  const found: string[] = [];
  const all = rects(chart);
  const owner = (rect: Rect) => rect.what.replace(/^(label|mark) /, '');
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) {
      const ownBar = chart.items.some((item) => item.label.inside && ((a.what === `label ${item.label.text}` && b.what === `mark ${item.id}`) || (b.what === `label ${item.label.text}` && a.what === `mark ${item.id}`)));
      if (ownBar || owner(a) === owner(b)) continue;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(`${a.what} × ${b.what}`);
    }
  }
  return found;
}

describe('print chart layout', () => {
  it('stacks events of the same and nearby days in rows, so no label or mark lies over another', () => {
    const crowd = ['2020-07-13', '2020-07-14', '2020-07-14', '2020-07-15', '2020-07-15', '2020-07-15', '2020-07-17', '2020-07-18', '2020-07-20'].map((day) => event(day));
    const chart = layout(crowd);
    expect(chart.items.map((item) => item.id).sort()).toEqual(crowd.map((e) => e.id).sort());
    expect(new Set(chart.items.map((item) => item.mark.cy)).size).toBeGreaterThan(2);
    expect(chart.items.filter((item) => item.label.callout)).toEqual([]);
    expect(clashes(chart)).toEqual([]);
    for (const item of chart.items) {
      expect(item.label.text).toMatch(/^\d+\. Talks e\d+$/);
      expect(item.label.x1).toBeGreaterThanOrEqual(chart.plot.x1);
      expect(item.label.x2).toBeLessThanOrEqual(chart.plot.x2);
    }
  });

  it('draws an event by its number alone only when its lane is full, and names it in the key under the chart', () => {
    const crowd = Array.from({ length: MAX_ROWS + 3 }, () => event('2020-07-15', { title: 'A long title of a planned round of consultations' }));
    const chart = layout(crowd);
    const callouts = chart.items.filter((item) => item.label.callout);
    expect(callouts).toHaveLength(3);
    expect(clashes(chart)).toEqual([]);
    for (const item of callouts) {
      expect(item.label.text).toMatch(/^\d+$/);
      expect(chart.key.map((entry) => entry.text)).toContain(`${item.label.text}. A long title of a planned round of consultations`);
    }
    expect(Math.min(...chart.key.map((entry) => entry.baseline))).toBeGreaterThan(chart.plot.bottom);
    expect(chart.height).toBeGreaterThan(Math.max(...chart.key.map((entry) => entry.baseline)));
  });

  it('leaves out undated events and those outside the window, and gives each type its lane', () => {
    const inside = [event('2020-07-10', { type: 'visit' }), event('2020-07-11', { type: 'meeting' })];
    const undated = { ...event('2020-07-12'), date: null };
    const chart = layout([...inside, undated, event('2019-01-01'), event('2021-01-01')]);
    expect(chart.items.map((item) => item.id).sort()).toEqual(inside.map((e) => e.id).sort());
    expect(chart.lanes.map((lane) => lane.lines.map((line) => line.text).join(' '))).toEqual(['Meeting', 'Visit']);
  });

  it('runs time right to left in Arabic, with the lane names on the right and the axis in Arabic', () => {
    const events = [event('2020-07-05'), event('2020-07-25')];
    const chart = layout(events, { locale: 'ar' });
    expect(chart.direction).toBe('rtl');
    const [early, late] = events.map((e) => chart.items.find((item) => item.id === e.id)!);
    expect(early!.mark.x1).toBeGreaterThan(late!.mark.x1);
    const xs = chart.ticks.map((tick) => tick.x);
    expect(xs.slice(1).every((x, i) => x < xs[i]!)).toBe(true);
    expect(chart.lanes[0]!.lines[0]!.x1).toBeGreaterThan(chart.plot.x2);
    expect(chart.ticks.some((tick) => /[\u0600-\u06ff]/.test(tick.major?.text ?? ''))).toBe(true);
    for (const item of chart.items) expect(item.label.text).toMatch(/محادثات/);
  });

  it('draws periods as bars across their days, and an event called off struck through', () => {
    const month = event('2020-07-01', { end: '2020-07-31', precision: 'month' });
    const cancelled = event('2020-07-20', { modality: 'negated' });
    const chart = layout([month, cancelled]);
    const bar = chart.items.find((item) => item.id === month.id)!;
    expect(bar.mark.kind).toBe('bar');
    expect(bar.mark.x2 - bar.mark.x1).toBeGreaterThan((chart.plot.x2 - chart.plot.x1) * 0.9);
    expect(chart.items.find((item) => item.id === cancelled.id)!.struck).toBe(true);
    expect(clashes(chart)).toEqual([]);
  });

  it('keeps axis labels apart and inside the plot on a narrow sheet, over years as over days', () => {
    for (const window of [{ start: '2017-01-01', end: '2022-12-31' }, { start: '2020-07-01', end: '2020-07-31' }]) {
      for (const locale of ['en', 'ar'] as const) {
        const chart = layout([event('2020-07-15')], { window, locale, width: 560, measure: measureText });
        const boxes = chart.ticks.map((tick) => tick.minor).sort((a, b) => a.x1 - b.x1);
        expect(boxes.length).toBeGreaterThan(2);
        for (const [i, box] of boxes.entries()) {
          expect(box.x1).toBeGreaterThanOrEqual(chart.plot.x1 - 0.01);
          expect(box.x2).toBeLessThanOrEqual(chart.plot.x2 + 0.01);
          if (i > 0) expect(box.x1, `${boxes[i - 1]!.text} then ${box.text}`).toBeGreaterThan(boxes[i - 1]!.x2);
        }
      }
    }
  });

  it('names each year where it starts when the first tick\'s year has no room, and no two names run together', () => {
    const chart = layout([event('2020-07-15')], { window: { start: '2010-06-21', end: '2024-10-31' }, width: 1031, measure: measureText });
    const majors = chart.ticks.flatMap((tick) => (tick.major ? [tick.major] : []));
    const januaries = chart.ticks.filter((tick) => new Date(tick.time).getUTCMonth() === 0);
    expect(januaries.length).toBeGreaterThan(10);
    for (const tick of januaries) expect(tick.major?.text, new Date(tick.time).toISOString()).toBe(String(new Date(tick.time).getUTCFullYear()));
    for (const [i, box] of majors.entries()) if (i > 0) expect(box.x1).toBeGreaterThan(majors[i - 1]!.x2);
  });
});

describe('text measurement with the page fonts', () => {
  it('measures Latin and Arabic, wider for longer text and larger sizes', () => {
    const short = measureText('Talks', 10);
    expect(short).toBeGreaterThan(10);
    expect(measureText('Talks in Moscow', 10)).toBeGreaterThan(short);
    expect(measureText('Talks', 20)).toBeCloseTo(short * 2, 5);
    expect(measureText('محادثات في موسكو', 10)).toBeGreaterThan(measureText('محادثات', 10));
    expect(measureText('Talks', 10, 'bold')).toBeGreaterThan(short);
  });
});
