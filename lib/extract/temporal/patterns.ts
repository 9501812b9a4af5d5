/** Regex fragments shared by the parser families. All run on the folded text (see normalize.ts). */
import { alt, DIRECTIONS, MONTHS, ORDINALS, WEEKDAYS, HIJRI_MONTHS, PARTS, THIS } from './lexicon';

/** Start of a word, allowing the glued conjunctions و/ف and prepositions ب/ل/ك before it (they stay outside the span). */
export const B = String.raw`(?<=(?:^|[^\p{L}\p{N}])[وف]?[بلك]?)`;
/** End of a word. */
export const E = String.raw`(?![\p{L}\p{N}])`;
/** Optional comma between parts of a date. */
export const SEP = String.raw`\s*[،,]?\s*`;
/** The article ال, or a bare ل after the preposition ل (للعام = ل + العام). */
export const ART = String.raw`(?:ال|(?<=ل)ل)`;

export const MONTH = alt(MONTHS.keys());
export const HMONTH = alt(HIJRI_MONTHS.keys());
export const WD = alt(WEEKDAYS.keys());
export const ORD = alt(ORDINALS.keys());
export const DIR = alt(DIRECTIONS.keys());
export const PART = alt(PARTS.keys());
export const THIS_W = alt(THIS);

/** A month name, optionally doubled with another system's name: «كانون الثاني/ يناير», «أكتوبر (تشرين الأول)». */
export const monthX = (g: string): string =>
  String.raw`(?<${g}>${MONTH})(?:\s*[/\\(-]\s*(?<${g}b>${MONTH})(?:\s*\))?)?${E}`;

/** A Gregorian year 1900–2099, optionally marked م (ميلادي). */
export const year = (g: string): string => String.raw`(?<!\p{N})(?<${g}>(?:19|20)\d{2})(?!\p{N})(?:\s?م(?:يلادي(?:ه)?)?${E})?`;

/** The noun before a year: عام / العام / سنة / لعام / للعام. */
export const YEAR_NOUN = String.raw`(?:${ART}?(?:عام|سنه)\s+)`;

/** «2019», «عام 2019», «من العام 2019». */
export const yearPhrase = (g: string): string => String.raw`(?:(?:من\s+)?${YEAR_NOUN}?${year(g)})`;

/** A day number 1–31 (validated by the caller). */
export const dayNum = (g: string): string => String.raw`(?<!\p{N})(?<${g}>[0-3]?\d)(?!\p{N})`;

/** A relative year: «العام الماضي», «السنة الجارية», «هذا العام», «العام» (= the current one). */
export const relYear = (g: string): string =>
  String.raw`(?:(?:${THIS_W})\s+ال(?:عام|سنه)|${ART}(?:عام|سنه)(?:\s+(?<${g}>${DIR}))?)${E}`;

export const re = (src: string): RegExp => new RegExp(src, 'gu');
