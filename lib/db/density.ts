import type { ViewFilters } from '@/lib/domain/filters';
import type { Density } from '@/lib/timeline/window';
import type { Queryable } from './client';
import { bucketEnd, countBuckets } from './cluster-counts';

/** Bars of the density strip: fine enough to show where events gather, few enough to draw in a phone's width. */
const DENSITY_BUCKETS = 160;

/**
 * How many events start in each calendar period (weeks to decades, whichever gives at most about 160 bars) across
 * the whole span of a view's events: the density strip above the chart draws it, and the first window is fitted to
 * where it is dense. Counted like the chart's clusters, from the per-year summary or the covering index.
 */
export async function eventDensity(db: Queryable, filters: ViewFilters, extent: { from: string; to: string }): Promise<Density> {
  const { unit, counts } = await countBuckets(db, { ...filters, ...extent }, 'type', DENSITY_BUCKETS);
  const perBucket = new Map<string, number>();
  for (const { bucket, count } of counts) perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + count);
  const buckets = [...perBucket].sort(([a], [b]) => a.localeCompare(b)).map(([start, count]) => ({ start, end: bucketEnd(start, unit), count }));
  return { from: extent.from, to: extent.to, buckets };
}
