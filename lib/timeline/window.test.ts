import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextWindow, denseWindow, firstWindowHolds, padWindow, rangeToWindow, windowToRange, type DensityBucket } from './window';

const month = (start: string, count: number): DensityBucket => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${start}-01`, end: `${start}-${String(last).padStart(2, '0')}`, count };
};

describe('the first window', () => {
  it('leaves out a few events years away from all the others, and pads the rest', () => {
    // The seed corpus's shape: two events in 2011, eighteen from mid-2017 to May 2022.
    const buckets = [month('2011-01', 2), month('2017-07', 1), month('2017-10', 1), month('2018-01', 2), month('2019-01', 1), month('2020-01', 1), month('2020-07', 8), month('2022-03', 1), month('2022-04', 1), month('2022-05', 2)];
    const window = denseWindow({ from: '2011-01-01', to: '2022-05-10', buckets })!;
    expect(window.from > '2017-01-01' && window.from < '2017-07-01').toBe(true);
    expect(window.to > '2022-05-10' && window.to < '2022-12-31').toBe(true);
  });

  it('keeps every event when none is far from the rest', () => {
    const buckets = [month('2020-01', 3), month('2020-06', 3), month('2020-12', 4)];
    const window = denseWindow({ from: '2020-01-05', to: '2020-12-20', buckets })!;
    expect(window.from < '2020-01-05' && window.to > '2020-12-20').toBe(true);
  });

  it('is null without events', () => {
    expect(denseWindow({ from: '2020-01-01', to: '2020-01-01', buckets: [] })).toBeNull();
  });

  it.each([[1, 1], [3, 3], [10, 8], [19, 17], [20, 18], [21, 19], [100, 90]])('holds %i events → at least %i of them', (total, held) => {
    expect(firstWindowHolds(total)).toBe(held);
  });

  it('leaves two strays of a small corpus out («two events, years before the rest»)', () => {
    const buckets = [month('2011-01', 2), ...Array.from({ length: 6 }, (_, i) => month(`202${i}-03`, 3))];
    const window = denseWindow({ from: '2011-01-01', to: '2025-03-31', buckets })!;
    expect(window.from > '2011-12-31').toBe(true);
  });

  it('holds at least 90% of the events (80% when two strays are more than a tenth), whatever their spread', () => {
    const counts = fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 60 }).filter((c) => c.some((n) => n > 0));
    fc.assert(
      fc.property(counts, (list) => {
        const buckets = list.map((count, i) => month(`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, count)).filter((b) => b.count > 0);
        const window = denseWindow({ from: buckets[0]!.start, to: buckets.at(-1)!.end, buckets })!;
        const held = buckets.filter((b) => b.start >= window.from && b.end <= window.to).reduce((sum, b) => sum + b.count, 0);
        const total = buckets.reduce((sum, b) => sum + b.count, 0);
        expect(held).toBeGreaterThanOrEqual(Math.max(Math.ceil(total * 0.8), Math.min(Math.ceil(total * 0.9), total - 2)));
      }),
    );
  });
});

describe('windows of days and the chart\'s instants', () => {
  it('open on an event with room around it, more for vaguer dates', () => {
    expect(contextWindow({ start: '2020-01-19', end: '2020-01-19', precision: 'day' })).toEqual({ from: '2019-12-05', to: '2020-03-04' });
    const year = contextWindow({ start: '2019-01-01', end: '2019-12-31', precision: 'year' });
    expect(year.from < '2018-01-01' && year.to > '2020-12-31').toBe(true);
  });

  it('round-trip exactly, and a range ending at midnight ends the day before', () => {
    const days = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(days, days, (a, b) => {
        const window = a <= b ? { from: a, to: b } : { from: b, to: a };
        const range = windowToRange(window);
        expect(rangeToWindow(range.start, range.end)).toEqual(window);
      }),
    );
    expect(rangeToWindow(new Date('2020-01-01T00:00:00Z'), new Date('2020-02-01T00:00:00Z'))).toEqual({ from: '2020-01-01', to: '2020-01-31' });
  });

  it('never reach outside the days an address may carry (1900 … 9999), so every link the app writes can be opened', () => {
    expect(padWindow('1900-01-01', '2036-12-04')).toEqual({ from: '1900-01-01', to: '2042-05-27' });
    expect(padWindow('9999-12-01', '9999-12-31')).toEqual({ from: '9999-11-16', to: '9999-12-31' });
    expect(contextWindow({ start: '1900-01-01', end: '1900-12-31', precision: 'year' })).toEqual({ from: '1900-01-01', to: '1902-06-24' });
    expect(rangeToWindow(new Date('1850-01-01T00:00:00Z'), new Date('1901-01-01T00:00:00Z'))).toEqual({ from: '1900-01-01', to: '1900-12-31' });
    expect(rangeToWindow(new Date('9990-01-01T00:00:00Z'), new Date('+010500-01-01T00:00:00Z'))).toEqual({ from: '9990-01-01', to: '9999-12-31' });
  });
});
