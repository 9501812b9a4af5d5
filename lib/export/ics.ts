import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { EventRecord, MatchCount } from '@/lib/db/event-queries';
import type { Precision } from '@/lib/domain/event';
import { isolate, isolateQuoted } from '@/lib/format/bidi';
import { formatPublished } from '@/lib/format/publication';
import { messagesFor } from '@/lib/i18n/messages';
import { dateLabel } from '@/lib/timeline/items';
import { eventCount, undatedNote } from './notes';
import { icsStatus, titleWithStatus } from './status';

dayjs.extend(utc);

/**
 * How a calendar shows an event known only to the month, quarter, half-year, year or decade. `marker` (the default):
 * one all-day event on the period's first day, the period in its title ("Medvedev visit (Oct 2017)"), so a year is
 * not 365 days of all-day entries. `span`: the whole period as one all-day event.
 */
export const VAGUE_DATE_MODES = ['marker', 'span'] as const;
export type VagueDateMode = (typeof VAGUE_DATE_MODES)[number];

const VAGUE: ReadonlySet<Precision> = new Set(['month', 'quarter', 'half', 'year', 'decade']);

export interface IcsOptions {
  now?: Date;
  vague?: VagueDateMode;
  /** How many undated events of the view a calendar cannot hold (counted up to a cap); the calendar's description says so. */
  undated?: MatchCount;
}

/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped, every line break (CRLF, LF or a lone CR) as \\n. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (day: dayjs.Dayjs) => day.format('YYYYMMDD');

function calendarDescription(events: number, undated: MatchCount): string {
  return `Diplomatic timeline: ${eventCount(events, 'dated event')}.${undatedNote(undated, 'in this calendar')}`;
}

/**
 * iCalendar with one all-day event per dated event (undated ones cannot be placed in a calendar; the calendar's
 * description counts them). The status shows twice: in STATUS (TENTATIVE for planned, hypothetical and postponed
 * events, CANCELLED for cancelled and denied ones) and as a word before the summary.
 */
export function eventsToIcs(events: EventRecord[], origin: string, options: IcsOptions = {}): string {
  const t = messagesFor('en');
  const stamp = (options.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const dated = events.filter((event) => event.date);
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Diplomatic timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'X-WR-CALNAME:Diplomatic timeline',
    `X-WR-CALDESC:${escapeText(calendarDescription(dated.length, options.undated ?? { n: 0, exact: true }))}`,
  ];
  for (const event of dated) {
    const date = event.date!;
    const label = dateLabel(event, 'en');
    const marker = (options.vague ?? 'marker') === 'marker' && VAGUE.has(date.precision);
    const start = dayjs.utc(date.start);
    const end = marker ? start : dayjs.utc(date.end);
    const title = titleWithStatus(event.title.en, event.modality, 'en');
    const summary = marker ? `${title} (${label})` : `${date.approximate ? '≈ ' : ''}${title}`;
    const shownAs = marker ? ', shown on its first day' : '';
    const description = [
      ...(event.modality === 'occurred' ? [] : [`Status: ${t.modalities[event.modality]}`]),
      `Date: ${label} (${t.precisions[date.precision]} precision${date.approximate ? ', approximate' : ''}${shownAs})`,
      `How it was dated: ${isolateQuoted(date.explanation)}`,
      isolate(event.title.ar),
      ...event.sources.map((s) => {
        const published = formatPublished(s.published, s.publishedPrecision);
        return `Source: ${isolate(s.outlet ?? t.unknownOutlet)}, ${isolate(s.title)}, ${isolate(published)} — ${s.url ?? `${origin}/articles/${s.id}`}`;
      }),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@diplomatic-timeline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(start)}`,
      `DTEND;VALUE=DATE:${basicDate(end.add(1, 'day'))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${origin}/events/${encodeURIComponent(event.id)}`,
      `CATEGORIES:${escapeText(t.types[event.type])}`,
      `STATUS:${icsStatus(event.modality)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
