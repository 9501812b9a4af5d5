import type { ViewState } from '@/lib/domain/filters';
import { fitWindow, type SnapshotWindow } from './svg';

/** Most events a printed snapshot or its SVG draws: a view holding more says so and offers the export instead. */
export const SNAPSHOT_MAX_EVENTS = 300;

/** The window of a snapshot: the view's own, or one that fits every dated event under its filters. */
export function snapshotWindow(view: Pick<ViewState, 'from' | 'to'>, extent: { from: string; to: string } | null): SnapshotWindow {
  return view.from && view.to ? { start: view.from, end: view.to } : fitWindow(extent);
}
