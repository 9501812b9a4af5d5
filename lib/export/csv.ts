import type { EventRecord } from '@/lib/db/event-queries';

const COLUMNS = [
  'id', 'start', 'end', 'precision', 'approximate', 'date_text', 'date_explanation', 'type', 'modality',
  'title_en', 'title_ar', 'participants', 'location', 'sources', 'source_urls', 'quotes', 'permalink',
] as const;

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return before one) as a formula, so such a
 * cell is prefixed with an apostrophe, which the spreadsheet shows as text (OWASP's CSV injection rule).
 */
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(raw: string): string {
  const value = neutralised(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row per event, UTF-8 with a byte-order mark so spreadsheet programs read the Arabic; multi-valued
 * fields (participants, sources, quotes) are joined with " | ".
 */
export function eventsToCsv(events: EventRecord[], origin: string): string {
  const rows = events.map((event) => [
    event.id,
    event.date?.start ?? '',
    event.date?.end ?? '',
    event.date?.precision ?? '',
    event.date ? String(event.date.approximate) : '',
    event.date?.text ?? '',
    event.date?.explanation ?? '',
    event.type,
    event.modality,
    event.title.en,
    event.title.ar,
    event.participants.map((p) => p.nameEn).join(' | '),
    event.location?.nameEn ?? '',
    event.sources.map((s) => `${s.outlet ?? 'unknown outlet'} (${s.published ?? 'date unknown'})`).join(' | '),
    event.sources.map((s) => s.url ?? `${origin}/articles/${s.id}`).join(' | '),
    event.mentions.map((m) => m.quote).join(' | '),
    `${origin}/events/${encodeURIComponent(event.id)}`,
  ]);
  return `\ufeff${[COLUMNS as readonly string[], ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
