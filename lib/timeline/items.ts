import type { EventDate, EventType, ExtractedEvent, Place } from '@/lib/domain/event';
import type { LaneKind } from '@/lib/domain/filters';
import { formatEventDate } from '@/lib/format/dates';
import { mainParticipant } from '@/lib/domain/participants';

import { messagesFor, type Locale } from '@/lib/i18n/messages';

export interface Lane {
  id: string;
  content: string;
}

/** What vis-timeline draws for one event; plain data, so the server renderer and tests can use it too. */
export interface TimelineItem {
  id: string;
  group: string;
  content: string;
  /** ISO day; ranges end on the day after their last day, as vis-timeline expects. */
  start: string;
  end?: string;
  type: 'point' | 'range';
  className: string;
  /** Tooltip: the title and the date with its precision. */
  title: string;
}

/** What the chart needs of an event: a full record qualifies, and so does the summary a window query returns. */
export type TimelineEvent = Pick<ExtractedEvent, 'id' | 'type' | 'modality' | 'title' | 'participants'> & {
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'mod'> | null;
  location: Pick<Place, 'country'> | null;
};

export const UNKNOWN_LANE = '~unknown';

function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The lane an event sits in: its type, the country of its main participant, or its main participant. */
export function laneOf(event: TimelineEvent, kind: LaneKind, locale: Locale): Lane {
  if (kind === 'type') return { id: event.type, content: messagesFor(locale).types[event.type] };
  const main = mainParticipant(event);
  if (kind === 'participant') {
    return main ? { id: main.entityId, content: locale === 'ar' ? main.nameAr : main.nameEn } : { id: UNKNOWN_LANE, content: '—' };
  }
  const country = main?.country ?? event.location?.country ?? null;
  return country ? { id: country, content: country } : { id: UNKNOWN_LANE, content: '—' };
}

/** The date label an analyst reads on the chart: "22 Jul 2020", "Oct 2017", "H2 2020", "≈ Apr 2022". */
export function dateLabel(event: Pick<TimelineEvent, 'date'>, locale: Locale): string {
  return event.date ? formatEventDate(event.date, locale) : '';
}

export function eventTitle(event: Pick<TimelineEvent, 'title'>, locale: Locale): string {
  return locale === 'ar' ? event.title.ar : event.title.en;
}

/** Dated events become items; undated ones never reach the chart. */
export function toTimelineItems(list: TimelineEvent[], lanes: LaneKind, locale: Locale): { items: TimelineItem[]; groups: Lane[] } {
  const groups = new Map<string, Lane>();
  const items: TimelineItem[] = [];
  for (const event of list) {
    if (!event.date) continue;
    const lane = laneOf(event, lanes, locale);
    groups.set(lane.id, lane);
    const label = dateLabel(event, locale);
    const point = event.date.precision === 'day' && event.date.start === event.date.end;
    const classes = [
      'ev',
      `ev-${event.type}`,
      `ev-${event.modality}`,
      `ev-precision-${event.date.precision}`,
      event.date.approximate ? 'ev-approximate' : '',
    ].filter(Boolean);
    items.push({
      id: event.id,
      group: lane.id,
      content: point ? eventTitle(event, locale) : `${eventTitle(event, locale)} · ${label}`,
      start: event.date.start,
      // A point has no `end` at all: vis-timeline's focus() reads any `end` key it finds, undefined or not.
      ...(point ? {} : { end: nextDay(event.date.end) }),
      type: point ? 'point' : 'range',
      className: classes.join(' '),
      title: `${eventTitle(event, locale)} — ${label}`,
    });
  }
  const sortedGroups = [...groups.values()].sort((a, b) => (a.id === UNKNOWN_LANE ? 1 : b.id === UNKNOWN_LANE ? -1 : a.content.localeCompare(b.content)));
  return { items, groups: sortedGroups };
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
  return { items, groups: [...groups.values()].sort((a, b) => a.content.localeCompare(b.content)) };
}
