import { describe, expect, it } from 'vitest';
import { spanIndex } from './span-index';

const spans = [{ start: 0, end: 5 }, { start: 3, end: 40 }, { start: 10, end: 12 }, { start: 10, end: 20 }, { start: 30, end: 31 }];
/** What a scan of the whole list finds, which the index must find too. */
const scanned = (a: number, b: number) => spans.filter((s) => s.start < b && s.end > a);

describe('span index', () => {
  it.each([[0, 1], [4, 6], [11, 12], [12, 13], [20, 30], [31, 35], [40, 41], [5, 10], [25, 26]])('finds every span sharing a character with [%i, %i), as a scan does', (a, b) => {
    const found = spanIndex(spans).overlapping(a, b);
    expect(new Set(found)).toEqual(new Set(scanned(a, b)));
    expect(found.length).toBe(scanned(a, b).length);
  });
  it('lists the spans that start at a position', () => {
    const index = spanIndex(spans);
    expect(index.startingAt(10)).toEqual([spans[2], spans[3]]);
    expect(index.startingAt(11)).toEqual([]);
  });
  it('finds a long span far before the position it covers', () => {
    expect(spanIndex(spans).overlapping(38, 39)).toEqual([spans[1]]);
  });
});
