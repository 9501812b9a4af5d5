import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { EventRecord, MatchCount } from '@/lib/db/event-queries';
import { isolateHtml, isolateQuoted } from '@/lib/format/bidi';
import { formatPublished } from '@/lib/format/publication';
import { messagesFor } from '@/lib/i18n/messages';
import { dateLabel } from '@/lib/timeline/items';
import { eventCount, undatedNote } from './notes';
import { titleWithStatus } from './status';

dayjs.extend(utc);

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
  display_date: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Arabic text as TimelineJS should show it: right to left and aligned right (its style sheet aligns text left). */
function arabicParagraph(text: string): string {
  return `<p dir="rtl" lang="ar" style="text-align: right">${escapeHtml(text)}</p>`;
}

/**
 * A whole day. A period runs from its first day to its last: TimelineJS reads {year: 2020, month: 12} as 1 December,
 * and drops an end whose parts equal those of its start ({year: 2011} to {year: 2011, month: 12, day: 31}), so both
 * ends are whole days; the slide's display_date says how precise the date is ("H2 2020", "2011").
 */
function wholeDay(isoDay: string): TimelineJsDate {
  const day = dayjs.utc(isoDay);
  return { year: day.year(), month: day.month() + 1, day: day.date() };
}

function introduction(events: number, undated: MatchCount, origin: string): string {
  return `<p>${eventCount(events, 'dated event')} from ${escapeHtml(origin)}.${undatedNote(undated, 'on this timeline')}</p>`;
}

/**
 * The JSON that Knight Lab's TimelineJS 3 loads, one slide per dated event. Its text fields are HTML, so everything
 * from articles is escaped, and names and phrases of either direction are isolated in <bdi>. The status shows in the
 * headline ("Hypothetical: …") and in the group (one row per type and status).
 */
export function eventsToTimelineJs(events: EventRecord[], origin: string, undated: MatchCount = { n: 0, exact: true }): TimelineJsDocument {
  const t = messagesFor('en');
  const dated = events.filter((event) => event.date);
  return {
    title: { text: { headline: t.appName, text: introduction(dated.length, undated, origin) } },
    events: dated.map((event) => {
      const date = event.date!;
      const sources = event.sources
        .map((s) => {
          const address = s.url ?? `${origin}/articles/${s.id}`;
          const published = formatPublished(s.published, s.publishedPrecision);
          return `<li>${isolateHtml(escapeHtml(s.outlet ?? t.unknownOutlet))}, ${isolateHtml(escapeHtml(s.title))}, ${isolateHtml(escapeHtml(published))}: <a href="${escapeHtml(address)}">${escapeHtml(s.url ?? 'local copy')}</a></li>`;
        })
        .join('');
      const status = event.modality === 'occurred' ? '' : `<p>Status: ${escapeHtml(t.modalities[event.modality])}</p>`;
      return {
        unique_id: event.id,
        start_date: wholeDay(date.start),
        ...(date.start !== date.end ? { end_date: wholeDay(date.end) } : {}),
        display_date: dateLabel(event, 'en'),
        text: {
          headline: escapeHtml(titleWithStatus(event.title.en, event.modality, 'en')),
          text: [
            arabicParagraph(event.title.ar),
            status,
            `<p>${isolateQuoted(date.explanation, isolateHtml, escapeHtml)}</p>`,
            `<ul>${sources}</ul>`,
            `<p><a href="${escapeHtml(`${origin}/events/${encodeURIComponent(event.id)}`)}">Permalink</a></p>`,
          ].join(''),
        },
        group: event.modality === 'occurred' ? t.types[event.type] : `${t.types[event.type]} (${t.modalities[event.modality].toLowerCase()})`,
      };
    }),
  };
}
