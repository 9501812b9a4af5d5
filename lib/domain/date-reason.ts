/**
 * Why an event has its date, in no language: a message id and the values the sentence needs (days as ISO strings,
 * numbers, the phrase as written, weekday and month numbers, and the reasons it builds on). The engine writes these;
 * lib/i18n/date-reasons.ts holds the one registry that turns each id into English or Arabic. Stored as JSON with the
 * event's date, so adding an id is adding it here and there; an id is never renamed or given other values.
 */
import type { DateMod, Precision } from './event';

/** A date range as the sentences name it. */
export interface ReasonRange {
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
  mod: DateMod | null;
}

/**
 * The day a phrase is counted from: the publication day, the publication month (when the day is not known and every
 * day of it gives the same answer), or the date written before it («اليوم نفسه»: the phrase and its range).
 */
export type ReasonAnchor =
  | { anchor: 'publication'; day: string }
  | { anchor: 'publication-month'; month: string }
  | { anchor: 'previous'; text: string; range: ReasonRange };

export type Direction = 'past' | 'next' | 'current';
export type CountUnit = 'day' | 'week' | 'month' | 'year';
export type PartUnit = 'week' | 'month' | 'year' | 'decade';
export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';
/** Which season a phrase without a year means: the latest begun, the first not over, the next, the one around. */
export type SeasonPick = 'past' | 'future' | 'next' | 'current';

/** Month and optional day of a date written without its year: 1–12, 1–31. */
interface YearLess { month: number; day: number | null; from: ReasonAnchor }

/** Every message and its values. */
export interface DateReasonParams {
  // The whole explanation of a date phrase: «"الأربعاء" → Wed 22 Jul 2020: <reason>».
  phrase: { text: string; range: ReasonRange; reason: DateReason };
  // Dates the text states.
  'day-month-year-stated': object;
  'month-year-stated': object;
  'numeric-date': object;
  'year-stated': object;
  /** «year stated» inside a range's sentence: the word year is already there. */
  stated: object;
  'year-to-year': { from: number; to: number };
  'decade-century-stated': object;
  'decade-without-century': { year: number };
  'decade-20th-century': object;
  // The year of a date written without one.
  'year-of': YearLess;
  'last-before': YearLess;
  'next-after': YearLess;
  'first-on-or-after': YearLess;
  'latest-on-or-before': YearLess;
  /** «ماكرون يزور المغرب ما بين 28 و30 أكتوبر»: told in the present in a headline, the one nearest the anchor. */
  'nearest-to': YearLess;
  /** «يوم الأربعاء 10 كانون الأول»: the year nearest the anchor in which that day falls on the weekday written with it. */
  'weekday-year': YearLess & { weekday: number };
  'year-counted': { from: ReasonAnchor };
  'under-way': { from: ReasonAnchor };
  'day-month-year-counted': { from: ReasonAnchor };
  'month-year-counted': { from: ReasonAnchor };
  'decade-century-counted': { from: ReasonAnchor };
  // Parts of periods.
  part: { mod: DateMod; unit: PartUnit; reason: DateReason };
  'part-relative': { mod: DateMod; unit: Exclude<PartUnit, 'decade'>; dir: Direction; from: ReasonAnchor };
  'half-month': { half: 1 | 2; reason: DateReason };
  'half-year': { half: 1 | 2; reason: DateReason };
  /** «الثلث الأخير من هذا العام»: January–April, May–August or September–December. */
  'third-year': { third: 1 | 2 | 3; reason: DateReason };
  quarter: { quarter: number; reason: DateReason };
  'decade-relative': { offset: number; from: ReasonAnchor };
  // Ranges.
  'days-of-month': { first: number; last: number; year: DateReason };
  'day-to-day': { year: DateReason };
  'days-of-first-month': { first: number; last: number; year: DateReason };
  'weekday-to-day': { last: number; year: DateReason };
  'weekday-to-weekday': { last: number; first: DateReason };
  'month-to-month': { year: DateReason };
  // Days, weeks, months and years counted from publication.
  'days-from': { offset: number; from: ReasonAnchor };
  /** «اليوم وغدا», «أمس واليوم»: two days counted from the same day, and the days between them. */
  'days-from-to': { first: number; last: number; from: ReasonAnchor };
  'days-from-weekday': { offset: number; weekday: number; from: ReasonAnchor };
  'weekday-nearest': { weekday: number; day: string; offset: number; from: ReasonAnchor };
  'publication-weekday': { day: string; weekday: number };
  'weekday-after': { weekday: number; from: ReasonAnchor };
  'weekday-before': { weekday: number; from: ReasonAnchor };
  'year-relative': { dir: Direction; year: number; from: ReasonAnchor };
  'unit-of': { unit: CountUnit; from: ReasonAnchor };
  'unit-relative': { unit: CountUnit; dir: Exclude<Direction, 'current'>; from: ReasonAnchor };
  'weeks-monday-sunday': { reason: DateReason };
  /** «في 12 من الشهر الماضي»; with `last`, days `day`–`last` of it («من 24 إلى 28 الشهر الحالي»). */
  'day-of-month': { day: number; last?: number; dir: Direction; from: ReasonAnchor };
  counted: { count: number; unit: CountUnit; approximate: boolean; future: boolean; from: ReasonAnchor };
  /** «في غضون أسبوعين»: announced as within a count of units of the anchor. */
  within: { count: number; unit: CountUnit; from: ReasonAnchor };
  soon: { from: ReasonAnchor };
  coming: { unit: 'day' | 'week' | 'month'; from: ReasonAnchor };
  'past-few': { unit: 'week' | 'month'; from: ReasonAnchor };
  'earlier-in': { unit: CountUnit; from: ReasonAnchor };
  'later-in': { unit: CountUnit; from: ReasonAnchor };
  // Seasons.
  'season-year-stated': { season: SeasonName };
  'season-year-counted': { season: SeasonName; from: ReasonAnchor };
  'season-relative': { season: SeasonName; pick: SeasonPick; from: ReasonAnchor };
  'season-last-over': { season: SeasonName; from: ReasonAnchor };
  // Hijri dates (months 1–12 of the Hijri year).
  'hijri-range-gregorian': object;
  'hijri-date-gregorian': object;
  'hijri-days': { first: number; last: number; month: number; year: number };
  'hijri-days-year-less': { first: number; last: number; past: boolean; from: ReasonAnchor };
  'hijri-date': { day: number; month: number; year: number };
  'hijri-day-year-less': { past: boolean; from: ReasonAnchor };
  'hijri-month': { month: number; year: number };
  'hijri-year': { year: number };
  'hijri-month-year-less': { past: boolean; from: ReasonAnchor };
  // Read against the publication month.
  'same-any-day': { reason: DateReason };
  /** A bare weekday, on a page dated only to its month, that the article dates in full elsewhere («اليوم الخميس 9 يناير»). */
  'same-weekday-stated': { text: string };
  /** A year-less day read a year apart against the month's first and last days: the reading inside that month. */
  'page-month-reading': { month: string; reason: DateReason };
  /** `withinTheMonth`: the range reached a few days past the month and was read as the month itself. */
  'month-only-publication': { month: string | null; first: ReasonRange; last: ReasonRange; withinTheMonth?: boolean };
  'neighbour-period': { side: 'after' | 'before'; reason: DateReason };
  'week-of-month': { week: number; first: number; last: number; reason: DateReason };
  // Dates not written next to the event.
  'publication-day': { day: string };
  'publication-month': { month: string };
  'event-offset': { text: string; count: number; unit: CountUnit; start: string; end: string };
  'article-date': { lead: boolean; reason: DateReason };
  /** «سيزور قصر بعبدا عند الواحدة ظهراً»: an hour with no day is on the day the story tells. */
  'time-of-day': { lead: boolean; reason: DateReason };
  'told-as': { relation: 'during' | 'after' | 'before'; text: string; reason: DateReason };
  'refers-back': { text: string; reason: DateReason };
  /** «وتعد هذه أول زيارة …»: «this» trip, the one the article's news of that day happened on. */
  'this-trip': { text: string; reason: DateReason };
  'delegation-visit': { text: string; reason: DateReason };
  'first-since': { text: string; reason: DateReason };
  'same-clause': { text: string; reason: DateReason };
  'lead-paragraph': { reason: DateReason };
  dateline: { reason: DateReason };
  /** `nth`: the phrase's day is that day of the event («اليوم الثالث من زيارته»), neither its first nor its last. */
  lasting: { days: number; text: string; ending: boolean; nth?: number; reason: DateReason };
  /** «وفي ختام الزيارة التقى …», «في اليوم الثاني من الزيارة»: held on that day of the event whose date `reason` gives. */
  'end-of-event': { end: EventDay; reason: DateReason };
  /** A start day and the day the event is said to last until («تستمر حتى يوم الأربعاء 20 مارس»). */
  'lasting-until': { text: string; end: string; reason: DateReason };
  /** A last day and the day the event is said to have begun on («زيارته التي بدأها الاثنين»). */
  'lasting-from': { text: string; start: string; reason: DateReason };
  /** «الذكرى الستين لإقامة العلاقات» marked in 2016: what it commemorates, `years` years before the year it is marked in. */
  'anniversary-count': { years: number; text: string; reason: DateReason };
  /** An explanation kept only as the English sentence (stored before explanations had ids). */
  'as-written': { en: string };
}

/** The day of an event a clause is placed on: its first, its last, or the nth counted from its first. */
export type EventDay = 'first' | 'last' | number;

export type DateReasonId = keyof DateReasonParams;
export type DateReasonOf<K extends DateReasonId> = { id: K } & DateReasonParams[K];
export type DateReason = { [K in DateReasonId]: DateReasonOf<K> }[DateReasonId];
