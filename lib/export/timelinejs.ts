import type { EventRecord } from '@/lib/db/event-queries';
import type { Precision } from '@/lib/domain/event';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: Array<{
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    text: { headline: string; text: string };
    group: string;
    display_date?: string;
  }>;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** TimelineJS dates carry only the parts the precision knows, so a month-precise event is not pinned to the 1st. */
function toDate(isoDay: string, precision: Precision): TimelineJsDate {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  if (precision === 'day' || precision === 'week') return { year, month, day };
  if (precision === 'month') return { year, month };
  if (precision === 'quarter' || precision === 'half') return { year, month };
  return { year };
}

/** The JSON that Knight Lab's TimelineJS 3 loads. Its text fields are HTML, so everything from articles is escaped. */
export function eventsToTimelineJs(events: EventRecord[], origin: string, label: (event: EventRecord) => string): TimelineJsDocument {
  return {
    title: { text: { headline: 'Diplomatic timeline', text: `${events.length} events exported from ${escapeHtml(origin)}` } },
    events: events
      .filter((event) => event.date)
      .map((event) => {
        const date = event.date!;
        const multi = date.start !== date.end && (date.precision === 'day' || date.precision === 'week');
        const sources = event.sources
          .map((s) => `<li>${escapeHtml(s.outlet ?? 'unknown outlet')}, ${escapeHtml(s.published ?? 'date unknown')}: <a href="${escapeHtml(s.url ?? `${origin}/articles/${s.id}`)}">${escapeHtml(s.url ?? 'local copy')}</a></li>`)
          .join('');
        return {
          unique_id: event.id,
          start_date: toDate(date.start, date.precision),
          ...(multi || ['quarter', 'half'].includes(date.precision) ? { end_date: toDate(date.end, date.precision) } : {}),
          display_date: label(event),
          text: {
            headline: escapeHtml(event.title.en),
            text: `<p dir="rtl" lang="ar">${escapeHtml(event.title.ar)}</p><p>${escapeHtml(date.explanation)}</p><ul>${sources}</ul><p><a href="${escapeHtml(`${origin}/events/${encodeURIComponent(event.id)}`)}">Permalink</a></p>`,
          },
          group: event.type,
        };
      }),
  };
}
