import { describe, expect, it } from 'vitest';
import { MENTION_COLOURS, mentionColours, segmentByMarks } from './highlight';

describe('segmentByMarks', () => {
  it('leaves a text without marks whole', () => {
    expect(segmentByMarks(10, [])).toEqual([{ start: 0, end: 10, marks: [], opening: [] }]);
  });

  it('splits overlapping marks into stretches covered by the same marks', () => {
    const a = { start: 2, end: 6, eventId: 'a' };
    const b = { start: 4, end: 8, eventId: 'b' };
    const segments = segmentByMarks(10, [a, b]);
    expect(segments.map((s) => [s.start, s.end, s.marks.map((m) => m.eventId).join('+')])).toEqual([
      [0, 2, ''], [2, 4, 'a'], [4, 6, 'a+b'], [6, 8, 'b'], [8, 10, ''],
    ]);
    expect(segments[1]!.opening).toEqual([a]);
    expect(segments[2]!.opening).toEqual([b]);
  });

  it('ignores marks outside the text', () => {
    expect(segmentByMarks(5, [{ start: 3, end: 9, eventId: 'x' }])).toHaveLength(1);
  });

  it('gives each event its own colour, in the order of first mention, date phrases aside', () => {
    const colours = mentionColours([
      { start: 40, end: 50, eventId: 'b' },
      { start: 5, end: 9, eventId: 'a', date: true },
      { start: 10, end: 20, eventId: 'a' },
      { start: 60, end: 70, eventId: 'a' },
    ]);
    expect([...colours]).toEqual([['a', MENTION_COLOURS[0]], ['b', MENTION_COLOURS[1]]]);
  });
});
