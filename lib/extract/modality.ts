/** Modality of a trigger from the cues around it (lexicon/modality.json), and the tense the temporal module needs. */
import type { Modality } from '../domain/event';
import { groupHead, type Clause, type Segmentation } from './segment';
import functionWords from './lexicon/function-words.json';
import modalityJson from './lexicon/modality.json';
import weekdays from './lexicon/temporal/weekdays.json';
import { isGivenName } from './names';
import { foldForMatch } from './normalize';
import { nextToken, nextWord, previousWord, within, wordsIn } from './spans';

/** Where a cue applies: its clause group, what follows it in the group or sentence, the next few words, or the event noun a few words before it. */
export interface CueHit { start: number; end: number; modality: Exclude<Modality, 'occurred'>; scope: 'clause' | 'after' | 'sentence' | 'next' | 'before'; window: number }


/** When cues disagree the strongest wins: a plan that was put off is postponed; a postponement denied is negated. */
const RELATIVE = new Set(functionWords.relativePronouns.words);
/** A clause the segmenter opened on a relative pronoun («والتي تدعمها …»). */
export const opensRelative = (text: string, c: { start: number; startKind: string }) => c.startKind === 'sub' && RELATIVE.has(nextToken(text, c.start)?.replace(/^و/, '') ?? '');
const WHERE = new Set(functionWords.whereAdverbs.words);
const opensWhere = (text: string, c: { start: number; startKind: string }) => c.startKind === 'sub' && WHERE.has(nextToken(text, c.start)?.replace(/^و/, '') ?? '');

/**
 * «زيارة تبون التي كانت منتظرة يوم 2 ماي المقبل إلى باريس، تم تأجيلها»: words between a noun and what puts it off
 * or calls it off after, not counting the relative clauses on the way that describe the noun as a plan. One that tells a noun as done
 * («جولة أردوغان التي قام بها …، لكن تم تأجيلها») describes another noun than the plan put off.
 */
function wordsOutsidePlanRelatives(text: string, seg: Segmentation, cues: CueHit[], from: number, to: number): number {
  let n = wordsIn(text, from, to);
  const first = seg.clauseAt(from)?.index ?? seg.clauses.length;
  for (let i = first; i < seg.clauses.length && seg.clauses[i]!.start < to; i++) {
    const c = seg.clauses[i]!;
    if (c.start < from || !opensRelative(text, c)) continue;
    if (!within(cues, c.start, c.end).some((x) => x.modality === 'planned')) continue;
    n -= wordsIn(text, c.start, Math.min(c.end, to));
  }
  return n;
}

const FRAME_POINTERS = new Set(functionWords.frameOpeners.pointers);
const FRAME_VERBS = new Set(functionWords.frameOpeners.verbs);
const PLACING_WORDS = new Set(['في', ...functionWords.frameWords.during, ...functionWords.frameWords.after, ...functionWords.frameWords.before]);
/** The first word of a clause; a clause that opens a line starts at the line break. */
function clauseOpener(text: string, cl: { start: number; end: number }): { word: string; end: number } | null {
  return nextWord(text, cl.start + (/^\s*/.exec(text.slice(cl.start, cl.end))?.[0].length ?? 0));
}

/** «وذلك خلال …», «جاء ذلك خلال …»: a clause that opens by pointing back at what the sentence told, to place it. */
export function opensFrame(text: string, cl: { start: number; end: number }): boolean {
  const first = clauseOpener(text, cl);
  if (!first || first.end > cl.end) return false;
  const word = first.word.replace(/^و/, '');
  const pointer = FRAME_POINTERS.has(word) ? first : FRAME_VERBS.has(word) ? nextWord(text, first.end) : null;
  if (!pointer || pointer.end > cl.end || !FRAME_POINTERS.has(pointer.word.replace(/^و/, ''))) return false;
  // «وذلك خلال …», «جاء ذلك في اتصال …» place it; «وذلك للمشاركة في …» tells what it was for.
  const placing = nextWord(text, pointer.end);
  // «في» itself starts with the letter a glued «فـ» is written with.
  return placing !== null && placing.end <= cl.end && (PLACING_WORDS.has(placing.word) || PLACING_WORDS.has(placing.word.replace(/^[بف]/, '')));
}

const IMPERFECT_PREFIXES = new Set(modalityJson.possibility.imperfectPrefixes);
const NOT_IMPERFECT = new Set(modalityJson.possibility.notImperfect.map(foldForMatch));
const PAST_ENDINGS = modalityJson.possibility.pastEndings;
const OBJECT_SUFFIXES = modalityJson.possibility.objectSuffixes;

/** The verb without an object pronoun («تزورها» → «تزور»), keeping at least three letters. */
function withoutObject(word: string): string {
  const suffix = OBJECT_SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 3);
  return suffix ? word.slice(0, -suffix.length) : word;
}

/** «قد تنعقد», «قد تزورها»: the next word is an imperfect verb, so «قد» means 'may'; only one in «ي» when `plainOnly`. */
export function beforeImperfect(f: string, from: number, plainOnly = false): boolean {
  const word = nextWord(f, from)?.word ?? '';
  if (word.length < 3 || !IMPERFECT_PREFIXES.has(word[0]!) || NOT_IMPERFECT.has(word)) return false;
  if (plainOnly) return word[0] === 'ي';
  const stem = withoutObject(word);
  return word[0] === 'ي' || !PAST_ENDINGS.some((e) => stem.endsWith(e));
}

const HAS_DONE = new Set(['', 'و', 'ف', 'ل'].map((glued) => glued + modalityJson.pluperfect.particle));
/**
 * «…على ضرورة تعزيز التعاون، وقد وصل رئيس لبنان إلى أرمينيا يوم 21 فبراير»: a clause that opens on «قد» and a past verb
 * states what has been done; a hope, a plan or a doubt told in an earlier clause does not reach it.
 */
function opensOnDone(text: string, cl: { start: number; end: number }): boolean {
  const first = clauseOpener(text, cl);
  return first !== null && HAS_DONE.has(first.word) && first.end < cl.end && !beforeImperfect(text, first.end);
}

/**
 * «سيترأس الجلسة يوم الإثنين، حيث وصل إلى جاكرتا ليل السبت»: a clause that opens on an event's verb in the past, or on
 * «حيث» or «قد» and one, tells what has been done; a plan told in an earlier clause does not reach it.
 */
function opensOnAPastVerb(text: string, cl: { start: number; end: number }, pastVerbs: ReadonlySet<number>, relative = false): boolean {
  const first = clauseOpener(text, cl);
  if (!first || first.end > cl.end) return false;
  const isPastVerb = (w: { word: string; end: number }) => { const start = w.end - w.word.length; return pastVerbs.has(start) || pastVerbs.has(start + 1); };
  if (isPastVerb(first)) return true;
  const verb = WHERE.has(first.word.replace(/^و/, '')) || HAS_DONE.has(first.word) || (relative && RELATIVE.has(first.word.replace(/^و/, ''))) ? nextWord(text, first.end) : null;
  return verb !== null && verb.end <= cl.end && isPastVerb(verb);
}

const AFTER_THAT = new Set(functionWords.afterThat.words);
const AFTER_THAT_WITH_AN = new Set(functionWords.afterThat.withAn);
/**
 * «ومن المقرر أن يستقبل الرئيس نظيره …، بعدما استقبله مساء أمس بمطار القاهرة»: a clause opened by «بعدما» or «بعد أن»
 * and a past verb tells what was done before; a plan told in an earlier clause does not reach it.
 */
function opensOnDoneBefore(text: string, cl: { start: number; end: number }): boolean {
  const first = clauseOpener(text, cl);
  if (!first || first.end >= cl.end) return false;
  if (AFTER_THAT.has(first.word)) return !beforeImperfect(text, first.end);
  // «بعد أن وصل»: the clause may open on «أن», with «بعد» closing the clause before it.
  return first.word === 'ان' && AFTER_THAT_WITH_AN.has(previousWord(text, first.end - first.word.length)?.word.replace(/^و/, '') ?? '') && !beforeImperfect(text, first.end);
}

const DOUBTS: ReadonlySet<Modality> = new Set(['negated', 'hypothetical']);
/** «في اتصال», «خلال لقاء»: an event named as where something was said. */
const SAID_IN = new Set(['في', 'خلال']);
const saidIn = (text: string, pos: number) => SAID_IN.has(previousWord(text, pos)?.word ?? '');
const TAKING_PART = new Set(functionWords.takingPartNouns.words);
/** «نفت … مشاركة الوزير في أعمال القمة»: the event after a noun of taking part and «في», which is what was doubted. */
export function takingPartIn(text: string, from: number, pos: number): boolean {
  const words = text.slice(from, pos).split(/[^\p{L}]+/u).filter(Boolean);
  const part = words.findLastIndex((w) => TAKING_PART.has(w.replace(/^[وب]/, '')));
  return part >= 0 && words.slice(part + 1).includes('في');
}
/** «نفى أن يكون الوزيران قد وقعا اتفاقا خلال لقاء أمس»: what «أن» opens is what was denied, events and all. */
const COMPLEMENT = /(?:^|\s)[وف]?(?:ان|انه|انها|ما)(?:\s|$)/;

const RANK: Record<Modality, number> = { occurred: 0, planned: 1, hypothetical: 2, postponed: 3, cancelled: 4, negated: 5 };

export function modalityAt(text: string, seg: Segmentation, cues: CueHit[], pos: number, future: boolean, pastVerb = false, eventStarts: readonly number[] = []): Modality {
  const cl = seg.clauseAt(pos);
  let best: Modality = future ? 'planned' : 'occurred';
  if (!cl) return best;
  const sent = seg.sentences[cl.sentence]!;
  const frame = opensFrame(text, cl);
  // «…، حيث وصل الرئيس إلى جاكرتا»: where the event's own verb in the past follows «حيث», what it tells is done too.
  const opener = clauseOpener(text, cl);
  const whereDone = pastVerb && opener !== null && WHERE.has(opener.word.replace(/^و/, '')) && nextWord(text, opener.end)?.end === nextWord(text, pos)?.end;
  const done = opensOnDone(text, cl) || opensOnDoneBefore(text, cl) || whereDone;
  const comesBetween = (c: CueHit, at: number) => seg.clauses.slice(seg.clauseAt(c.start)!.index + 1, seg.clauseAt(at)!.index + 1)
    .some((x) => x.start <= at && FRAME_VERBS.has(clauseOpener(text, x)?.word.replace(/^و/, '') ?? ''));
  const relativeBetween = (c: CueHit, at: number) => seg.clauses.slice(seg.clauseAt(c.start)!.index + 1, seg.clauseAt(at)!.index + 1).some((x) => opensRelative(text, x));
  for (const c of within(cues, sent.start, sent.end)) {
    const cc = seg.clauseAt(c.start);
    if (!cc || cc.sentence !== cl.sentence) continue;
    // «شدد على ضرورة وقف القتال، وذلك خلال مكالمة هاتفية»: what was hoped for before the frame is not the frame's.
    if (frame && c.start < cl.start) continue;
    if (done && c.start < cl.start) continue;
    // «قد يلغي الرئيس زيارته»: a putting off or calling off that only may come, right after «قد», calls nothing off.
    if ((c.modality === 'postponed' || c.modality === 'cancelled') && cues.some((h) => h.modality === 'hypothetical' && h.end <= c.start && wordsIn(text, h.end, c.start) === 0)) continue;
    let applies = false;
    switch (c.scope) {
      // «نفى الرئيس في اتصال هاتفي مع نظيره وجود نية …»: a denial or a doubt is about what is said, not the call or the
      // talks it was said in (unless they are inside what was denied).
      // Nor does a plan reach what a relative clause after it tells in the past («… بعد الكويت التي زارها في 23 نوفمبر»).
      case 'sentence': applies = c.start < pos && !(DOUBTS.has(c.modality) && (saidIn(text, pos) || takingPartIn(text, c.end, pos)) && !COMPLEMENT.test(text.slice(c.end, pos)))
        && !(AHEAD.has(c.modality) && pastVerb && opensRelative(text, cl)); break;
      // A hope or a call covers what follows it in its group and in the report it opens («نأمل أن يلبي … ويزور»).
      // Not what a relative clause after it tells in the past («ضرورة تنفيذ المذكرة التي نص عليها بيان مشترك وقع في
      // جوان»): that describes a noun the hope is about, as a fact.
      // «ألغى خان زيارته لماليزيا، ومن المنتظر أن يمثل الوزير باكستان في القمة»: not into a report that a cue of another
      // course opens.
      case 'after': applies = c.start < pos && (cc.group === cl.group || (cl.group === cc.group + 1 && groupHead(seg, cl).startKind === 'comp' && !opensRelative(text, cl) && !opensOtherCourse(cues, c, groupHead(seg, cl).start, (o) => opensRelative(text, seg.clauseAt(o.start) ?? cl))))
        && !(pastVerb && relativeBetween(c, pos))
        // «أكد المبعوث "استعداد روسيا لتطوير العلاقات"، وتأتي زيارة المسؤول الروسي …»: not past a clause «وتأتي» opens,
        // which places an event of its own.
        && !comesBetween(c, pos)
        // «التدابير التي ينبغي اتخاذها لهذا الغرض، في إطار المؤتمر … الذي ينعقد اليوم»: a word of «should» in a relative
        // clause tells of the noun it describes, not of what the sentence goes on to tell after it.
        && !(opensRelative(text, cc) && cl.index !== cc.index); break;
      // A plan in the clause group covers what follows it, the trigger's own clause, and the noun a relative clause
      // describes («القمة التي ستنطلق غدا»); not an earlier event of the group («وصل الملك …، حيث من المرتقب أن يلقي»).
      // A verb in the past tense told before the plan happened («ووصل … في زيارة يتوقع أن تستمر يوما»), and so did
      // what it received before the relative clause of another noun («تسلم … دعوة للمشاركة في قمة … التي ستعقد»).
      // Not what a relative clause after the plan tells in the past about someone it names («سيلتقي غدا الوزير، الذي
      // استهل اليوم زيارة إلى فرنسا»), nor about a place, in the report the plan opens («ومن المقرر أن تستغرق زيارته
      // يومين، …، بعد الكويت التي زارها في 23 نوفمبر»).
      // The noun a relative clause describes is the last one before it: «بدعوة … للمشاركة في القمة التي سوف تعقد» plans
      // the summit, not the invitation.
      case 'clause': applies = (cc.group === cl.group && ((c.start < pos && !(pastVerb && relativeBetween(c, pos))) || (cc.index === cl.index && !pastVerb)
          || (cc.index === cl.index + 1 && opensRelative(text, cc) && !pastVerb && !eventStarts.some((e) => e > pos && e < cc.start))))
        || (c.start < pos && cl.group === cc.group + 1 && groupHead(seg, cl).startKind === 'comp' && !(pastVerb && opensRelative(text, cl))); break;
      // «لو جرت، فستصبح أول زيارة»: the answer of a condition, the clause right after it opened by «فـ» or «لـ», is as
      // unreal as the condition.
      case 'next': applies = c.end <= pos && ((cc.index === cl.index && wordsIn(text, c.end, pos) <= c.window)
        || (c.modality === 'hypothetical' && cl.index === cc.index + 1 && cl.sentence === cc.sentence && ANSWER_OF_A_CONDITION.test(text.slice(cl.start, cl.end)))); break;
      // «خلال مكالمة هاتفية، على أهمية محادثاتهما المقبلة»: an adjective of a plan describes a noun it is not set apart
      // from by a comma; the nearest event's («وسلّمه دعوة رسمية لحضور القمة العربية المزمع تنظيمها»: the summit is ahead,
      // the invitation was handed over).
      case 'before': applies = c.start > pos && (c.modality === 'planned'
        ? wordsIn(text, pos, c.start) <= c.window && !/[،,]/.test(text.slice(pos, c.start)) && !eventStarts.some((e) => e > pos && e < c.start)
        : wordsOutsidePlanRelatives(text, seg, cues, pos, c.start) <= c.window); break;
    }
    if (applies && RANK[c.modality] > RANK[best]) best = c.modality;
  }
  return best;
}

/** «فستصبح», «لكانت», «فإنها»: a clause opened by the «فـ» or «لـ» that answers a condition. */
const ANSWER_OF_A_CONDITION = /^\s*[فل]\p{L}{3,}/u;

/** Whether a cue of another course than c stands between c and the report at `reportStart` («…، ومن المنتظر أن …»). */
function opensOtherCourse(cues: CueHit[], c: CueHit, reportStart: number, inARelative: (o: CueHit) => boolean): boolean {
  // «ولم تعلن … الشخصيات التي من المنتظر أن يلتقي بها»: not one in a relative clause about a noun c covers.
  return cues.some((o) => o.start > c.end && o.start < reportStart && o.modality !== c.modality && !inARelative(o));
}

const AHEAD: ReadonlySet<Modality> = new Set(['planned', 'postponed', 'cancelled']);
/** «كان», «كانت»…: the auxiliary of the pluperfect and of a plan told as what was to be. */
export const WAS = new Set(modalityJson.pluperfect.aux);
/** «الذي كان من المقرر», «التي كانت منتظرة»: a plan told as what was to be, whichever side of the article's day it fell. */
const toldAsWasToBe = (text: string, c: CueHit) => WAS.has(previousWord(text, c.start)?.word.replace(/^[وف]/, '') ?? '');

const SCHEDULED_COURSE = new Set(functionWords.scheduledCourse.words);
const BEFORE_THE_DATE = new Set(functionWords.scheduledCourse.between);

const DAY_NAMES = new Set(Object.values(weekdays.days).flat().map((d) => foldForMatch(d)));
const courseVerb = (word: string) => SCHEDULED_COURSE.has(word.replace(/^[وف]/, ''));

/**
 * «التي تبدأ يوم الأربعاء», «فيشهد يوم الأربعاء»: a present-tense verb of an event's course right before the date; or
 * right after a weekday that opens its clause («أما يوم الأربعاء، فيشهد انعقاد المنتدى», «ويوم الخميس تنطلق القمة»).
 */
function nextToScheduledCourse(text: string, pos: number): boolean {
  let before = previousWord(text, pos);
  for (let i = 0; i < 2 && before && BEFORE_THE_DATE.has(before.word); i++) before = previousWord(text, before.start);
  if (before !== null && courseVerb(before.word)) return true;
  let after = nextWord(text, pos);
  for (let i = 0; i < 3 && after && (BEFORE_THE_DATE.has(after.word.replace(/^و/, '')) || DAY_NAMES.has(after.word)); i++) after = nextWord(text, after.end);
  return after !== null && courseVerb(after.word);
}

const NOT_TENSE = new Set(functionWords.imperfectOpeners.notTense);
/** The third-person imperfect: «يعقد», «يزور», «ويلتقي». */
const IMPERFECT = /^[وف]?ي\p{L}{3,}$/u;
/** «وسيسمح اجتماع الخميس …», «ستعقد القمة …»: the imperfect with the future's «س». */
const FUTURE_IMPERFECT = /^[وف]?س[يتن]\p{L}{3,}$/u;

/**
 * «يعقد الرئيس، يوم الأربعاء، جلسة مباحثات», «وتبدأ الزيارة الرسمية الثلاثاء»: a clause group that opens on a verb in
 * the imperfect tells the present; a name that starts like one («يوسف بن علوي، وزير الخارجية، التقى …») does not.
 */
function opensOnImperfect(text: string, head: { start: number }, imperfectVerbs: ReadonlySet<number>): boolean {
  const opening = text.slice(head.start, head.start + STAMP_REACH);
  const opener = nextWord(text, head.start + (STAMP.exec(opening)?.[0].length ?? DATELINE.exec(opening)?.[0].length ?? 0));
  // «هذا ويزور …»: the sentence opens on the verb the connective leads to.
  const afterConnective = opener && CONNECTIVES.has(opener.word) ? nextWord(text, opener.end) : null;
  const first = afterConnective?.word.startsWith('و') ? afterConnective : opener;
  const word = (first && FRONTED.has(first.word.replace(/^[وف]/, '')) ? wordAfterFrontedPhrase(text, first.end) : first?.word) ?? '';
  const bare = word.replace(/^[وف]/, '');
  // «وتبدأ الزيارة الرسمية الثلاثاء»: a verb of an event's course is in the imperfect whatever its person, and so is an
  // event's own verb the lexicon reads in the imperfect («تستقبل المستشارة … في 15 سبتمبر أمير قطر»).
  return ((IMPERFECT.test(word) || FUTURE_IMPERFECT.test(word)) && !NOT_TENSE.has(bare) && !isGivenName(bare) && !isGivenName(word)) || courseVerb(word)
    || (first !== null && word === first.word && imperfectVerbs.has(first.end - first.word.length));
}

/**
 * «date 2025-11-28 يتوجه المستشار …», «12:30 - يصل الرئيس …»: a stamp in Latin letters, digits and their punctuation that
 * a page sets before the first words is no word of the clause.
 */
const STAMP = /^\s*(?:[A-Za-z0-9][A-Za-z0-9:./-]*\s*[-–|:]?\s*)+(?=\p{Script=Arabic})/u;
/**
 * «الخرطوم 6 يوليو 2014 ـ يتوجه الرئيس …», «القاهرة - يصل …», «الكويت (رويترز) - يزور …»: a wire's dateline before the
 * first words, a place (one or two words), the wire's name in brackets, and its date or a dash, is no word of the clause
 * either (folded: the tatweel is gone).
 */
const DATELINE = /^\s*\p{L}+(?:\s+\p{L}+)?\s*(?:\(\s*\p{L}+(?:\s+\p{L}+){0,3}\s*\)\s*)?(?:(?:في\s+)?\d{1,2}\s+\p{L}+(?:\s*\/\s*\p{L}+)?\s+\d{4}\s*[-–—/]*|[-–—]+)\s*(?=\p{Script=Arabic})/u;
/** How far into a clause such a stamp may run. */
const STAMP_REACH = 40;
const FRONTED = new Set(functionWords.imperfectOpeners.fronted);
const CONNECTIVES = new Set(functionWords.imperfectOpeners.connectives);
/** How many words a phrase of time put first may hold before its comma. */
const FRONTED_REACH = 10;
/** The same, in characters: six words of a date phrase are never longer. */
const FRONTED_REACH_CHARS = 80;
/** «وفي 13 ديسمبر، يتوجه»: the word after the comma that closes a phrase of time put first, or null. */
function wordAfterFrontedPhrase(text: string, from: number): string | null {
  const comma = text.slice(from, from + FRONTED_REACH_CHARS).search(/[،,.\n!?؟]/);
  if (comma < 0 || !/[،,]/.test(text[from + comma]!)) return null;
  const phrase = text.slice(from, from + comma).split(/[\s/]+/).filter(Boolean);
  return phrase.length <= FRONTED_REACH ? nextWord(text, from + comma + 1)?.word ?? null : null;
}

/**
 * «يعقد الرئيسان مباحثات قمة اليوم»: what a clause group that opens on an imperfect verb tells, outside a headline and
 * reported speech, is told in the present.
 */
export function toldInThePresent(text: string, seg: Segmentation, pos: number, imperfectVerbs: ReadonlySet<number>): boolean {
  const cl = seg.clauseAt(pos);
  if (!cl || seg.sentences[cl.sentence]!.headline) return false;
  const head = groupHead(seg, cl);
  return head.startKind !== 'comp' && opensOnImperfect(text, head, imperfectVerbs);
}

/** «ماكرون يزور المغرب ما بين 28 و30 أكتوبر»: a verb in the imperfect before the date in its headline, wherever it stands. */
function imperfectBefore(text: string, from: number, pos: number): boolean {
  return text.slice(from, pos).split(/[^\p{L}]+/u).some((w) => {
    const bare = w.replace(/^[وف]/, '');
    return IMPERFECT.test(w) && !NOT_TENSE.has(bare) && !isGivenName(bare) && !isGivenName(w);
  });
}

const FUTURE_PARTICLES = new Set(functionWords.futureParticles.words);
const PURPOSE_NOUNS = new Set(functionWords.purposeNouns.words);
/** «… لعقد اجتماع في واشنطن يوم السادس من نوفمبر»: a verbal noun of purpose before the date in its clause, no verb between. */
function purposeBefore(text: string, cl: { start: number }, pos: number, verbs: Iterable<number>): boolean {
  const purpose = [...text.slice(cl.start, pos).matchAll(/\p{L}+/gu)].findLast((w) => PURPOSE_NOUNS.has(w[0].replace(/^[وف]/, '')));
  if (purpose === undefined) return false;
  const from = cl.start + purpose.index!;
  return ![...verbs].some((v) => v > from && v < pos);
}
const SINCE = new Set(functionWords.since.words);
/** «ولن يزور الكويت الثلاثاء»: a particle of the future between the clause group's start and the date. */
function futureParticleBefore(text: string, from: number, pos: number): boolean {
  return text.slice(from, pos).split(/[^\p{L}]+/u).some((w) => FUTURE_PARTICLES.has(w.replace(/^[وف]/, '')));
}

/**
 * 'future' when the clause group carries a planned cue or a future verb, or a present-tense verb of an event's course
 * stands right before the date outside a headline and reported speech; 'present' in a headline, a relative clause or
 * reported speech told in the present; else 'past' (news reports the past).
 */
const ATTRIBUTIONS = new Set(functionWords.attributions.words);
const ATTRIBUTIONS_BEFORE_WHAT = new Set(functionWords.attributions.beforeWhat);
/** «حسبما قال …», «وفق ما أعلنت …»: a clause that opens by telling who reported the news. */
export function opensAttribution(text: string, cl: { start: number; end: number }): boolean {
  const first = clauseOpener(text, cl);
  if (!first) return false;
  // «وفق» and «وفقما» begin with «و» of their own: the word is tried as written, then without a joined «و».
  const word = [first.word, first.word.replace(/^و/, '')].find((w) => ATTRIBUTIONS.has(w) || ATTRIBUTIONS_BEFORE_WHAT.has(w));
  if (word === undefined) return false;
  if (ATTRIBUTIONS.has(word)) return true;
  const what = nextWord(text, first.end)?.word;
  return what === 'ما' || what === 'لما';
}

/** How many words a clause set off by commas after another may hold and still be told with it («، ليل السبت،»). */
const SET_OFF_WORDS = 4;

export function tenseAtFolded(text: string, seg: Segmentation, cues: CueHit[], futurePositions: number[], imperfectVerbs: ReadonlySet<number>, pastVerbs: ReadonlySet<number>, pos: number): 'past' | 'future' | 'present' | 'putOff' {
  const cl = seg.clauseAt(pos);
  if (!cl) return 'past';
  // «تستقبل ميركل في 15 سبتمبر أمير قطر … منذ اندلاع الأزمة في 5 يونيو»: what «منذ» counts from lies behind, whatever
  // the sentence announces.
  if (SINCE.has(clauseOpener(text, cl)?.word.replace(/^و/, '') ?? '')) return 'past';
  // «…، حسبما قال المتحدث … يوم الأحد»: the day a report was made is past, whatever the sentence plans or calls off.
  if (opensAttribution(text, cl)) return 'past';
  // «ومن المقرر أن تستغرق زيارته يومين، …، بعد الكويت التي زارها في 23 نوفمبر»: a relative clause that opens on a verb
  // in the past tells what was done, whatever the sentence plans before it (unless the clause plans itself: «التي
  // كان من المقرر أن تعقد»).
  if (opensRelative(text, cl) && opensOnAPastVerb(text, cl, pastVerbs, true) && !cues.some((c) => c.start >= cl.start && c.start < cl.end)) return 'past';
  const sent = seg.sentences[cl.sentence]!;
  // «وقالت ليفيت: "في يوم الأربعاء، سيستقبل الرئيس …"»: a time put first and set off by a comma is ahead when the verb
  // right after it is in the future, wherever the clause stands.
  // Not when the words before the comma tell an event by a verb («ووصل البشير إلى نيودلهي الأربعاء، وسيلتقي …»).
  const fronting = text.slice(cl.start, cl.start + FRONTED_REACH_CHARS).search(/[،,.\n!?؟]/);
  const verbBefore = fronting >= 0 && [...pastVerbs, ...imperfectVerbs].some((at) => at >= cl.start && at < cl.start + fronting);
  const afterFronted = verbBefore ? null : wordAfterFrontedPhrase(text, cl.start);
  if (afterFronted !== null && FUTURE_IMPERFECT.test(afterFronted) && !NOT_TENSE.has(afterFronted.replace(/^[وف]/, ''))) return 'future';
  // Not in reported speech («ذكر الموقع الاثنين أن ميرتس يبدأ الأربعاء جولة»): its present is the report's day, not ours.
  const head = groupHead(seg, cl);
  const deedAt = (c: Clause) => opensOnAPastVerb(text, c, pastVerbs) || opensOnDone(text, c) || opensOnDoneBefore(text, c);
  // «حيث وصل الرئيس إلى إندونيسيا، ليل السبت»: a short clause set off after one is told with it.
  const before = seg.clauses[cl.index - 1];
  const deed = deedAt(cl) || (cl.startKind === 'punct' && before !== undefined && before.group === cl.group && wordsIn(text, cl.start, cl.end) <= SET_OFF_WORDS && deedAt(before));
  if (!sent.headline && head.startKind !== 'comp' && (nextToScheduledCourse(text, pos) || (opensOnImperfect(text, head, imperfectVerbs) && !(deed && head !== cl)))) return 'future';
  // A plan or a future verb sets the tense of its clause and of what follows it in the group, not of an earlier clause
  // («ووصل لافروف إلى تونس مساء الأربعاء، حيث من المقرر أن يعقد لقاءات»: Wednesday is past).
  const covers = (at: number) => {
    const cc = seg.clauseAt(at);
    return cc !== null && cc.group === cl.group && cc.sentence === cl.sentence && ((at < pos && !deed) || cc.index === cl.index);
  };
  // «ومن المقرر أن يعقد عباس مباحثات مع آبي يوم الثلاثاء»: a plan over the sentence covers the reports it opens too.
  const opens = (c: CueHit) => c.scope === 'sentence' && c.start < pos;
  // A plan is ahead. One put off or called off, or told as what was to be, was set for a day on either side of the
  // article's («أُجّل الاجتماع الذي كان مقررا الأحد»: the coming Sunday; «أجّل … الذي كان من المقرر أن يجتمع يوم 12
  // أيلول», told in October: the September just gone).
  const ahead = within(cues, sent.start, sent.end).filter((c) => AHEAD.has(c.modality) && (covers(c.start) || opens(c)));
  if (ahead.some((c) => c.modality !== 'planned' || toldAsWasToBe(text, c))) return 'putOff';
  if (ahead.length) return 'future';
  for (const f of futurePositions) if (f >= sent.start && f < sent.end && covers(f)) return 'future';
  if (futureParticleBefore(text, head.start, pos)) return 'future';
  if (sent.headline && imperfectBefore(text, sent.start, pos)) return 'present';
  // «جيلي، الذي يقوم بزيارة دولة إلى الصين من يوم الأربعاء إلى يوم الجمعة»: a relative clause in the present tells what
  // is under way as the article is written; so does reported speech in the present («قالت الرئاسة إن الرئيس يصل لبنان
  // مساء 31 أغسطس»), whose year-less day is the one nearest the report; and so does a clause of what is done where the
  // subject goes («غادر … متوجها إلى موسكو، حيث يجري مباحثات مع بوتين يوم الاثنين»).
  const toldInThePresent = (from: number) => imperfectBefore(text, from, pos) || [...imperfectVerbs].some((at) => at >= from && at < pos);
  if (((opensRelative(text, cl) || opensWhere(text, cl)) && toldInThePresent(cl.start)) || (head.startKind === 'comp' && toldInThePresent(head.start))) return 'present';
  if (purposeBefore(text, cl, pos, [...pastVerbs, ...imperfectVerbs])) return 'present';
  return 'past';
}
