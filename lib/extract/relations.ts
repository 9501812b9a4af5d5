/**
 * How an event noun is placed against what its clause tells: «خلال الزيارة» (during), «عقب مراسم التوقيع» (after),
 * «قبيل القمة» (before), «عاد من زيارته» (after). Read by the candidates and by the tagging of triggers.
 */
import type { EventDay } from '../domain/date-reason';
import type { EventRelation } from './candidate';
import type { TriggerPos } from './lexicon';
import functionWords from './lexicon/function-words.json';
import type { Segmentation } from './segment';
import { nextWord, previousWord } from './spans';

export const RELATION_WORDS = new Map<string, EventRelation>([
  ...functionWords.frameWords.during.map((w) => [w, 'during'] as const),
  ...functionWords.frameWords.after.map((w) => [w, 'after'] as const),
  ...functionWords.frameWords.before.map((w) => [w, 'before'] as const),
]);
export const CEREMONY_WORDS = new Set(functionWords.frameWords.ceremony);
export const JOINERS = new Set(functionWords.frameWords.joiners);
const RETURN_FROM = new Set(functionWords.frameWords.returnFrom.words);
/** «عاد», «وعادت»: whether a trip's verb is one of coming back. */
export const isReturnVerb = (form: string): boolean => RETURN_FROM.has(form);
/** «هذه», «هذا»: words of «this» before an event noun. */
export const DEMONSTRATIVES = new Set(functionWords.demonstratives.words);
const END_OF = new Map<string, 'first' | 'last'>([
  ...functionWords.frameWords.endOf.first.map((w) => [w, 'first'] as const),
  ...functionWords.frameWords.endOf.last.map((w) => [w, 'last'] as const),
]);

/**
 * «في ختام الزيارة», «في مستهل زيارته», «في اليوم الثاني من الزيارة»: the day of the event noun at `start` the clause is
 * placed on, if its words say.
 */
export function endOfEvent(f: string, start: number): EventDay | null {
  // «في ختام هذه الزيارة»: a demonstrative may stand between.
  let before = placingWord(f, start);
  if (before?.word === 'من') return dayOfTheEvent(f, before.start);
  if (before && DEMONSTRATIVES.has(before.word)) before = previousWord(f, before.start);
  const word = before ? inList(END_OF, before.word) : null;
  return word ? END_OF.get(word)! : null;
}
const FOLLOWING = new Set(functionWords.frameWords.following.words);

/**
 * «…، تلتها زيارات متبادلة … وصولا إلى إعادة افتتاح السفارتين», «أعقبتها زيارة رسمية»: what a clause opened by a verb
 * of following tells came after what was told before it.
 */
export function followsWhatCameBefore(f: string, seg: Segmentation, at: number): boolean {
  const clause = seg.clauseAt(at);
  if (!clause) return false;
  // «…، وتبعتها زيارة الوزير إلى طهران وإعادة افتتاح السفارة»: the clauses its group goes on with after it, too.
  for (let i = clause.index; i >= 0 && seg.clauses[i]!.group === clause.group; i--) {
    const opener = nextWord(f, seg.clauses[i]!.start);
    if (opener !== null && opener.end <= at && inList(FOLLOWING, opener.word) !== null) return true;
  }
  return false;
}

/** A word of a closed list, bare or after a glued و/ف and ب/ل/ك («وخلال», «بعيد»); «في» keeps its ف. */
export const inList = (list: ReadonlySet<string> | ReadonlyMap<string, unknown>, w: string): string | null => {
  if (list.has(w)) return w;
  // «وبعد» is و + بعد: the letter after the و may be the word's own.
  for (const bare of [w.replace(/^[وف]/, ''), w.replace(/^[وف]?[بلك]/, '')]) if (bare.length >= 2 && list.has(bare)) return bare;
  return null;
};

/** «خلال الزيارة», «عقب مراسم التوقيع»: how an event noun is placed against what the clause tells, if it is. */
export function relationOf(f: string, t: { start: number; pos: TriggerPos }): EventRelation | null {
  if (t.pos !== 'noun') return null;
  const before = placingWord(f, t.start);
  // «عاد رئيس الوزراء من زيارته …»: what the clause tells next comes after the trip, as after «بعد زيارته».
  if (before?.word === 'من' && returnsFrom(f, before.start)) return 'after';
  // «وذلك في اليوم الأول من زيارة الدولة»: a day of the event, told before «من», places the clause during it.
  if (before?.word === 'من' && dayOfTheEvent(f, before.start) !== null) return 'during';
  const word = before ? inList(RELATION_WORDS, before.word) : null;
  return word ? RELATION_WORDS.get(word)! : null;
}

/**
 * The word that may place the event noun at `start` against its clause: the one before it, past a ceremony word
 * («قبل موكب التوقيع», «بعد توقيع اتفاقية») and a joiner («تزامنا مع»). Nouns placed by the same word tell one event.
 */
export function placingWord(f: string, start: number): { word: string; start: number } | null {
  let before = previousWord(f, start);
  if (before && inList(CEREMONY_WORDS, before.word)) before = previousWord(f, before.start);
  if (before && JOINERS.has(before.word)) before = previousWord(f, before.start);
  return before;
}

/** How many words back a verb of coming back may stand from the «من» of its trip: the subject goes between. */
const RETURN_SUBJECT_WORDS = 8;

/** «عاد رئيس الوزراء الليبي علي زيدان من …»: a word of coming back a few words before «من», with no break between. */
function returnsFrom(f: string, from: number): boolean {
  // Not a period: «د. علي زيدان» stands between.
  const stretch = f.slice(Math.max(0, from - 120), from).split(/[،,:؛\n]/).at(-1)!;
  return stretch.split(/[^\p{L}]+/u).slice(-RETURN_SUBJECT_WORDS).some((w) => RETURN_FROM.has(w));
}

const EVENT_DAYS = new Set(functionWords.dayOfAnEvent.days);
const isEventDay = (v: unknown): v is EventDay => v === 'first' || v === 'last' || (typeof v === 'number' && Number.isInteger(v) && v >= 1);
const DAY_ORDINALS = new Map<string, EventDay>(Object.entries(functionWords.dayOfAnEvent.ordinals).map(([word, day]) => {
  if (!isEventDay(day)) throw new Error(`function-words.json dayOfAnEvent: «${word}» is no day of an event`);
  return [word, day];
}));

/** «اليوم الأول من», «ثاني أيام من»: the day of an event told right before the «من» at `from`, or null. */
function dayOfTheEvent(f: string, from: number): EventDay | null {
  const last = previousWord(f, from);
  const first = last && previousWord(f, last.start);
  if (last === null || first === null) return null;
  const bare = (w: string) => w.replace(/^و?(?:في|ف|ب|ل)?/, '');
  if (EVENT_DAYS.has(bare(first.word))) return DAY_ORDINALS.get(last.word) ?? null;
  return EVENT_DAYS.has(last.word) ? DAY_ORDINALS.get(bare(first.word)) ?? null : null;
}
