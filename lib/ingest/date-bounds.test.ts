import { describe, expect, it } from 'vitest';
import type { EventDate, ExtractedEvent } from '@/lib/domain/event';
import { boundEventDates, setAsideMessage } from './date-bounds';

function event(id: string, start: string, end: string, articleIds: string[]): ExtractedEvent {
  const date: EventDate = { start, end, precision: 'day', approximate: false, mod: null, text: 'غدا', basis: 'relative', explanation: '' };
  return {
    id,
    type: 'visit',
    modality: 'planned',
    date,
    title: { en: 'Lavrov visit', ar: 'زيارة لافروف' },
    participants: [{ entityId: 'sergey-lavrov', kind: 'person', nameEn: 'Sergey Lavrov', nameAr: 'سيرغي لافروف', role: null, country: 'RU' }],
    location: null,
    mentions: articleIds.map((articleId, i) => ({ articleId, file: articleId, start: i * 10, end: i * 10 + 5, quote: 'زيارة', dateSpan: null })),
    confidence: 0.5,
  };
}

const ARTICLES = [
  { id: 'old', published: '1900-01-01', stored: '2026-11-30' },
  { id: 'new', published: '2022-05-11', stored: '2026-11-30' },
  { id: 'undated', published: null, stored: '2026-11-30' },
];

describe('boundEventDates', () => {
  it('keeps dates from 1900 to ten years after the latest publication of the sources', () => {
    const events = [event('1900-01-01-visit-lavrov', '1900-01-01', '1900-01-01', ['old']), event('2032-05-11-visit-lavrov', '2032-05-11', '2032-05-11', ['new'])];
    const result = boundEventDates(events, ARTICLES);
    expect(result.setAside).toEqual([]);
    expect(result.events).toBe(events);
  });

  it('keeps undated, under a new id, an event dated before 1900 or past its horizon, and says which', () => {
    const events = [
      event('1899-12-31-visit-lavrov', '1899-12-31', '1899-12-31', ['old']),
      event('2032-05-12-visit-lavrov', '2032-05-12', '2032-05-12', ['new']),
      event('10000-01-01-visit-lavrov', '10000-01-01', '10000-01-01', ['undated']),
      event('2030-01-01-visit-lavrov', '2030-01-01', '2030-01-01', ['old', 'new']),
    ];
    const result = boundEventDates(events, ARTICLES);
    // Colliding ids are numbered in the order of their first mention's file: new, old, undated.
    expect(result.events.map((e) => [e.id, e.date?.start ?? null])).toEqual([
      ['undated-visit-lavrov-2', null],
      ['undated-visit-lavrov', null],
      ['undated-visit-lavrov-3', null],
      ['2030-01-01-visit-lavrov', '2030-01-01'],
    ]);
    expect(result.setAside.map((s) => [s.eventId, s.start, s.latest])).toEqual([
      ['undated-visit-lavrov-2', '1899-12-31', '1910-01-01'],
      ['undated-visit-lavrov', '2032-05-12', '2032-05-11'],
      ['undated-visit-lavrov-3', '10000-01-01', '2036-11-30'],
    ]);
    expect(setAsideMessage(result.setAside[0]!)).toBe('the date «غدا» (1899-12-31) lies outside 1900-01-01..1910-01-01, the dates its sources allow; event undated-visit-lavrov-2 is kept undated, off the timeline');
    expect(events[0]!.date).not.toBeNull();
  });
});
