/**
 * «احتفل البلدان اليوم بالذكرى الستين لإقامة العلاقات الدبلوماسية»: an anniversary, counted and dated, dates what it
 * commemorates — sixty years before the year it is marked in. Pure: candidates in, the commemorated events out.
 */
import type { Candidate } from './candidate';
import numbersJson from './lexicon/anniversary-numbers.json';
import { foldForMatch } from './normalize';
import { nextWord } from './spans';
import { parseIso, ymd } from './temporal/calendar';
import { explained, reasonOf } from './temporal/explain';

const foldedMap = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [foldForMatch(k), v]));
const UNITS = foldedMap(numbersJson.units);
const TENS = foldedMap(numbersJson.tens);
const TEEN = new Set(numbersJson.teen.map(foldForMatch));
const SKIP = new Set(numbersJson.skip.map(foldForMatch));
/** «الـ60», «ال60», «60» (the tatweel is gone once folded). */
const DIGITS = /^(?:ال)?([0-9]+)$/;
/** Anniversaries beyond this many years are no count of ours (a page number, a law's article). */
const MAX_YEARS = 500;

/** The number of years counted right after the anniversary's noun at `nounStart` («الذكرى الخامسة والسبعين»), or null. */
export function anniversaryCount(f: string, nounStart: number): number | null {
  const noun = nextWord(f, nounStart);
  if (!noun) return null;
  let w = nextWord(f, noun.end);
  while (w && SKIP.has(w.word)) w = nextWord(f, w.end);
  if (!w) return null;
  const digits = DIGITS.exec(w.word);
  const count = digits ? Number(digits[1]) : TENS.get(w.word) ?? unitsAndTens(f, w);
  return count !== null && count > 0 && count <= MAX_YEARS ? count : null;
}

/** «الخامسة والسبعين» (5 + 70), «الحادية عشرة» (1 + 10), «العاشرة» (10). */
function unitsAndTens(f: string, w: { word: string; end: number }): number | null {
  const unit = UNITS.get(w.word);
  if (unit === undefined) return null;
  const next = nextWord(f, w.end);
  if (next && TEEN.has(next.word)) return unit + 10;
  const tens = next && next.word.startsWith('و') ? TENS.get(next.word.slice(1)) : undefined;
  return unit + (tens ?? 0);
}

/**
 * For every dated anniversary that commemorates an event with a label («relations established») and says how many
 * years it counts, that event, in the year counted back, with the anniversary's words and people.
 */
export function commemoratedEvents(f: string, candidates: Candidate[], written: (start: number, end: number) => string): Candidate[] {
  let order = Math.max(-1, ...candidates.map((c) => c.order)) + 1;
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'anniversary' || !c.date || (c.modality !== 'occurred' && c.modality !== 'planned')) continue;
    const t = c.triggers.find((x) => x.commemorates);
    if (!t?.commemorates) continue;
    const years = anniversaryCount(f, t.start);
    const start = parseIso(c.date.start), end = parseIso(c.date.end);
    if (years === null || start === null || end === null || ymd(start).y !== ymd(end).y) continue;
    const year = ymd(start).y - years;
    out.push({
      ...c, order: order++, type: 'other', label: t.commemorates, modality: 'occurred', dateKind: 'event', corefWith: null, apartFrom: null,
      date: { ...c.date, start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year', approximate: false, mod: null, basis: 'event',
        ...explained({ id: 'anniversary-count', years, text: written(t.start, t.end), reason: reasonOf(c.date) }) },
    });
  }
  return out;
}
