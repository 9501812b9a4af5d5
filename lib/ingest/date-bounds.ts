import { EARLIEST_DAY, eventHorizon } from '@/lib/domain/date-limits';
import type { ExtractedEvent } from '@/lib/domain/event';
import { assignIds } from '@/lib/extract/ids';

/** What the bounds need to know of an article: its publication date, or when it was stored if that is unknown. */
export interface DatedArticle {
  id: string;
  published: string | null;
  /** The day the article was stored (YYYY-MM-DD). */
  stored: string;
}

/** An event whose date fell outside what may be stored: it is kept, undated, and the writer is told. */
export interface SetAsideDate {
  eventId: string;
  articleIds: string[];
  start: string;
  end: string;
  /** The date phrase as written. */
  text: string;
  /** The last day the event could have been dated. */
  latest: string;
}

/** Events with their dates kept in bounds (new objects where a date was set aside), and what was set aside. */
export function setAsideOutOfBounds(events: ExtractedEvent[], articles: DatedArticle[]): { events: ExtractedEvent[]; setAside: Array<{ event: ExtractedEvent } & Omit<SetAsideDate, 'eventId'>> } {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const setAside: Array<{ event: ExtractedEvent } & Omit<SetAsideDate, 'eventId'>> = [];
  const bounded = events.map((event) => {
    if (!event.date) return event;
    const sources = [...new Set(event.mentions.map((m) => m.articleId))];
    const horizons = sources.map((id) => byId.get(id)).filter((a): a is DatedArticle => !!a).map((a) => eventHorizon(a.published, a.stored));
    const latest = horizons.sort().at(-1);
    if (!latest || (event.date.start >= EARLIEST_DAY && event.date.end <= latest)) return event;
    const undated = { ...event, date: null };
    setAside.push({ event: undated, articleIds: sources, start: event.date.start, end: event.date.end, text: event.date.text, latest });
    return undated;
  });
  return { events: bounded, setAside };
}

/**
 * Keeps every event's date within 1900-01-01 and ten years after the latest publication among its sources: a date
 * outside (a year mistyped in the text, a publication date in the distant past) is set aside and the event kept
 * undated, off the timeline, with its mentions. Ids are assigned again when anything changed, since they name the date.
 */
export function boundEventDates(events: ExtractedEvent[], articles: DatedArticle[]): { events: ExtractedEvent[]; setAside: SetAsideDate[] } {
  const { events: bounded, setAside } = setAsideOutOfBounds(events, articles);
  if (setAside.length === 0) return { events, setAside: [] };
  const renamed = bounded.map((event) => ({ ...event }));
  assignIds(renamed);
  const newIds = new Map(bounded.map((event, i) => [event, renamed[i]!.id]));
  return { events: renamed, setAside: setAside.map(({ event, ...rest }) => ({ eventId: newIds.get(event)!, ...rest })) };
}

/** A set-aside date in a sentence, for the writer: the API's warnings and the scripts' output. */
export function setAsideMessage(s: SetAsideDate): string {
  const when = s.end !== s.start ? `${s.start}..${s.end}` : s.start;
  return `the date «${s.text}» (${when}) lies outside ${EARLIEST_DAY}..${s.latest}, the dates its sources allow; event ${s.eventId} is kept undated, off the timeline`;
}
