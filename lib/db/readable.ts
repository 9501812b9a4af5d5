import { sql } from 'drizzle-orm';
import { EARLIEST_DAY, LATEST_READABLE_DAY, isReadableRange } from '@/lib/domain/date-limits';
import { EVENT_TYPES, MODALITIES, PRECISIONS } from '@/lib/domain/event';
import { events } from './schema';

/**
 * Stored events the readers can draw: undated, or dated within 1900-01-01 … 9999-12-31. Every filtered read and the
 * summaries carry this condition, so a row written by hand or by an older version never reaches a chart or a count.
 */
export const readableDates = sql`(${events.dateStart} is null or (${events.dateStart} >= ${EARLIEST_DAY} and ${events.dateEnd} <= ${LATEST_READABLE_DAY}))`;

/** `readableDates` for a row about to be written: what the summaries count it as once stored. */
export const hasReadableDates = (row: { dateStart: string | null; dateEnd: string | null }): boolean =>
  row.dateStart === null || (row.dateStart >= EARLIEST_DAY && row.dateEnd !== null && row.dateEnd <= LATEST_READABLE_DAY);

const types = new Set<string>(EVENT_TYPES);
const modalities = new Set<string>(MODALITIES);
const precisions = new Set<string>(PRECISIONS);

interface StoredEventRow {
  id: string;
  type: string;
  modality: string;
  dateStart: string | null;
  dateEnd: string | null;
  precision: string | null;
}

/** Why a stored event cannot be shown, or null when it can. */
export function unreadableReason(row: StoredEventRow): string | null {
  if (!types.has(row.type)) return `unknown type "${row.type}"`;
  if (!modalities.has(row.modality)) return `unknown modality "${row.modality}"`;
  if (row.dateStart === null && row.dateEnd === null) return null;
  if (row.dateStart === null || row.dateEnd === null || !isReadableRange(row.dateStart, row.dateEnd)) return `date ${row.dateStart}..${row.dateEnd} outside ${EARLIEST_DAY}..${LATEST_READABLE_DAY}`;
  if (!row.precision || !precisions.has(row.precision)) return `unknown precision "${row.precision}"`;
  return null;
}

const logged = new Set<string>();

/** The rows a reader can show; each one skipped is logged, once per event and process. */
export function keepReadable<Row extends StoredEventRow>(rows: Row[]): Row[] {
  return rows.filter((row) => {
    const reason = unreadableReason(row);
    if (reason && !logged.has(row.id) && logged.size < 10_000) {
      logged.add(row.id);
      console.warn(`Skipped stored event ${JSON.stringify(row.id)}: ${reason}. It is not shown until it is corrected or re-extracted (npm run reextract).`);
    }
    return reason === null;
  });
}
