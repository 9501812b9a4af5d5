import { EARLIEST_DAY, LATEST_READABLE_DAY, isCalendarDay } from '@/lib/domain/date-limits';
import { textProblem } from '@/lib/ingest/text-hygiene';
import type { FieldProblem } from './problem';

/** The most values a list parameter (participants, countries, types, modalities) may carry. */
export const MAX_LIST_ITEMS = 50;
/** The longest id a path may name: ids are a date, a type and a few names. */
export const MAX_ID_LENGTH = 200;

const LIST_PARAMETERS = ['participants', 'countries', 'types', 'modalities'];
const DAY_PARAMETERS = ['from', 'to'];

/** A parameter's name as a message can show it, control characters escaped. */
function shown(name: string): string {
  return JSON.stringify(name.slice(0, 60)).slice(1, -1);
}

/**
 * What is wrong with a request's query parameters, each problem naming its parameter: control characters or
 * halves of surrogate pairs anywhere, lists longer than 50, and days that are not real days within 1900 … 9999.
 * Values the app does not know (a type it no longer has) are left to the readers, which drop them.
 */
export function queryProblems(params: URLSearchParams): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const lists = new Map<string, Set<string>>();
  for (const [name, value] of params) {
    const problem = textProblem(name) ?? textProblem(value);
    if (problem) {
      problems.push({ field: shown(name), message: `the parameter ${problem}` });
      continue;
    }
    if (LIST_PARAMETERS.includes(name)) {
      const items = lists.get(name) ?? new Set<string>();
      for (const item of value.split(',')) if (item.trim()) items.add(item.trim());
      lists.set(name, items);
    }
    if (DAY_PARAMETERS.includes(name) && value !== '' && !(isCalendarDay(value) && value >= EARLIEST_DAY && value <= LATEST_READABLE_DAY)) {
      problems.push({ field: name, message: `must be a day written YYYY-MM-DD between ${EARLIEST_DAY} and ${LATEST_READABLE_DAY}, not "${value.slice(0, 40)}"` });
    }
  }
  for (const [name, items] of lists) {
    if (items.size > MAX_LIST_ITEMS) problems.push({ field: name, message: `lists ${items.size} values; at most ${MAX_LIST_ITEMS} may be given at once` });
  }
  return problems;
}

/** Whether a path cannot name anything: a segment that is not percent-encoded UTF-8, or that decodes to control characters. */
export function isMalformedPath(pathname: string): boolean {
  return pathname.split('/').some((segment) => {
    try {
      return textProblem(decodeURIComponent(segment)) !== null;
    } catch {
      return true;
    }
  });
}

/** An id taken from a path, or null when it cannot name anything stored (empty, too long, control characters). */
export function readId(raw: string): string | null {
  return raw.length > 0 && raw.length <= MAX_ID_LENGTH && textProblem(raw) === null ? raw : null;
}
