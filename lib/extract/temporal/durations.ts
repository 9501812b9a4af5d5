/**
 * How long an event lasts: «زيارة تستغرق يومين», «دامت ثلاثة أيام», «على مدى يومين», «لمدة أسبوع». Found in the folded
 * text as a duration word followed by a count of days or weeks; the count in days. Pure.
 */
import durationsJson from '../lexicon/temporal/durations.json';
import { CARDINALS, UNIT_WORDS, alt, fold, lookup } from './lexicon';

export interface Duration {
  /** Folded offsets of the whole phrase. */
  start: number;
  end: number;
  days: number;
}

const LEAD = alt(durationsJson.lead.map(fold));
const UNIT = alt([...UNIT_WORDS.keys()].filter((w) => ['day', 'week'].includes(UNIT_WORDS.get(w)!.unit)));
const COUNT = alt(CARDINALS.keys());
// No lookbehind: V8 would try it at every position; the word boundary before the match is checked by hand. A verb may
// carry a clitic و or ف and the future's س («وستستمر الزيارة يومين», «ستستمر يومين»).
// The subject may stand between the verb and the count: the event's noun, definite or with a pronoun («ستستغرق زيارته
// يومين», «وتستمر الزيارة يومين»).
const SUBJECT = String.raw`(?:(?!(?:${COUNT})(?![\p{L}]))(?:ال\p{L}+|\p{L}+(?:ه|ها|هما))\s+)?`;
const RX = new RegExp(String.raw`[وف]?س?(?:${LEAD})\s+${SUBJECT}(?:(?<n>\d{1,2}|${COUNT})\s+)?(?<u>${UNIT})(?![\p{L}])`, 'gu');
const LETTER = /\p{L}/u;
const ENDING = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:${alt(durationsJson.ending.map(fold))})(?![\p{L}])`, 'u');

/** Every duration phrase of a folded text. */
export function findDurations(folded: string): Duration[] {
  const out: Duration[] = [];
  for (const m of folded.matchAll(RX)) {
    if (m.index! > 0 && LETTER.test(folded[m.index! - 1]!)) continue;
    const unit = lookup(UNIT_WORDS, m.groups!.u);
    if (!unit) continue;
    const n = m.groups!.n;
    const count = n === undefined ? (unit.form === 'dual' ? 2 : unit.form === 'sing' || unit.form === 'acc' ? 1 : null) : /^\d+$/.test(n) ? Number(n) : lookup(CARDINALS, n) ?? null;
    if (count === null || count < 1 || count > 31) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, days: count * (unit.unit === 'week' ? 7 : 1) });
  }
  return out;
}

const DEPARTING_FOR = new RegExp(String.raw`(?<![\p{L}])[وف]?(?:${alt(durationsJson.departingFor.words.map(fold))})(?![\p{L}])`, 'u');

/**
 * Whether a folded clause tells the end of what it dates («اختتم … زيارة دامت ثلاثة أيام»); leaving for a place
 * («غادر طهران متوجها إلى بغداد في زيارة تستمر 3 أيام») sets the trip out instead.
 */
export function tellsEnding(foldedClause: string): boolean {
  const ending = ENDING.exec(foldedClause);
  return ending !== null && !DEPARTING_FOR.test(foldedClause.slice(ending.index + ending[0].length));
}
