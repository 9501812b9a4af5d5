import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import ICAL from 'ical.js';
import { eventsToCsv } from './csv';
import { eventsToIcs } from './ics';
import { eventsToTimelineJs } from './timelinejs';
import { SAMPLE_EVENTS } from './fixtures';
import type { EventRecord } from '@/lib/db/event-queries';

const ORIGIN = 'https://timeline.example';

describe('CSV export', () => {
  it('starts with a byte-order mark and parses back to the same events, Arabic included', () => {
    const csv = eventsToCsv(SAMPLE_EVENTS, ORIGIN);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(SAMPLE_EVENTS.length);
    const [first, second] = parsed.data as [Record<string, string>, Record<string, string>];
    expect(first).toMatchObject({
      id: '2020-07-22-meeting-lavrov-boukadoum',
      start: '2020-07-22',
      end: '2020-07-22',
      precision: 'day',
      title_en: 'Lavrov–Boukadoum talks in Moscow, "strategic"',
      title_ar: 'محادثات لافروف وبوقادوم في موسكو',
      participants: 'Sergey Lavrov | Sabri Boukadoum',
      source_urls: `https://example.org/a?x=1&y=2 | ${ORIGIN}/articles/a2`,
      permalink: `${ORIGIN}/events/2020-07-22-meeting-lavrov-boukadoum`,
    });
    expect(first.quotes).toContain('<script>');
    expect(second).toMatchObject({ precision: 'month', approximate: 'true', modality: 'planned' });
  });
});

describe('iCalendar export', () => {
  it('parses back to all-day events with the right ranges, summaries and links', () => {
    const ics = eventsToIcs(SAMPLE_EVENTS, ORIGIN, new Date('2024-01-01T00:00:00Z'));
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(2);
    const [talks, visit] = vevents as [ICAL.Event, ICAL.Event];
    expect(talks.summary).toBe('Lavrov–Boukadoum talks in Moscow, "strategic"');
    expect(talks.startDate.isDate).toBe(true);
    expect(talks.startDate.toString()).toBe('2020-07-22');
    expect(talks.endDate.toString()).toBe('2020-07-23');
    expect(talks.description).toContain('محادثات لافروف وبوقادوم في موسكو');
    expect(talks.description).toContain('https://example.org/a?x=1&y=2');
    expect(talks.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/events/2020-07-22-meeting-lavrov-boukadoum`);
    expect(visit.summary).toBe('≈ Lamamra visits Moscow');
    expect(visit.description).toMatch(/^Approximate date/);
    expect(visit.startDate.toString()).toBe('2022-04-01');
    expect(visit.endDate.toString()).toBe('2022-05-01');
  });
});

describe('TimelineJS export', () => {
  it('gives the fields TimelineJS 3 reads, with dates only as precise as known and markup escaped', () => {
    const doc = eventsToTimelineJs(SAMPLE_EVENTS, ORIGIN, (event) => event.date!.text);
    const roundTrip = JSON.parse(JSON.stringify(doc)) as typeof doc;
    expect(roundTrip.events).toHaveLength(2);
    expect(roundTrip.events[0]).toMatchObject({
      unique_id: '2020-07-22-meeting-lavrov-boukadoum',
      start_date: { year: 2020, month: 7, day: 22 },
      group: 'meeting',
      display_date: 'الأربعاء',
    });
    expect(roundTrip.events[0]!.text.headline).toBe('Lavrov–Boukadoum talks in Moscow, &quot;strategic&quot;');
    expect(roundTrip.events[0]!.text.text).toContain('محادثات لافروف وبوقادوم في موسكو');
    expect(roundTrip.events[1]!.start_date).toEqual({ year: 2022, month: 4 });
  });
});

describe('exports of hostile text', () => {
  const [base] = SAMPLE_EVENTS as [EventRecord];
  const hostile: EventRecord = {
    ...base,
    title: { en: '=HYPERLINK("http://evil.example","click")', ar: '+1+2\rسطر' },
    participants: [{ ...base.participants[0]!, nameEn: '@SUM(A1:A2)' }],
    mentions: [{ ...base.mentions[0]!, quote: '-2+3\r\nline\rCR only' }],
    sources: [{ ...base.sources[0]!, outlet: '\t=cmd|/C calc!A0', url: null }],
  };

  it('CSV cells that a spreadsheet would run as formulas start with an apostrophe', () => {
    const parsed = Papa.parse<Record<string, string>>(eventsToCsv([hostile], ORIGIN).slice(1), { header: true, skipEmptyLines: true });
    const [row] = parsed.data as [Record<string, string>];
    expect(row.title_en).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.title_ar).toBe("'+1+2\rسطر");
    expect(row.participants).toBe("'@SUM(A1:A2)");
    expect(row.quotes).toBe("'-2+3\r\nline\rCR only");
    expect(row.sources).toBe("'\t=cmd|/C calc!A0 (2020-07-22)");
    expect(row.start).toBe('2020-07-22');
  });

  it('iCalendar text carries no bare carriage return and reads back as written', () => {
    const ics = eventsToIcs([hostile], ORIGIN, new Date('2024-01-01T00:00:00Z'));
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) as [ICAL.Event];
    expect(event.description).toContain('+1+2\nسطر');
  });
});
