/** Regex fragments shared by the parser families. All run on the folded text (see normalize.ts). */
import type { Pattern } from './hit';
import { anchor, BARRIERS, type ScanAnchor } from './stretch-index';
import { alt, DIRECTIONS, MONTHS, ORDINALS, WEEKDAYS, HIJRI_MONTHS, PARTS, THIS } from './lexicon';

/**
 * Start of a word, allowing the glued conjunctions و/ف and prepositions ب/ل/ك before it (they stay outside the span),
 * and a number a page glued to a word («في 23الثالث والعشرين من يونيو»).
 */
export const B = String.raw`(?<=(?:^|[^\p{L}\p{N}])[وف]?[بلك]?|\p{N}(?=\p{L}))`;
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

/** «من 5 إلى 6 ينايرالجاري»: a direction word a page glued to the month name ends the name as a space would. */
const GLUED_DIRECTION = String.raw`(?=ال(?:جاري|حالي|مقبل|قادم|ماضي|منصرم|فايت)${E})`;

/**
 * A month name, optionally doubled with another system's name: «كانون الثاني/ يناير», «أكتوبر (تشرين الأول)», or
 * with only a space between («آذار مارس»), which must then name the same month (see monthOf).
 */
export const monthX = (g: string): string =>
  String.raw`(?<${g}>${MONTH})(?:\s*[/\\(-]\s*(?<${g}b>${MONTH})(?:\s*\))?|\s+(?<${g}s>${MONTH}))?(?:${E}|${GLUED_DIRECTION})`;


/** A Gregorian year 1900–2099, optionally marked م (ميلادي). */
export const year = (g: string): string => String.raw`(?<!\p{N})(?<${g}>(?:19|20)\d{2})(?!\p{N})(?:\s?م(?:يلادي(?:ه)?)?${E})?`;

/** The noun before a year: عام / العام / سنة / لعام / للعام. */
export const YEAR_NOUN = String.raw`(?:ل?${ART}?(?:عام|سنه)\s+)`;

/** «2019», «عام 2019», «من العام 2019». */
export const yearPhrase = (g: string): string => String.raw`(?:(?:من\s+)?${YEAR_NOUN}?${year(g)})`;

/** A day number 1–31 (validated by the caller). */
export const dayNum = (g: string): string => String.raw`(?<!\p{N})(?<${g}>[0-3]?\d)(?!\p{N})`;

/** A relative year: «العام الماضي», «السنة الجارية», «هذا العام», «العام» (= the current one). */
export const relYear = (g: string): string =>
  String.raw`(?:(?:${THIS_W})\s+ال(?:عام|سنه)|${ART}(?:عام|سنه)(?:\s+(?<${g}>${DIR}))?)${E}`;

/**
 * The leading lookbehind of a pattern source and the rest, or null when it does not open with one (or the lookbehind
 * captures, so that it cannot be checked on its own).
 */
export function splitLead(src: string): { lead: string; rest: string } | null {
  if (!src.startsWith('(?<=') && !src.startsWith('(?<!')) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') {
      // A capturing group, plain or named, cannot be moved out of the pattern.
      if (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!')) return null;
      depth++;
    } else if (c === ')' && --depth === 0) {
      return { lead: src.slice(0, i + 1), rest: src.slice(i + 1) };
    }
  }
  return null;
}

/**
 * Whether a pattern (without its leading lookbehind, which is checked on the whole text) can run on a stretch between
 * barriers: no barrier character written as a literal or in a class, no negated class, no dot and no \S \W \D \P.
 */
export function segmentable(src: string): boolean {
  const isBarrier = (c: string | undefined): boolean => c !== undefined && BARRIERS.includes(c);
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const e = src[++i];
      if (isBarrier(e) || e === 'S' || e === 'W' || e === 'D' || e === 'P') return false;
      continue;
    }
    if (c === '[') {
      if (src[i + 1] === '^') return false;
      for (i++; i < src.length && src[i] !== ']'; i++) {
        if (src[i] === '\\') i++;
        else if (isBarrier(src[i])) return false;
      }
      continue;
    }
    if (c === '.') return false;
    if (c === '?') continue; // a quantifier or the opening of a group
    const group = src.slice(Math.max(0, i - 3), i);
    if (c === ':' && group.endsWith('(?')) continue;
    if (c === '!' && (group.endsWith('(?') || group.endsWith('(?<'))) continue;
    if (isBarrier(c)) return false;
  }
  return true;
}

export { anchor } from './stretch-index';

/** Any digit: in every numeric day, year and date. */
export const A_DIGIT = anchor('0123456789');
/** A month name at the end of a word (monthX is always followed by a separator or the end of the word). */
export const A_MONTH = anchor(MONTHS.keys(), { wordEnd: true });
/** The unit of a relative week, month or year («الشهر الماضي», «هذا العام»). */
export const A_UNIT = anchor(['اسبوع', 'شهر', 'عام', 'سنه']);

/**
 * Compiles a pattern source (flags gu) for execAll. `anchor`, when given, must have a word inside every match of the pattern;
 * it is dropped when the pattern could match a barrier.
 */
export const re = (src: string, anchorOf?: ScanAnchor): Pattern => {
  const split = splitLead(src);
  const lead = split && split.rest !== '' ? split : null;
  const rest = lead ? lead.rest : src;
  return {
    rx: new RegExp(rest, 'gu'),
    lead: lead ? new RegExp(lead.lead, 'uy') : null,
    anchor: anchorOf && segmentable(rest) ? anchorOf : null,
    source: src,
  };
};
