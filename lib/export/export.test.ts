import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import ICAL from 'ical.js';
import { eventsToCsv } from './csv';
import { eventsToIcs } from './ics';
import { eventsToTimelineJs } from './timelinejs';
import { SAMPLE_EVENTS } from './fixtures';
import { guessSeparator, readDelimited } from './testing';
import type { EventRecord } from '@/lib/db/event-queries';

const ORIGIN = 'https://timeline.example';
const DATED = SAMPLE_EVENTS.filter((event) => event.date);
const UNDATED = SAMPLE_EVENTS.filter((event) => !event.date);

/** The text of a cell outside its isolates (U+2068 … U+2069): right-to-left letters there could reorder their neighbours. */
function outsideIsolates(text: string): string {
  return text.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');
}
const ARABIC = /[\u0600-\u06ff]/;

function csvRows(csv: string, separators = ','): Array<Record<string, string>> {
  const [header, ...rows] = readDelimited(csv.slice(1), separators).filter((row) => row.some(Boolean));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('CSV export', () => {
  const csv = eventsToCsv(SAMPLE_EVENTS, ORIGIN);

  it('starts with a byte-order mark and holds one row per event, undated ones last with empty date columns', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvRows(csv);
    expect(rows.map((row) => row.id)).toEqual(SAMPLE_EVENTS.map((event) => event.id));
    const undated = rows.at(-1)!;
    expect(undated).toMatchObject({ id: UNDATED[0]!.id, start: '', end: '', precision: '', approximate: '', date_explanation: '', modality: 'cancelled' });
    expect(rows.map((row) => row.modality)).toEqual(['occurred', 'planned', 'occurred', 'postponed', 'hypothetical', 'negated', 'cancelled']);
  });

  it('is read alike whichever separators a spreadsheet guesses or is set to: comma, semicolon and tab inside cells stay inside', () => {
    const body = csv.slice(1);
    expect(guessSeparator(body)).toBe(',');
    const guessed = Papa.parse<string[]>(body, { skipEmptyLines: true });
    expect(guessed.errors).toEqual([]);
    expect(guessed.meta.delimiter).toBe(',');
    const byComma = readDelimited(body, ',');
    // LibreOffice Calc's import with tab, comma and semicolon ticked together.
    const byAll = readDelimited(body, ',;\t');
    expect(byAll).toEqual(byComma);
    expect(new Set(byAll.filter((row) => row.some(Boolean)).map((row) => row.length))).toEqual(new Set([18]));
    expect(guessed.data).toEqual(byComma.filter((row) => row.some(Boolean)));
    const [talks] = csvRows(body.replace(/^/, '\ufeff'), ',;\t');
    expect(talks).toMatchObject({ title_en: 'Lavrov–Boukadoum talks in Moscow; "strategic"', title_ar: 'محادثات لافروف وبوقادوم في موسكو', start: '2020-07-22' });
    expect(talks!.quotes).toContain('موسكو؛ 22\tيوليو');
  });

  it('isolates every Arabic stretch of a mixed cell, so the dates after it keep their order', () => {
    const [talks, , nato] = csvRows(csv);
    expect(talks!.sources).toBe('\u2068RIA Novosti via Sputnik Arabic (نوفوستي)\u2069 (\u20682020-07-22\u2069) | \u2068unknown outlet\u2069 (\u20682020-07\u2069)');
    expect(nato!.date_explanation).toBe('"\u2068العام 2011\u2069" → 2011: year stated');
    for (const row of csvRows(csv)) {
      for (const column of ['sources', 'source_titles', 'date_explanation', 'quotes']) expect(outsideIsolates(row[column]!), `${row.id} ${column}`).not.toMatch(ARABIC);
    }
    expect(talks).toMatchObject({
      participants: 'Sergey Lavrov | Sabri Boukadoum',
      source_urls: `https://example.org/a?x=1&y=2 | ${ORIGIN}/articles/a2`,
      permalink: `${ORIGIN}/events/2020-07-22-meeting-lavrov-boukadoum`,
    });
    expect(talks!.quotes).toContain('<script>');
  });
});

describe('iCalendar export', () => {
  const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
  const vevents = (ics: string) => parse(ics).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const ics = eventsToIcs(SAMPLE_EVENTS, ORIGIN, { now: new Date('2024-01-01T00:00:00Z'), undated: { n: 24, exact: true } });

  it('parses back to one all-day event per dated event, with folded lines, links and the undated ones counted', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = vevents(ics);
    expect(events.map((e) => e.uid)).toEqual(DATED.map((event) => `${event.id}@diplomatic-timeline`));
    const [talks] = events as [ICAL.Event];
    expect(talks.summary).toBe('Lavrov–Boukadoum talks in Moscow; "strategic"');
    expect(talks.startDate.isDate).toBe(true);
    expect([talks.startDate.toString(), talks.endDate.toString()]).toEqual(['2020-07-22', '2020-07-23']);
    expect(talks.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/events/2020-07-22-meeting-lavrov-boukadoum`);
    // ical.js leaves the text of a property it does not know escaped; calendars that read X-WR-CALDESC unescape it.
    const description = String(parse(ics).getFirstPropertyValue('x-wr-caldesc')).replace(/\\([,;\\])/g, '$1');
    expect(description).toBe(
      'Diplomatic timeline: 6 dated events. 24 undated events of this view are not in this calendar, which can place only dated events; the CSV and JSON exports list them.',
    );
  });

  it('says the status in STATUS and before the summary', () => {
    const byId = new Map(vevents(ics).map((e) => [e.uid.split('@')[0], e]));
    const seen = (id: string) => [byId.get(id)!.component.getFirstPropertyValue('status'), byId.get(id)!.summary];
    expect(seen('2020-07-22-meeting-lavrov-boukadoum')).toEqual(['CONFIRMED', 'Lavrov–Boukadoum talks in Moscow; "strategic"']);
    expect(seen('2020-h2-meeting-russia-algeria')).toEqual(['TENTATIVE', 'Planned: Russia–Algeria talks (H2 2020)']);
    expect(seen('2022-05-10-agreement-lavrov')).toEqual(['TENTATIVE', 'Hypothetical: Lavrov agreement']);
    expect(seen('2022-04-visit-lamamra')).toEqual(['TENTATIVE', 'Postponed: Lamamra visits Moscow (≈ Apr 2022)']);
    expect(seen('2022-05-10-statement-tebboune')).toEqual(['CANCELLED', 'Denied: Tebboune statement']);
    expect(byId.get('2022-05-10-agreement-lavrov')!.description).toMatch(/^Status: Hypothetical\n/);
  });

  it('puts a vague date on its first day with the period in the title, or spans it when asked', () => {
    const marker = new Map(vevents(ics).map((e) => [e.uid.split('@')[0], e]));
    const nato = marker.get('2011-military-nato')!;
    expect([nato.summary, nato.startDate.toString(), nato.endDate.toString()]).toEqual(['NATO military action (2011)', '2011-01-01', '2011-01-02']);
    expect(nato.description).toContain('Date: 2011 (year precision, shown on its first day)');
    const span = new Map(vevents(eventsToIcs(SAMPLE_EVENTS, ORIGIN, { vague: 'span' })).map((e) => [e.uid.split('@')[0], e]));
    expect([span.get('2011-military-nato')!.startDate.toString(), span.get('2011-military-nato')!.endDate.toString()]).toEqual(['2011-01-01', '2012-01-01']);
    expect([span.get('2020-h2-meeting-russia-algeria')!.startDate.toString(), span.get('2020-h2-meeting-russia-algeria')!.endDate.toString()]).toEqual(['2020-07-01', '2021-01-01']);
  });

  it('isolates the Arabic in its notes: outlets, titles and quoted phrases', () => {
    const [talks] = vevents(ics) as [ICAL.Event];
    expect(talks.description).toContain('Source: \u2068RIA Novosti via Sputnik Arabic (نوفوستي)\u2069, \u2068لافروف وبوقادوم: محادثات في موسكو\u2069, \u206822 July 2020\u2069 — https://example.org/a?x=1&y=2');
    expect(talks.description).toContain('How it was dated: "\u2068الأربعاء\u2069" → Wed 22 Jul 2020');
    for (const line of talks.description.split('\n')) expect(outsideIsolates(line), line).not.toMatch(ARABIC);
  });
});

describe('TimelineJS export', () => {
  const doc = JSON.parse(JSON.stringify(eventsToTimelineJs(SAMPLE_EVENTS, ORIGIN, { n: 1, exact: true }))) as ReturnType<typeof eventsToTimelineJs>;
  const byId = new Map(doc.events.map((event) => [event.unique_id, event]));

  it('has one slide per dated event, and says how many undated ones it leaves out', () => {
    expect(doc.events.map((event) => event.unique_id)).toEqual(DATED.map((event) => event.id));
    expect(doc.title.text.text).toBe(`<p>6 dated events from ${ORIGIN}. 1 undated event of this view is not on this timeline, which can place only dated events; the CSV and JSON exports list them.</p>`);
  });

  it('runs a period from its first to its last day, and labels it as precisely as it is known', () => {
    expect(byId.get('2020-07-22-meeting-lavrov-boukadoum')).toMatchObject({ start_date: { year: 2020, month: 7, day: 22 }, display_date: '22 Jul 2020' });
    expect(byId.get('2020-07-22-meeting-lavrov-boukadoum')!.end_date).toBeUndefined();
    expect(byId.get('2020-h2-meeting-russia-algeria')).toMatchObject({ start_date: { year: 2020, month: 7, day: 1 }, end_date: { year: 2020, month: 12, day: 31 }, display_date: 'H2 2020' });
    expect(byId.get('2011-military-nato')).toMatchObject({ start_date: { year: 2011, month: 1, day: 1 }, end_date: { year: 2011, month: 12, day: 31 }, display_date: '2011' });
    expect(byId.get('2022-04-visit-lamamra')).toMatchObject({ start_date: { year: 2022, month: 4, day: 1 }, end_date: { year: 2022, month: 4, day: 30 }, display_date: '≈ Apr 2022' });
  });

  it('shows the status in the headline and the group', () => {
    const seen = (id: string) => [byId.get(id)!.text.headline, byId.get(id)!.group];
    expect(seen('2020-07-22-meeting-lavrov-boukadoum')).toEqual(['Lavrov–Boukadoum talks in Moscow; &quot;strategic&quot;', 'Meeting']);
    expect(seen('2022-05-10-agreement-lavrov')).toEqual(['Hypothetical: Lavrov agreement', 'Agreement (hypothetical)']);
    expect(seen('2022-05-10-statement-tebboune')).toEqual(['Denied: Tebboune statement', 'Statement (denied)']);
    expect(seen('2020-h2-meeting-russia-algeria')).toEqual(['Planned: Russia–Algeria talks', 'Meeting (planned)']);
  });

  it('escapes markup, aligns Arabic right and isolates names and phrases of either direction', () => {
    const text = byId.get('2020-07-22-meeting-lavrov-boukadoum')!.text.text;
    expect(text).toContain('<p dir="rtl" lang="ar" style="text-align: right">محادثات لافروف وبوقادوم في موسكو</p>');
    expect(text).toContain('<li><bdi>RIA Novosti via Sputnik Arabic (نوفوستي)</bdi>, <bdi>لافروف وبوقادوم: محادثات في موسكو</bdi>, <bdi>22 July 2020</bdi>: <a href="https://example.org/a?x=1&amp;y=2">');
    expect(text).toContain('<p>"<bdi>الأربعاء</bdi>" → Wed 22 Jul 2020');
    expect(text).not.toContain('<script>');
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

  it('CSV cells that a spreadsheet would run as formulas start with an apostrophe, isolated or not', () => {
    const [row] = csvRows(eventsToCsv([hostile], ORIGIN), ',;\t');
    expect(row!.title_en).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row!.title_ar).toBe("'+1+2\rسطر");
    expect(row!.participants).toBe("'@SUM(A1:A2)");
    expect(row!.quotes).toBe("'\u2068-2+3\r\nline\rCR only\u2069");
    expect(row!.sources).toBe("'\u2068\t=cmd|/C calc!A0\u2069 (\u20682020-07-22\u2069)");
    expect(row!.start).toBe('2020-07-22');
  });

  it('iCalendar text carries no bare carriage return and reads back as written', () => {
    const ics = eventsToIcs([hostile], ORIGIN, { now: new Date('2024-01-01T00:00:00Z') });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) as [ICAL.Event];
    expect(event.description).toContain('+1+2\nسطر');
  });
});
