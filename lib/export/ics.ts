import type { EventRecord } from '@/lib/db/event-queries';

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

function basicDate(isoDay: string): string {
  return isoDay.replace(/-/g, '');
}

function dayAfter(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** iCalendar with one all-day event per dated event; undated events cannot be placed in a calendar and are left out. */
export function eventsToIcs(events: EventRecord[], origin: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Diplomatic timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    if (!event.date) continue;
    const permalink = `${origin}/events/${encodeURIComponent(event.id)}`;
    const caveat = event.date.approximate ? 'Approximate date. ' : '';
    const description = [
      `${caveat}${event.date.precision} precision: ${event.date.explanation}`,
      `${event.title.ar}`,
      ...event.sources.map((s) => `Source: ${s.outlet ?? 'unknown outlet'}, ${s.published ?? 'date unknown'} — ${s.url ?? `${origin}/articles/${s.id}`}`),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@diplomatic-timeline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date.start)}`,
      `DTEND;VALUE=DATE:${basicDate(dayAfter(event.date.end))}`,
      `SUMMARY:${escapeText(`${event.date.approximate ? '≈ ' : ''}${event.title.en}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${permalink}`,
      `CATEGORIES:${escapeText(event.type)}`,
      `STATUS:${event.modality === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
