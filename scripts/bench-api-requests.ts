/**
 * The request streams bench:api replays. Each scenario yields a different request every time it is asked, the way
 * an analyst panning, zooming and searching would, so the server's read cache (keyed on window and filters) misses:
 * the figures measure the queries, not the cache.
 */

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayOf = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);

export interface Scenario {
  name: string;
  /** The i-th request of the stream; never the same path twice for i below `distinct`. */
  path: (i: number) => string;
  distinct: number;
}

/** Zoomed all the way out, each request with slightly different edges, as a pan or a wheel step gives. */
const zoomedOut: Scenario = {
  name: 'zoomed-out windows (~70 years, clusters)',
  distinct: 3650 * 10,
  path: (i) => {
    const from = dayOf('1955-01-01') + (i % 3650) * DAY;
    const width = (70 * 365 + Math.floor(i / 3650)) * DAY;
    return `/api/timeline?from=${iso(from)}&to=${iso(from + width)}`;
  },
};

/** One-year windows over 1960–2026, starting on a different day each time. */
const oneYear: Scenario = {
  name: 'one-year windows, 1960–2026',
  distinct: 67 * 365,
  path: (i) => {
    // Walk the years first, so consecutive requests are decades apart.
    const from = dayOf(`${1960 + (i % 67)}-01-01`) + Math.floor(i / 67) * DAY;
    return `/api/timeline?from=${iso(from)}&to=${iso(from + 364 * DAY)}`;
  },
};

/** One-month windows across the decades. */
const oneMonth: Scenario = {
  name: 'one-month windows, 1960–2026',
  distinct: 67 * 12 * 28,
  path: (i) => {
    const month = i % (67 * 12);
    const from = Date.UTC(1960 + Math.floor(month / 12), month % 12, 1 + Math.floor(i / (67 * 12)));
    return `/api/timeline?from=${iso(from)}&to=${iso(from + 30 * DAY)}`;
  },
};

const TERMS = ['بيتروف', 'حداد', 'موسكو', 'الجزائر', 'وزير الخارجية', 'محادثات', 'زيارة', 'اتفاق', 'Petrov', 'Cairo', 'Algiers', 'minister', 'Haddad', 'Moscow', 'الرياض', 'Beijing'];
const TYPES = ['', 'meeting', 'visit', 'statement', 'call', 'agreement', 'conference'];

/** A search term with a type filter, first page of 100, on the events API (which the list and the exports use). */
const search: Scenario = {
  name: 'filtered search (q + type, first 100)',
  distinct: TERMS.length * TYPES.length * 67,
  path: (i) => {
    const term = TERMS[i % TERMS.length]!;
    const type = TYPES[Math.floor(i / TERMS.length) % TYPES.length]!;
    // Past the term × type combinations, narrow to a year: still a different query each time.
    const round = Math.floor(i / (TERMS.length * TYPES.length));
    const years = round === 0 ? '' : `&from=${1959 + round}-01-01&to=${1959 + round}-12-31`;
    return `/api/events?q=${encodeURIComponent(term)}${type ? `&types=${type}` : ''}${years}&limit=100`;
  },
};

export const SCENARIOS: Scenario[] = [zoomedOut, oneYear, oneMonth, search];
