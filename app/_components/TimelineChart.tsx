'use client';

import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { Lane, TimelineItem } from '@/lib/timeline/items';

export interface ChartWindow {
  start: Date;
  end: Date;
}

export interface TimelineChartHandle {
  zoom: (factor: number) => void;
  fit: () => void;
  focus: (id: string) => void;
  setWindow: (start: Date, end: Date) => void;
}

interface Props {
  items: TimelineItem[];
  groups: Lane[];
  selectedId: string | null;
  initialWindow: ChartWindow | null;
  rtl: boolean;
  /** Accessible name of the scrollable lane panels. */
  laneLabel: string;
  onSelect: (id: string | null) => void;
  onWindowChange: (window: ChartWindow) => void;
}

const DAY = 24 * 60 * 60 * 1000;

/** The vis-timeline chart. It owns one Timeline and one DataSet, updated in place when the props change. */
const TimelineChart = forwardRef<TimelineChartHandle, Props>(function TimelineChart(
  { items, groups, selectedId, initialWindow, rtl, laneLabel, onSelect, onWindowChange },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<TimelineItem>());
  const groupSet = useRef(new DataSet<Lane>());
  const callbacks = useRef({ onSelect, onWindowChange });
  callbacks.current = { onSelect, onWindowChange };

  useEffect(() => {
    if (!container.current) return;
    const options: TimelineOptions = {
      zoomMin: DAY,
      zoomMax: DAY * 365 * 60,
      rtl,
      stack: true,
      selectable: true,
      multiselect: false,
      orientation: { axis: 'both' },
      margin: { item: { horizontal: 4, vertical: 6 } },
      tooltip: { followMouse: false, overflowMethod: 'flip' },
      minHeight: 320,
      maxHeight: 640,
      verticalScroll: true,
    };
    const instance = new Timeline(container.current, itemSet.current as never, groupSet.current as never, options);
    // The lane panels scroll when lanes overflow: keyboard users must be able to reach them too.
    for (const panel of container.current.querySelectorAll<HTMLElement>('.vis-left, .vis-right')) {
      panel.tabIndex = 0;
      panel.setAttribute('role', 'group');
      panel.setAttribute('aria-label', laneLabel);
    }
    timeline.current = instance;
    // Only a click on an item selects; the panel closes with its button or Esc. (A tap on the empty chart, or
    // the click that navigated here, would otherwise drop the event a permalink asked for.)
    instance.on('select', (props: { items: Array<string | number> }) => {
      if (props.items.length > 0) callbacks.current.onSelect(String(props.items[0]));
    });
    instance.on('rangechanged', (props: { start: Date; end: Date }) => {
      callbacks.current.onWindowChange({ start: props.start, end: props.end });
    });
    if (initialWindow) instance.setWindow(initialWindow.start, initialWindow.end, { animation: false });
    else instance.fit({ animation: false });
    return () => {
      instance.destroy();
      timeline.current = null;
    };
    // The chart is created once per direction; items, groups and selection are pushed into it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rtl]);

  useEffect(() => {
    groupSet.current.clear();
    groupSet.current.add(groups);
    itemSet.current.clear();
    itemSet.current.add(items);
  }, [items, groups]);

  useEffect(() => {
    timeline.current?.setSelection(selectedId ? [selectedId] : []);
  }, [selectedId, items]);

  useImperativeHandle(ref, () => ({
    zoom: (factor: number) => {
      if (!timeline.current) return;
      if (factor > 1) timeline.current.zoomIn(Math.min(factor - 1, 1));
      else timeline.current.zoomOut(Math.min(1 / factor - 1, 1));
    },
    fit: () => timeline.current?.fit(),
    setWindow: (start: Date, end: Date) => timeline.current?.setWindow(start, end),
    focus: (id: string) => {
      if (timeline.current && itemSet.current.get(id)) timeline.current.focus(id, { animation: { duration: 300, easingFunction: 'easeInOutQuad' } });
    },
  }));

  return <div ref={container} className="timeline-chart min-h-80 w-full" data-testid="timeline-chart" />;
});

export default TimelineChart;
