export interface Mark {
  start: number;
  end: number;
  eventId: string;
  /** A date phrase inside a mention, marked as such rather than as a mention of its own. */
  date?: true;
}

/** Light backgrounds, far enough apart to tell events apart in one article; text stays dark on each. */
export const MENTION_COLOURS = ['#fde68a', '#bfdbfe', '#bbf7d0', '#fbcfe8', '#ddd6fe', '#fed7aa', '#a5f3fc', '#d9f99d', '#e7e5e4', '#fecaca'];

/** A colour per event, in the order of their first mention in the text (colours repeat after ten events). */
export function mentionColours(marks: readonly Mark[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const mark of [...marks].filter((m) => !m.date).sort((a, b) => a.start - b.start)) {
    if (!colours.has(mark.eventId)) colours.set(mark.eventId, MENTION_COLOURS[colours.size % MENTION_COLOURS.length]!);
  }
  return colours;
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
