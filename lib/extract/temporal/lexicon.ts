/** Loads the JSON word lists (lib/extract/lexicon/temporal) and folds them the way the text is folded for matching. */
import { foldForMatch } from '../normalize';
import monthsJson from '../lexicon/temporal/months.json';
import hijriJson from '../lexicon/temporal/hijri-months.json';
import weekdaysJson from '../lexicon/temporal/weekdays.json';
import ordinalsJson from '../lexicon/temporal/ordinals.json';
import partsJson from '../lexicon/temporal/period-parts.json';
import relativeJson from '../lexicon/temporal/relative.json';
import seasonsJson from '../lexicon/temporal/seasons.json';
import vagueJson from '../lexicon/temporal/vague.json';
import decadesJson from '../lexicon/temporal/decades.json';
import functionWordsJson from '../lexicon/function-words.json';

export type Mod = 'early' | 'mid' | 'late';
export type Direction = 'past' | 'next' | 'current';
export type Unit = 'day' | 'week' | 'month' | 'year';

/** Folds a lexicon entry; single spaces stand for any whitespace. */
export const fold = (s: string): string => foldForMatch(s);

function numberedMap(groups: Record<string, string[]>[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const g of groups) for (const [k, names] of Object.entries(g)) for (const n of names) if (!map.has(fold(n))) map.set(fold(n), Number(k));
  return map;
}

function valueMap(obj: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [k, v] of Object.entries(obj)) map.set(fold(k), v);
  return map;
}

export const MONTHS = numberedMap([monthsJson.standard, monthsJson.levantine, monthsJson.maghrebi]);
export const MONTH_LABELS = monthsJson.labels;
/** «تشرين», «كانون»: a Levantine name of two months, with the months it may be. */
export const PAIRED_MONTHS = new Map(Object.entries(monthsJson.levantinePairs.names).map(([name, months]) => [fold(name), months]));
export const CURRENT_MONTH_WORDS = monthsJson.levantinePairs.current.map(fold);
export const HIJRI_MONTHS = numberedMap([hijriJson.months]);
export const HIJRI_YEAR_MARKERS = hijriJson.yearMarkers.map(fold);
export const HIJRI_EQUIVALENCE = hijriJson.equivalence.map(fold);
export const WEEKDAYS = numberedMap([weekdaysJson.days]);
export const WEEKDAY_PARTS = weekdaysJson.dayParts.map(fold);
export const ORDINALS = valueMap(ordinalsJson.ordinals);
export const CARDINALS = valueMap(ordinalsJson.cardinals);
export const VAGUE_CARDINALS = new Set(ordinalsJson.vagueCardinals.map(fold));
export const FIRST_DAY_WORDS = ordinalsJson.firstDayWords.map(fold);

export const PARTS = new Map<string, Mod>();
for (const mod of ['early', 'mid', 'late'] as const) for (const w of partsJson[mod]) PARTS.set(fold(w), mod);
export const HALVES = valueMap(partsJson.halves);
export const QUARTERS = valueMap(partsJson.quarters);
export const THIRDS = valueMap(partsJson.thirds);

export const RELATIVE_DAYS = valueMap(relativeJson.days);
export const DAY_PARTS = relativeJson.dayPartsBefore.map(fold);
export const TODAY_NOT = relativeJson.todayNot.map(fold);
export const TODAY_NOT_AFTER = relativeJson.todayNotAfter.words.map(fold);
export const DIRECTIONS = new Map<string, Direction>();
for (const dir of ['past', 'next', 'current'] as const) for (const w of relativeJson.directions[dir]) DIRECTIONS.set(fold(w), dir);
/** «القادمين», «الماضيين»: the direction of two days named together («يومي الاثنين والثلاثاء القادمين»). */
export const PAIR_DIRECTIONS = new Map<string, Direction>();
for (const dir of ['past', 'next'] as const) for (const w of relativeJson.pairDirections[dir]) PAIR_DIRECTIONS.set(fold(w), dir);
export const THIS = relativeJson.this.map(fold);
export const SPENT_AFTER_COUNT = new Set(relativeJson.spentAfterCount.words.map(fold));
export const CURRENT_MONTH_AFTER_DAY = relativeJson.currentMonthAfterDay.words.map(fold);
export const SAME_AFTER = new Set(relativeJson.sameAs.after.map(fold));
export const SAME_BEFORE = new Set(relativeJson.sameAs.before.map(fold));
const STEP_WORDS = new Set(relativeJson.afterTheStepBefore.sequence.map(fold));
const FORWARD = fold(relativeJson.afterTheStepBefore.forward);
/**
 * Whether the phrase at [start, end) of the folded text counts forward from the step told before it («ثم السعودية بعد
 * يومين»): it opens with «بعد», a word of sequence stands a few words before it, and no sentence ends since `from`.
 */
export function countsFromTheStepBefore(folded: string, start: number, end: number, from: number): boolean {
  if (!folded.slice(start, end).startsWith(FORWARD + ' ') || /[.!؟؛\n]/.test(folded.slice(from, start))) return false;
  const words = folded.slice(from, start).split(/[^\p{L}]+/u).filter(Boolean).slice(-relativeJson.afterTheStepBefore.reach);
  return words.some((w) => STEP_WORDS.has(w));
}
/** How many words («:» and the first words of what was said) may stand between a day and a quotation it dates. */
const QUOTED_REACH = 4;
/**
 * «وقال في تدوينة، أمس: «شهدتُ، اليوم، توقيع …»»: a day counted from «today» inside a quotation that a date just
 * before it places (the day it was said) is counted from that day, not from the day of writing. Only a day word alone
 * (اليوم، أمس، غدا) and a quotation opened right after the date, still open.
 */
export function quotedOnTheDayBefore(folded: string, start: number, end: number, from: number): boolean {
  if (RELATIVE_DAYS.get(folded.slice(start, end)) === undefined) return false;
  const between = folded.slice(from, start);
  return /^[\s:،,]*[«"“]/.test(between) && !/[»”.!؟؛\n]/.test(between) && between.split(/[^\p{L}]+/u).filter(Boolean).length <= QUOTED_REACH;
}
/** Whether the date phrase at `start` of the folded text comes right after one of the words (folded as the text is), or after it and «في». */
const rightAfterOneOf = (words: string[]) => {
  const rx = new RegExp(`(?:^|[^\\p{L}])(?:${words.map(fold).join('|')})(?:\\s+في)?\\s*$`, 'u');
  return (folded: string, start: number): boolean => rx.test(folded.slice(Math.max(0, start - 16), start));
};
/** Whether the date phrase at `start` is an «until» bound («تستمر إلى غاية 30 أكتوبر»): the end of something under way. */
export const isUntilBound = rightAfterOneOf(relativeJson.untilBefore.words);
/** Whether the date phrase at `start` follows a verb of ending («وتنتهي الأربعاء»): the last day of an event begun before it. */
export const followsAnEnding = rightAfterOneOf(relativeJson.endsOn.words);
/** How many words before «منذ» a «first» may stand (a place and a title between them). */
const FIRST_SINCE_REACH = 12;
const FIRST_WORDS = new Set(functionWordsJson.firstSince.words);
const SINCE_YEAR = new RegExp(`(?:^|[^\\p{L}])(?:${functionWordsJson.since.words.map(fold).join('|')})(?:\\s+(?:ال)?(?:${relativeJson.units.year.sing.map(fold).join('|')}))?\\s*$`, 'u');
/**
 * Whether the date phrase at `start` of the folded text is what «the first … since» counts from («أول زيارة … منذ عام
 * 2016»): the time of the one before, not of the event the sentence tells.
 */
export function isFirstSinceBound(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 200), start);
  const since = SINCE_YEAR.exec(before);
  if (!since) return false;
  const lead = before.slice(0, since.index);
  const clause = lead.slice(Math.max(...['.', '!', '؟', '\n', '؛'].map((end) => lead.lastIndexOf(end))) + 1);
  return clause.split(/[^\p{L}]+/u).filter(Boolean).slice(-FIRST_SINCE_REACH).some((word) => FIRST_WORDS.has(word.replace(/^[وفل]/, '')));
}
/** Whether the date phrase at `start` is when something under way began («زيارته التي بدأها الاثنين»). */
export const isBegunBound = rightAfterOneOf(relativeJson.begunBefore.words);
/** Folded text ending in «بعد», «عقب انتهاء», «قبل»…: the named period after it is a neighbour of the event's time. */
export const BEFORE_AFTER_PERIOD = new RegExp(
  `(?:^|[^\\p{L}])(?:(?<after>${relativeJson.beforeAfterPeriod.after.map(fold).join('|')})(?:\\s+(?:${relativeJson.beforeAfterPeriod.endNouns.map(fold).join('|')}))?|(?<before>${relativeJson.beforeAfterPeriod.before.map(fold).join('|')}))\\s+$`,
  'u',
);
export const APPROX = relativeJson.approx.map(fold);
export const AGO = relativeJson.ago.map(fold);
export const AFTER = relativeJson.after.map(fold);
export const WITHIN = relativeJson.within.words.map(fold);
export const FOLLOWING_DAY = relativeJson.followingDay.words.map(fold);
/** «الأسبوع» before an ordinal day of a month: the ordinal counts weeks. */
export const WEEK_WORDS = relativeJson.units.week.sing.map((w) => fold('ال' + w));
export const EVE_OF = relativeJson.eveOf.words.map(fold);
export const MORROW_OF = relativeJson.morrowOf.words.map(fold);
export const WITHIN_HOURS_OF = relativeJson.withinHoursOf.words.map(fold);

/** Unit words by form: sing (indefinite singular, "a year"), acc (after 11+), dual ("two years"), plural ("years"). */
export const UNIT_WORDS = new Map<string, { unit: Unit; form: 'sing' | 'acc' | 'dual' | 'plural' }>();
for (const [unit, forms] of Object.entries(relativeJson.units) as [Unit, Record<'sing' | 'acc' | 'dual' | 'plural', string[]>][]) {
  for (const form of ['sing', 'acc', 'dual', 'plural'] as const) for (const w of forms[form]) if (!UNIT_WORDS.has(fold(w))) UNIT_WORDS.set(fold(w), { unit, form });
}

export const SEASONS = new Map<string, { name: string; startMonth: number }>();
for (const [name, s] of Object.entries(seasonsJson.seasons)) for (const n of s.names) SEASONS.set(fold(n), { name, startMonth: s.startMonth });
export const SEASON_NOT_AFTER = seasonsJson.notAfter.map(fold);

export type VagueClass = 'soon' | 'comingHours' | 'comingDays' | 'comingWeeks' | 'pastDays' | 'pastWeeks' | 'past' | 'later';
export const VAGUE = new Map<string, VagueClass>();
for (const cls of ['soon', 'comingHours', 'comingDays', 'comingWeeks', 'pastDays', 'pastWeeks', 'past', 'later'] as const) for (const w of vagueJson[cls]) VAGUE.set(fold(w), cls);
export const EARLIER_OF = fold(vagueJson.earlierOf);
export const LATER_OF = fold(vagueJson.laterOf);

export const DECADES = valueMap(decadesJson.decades);
export const CENTURIES = valueMap(decadesJson.centuries);
export const RELATIVE_CENTURIES = valueMap(decadesJson.relativeCenturies);
export const RELATIVE_DECADES = valueMap(decadesJson.relativeDecades);
export const DECADE_LABELS_AR: Record<string, string> = decadesJson.labelsAr;

/** Escapes a folded word list into a regex alternation, longest first, any whitespace between words. */
export function alt(words: Iterable<string>): string {
  const uniq = [...new Set([...words].map(fold).filter((w) => w.length > 0))];
  uniq.sort((a, b) => b.length - a.length);
  return uniq.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** Looks a matched (folded) phrase up in a map, ignoring how much whitespace it had. */
export function lookup<T>(map: Map<string, T>, matched: string | undefined): T | undefined {
  if (matched === undefined) return undefined;
  return map.get(matched.replace(/\s+/g, ' ').trim());
}

/** Nouns that take the adjective العام ("general"): «الأمين العام الحالي» is not "the current year". */
export const GENERAL_NOUNS = new Set(relativeJson.generalNouns.map(fold));
/** Counted nouns after a number: «في 2000 حالة» is an amount, not a year. */
export const NOT_YEAR_AFTER = relativeJson.notYearAfter.map(fold);
/** Words that make a bare four-digit number a year: «في 2011», «منذ 2014». */
export const YEAR_CONTEXT_BEFORE = relativeJson.yearContextBefore.map(fold);
