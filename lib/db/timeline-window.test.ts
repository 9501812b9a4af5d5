import { describe, expect, it } from 'vitest';
import { DEFAULT_MODALITIES, type ViewFilters } from '@/lib/domain/filters';
import { generateSyntheticCorpus } from '@/lib/synthetic/generate';
import { bucketEnd, bucketStart, bucketUnit, countBuckets, slicesByYear } from './cluster-counts';
import { eventDensity } from './density';
import { countMatching, neighbourEvent, queryEventPage, queryEvents } from './event-queries';
import { TEST_BACKENDS, syntheticTestDatabase } from './testing';
import { MAX_WINDOW_ITEMS, timelineWindow } from './timeline-window';

const corpus = generateSyntheticCorpus(3000, 7);
const none: ViewFilters = { from: null, to: null, types: [], modalities: DEFAULT_MODALITIES, participants: [], countries: [], q: '' };

/** The counts a window's clusters should show, worked out from the corpus itself. */
function expectedCounts(from: string, to: string, laneOf: (e: (typeof corpus.events)[number]) => string, keep: (e: (typeof corpus.events)[number]) => boolean = () => true) {
  const unit = bucketUnit(from, to);
  const first = bucketStart(from, unit);
  const last = bucketEnd(bucketStart(to, unit), unit);
  const counts = new Map<string, number>();
  for (const event of corpus.events) {
    if (!event.date || !DEFAULT_MODALITIES.includes(event.modality) || event.date.start < first || event.date.start > last || !keep(event)) continue;
    const key = `${bucketStart(event.date.start, unit)}|${laneOf(event)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const asMap = (counts: Array<{ bucket: string; lane: string; count: number }>) => new Map(counts.map((c) => [`${c.bucket}|${c.lane}`, c.count]));

describe('calendar buckets', () => {
  it('start on Mondays, quarters, years and decades, and end the day before the next', () => {
    expect(bucketStart('2024-03-14', 'week')).toBe('2024-03-11');
    expect(bucketEnd('2024-03-11', 'week')).toBe('2024-03-17');
    expect(bucketStart('2024-08-31', 'quarter')).toBe('2024-07-01');
    expect(bucketEnd('2024-07-01', 'quarter')).toBe('2024-09-30');
    expect(bucketStart('1987-06-02', 'decade')).toBe('1980-01-01');
    expect(bucketEnd('1980-01-01', 'decade')).toBe('1989-12-31');
    expect(bucketEnd('2024-02-01', 'month')).toBe('2024-02-29');
  });
});

describe('stretches a count is cut into', () => {
  const years = (...counts: Array<[number, number]>) => counts.map(([year, events]) => ({ year, events }));
  it.each([
    ['one stretch when the years hold few', years([2001, 10], [2002, 10]), '2001-03-05', '2002-06-30', 100, [['2001-03-05', '2002-06-30', 20]]],
    ['one stretch with no years at all', [], '2001-03-05', '2002-06-30', 100, [['2001-03-05', '2002-06-30', 0]]],
    ['cut where the next year would pass the limit', years([2000, 60], [2001, 30], [2002, 30], [2003, 80]), '2000-01-01', '2003-12-31', 100, [['2000-01-01', '2001-12-31', 90], ['2002-01-01', '2002-12-31', 30], ['2003-01-01', '2003-12-31', 80]]],
    ['a year over the limit is a stretch of its own', years([2000, 500], [2001, 500]), '2000-07-01', '2001-02-01', 100, [['2000-07-01', '2000-12-31', 500], ['2001-01-01', '2001-02-01', 500]]],
    ['the first year counts only once the window starts in it', years([1999, 90], [2000, 90], [2001, 10]), '2000-05-01', '2001-12-31', 100, [['2000-05-01', '2001-12-31', 100]]],
    ['years after the window are left out', years([2000, 50], [2005, 500]), '2000-01-01', '2004-12-31', 100, [['2000-01-01', '2004-12-31', 50]]],
    ['unsorted years, gaps between them', years([2010, 70], [2004, 70], [2007, 70]), '2003-01-01', '2012-12-31', 100, [['2003-01-01', '2006-12-31', 70], ['2007-01-01', '2009-12-31', 70], ['2010-01-01', '2012-12-31', 70]]],
  ] as const)('%s', (_name, perYear, first, last, perSlice, expected) => {
    expect(slicesByYear([...perYear], first, last, perSlice).map((s) => [s.from, s.to, s.events])).toEqual(expected);
  });
});

describe.each(TEST_BACKENDS)('timeline windows on %s', (backend) => {
  const database = syntheticTestDatabase(backend, corpus);

  it('sums decades from the per-year summary exactly as counting the events would', async () => {
    const window = { ...none, from: '1955-01-01', to: '2030-12-31' };
    const { unit, counts } = await countBuckets(database().db, window, 'type');
    expect(unit).toBe('decade');
    expect(asMap(counts)).toEqual(expectedCounts(window.from, window.to, (e) => e.type));
  });

  it('counts participant lanes and searches from the events, with the same totals', async () => {
    const window = { ...none, from: '1990-01-01', to: '2019-12-31' };
    const byType = await countBuckets(database().db, window, 'type');
    const byParticipant = await countBuckets(database().db, window, 'participant');
    const sum = (counts: Array<{ count: number }>) => counts.reduce((total, c) => total + c.count, 0);
    expect(sum(byParticipant.counts)).toBe(sum(byType.counts));
    const searched = await countBuckets(database().db, { ...window, q: 'Petrov' }, 'type');
    expect(asMap(searched.counts)).toEqual(expectedCounts(window.from, window.to, (e) => e.type, (e) => e.title.en.includes('Petrov')));
  });

  it('counts the events of chosen participants alike whether cut into stretches or not, over a wide window and a narrow one', async () => {
    const chosen = ['syn-person-3', 'syn-person-4', 'syn-person-40'];
    const keep = (e: (typeof corpus.events)[number]) => e.participants.some((p) => chosen.includes(p.entityId!));
    for (const [from, to] of [['1990-01-01', '2019-12-31'], ['2005-02-01', '2005-03-31']] as const) {
      const window = { ...none, participants: chosen, from, to };
      const expected = expectedCounts(from, to, (e) => e.type, keep);
      expect([...expected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(asMap((await countBuckets(database().db, window, 'type')).counts)).toEqual(expected);
      expect(asMap((await countBuckets(database().db, window, 'type', undefined, 40)).counts)).toEqual(expected);
    }
  });

  it('lists the same events of chosen participants in a year as in the whole span', async () => {
    const chosen = ['syn-person-3', 'syn-person-4', 'syn-person-40'];
    const year = { ...none, participants: chosen, from: '2005-01-01', to: '2005-12-31', dated: true as const };
    const inYear = (await queryEvents(database().db, year)).map((e) => e.id);
    const everywhere = (await queryEvents(database().db, { ...year, from: '1900-01-01', to: '2100-12-31' })).filter((e) => e.date!.start <= year.to && e.date!.end >= year.from);
    expect(inYear.length).toBeGreaterThan(0);
    expect(inYear).toEqual(everywhere.map((e) => e.id));
  });

  it('counts the density strip across the whole span: every dated event once, in date order', async () => {
    const dated = corpus.events.filter((e) => e.date && DEFAULT_MODALITIES.includes(e.modality));
    const from = dated.map((e) => e.date!.start).sort()[0]!;
    const to = dated.map((e) => e.date!.end).sort().at(-1)!;
    const density = await eventDensity(database().db, none, { from, to });
    expect(density.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(dated.length);
    expect(density.buckets.length).toBeLessThanOrEqual(160);
    expect(density.buckets.map((b) => b.start)).toEqual(density.buckets.map((b) => b.start).sort());
    for (const bucket of density.buckets) expect(bucket.start <= bucket.end).toBe(true);
  });

  it('walks the chronology one event at a time, both ways, ignoring the window and keeping the filters', async () => {
    const { db } = database();
    const filters = { ...none, types: ['visit' as const] };
    const ordered = (await queryEvents(db, { ...filters, dated: true, limit: 40 })).map((e) => e.id);
    expect(ordered.length).toBe(40);
    const forward: string[] = [];
    let at: string | null = null;
    for (let i = 0; i < ordered.length; i++) {
      const next = await neighbourEvent(db, { ...filters, from: '2020-01-01', to: '2020-01-31' }, at, 1);
      expect(next?.type).toBe('visit');
      forward.push(next!.id);
      at = next!.id;
    }
    expect(forward).toEqual(ordered);
    expect((await neighbourEvent(db, filters, ordered[10]!, -1))?.id).toBe(ordered[9]);
    expect(await neighbourEvent(db, filters, ordered[0]!, -1)).toBeNull();
    const last = await neighbourEvent(db, filters, null, -1);
    expect(await neighbourEvent(db, filters, last!.id, 1)).toBeNull();
    expect(await neighbourEvent(db, filters, 'no-such-event', 1)).toBeNull();
  });

  it('draws the events of a sparse window and clusters a dense one', async () => {
    const sparse = await timelineWindow(database().db, { ...none, from: '2015-03-01', to: '2015-03-10' }, 'type', MAX_WINDOW_ITEMS);
    expect(sparse.clusters).toEqual([]);
    expect(sparse.events.length).toBe(sparse.total);
    const dense = await timelineWindow(database().db, { ...none, from: '1960-01-01', to: '2026-12-31' }, 'country', MAX_WINDOW_ITEMS);
    expect(dense.events).toEqual([]);
    expect(dense.clusters.length).toBeGreaterThan(0);
    expect(dense.total).toBeGreaterThan(MAX_WINDOW_ITEMS);
  });

  it('caps counts of large views and counts a search exactly in the same pass as its page', async () => {
    expect(await countMatching(database().db, { ...none, dated: true }, 100)).toEqual({ n: 100, exact: false });
    const term = 'Petrov';
    const matches = corpus.events.filter((e) => e.date && DEFAULT_MODALITIES.includes(e.modality) && e.type === 'visit' && e.title.en.includes(term));
    const page = await queryEventPage(database().db, { ...none, types: ['visit'], q: term, dated: true, limit: 10, offset: 5 });
    expect(page.total).toEqual({ n: matches.length, exact: true });
    expect(page.events.map((e) => e.id)).toHaveLength(10);
    const past = await queryEventPage(database().db, { ...none, types: ['visit'], q: term, dated: true, limit: 10, offset: matches.length + 5 });
    expect(past).toEqual({ events: [], total: { n: matches.length, exact: true } });
  });
});
