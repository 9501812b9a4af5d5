/**
 * Lookups by position over one article's spans (its lexicon matches, its entities), built once per list: asking every
 * word of a long article which spans cover it would otherwise read the whole list each time, and a long article's cost
 * would grow with the square of its length.
 */
export interface Spanned { start: number; end: number }

export interface SpanIndex<T extends Spanned> {
  /** The spans that start at `at`. */
  startingAt(at: number): readonly T[];
  /** The spans that share at least one character with [a, b): every span that covers a part of it, and more. */
  overlapping(a: number, b: number): T[];
}

const NONE: readonly never[] = [];

/** Build it once for a list that does not change while it is read. */
export function spanIndex<T extends Spanned>(list: readonly T[]): SpanIndex<T> {
  const byStart = new Map<number, T[]>();
  for (const s of list) {
    const at = byStart.get(s.start);
    if (at) at.push(s);
    else byStart.set(s.start, [s]);
  }
  const sorted = [...list].sort((x, y) => x.start - y.start);
  const longest = sorted.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  /** The first index whose span starts at or after `at`. */
  const firstFrom = (at: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < at) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return {
    startingAt: (at) => byStart.get(at) ?? NONE,
    overlapping: (a, b) => {
      const out: T[] = [];
      // A span that reaches into [a, b) starts no earlier than the longest span's length before a.
      for (let i = firstFrom(a - longest); i < sorted.length && sorted[i]!.start < b; i++) if (sorted[i]!.end > a) out.push(sorted[i]!);
      return out;
    },
  };
}
