import { EARLIEST_DAY, isCalendarDay } from './date-limits';
import { EVENT_TYPES, MODALITIES, type EventType, type Modality } from './event';

/** The lanes a timeline can be split into. */
export const LANE_KINDS = ['type', 'country', 'participant'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

/** What the analyst is looking at: shared by the timeline, the print snapshot and the exports, and kept in the URL. */
export interface ViewFilters {
  from: string | null;
  to: string | null;
  types: EventType[];
  modalities: Modality[];
  participants: string[];
  countries: string[];
  q: string;
}

export interface ViewState extends ViewFilters {
  lanes: LaneKind;
  event: string | null;
}

/** Occurred and planned events are the chronology; hypothetical and negated ones are shown only when asked for. */
export const DEFAULT_MODALITIES: Modality[] = ['occurred', 'planned'];

function list(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(',') : (value ?? '');
  return [...new Set(raw.split(',').map((item) => item.trim()).filter(Boolean))];
}

/** A day the readers can draw (a real day, 1900 to 9999), or null. */
function day(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && isCalendarDay(raw) && raw >= EARLIEST_DAY ? raw : null;
}

const typeSet = new Set<string>(EVENT_TYPES);
const modalitySet = new Set<string>(MODALITIES);
/** Plain checks rather than a schema library: this module is also bundled for the browser. */
function isLaneKind(value: unknown): value is LaneKind {
  return typeof value === 'string' && (LANE_KINDS as readonly string[]).includes(value);
}

/**
 * Reads a view from query parameters. Unknown values are dropped rather than refused: a pasted link with a
 * stale filter still opens, showing what it can.
 */
export function parseViewState(params: Record<string, string | string[] | undefined>): ViewState {
  const modalities = list(params.modalities).filter((m): m is Modality => modalitySet.has(m));
  const lanes = Array.isArray(params.lanes) ? params.lanes[0] : params.lanes;
  const event = Array.isArray(params.event) ? params.event[0] : params.event;
  const q = Array.isArray(params.q) ? params.q[0] : params.q;
  let from = day(params.from);
  let to = day(params.to);
  if (from && to && from > to) [from, to] = [to, from];
  return {
    from,
    to,
    types: list(params.types).filter((t): t is EventType => typeSet.has(t)),
    modalities: modalities.length > 0 ? modalities : DEFAULT_MODALITIES,
    participants: list(params.participants),
    countries: list(params.countries).map((c) => c.toUpperCase()),
    q: (q ?? '').slice(0, 200).trim(),
    lanes: isLaneKind(lanes) ? lanes : 'type',
    event: event && event.length <= 200 ? event : null,
  };
}

/** The query string for a view, leaving out what is at its default so links stay short. */
export function viewStateToSearch(view: Partial<ViewState>): string {
  const params = new URLSearchParams();
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.types?.length) params.set('types', view.types.join(','));
  const modalities = view.modalities ?? DEFAULT_MODALITIES;
  if ([...modalities].sort().join(',') !== [...DEFAULT_MODALITIES].sort().join(',')) params.set('modalities', modalities.join(','));
  if (view.participants?.length) params.set('participants', view.participants.join(','));
  if (view.countries?.length) params.set('countries', view.countries.join(','));
  if (view.q) params.set('q', view.q);
  if (view.lanes && view.lanes !== 'type') params.set('lanes', view.lanes);
  if (view.event) params.set('event', view.event);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Query parameters as `parseViewState` takes them, keeping repeated keys (`types=a&types=b`). */
export function recordFromSearchParams(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/** The filters of a view without its window, lanes or selection: what decides which events are in play. */
export function filtersOf(view: ViewFilters): ViewFilters {
  return { from: null, to: null, types: view.types, modalities: view.modalities, participants: view.participants, countries: view.countries, q: view.q };
}
