import type { CountryName } from '@/lib/domain/countries';
import type { EventDate, EventType, ExtractedEvent, Place } from '@/lib/domain/event';
import { EVENT_TYPE_INFO } from '@/lib/domain/event-types';
import type { LaneKind } from '@/lib/domain/filters';
import { formatEventDate } from '@/lib/format/dates';
import { mainParticipant } from '@/lib/domain/participants';
import { messagesFor, type Locale } from '@/lib/i18n/messages';
import { LOW_CONFIDENCE_MARK, itemStyle } from './legend';
import { windowToRange } from './window';

export interface Lane {
  id: string;
  content: string;
}

/** What vis-timeline draws for one event; plain data, so the server renderer and tests can use it too. */
export interface TimelineItem {
  id: string;
  group: string;
  /** The label: the event's title (or a cluster's count). */
  content: string;
  /** A range's date as words ("Oct 2017", "H2 2020"), shown under its title; points need none, the axis says it. */
  dateText?: string;
  /** Marks written after the title: "?" for an event the engine is unsure of. */
  marks?: string;
  /** ISO day; ranges end on the day after their last day, as vis-timeline expects. */
  start: string;
  end?: string;
  type: 'point' | 'range';
  className: string;
  /** The type's colour, as the CSS variable the item's styles read. */
  style?: string;
  /** Tooltip: the title and the date with its precision. */
  title: string;
}

/** What the chart needs of an event: a full record qualifies, and so does the summary a window query returns. */
export type TimelineEvent = Pick<ExtractedEvent, 'id' | 'type' | 'modality' | 'title' | 'participants' | 'confidence'> & {
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'mod'> | null;
  location: Pick<Place, 'country'> | null;
};

export const UNKNOWN_LANE = '~unknown';

/** The day after the last one: where vis-timeline ends a range. */
function nextDay(isoDay: string): string {
  return windowToRange({ from: isoDay, to: isoDay }).end.toISOString().slice(0, 10);
}

/** The lane an event sits in: its type, the country of its main participant (named, not coded), or its main participant. */
export function laneOf(event: TimelineEvent, kind: LaneKind, locale: Locale, countries: Record<string, CountryName> = {}): Lane {
  if (kind === 'type') return { id: event.type, content: messagesFor(locale).types[event.type] };
  const main = mainParticipant(event);
  if (kind === 'participant') {
    return main ? { id: main.entityId, content: locale === 'ar' ? main.nameAr : main.nameEn } : { id: UNKNOWN_LANE, content: '—' };
  }
  const country = main?.country ?? event.location?.country ?? null;
  return country ? { id: country, content: countries[country]?.[locale] ?? country } : { id: UNKNOWN_LANE, content: '—' };
}

/** The date label an analyst reads on the chart: "22 Jul 2020", "Oct 2017", "H2 2020", "≈ Apr 2022". */
export function dateLabel(event: Pick<TimelineEvent, 'date'>, locale: Locale): string {
  return event.date ? formatEventDate(event.date, locale) : '';
}

export function eventTitle(event: Pick<TimelineEvent, 'title'>, locale: Locale): string {
  return locale === 'ar' ? event.title.ar : event.title.en;
}

/** Dated events become items; undated ones never reach the chart. */
export function toTimelineItems(list: TimelineEvent[], lanes: LaneKind, locale: Locale, countries: Record<string, CountryName> = {}): { items: TimelineItem[]; groups: Lane[] } {
  const groups = new Map<string, Lane>();
  const items: TimelineItem[] = [];
  for (const event of list) {
    if (!event.date) continue;
    const lane = laneOf(event, lanes, locale, countries);
    groups.set(lane.id, lane);
    const label = dateLabel(event, locale);
    const style = itemStyle({ ...event, date: event.date });
    const point = style.precision === 'point';
    const classes = [
      'ev',
      `ev-${event.type}`,
      `ev-${event.modality}`,
      `ev-precision-${event.date.precision}`,
      `ev-${style.precision}`,
      `ev-status-${style.status.key}`,
      style.approximate ? 'ev-approximate' : '',
      style.lowConfidence ? 'ev-low-confidence' : '',
    ].filter(Boolean);
    items.push({
      id: event.id,
      group: lane.id,
      content: eventTitle(event, locale),
      // A point's day is where it stands on the axis; an approximate one still says so.
      ...(point && !style.approximate ? {} : { dateText: label }),
      ...(style.lowConfidence ? { marks: LOW_CONFIDENCE_MARK } : {}),
      start: event.date.start,
      // A point has no `end` at all: vis-timeline's focus() reads any `end` key it finds, undefined or not.
      ...(point ? {} : { end: nextDay(event.date.end) }),
      type: point ? 'point' : 'range',
      className: classes.join(' '),
      style: `--ev-colour: ${style.colour}`,
      title: `${eventTitle(event, locale)} — ${label}`,
    });
  }
  return { items, groups: sortLanes([...groups.values()], lanes) };
}

/**
 * Lanes top to bottom: types in the registry's order (visits, meetings and conferences first, the same in both
 * languages), other lanes by name, the unknown lane last.
 */
export function sortLanes(lanes: Lane[], kind: LaneKind): Lane[] {
  const rank = (lane: Lane) => (lane.id === UNKNOWN_LANE ? Infinity : kind === 'type' ? (EVENT_TYPE_INFO[lane.id as EventType]?.rank ?? Infinity) : 0);
  return [...lanes].sort((a, b) => rank(a) - rank(b) || a.content.localeCompare(b.content));
}

/** A cluster as the server counts it; drawn as one block with its count. */
export interface ClusterLike {
  start: string;
  end: string;
  lane: string;
  laneLabel: { en: string; ar: string };
  count: number;
}

export const CLUSTER_PREFIX = 'cluster:';

/** The chart item id of a cluster: its lane and first day. */
export function clusterId(cluster: Pick<ClusterLike, 'lane' | 'start'>): string {
  return `${CLUSTER_PREFIX}${cluster.lane}:${cluster.start}`;
}

export function clustersToItems(clusters: ClusterLike[], lanes: LaneKind, locale: Locale): { items: TimelineItem[]; groups: Lane[] } {
  const groups = new Map<string, Lane>();
  const items = clusters.map((cluster): TimelineItem => {
    const label =
      lanes === 'participant' ? cluster.laneLabel[locale] : lanes === 'type' ? (messagesFor(locale).types[cluster.lane as EventType] ?? cluster.lane) : cluster.lane;
    groups.set(cluster.lane, { id: cluster.lane, content: label });
    const text = locale === 'ar' ? `${cluster.count} حدثا` : `${cluster.count} events`;
    return {
      id: clusterId(cluster),
      group: cluster.lane,
      content: text,
      start: cluster.start,
      end: nextDay(cluster.end),
      type: 'range',
      className: 'ev-cluster',
      title: `${text}: ${cluster.start} – ${cluster.end}`,
    };
  });
  return { items, groups: sortLanes([...groups.values()], lanes) };
}
