import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ViewState } from '@/lib/domain/filters';
import { padWindow } from '@/lib/timeline/window';
import type { SnapshotWindow } from './layout';

dayjs.extend(utc);

/** Most events a printed snapshot or its SVG draws: a view holding more says so and offers the export instead. */
export const SNAPSHOT_MAX_EVENTS = 300;

/** The window that shows every dated event (their first and last days), with the chart's margin; a single day gets a month around it. */
export function fitWindow(extent: { from: string; to: string } | null): SnapshotWindow {
  if (!extent) {
    const year = dayjs.utc().year();
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  const padded = padWindow(extent.from, extent.to);
  return { start: padded.from, end: padded.to };
}

/** The window of a snapshot: the view's own, or one that fits every dated event under its filters. */
export function snapshotWindow(view: Pick<ViewState, 'from' | 'to'>, extent: { from: string; to: string } | null): SnapshotWindow {
  return view.from && view.to ? { start: view.from, end: view.to } : fitWindow(extent);
}
