import type { EventRecord } from '@/lib/db/event-queries';
import { isolate, isolateQuoted } from '@/lib/format/bidi';

const COLUMNS = [
  'id', 'start', 'end', 'precision', 'approximate', 'date_text', 'date_explanation', 'type', 'modality',
  'title_en', 'title_ar', 'participants', 'location', 'sources', 'source_titles', 'source_urls', 'quotes', 'permalink',
] as const;

/** What joins the values of a multi-valued field (participants, sources, quotes) in one cell. */
const JOIN = ' | ';

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return before one) as a formula, so such a
 * cell is prefixed with an apostrophe, which the spreadsheet shows as text (OWASP's CSV injection rule). Invisible
 * direction marks in front do not hide the sign.
 */
function neutralised(value: string): string {
  return /^[\u2066-\u2069\u200e\u200f]*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Every non-empty cell is quoted (RFC 4180), so whichever separator a spreadsheet guesses or is set to — comma,
 * semicolon, tab, or several at once as LibreOffice's import offers — a comma, semicolon or tab inside a cell never
 * splits it.
 */
function cell(raw: string): string {
  const value = neutralised(raw);
  return value ? `"${value.replace(/"/g, '""')}"` : '';
}

/**
 * One row per event of the view, dated ones in date order and then the undated ones (their date columns empty), in
 * UTF-8 with a byte-order mark so spreadsheet programs read the Arabic. Multi-valued fields are joined with " | ";
 * a value of either direction inside a longer cell (an Arabic outlet name before a date, a quoted Arabic phrase in
 * an English explanation) is isolated (lib/format/bidi.ts) so that no date reads backwards.
 */
export function eventsToCsv(events: EventRecord[], origin: string): string {
  const rows = events.map((event) => [
    event.id,
    event.date?.start ?? '',
    event.date?.end ?? '',
    event.date?.precision ?? '',
    event.date ? String(event.date.approximate) : '',
    event.date?.text ?? '',
    event.date ? isolateQuoted(event.date.explanation) : '',
    event.type,
    event.modality,
    event.title.en,
    event.title.ar,
    event.participants.map((p) => p.nameEn).join(JOIN),
    event.location?.nameEn ?? '',
    event.sources.map((s) => `${isolate(s.outlet ?? 'unknown outlet')} (${isolate(s.published ?? 'date unknown')})`).join(JOIN),
    event.sources.map((s) => (s.titleEn ? `${isolate(s.title)} / ${isolate(s.titleEn)}` : isolate(s.title))).join(JOIN),
    event.sources.map((s) => s.url ?? `${origin}/articles/${s.id}`).join(JOIN),
    event.mentions.map((m) => isolate(m.quote)).join(JOIN),
    `${origin}/events/${encodeURIComponent(event.id)}`,
  ]);
  return `\ufeff${[COLUMNS as readonly string[], ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
