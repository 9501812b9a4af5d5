import type { EventRecord } from '@/lib/db/event-queries';
import type { ViewState } from '@/lib/domain/filters';
import { fitWindow, type SnapshotWindow } from './svg';

/** The window of a snapshot (the view's, or one that fits every event) and the events inside it, numbered in order. */
export function snapshotOf(all: EventRecord[], view: ViewState): { window: SnapshotWindow; events: EventRecord[]; numbers: Map<string, number> } {
  const window = view.from && view.to ? { start: view.from, end: view.to } : fitWindow(all);
  const events = all.filter((e) => e.date && e.date.end >= window.start && e.date.start <= window.end);
  return { window, events, numbers: new Map(events.map((event, index) => [event.id, index + 1])) };
}
