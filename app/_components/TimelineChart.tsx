'use client';

import moment from 'moment';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { axisLabel, type AxisScale } from '@/lib/format/dates';
import type { Locale } from '@/lib/i18n/messages';
import type { Lane, TimelineItem } from '@/lib/timeline/items';
import { rangeToWindow, windowToRange, type DayWindow } from '@/lib/timeline/window';

/** Why the window changed: the analyst moved it on the chart, the app moved it, or the app only fitted or restored it (no history entry). */
export type WindowChange = 'user' | 'app' | 'quiet';

export interface TimelineChartHandle {
  zoom: (factor: number) => void;
  /** Moves to a window: animated unless `instant`; 'quiet' when it makes no history entry. */
  setWindow: (window: DayWindow, options?: { instant?: boolean; cause?: WindowChange; fitLabels?: boolean }) => void;
  /** The window the chart shows now, in days. */
  getWindow: () => DayWindow | null;
  /** Whether an item is drawn on the chart now. */
  has: (id: string) => boolean;
}

interface Props {
  items: TimelineItem[];
  groups: Lane[];
  selectedId: string | null;
  initialWindow: DayWindow | null;
  /** Widen the first window until the labels of its events fit inside the chart (not for a window a link gave). */
  fitFirstWindow: boolean;
  locale: Locale;
  rtl: boolean;
  /** Accessible name of the lane panels. */
  laneLabel: string;
  onSelect: (id: string | null) => void;
  onWindowChange: (window: DayWindow, cause: WindowChange) => void;
}

const DAY = 24 * 60 * 60 * 1000;

/** A chart item as vis-timeline takes it: the pure item with its days as instants (UTC midnights). */
type ChartItem = Omit<TimelineItem, 'start' | 'end'> & { start: Date; end?: Date };

function toChartItem({ start, end, ...item }: TimelineItem): ChartItem {
  const midnight = (day: string) => windowToRange({ from: day, to: day }).start;
  return { ...item, start: midnight(start), ...(end ? { end: midnight(end) } : {}) };
}

/** An item's label built from text nodes: titles come from articles, so nothing is ever parsed as HTML. */
function itemLabel(item?: ChartItem): HTMLElement | string {
  if (!item) return '';
  const label = document.createElement('span');
  label.className = 'ev-label';
  const title = document.createElement('span');
  title.className = 'ev-title';
  title.textContent = item.content;
  label.append(title);
  if (item.marks) {
    const marks = document.createElement('span');
    marks.className = 'ev-marks';
    marks.textContent = ` ${item.marks}`;
    title.append(marks);
  }
  if (item.dateText) {
    const date = document.createElement('span');
    date.className = 'ev-date';
    date.textContent = item.dateText;
    label.append(date);
  }
  return label;
}

function laneLabelElement(lane?: Lane): HTMLElement | string {
  if (!lane) return '';
  const label = document.createElement('span');
  label.textContent = lane.content;
  return label;
}

/**
 * How far the window must reach for every label of the events in it to end inside the chart: a label is a fixed
 * number of pixels, so widening the window moves its start closer to the window's start, not its end. Labels too
 * long to fit at all (most of the chart's width) are left to wrap as they are.
 */
function endForLabels(container: HTMLElement, itemSet: DataSet<ChartItem>, window: { start: number; end: number }, rtl: boolean): number {
  const panel = container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel || panel.width === 0) return window.end;
  const span = window.end - window.start;
  let end = window.end;
  for (const element of container.querySelectorAll<HTMLElement>('.vis-item.ev[data-id]')) {
    const item = itemSet.get(element.dataset.id!);
    const at = item?.start.getTime();
    if (at === undefined || at < window.start || at > window.end) continue;
    const boxes = [element.getBoundingClientRect(), ...[...element.querySelectorAll('.vis-item-content')].map((c) => c.getBoundingClientRect())];
    const far = rtl ? panel.right - Math.min(...boxes.map((b) => b.left)) : Math.max(...boxes.map((b) => b.right)) - panel.left;
    const offset = ((at - window.start) / span) * panel.width;
    const label = far - offset;
    if (label <= 0 || label >= 0.8 * panel.width) continue;
    end = Math.max(end, window.start + ((at - window.start) * panel.width) / (panel.width - label));
  }
  return end;
}

/** The vis-timeline chart. It owns one Timeline and one DataSet, updated in place when the props change. */
const TimelineChart = forwardRef<TimelineChartHandle, Props>(function TimelineChart(
  { items, groups, selectedId, initialWindow, fitFirstWindow, locale, rtl, laneLabel, onSelect, onWindowChange },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<ChartItem>());
  const groupSet = useRef(new DataSet<Lane>());
  const callbacks = useRef({ onSelect, onWindowChange });
  callbacks.current = { onSelect, onWindowChange };
  /** What caused the window change the chart reports next, when the app made it. */
  const pendingCause = useRef<WindowChange | null>(null);
  /**
   * A window whose labels must fit: armed once its items are in (the first window's already are), measured on the
   * first redraw that shows exactly that window, dropped when the analyst moves the chart first.
   */
  const labelFit = useRef<{ start: number; end: number; armed: boolean } | null>(null);
  /** Whether the window shown is one the app fitted to the labels (not a link's, not one the analyst moved to). */
  const fittedByApp = useRef(fitFirstWindow);

  const selected = useRef(selectedId);
  selected.current = selectedId;

  /** Creates the chart in its container; returns what removes it. */
  const create = (root: HTMLDivElement): (() => void) => {
    const axis = (row: 'minor' | 'major') => (date: moment.Moment, scale: string) => axisLabel(date.toDate(), scale as AxisScale, row, locale);
    const options: TimelineOptions = {
      zoomMin: 7 * DAY,
      zoomMax: DAY * 365 * 200,
      rtl,
      stack: true,
      selectable: true,
      multiselect: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { axis: 8, item: { horizontal: 10, vertical: 6 } },
      // The wheel scrolls the page; Ctrl+wheel (and a trackpad's pinch, which browsers send as one) zooms.
      zoomKey: 'ctrlKey',
      verticalScroll: false,
      horizontalScroll: false,
      showCurrentTime: false,
      dataAttributes: ['id'],
      // Days are UTC days: ticks fall on UTC midnights wherever the reader is.
      moment: ((date: moment.MomentInput) => moment(date).utc()) as unknown as TimelineOptions['moment'],
      format: { minorLabels: axis('minor'), majorLabels: axis('major') } as unknown as TimelineOptions['format'],
      template: itemLabel as TimelineOptions['template'],
      groupTemplate: laneLabelElement as TimelineOptions['groupTemplate'],
      tooltip: { followMouse: false, overflowMethod: 'flip' },
      // The first window, given here: vis-timeline fits its own once the first items are drawn unless told where.
      ...(initialWindow ? windowToRange(initialWindow) : {}),
    };
    const instance = new Timeline(root, itemSet.current as never, groupSet.current as never, options);
    for (const panel of root.querySelectorAll<HTMLElement>('.vis-left, .vis-right')) {
      panel.setAttribute('role', 'group');
      panel.setAttribute('aria-label', laneLabel);
    }
    timeline.current = instance;
    // Only a click on an item selects; the panel closes with its button or Esc. (A tap on the empty chart, or
    // the click that navigated here, would otherwise drop the event a permalink asked for.)
    instance.on('select', (props: { items: Array<string | number> }) => {
      if (props.items.length > 0) callbacks.current.onSelect(String(props.items[0]));
    });
    instance.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      const cause = props.byUser ? 'user' : (pendingCause.current ?? 'app');
      if (!props.byUser) pendingCause.current = null;
      callbacks.current.onWindowChange(rangeToWindow(props.start, props.end), cause);
    });
    instance.on('rangechange', (props: { byUser: boolean }) => {
      if (!props.byUser) return;
      labelFit.current = null;
      fittedByApp.current = false;
    });
    instance.on('changed', () => {
      const fit = labelFit.current;
      if (!fit?.armed || itemSet.current.length === 0) return;
      const current = instance.getWindow();
      const window = { start: current.start.getTime(), end: current.end.getTime() };
      // Drawn for another window (an animation still on its way): wait for the redraw of this one.
      if (Math.abs(window.start - fit.start) > 1 || Math.abs(window.end - fit.end) > 1) return;
      labelFit.current = null;
      const end = endForLabels(root, itemSet.current, window, rtl);
      if (end <= window.end) return;
      pendingCause.current = 'quiet';
      instance.setWindow(current.start, new Date(end), { animation: false });
    });
    // ⌘+wheel zooms as Ctrl+wheel does (vis-timeline listens for one key only).
    const onWheel = (event: WheelEvent) => {
      if (!event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      if (event.deltaY < 0) instance.zoomIn(0.2, { animation: false });
      else instance.zoomOut(0.2, { animation: false });
    };
    root.addEventListener('wheel', onWheel, { passive: false });
    // The chart follows its container's width (the details panel opening beside it, a phone turned).
    // A window the app fitted to the labels is fitted again at the new width; one the analyst or a link chose is kept.
    let width = root.clientWidth;
    const resize = new ResizeObserver(() => {
      if (root.clientWidth !== width && fittedByApp.current) {
        const current = instance.getWindow();
        labelFit.current = { start: current.start.getTime(), end: current.end.getTime(), armed: true };
      }
      width = root.clientWidth;
      instance.redraw();
    });
    resize.observe(root);
    if (initialWindow) {
      const range = windowToRange(initialWindow);
      // The first window is the link's or the app's choice, already in the URL or left out of it on purpose.
      pendingCause.current = 'quiet';
      if (fitFirstWindow) labelFit.current = { start: range.start.getTime(), end: range.end.getTime(), armed: true };
    }
    if (selected.current) instance.setSelection([selected.current]);
    return () => {
      resize.disconnect();
      root.removeEventListener('wheel', onWheel);
      instance.destroy();
      timeline.current = null;
    };
  };

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let removed = false;
    let remove: (() => void) | null = null;
    // vis-timeline measures each label once, to stack and fit them: it must measure them in the fonts they are drawn in.
    void Promise.all([document.fonts.load('400 13px "Noto Sans"'), document.fonts.load('400 13px "Noto Naskh Arabic"', 'عربي')])
      .catch(() => undefined)
      .then(() => {
        if (!removed) remove = create(root);
      });
    return () => {
      removed = true;
      remove?.();
    };
    // The chart is created once per language; items, groups and selection are pushed into it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rtl, locale]);

  useEffect(() => {
    groupSet.current.clear();
    groupSet.current.add(groups);
    // Updated in place, not cleared: items that stay keep their elements (no flicker, no stale references).
    const next = items.map(toChartItem);
    const keep = new Set(next.map((item) => item.id));
    itemSet.current.remove(itemSet.current.getIds().filter((id) => !keep.has(String(id))));
    itemSet.current.update(next);
    if (labelFit.current) labelFit.current.armed = true;
  }, [items, groups]);

  useEffect(() => {
    timeline.current?.setSelection(selectedId ? [selectedId] : []);
  }, [selectedId, items]);

  useImperativeHandle(ref, () => ({
    zoom: (factor: number) => {
      if (!timeline.current) return;
      pendingCause.current = 'app';
      if (factor > 1) timeline.current.zoomIn(Math.min(factor - 1, 1));
      else timeline.current.zoomOut(Math.min(1 / factor - 1, 1));
    },
    setWindow: (window, options = {}) => {
      if (!timeline.current) return;
      const range = windowToRange(window);
      pendingCause.current = options.cause ?? 'app';
      labelFit.current = options.fitLabels ? { start: range.start.getTime(), end: range.end.getTime(), armed: false } : null;
      fittedByApp.current = options.fitLabels ?? false;
      timeline.current.setWindow(range.start, range.end, { animation: options.instant ? false : { duration: 300, easingFunction: 'easeInOutQuad' } });
    },
    getWindow: () => {
      const current = timeline.current?.getWindow();
      return current ? rangeToWindow(current.start, current.end) : null;
    },
    has: (id: string) => itemSet.current.get(id) !== null,
  }));

  return <div ref={container} className="timeline-chart w-full" data-testid="timeline-chart" />;
});

export default TimelineChart;
