/** The shapes every layer shares: the extraction engine produces them, the database stores them, the app draws them. */

import type { DateReason } from './date-reason';
import { EVENT_TYPE_INFO, type EventType } from './event-types';

export type { EventType } from './event-types';
/** Every event type, in the order of the registry (lib/domain/event-types.ts). */
export const EVENT_TYPES = Object.keys(EVENT_TYPE_INFO) as EventType[];

/** What the text says of an event: it happened, it is planned, it might happen, it was put off or called off, it did not. */
export const MODALITIES = ['occurred', 'planned', 'hypothetical', 'postponed', 'cancelled', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];
/** An event the text says was put off, called off or did not happen. */
export const UNDONE_MODALITIES: ReadonlySet<Modality> = new Set(['postponed', 'cancelled', 'negated']);

export const PRECISIONS = ['day', 'week', 'month', 'quarter', 'half', 'year', 'decade'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How a date was obtained: stated in the text, taken from the article's own date, counted from it, or borrowed from another event. */
export type DateBasis = 'explicit' | 'publication' | 'relative' | 'event';

export type DateMod = 'early' | 'mid' | 'late';
/**
 * The months a part of a year covers («مطلع العام», «منتصف العام», «نهاية العام»): its first quarter, its middle and its
 * last quarter, as analysts read them. The engine dates by it and the date's explanation names it.
 */
export const YEAR_PART_MONTHS: Record<DateMod, [number, number]> = { early: [1, 3], mid: [5, 8], late: [10, 12] };

/** A calendar range with the evidence that produced it. `start` and `end` are inclusive ISO days (YYYY-MM-DD). */
export interface EventDate {
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
  mod: DateMod | null;
  /** The date phrase exactly as written in the article (empty when the date came from publication alone). */
  text: string;
  basis: DateBasis;
  /** One sentence a person can check, e.g. «"الأربعاء" → Wed 22 Jul 2020: the Wednesday before publication on Thu 23 Jul 2020». */
  explanation: string;
  /**
   * The same explanation in no language (lib/domain/date-reason.ts), rendered in the reader's by lib/i18n/date-reasons.ts.
   * Absent on dates stored before explanations had one, and on hand-made ones: those have the English sentence only.
   */
  reason?: DateReason;
}

/** An article's publication date as the manifest gives it: a day or a month. */
export interface PublicationDate {
  /** YYYY-MM-DD or YYYY-MM */
  value: string;
  precision: 'day' | 'month';
}

export type EntityKind = 'person' | 'country' | 'city' | 'organisation';

export interface Participant {
  entityId: string;
  kind: EntityKind;
  nameEn: string;
  nameAr: string;
  role: string | null;
  /** The role in Arabic, when the gazetteer knows it: added when records are read, for the reader's language. */
  roleAr?: string | null;
  /** ISO 3166 alpha-2 code of the country the participant belongs to, when known. */
  country: string | null;
}

export interface Place {
  entityId: string;
  nameEn: string;
  nameAr: string;
  country: string | null;
}

export interface Mention {
  articleId: string;
  file: string;
  /** JavaScript string indices (UTF-16 code units) into the original article text; end exclusive. */
  start: number;
  end: number;
  /** The clause or sentence that states the event, at most 400 characters: `text.slice(start, end)`. */
  quote: string;
  /** Where the date phrase sits inside the article, when the mention carries one. */
  dateSpan: { start: number; end: number } | null;
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  modality: Modality;
  date: EventDate | null;
  title: { en: string; ar: string };
  participants: Participant[];
  location: Place | null;
  mentions: Mention[];
  confidence: number;
}

/** What the engine needs to know about an article. */
export interface ArticleInput {
  id: string;
  file: string;
  text: string;
  published: PublicationDate | null;
}
