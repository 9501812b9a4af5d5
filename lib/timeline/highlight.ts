export interface Mark {
  start: number;
  end: number;
  eventId: string;
}

export interface Segment {
  start: number;
  end: number;
  /** The marks covering this stretch of text, outermost (earliest start) first; empty for plain text. */
  marks: Mark[];
  /** Marks that begin at this segment's start: where anchors go. */
  opening: Mark[];
}

/**
 * Cuts a text into stretches that are covered by the same set of marks, so overlapping mentions of different
 * events can all be highlighted without nesting elements across each other.
 */
export function segmentByMarks(length: number, marks: Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.start - b.start || b.end - a.end);
    segments.push({ start, end, marks: covering, opening: covering.filter((m) => m.start === start) });
  }
  return segments;
}
