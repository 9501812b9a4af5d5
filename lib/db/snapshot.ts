import { filtersOf, type ViewState } from '@/lib/domain/filters';
import { SNAPSHOT_MAX_EVENTS, snapshotWindow } from '@/lib/print/snapshot';
import type { SnapshotWindow } from '@/lib/print/layout';
import type { Queryable } from './client';
import { countMatching, queryEvents, type EventRecord } from './event-queries';
import { datedExtent } from './timeline-window';

export type Snapshot =
  | { window: SnapshotWindow; fits: true; events: EventRecord[]; numbers: Map<string, number> }
  /** More than `max` events: none are read, and `more` is the bound they exceed. */
  | { window: SnapshotWindow; fits: false; more: number };

/** The dated events of a view's snapshot, numbered in order, or word that they are too many to print. */
export async function loadSnapshot(db: Queryable, view: ViewState, max = SNAPSHOT_MAX_EVENTS): Promise<Snapshot> {
  const filters = filtersOf(view);
  const window = snapshotWindow(view, view.from && view.to ? null : await datedExtent(db, filters));
  const query = { ...filters, from: window.start, to: window.end, dated: true };
  const count = await countMatching(db, query, max);
  if (!count.exact) return { window, fits: false, more: max };
  const events = await queryEvents(db, { ...query, limit: max });
  return { window, fits: true, events, numbers: new Map(events.map((event, index) => [event.id, index + 1])) };
}
