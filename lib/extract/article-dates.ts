/**
 * The article's date phrases placed in the folded text, and the two dates an undated report may take: the day the
 * lead paragraph gives («أمس», «الأربعاء») and the publication date.
 */
import type { ArticleInput, EventDate } from '../domain/event';
import functionWords from './lexicon/function-words.json';
import modalityJson from './lexicon/modality.json';
import { isWordCode } from './match';
import { foldForMatch, type NormalizedText } from './normalize';
import type { Segmentation } from './segment';
import { nextToken, previousWord, wordsIn, type Span } from './spans';
import { imperfectVerbStarts, pastVerbStarts, type Tags } from './tags';
import { tenseAtFolded, WAS } from './modality';
import { findTemporalMentions, publicationDate, type TemporalMention } from './temporal';
import { isFirstSinceBound, isUntilBound } from './temporal/lexicon';
import { explained, reasonOf } from './temporal/explain';
import { iso, parseIso } from './temporal/calendar';
import { findDurations, type Duration } from './temporal/durations';
import { findEventOffsets, type EventOffset } from './temporal/offsets';
import { unwrapped } from './wrapped-lines';
import { isNamedPlaceNoun } from './names';

export interface DatePhrase {
  /** Folded offsets. */
  start: number;
  end: number;
  /** A dateline («أبوظبي في 14 فبراير / وام /») or a page's date banner: it dates the page, never an event. */
  furniture: boolean;
  /** The date of an event named after a preposition of time («بعد إطلاق عملية … السبت»): that event's alone. */
  governed: boolean;
  /** Where that preposition stands (folded offset), when the phrase is governed. */
  governedFrom: number;
  /** The phrase as written, in original offsets. */
  original: Span;
  kind: TemporalMention['kind'];
  date: EventDate | null;
}

export interface ArticleDates {
  /** Every date phrase, by position. */
  phrases: DatePhrase[];
  /** The phrases that place an event: resolved, not vague, not an «until» bound. */
  usable: DatePhrase[];
  lead: EventDate | null;
  /** The index of the story's first sentence below its headlines (see storySentences), or null. */
  leadSentence: number | null;
  publication: EventDate | null;
  /** How long events last («زيارة تستغرق يومين»), by position. */
  durations: Duration[];
  /** Offsets from another event («بعد ثلاثة أيام من زيارة …»), by position. */
  offsets: EventOffset[];
}


/** original offset → folded offset (the first folded character at or after it). */
function foldedOffsets(norm: NormalizedText, length: number): Int32Array {
  const o2f = new Int32Array(length + 1);
  const toOriginal = norm.toOriginal;
  const last = toOriginal.length - 1;
  let i = 0;
  for (let k = 0; k < last; k++) {
    const at = toOriginal[k]!;
    while (i <= at) o2f[i++] = k;
  }
  while (i <= length) o2f[i++] = last;
  return o2f;
}

export function dateArticle(article: ArticleInput, text: string, norm: NormalizedText, seg: Segmentation, tags: Tags, people: Span[]): ArticleDates {
  const published = article.published ?? null;
  const o2f = foldedOffsets(norm, text.length);
  const imperfectVerbs = imperfectVerbStarts(tags);
  const pastVerbs = pastVerbStarts(tags);
  const tenseAt = (orig: number) => tenseAtFolded(norm.text, seg, tags.cues, tags.futurePos, imperfectVerbs, pastVerbs, o2f[Math.max(0, Math.min(orig, text.length))]!);
  let temporal: TemporalMention[] = [];
  try { temporal = findTemporalMentions(text, published, { tenseAt }); } catch { temporal = []; }
  // Lines as the page's column did not break them: a date inside a wrapped sentence is no banner.
  const lines = unwrapped(text, norm.softBreaks);
  const phrases = temporal
    .map((t): DatePhrase => ({ start: o2f[t.start]!, end: o2f[t.end]!, ...governing(norm.text, seg, o2f[t.start]!, tags.triggers), furniture: isFurniture(lines, t.start, t.end, (a, b) => tags.triggers.some((x) => x.start >= o2f[a]! && x.start < o2f[b]!)), original: { start: t.start, end: t.end }, kind: t.kind, date: t.date }))
    .sort((a, b) => a.start - b.start);
  asTheBodyTellsIt(norm.text, seg, phrases);
  // «لويجي دي مايو»: a month inside a person's name is no date; nor, alone, one that is the family name of someone the
  // article names («تيريزا ماي … تلقى اتصالا هاتفيا من ماي»).
  const inName = (d: DatePhrase) => people.some((p) => d.start >= p.start && d.end <= p.end);
  const familyNames = new Set(people.map((p) => norm.text.slice(p.start, p.end).split(/\s+/).at(-1)!));
  const familyNameAgain = (d: DatePhrase) => d.date?.precision === 'month' && familyNames.has(norm.text.slice(d.start, d.end));
  // «بقطعة السابع من نوفمبر», «ساحة 14 مارس»: a date that names a place after its noun is no day of the story.
  const namesAPlace = (d: DatePhrase) => isNamedPlaceNoun(previousWord(norm.text, d.start)?.word ?? '');
  // «بعد يوم واحد من انتخاب …»: the distance an offset phrase puts between two events is no date of its own.
  const offsets = findEventOffsets(norm.text);
  const inAnOffset = (d: DatePhrase) => offsets.some((o) => d.start >= o.start && d.start < o.end);
  const usable = phrases.filter((d) => !d.furniture && !inName(d) && !inAnOffset(d) && !familyNameAgain(d) && !namesAPlace(d) && d.kind !== 'vague' && d.date !== null && !isUntilBound(norm.text, d.start) && !isFirstSinceBound(norm.text, d.start)
    && !yearsSinceTheLast(norm.text, seg, d) && !sinceOfAState(norm.text, d) && !notBefore(norm.text, d) && !describesADate(norm.text, phrases, d));
  const publication = published ? safePublication(published) : null;
  const story = storySentences(norm.text, seg, LEAD_SENTENCES);
  const lead = leadDate(norm.text, seg, tags.triggers, story, usable, publication) ?? datelineDate(story, phrases, publication);
  return { phrases, usable, lead, leadSentence: story[0]?.index ?? null, publication, durations: findDurations(norm.text), offsets };
}

/**
 * «لافروف يبحث … مع نظيره اللبناني في موسكو الخميس» over «أن مباحثات الوزيرين، التي ستجري الخميس»: a headline's
 * present tense tells no direction, so a day it names relative to the article's («الخميس») is the one the body gives
 * under the same words.
 */
function asTheBodyTellsIt(f: string, seg: Segmentation, phrases: DatePhrase[]): void {
  const inHeadline = (d: DatePhrase) => seg.sentences.some((s) => s.headline && d.start >= s.start && d.start < s.end);
  const words = (d: DatePhrase) => f.slice(d.start, d.end);
  for (const head of phrases) {
    if (head.kind !== 'relative' || !inHeadline(head)) continue;
    const told = phrases.find((d) => d.start > head.end && d.kind === 'relative' && d.date?.precision === 'day' && !inHeadline(d) && words(d) === words(head));
    if (told) head.date = told.date;
  }
}

const FIRST_SINCE = new Set(functionWords.firstSince.words);
const SINCE_WORD = /^[وف]?منذ$/;

/**
 * «وزيارة شي لمصر هي الأولى لرئيس صيني منذ 12 عاما»: after an ordinal, «منذ» and a length of time count the years since
 * the last such event; they are not a date of the event told.
 */
function yearsSinceTheLast(f: string, seg: Segmentation, d: DatePhrase): boolean {
  const since = f.slice(d.start, d.end).split(/\s+/)[0] ?? '';
  if (!SINCE_WORD.test(since) || d.date!.precision === 'day') return false;
  const sentence = seg.sentences.find((s) => d.start >= s.start && d.start < s.end);
  const before = f.slice(sentence?.start ?? 0, d.start).split(/[^\p{L}]+/u).filter(Boolean).slice(-functionWords.firstSince.window);
  return before.some((w) => FIRST_SINCE.has(w));
}

const ONGOING = new Set(functionWords.ongoingSince.words);

/**
 * «الأزمة الخليجية القائمة منذ 6 شهور»: «منذ» and a length of time after a participle of what goes on tell how long a
 * state has lasted, not the date of an event.
 */
function sinceOfAState(f: string, d: DatePhrase): boolean {
  if (!SINCE_WORD.test(f.slice(d.start, d.end).split(/\s+/)[0] ?? '') || d.date!.precision === 'day') return false;
  const before = f.slice(Math.max(0, d.start - 30), d.start).split(/[^\p{L}]+/u).filter(Boolean).at(-1) ?? '';
  return ONGOING.has(before.replace(/^و/, ''));
}

/** How many words a dateline set off by slashes may hold before its date (a place and a source: «الدوحة/المكتب الإعلامي/»). */
const DATELINE_SLASHED_WORDS_MAX = 4;
/** Words of a dateline besides the date: places, «في», a wire's name; a time of day; separators. */
/**
 * What follows a dateline's date: a separator or a time, after the place and restated date it may carry first («الأحد
 * 10 شوال 1439 الموافق 24-06-2018 مقديشو (صوت الصومال) ـــ»).
 */
// A tatweel is a separator only standing apart («القاهرة ـ»), not drawn out from a word («الـ 12»).
const DATELINE_AFTER = /^\s*(?:الموافق\s+[\d\s\-/.]+)?(?:\s*\p{L}+){0,2}\s*(?:[-–—/|(]|(?<!\p{L})ـ|\d{1,2}:\d{2})/u;
const BANNER_WORDS_MAX = 4;
/** «… 20 مارس 2021 م واس التقى»: a wire's name right after the date (and its era letter) ends a dateline run into its story. */
const WIRE_AFTER_DATE = new RegExp(String.raw`^\s*(?:م|هـ|ه)?\s*[(/]?\s*(?:${functionWords.newsWires.words.map((w) => w.replace(/ /g, String.raw`[\s.]*`)).join('|')})\s*[)/]?(?!\p{L})`, 'u');

/**
 * A page's date furniture: a line that is hardly more than a date and tells no event (a banner, «05/01/2021», «الإثنين, 26 مارس, 2018 -
 * 03:27», «نشر بتاريخ …»), or a dateline that opens a paragraph: at most two words before the date, a separator after
 * it («بكين 2 يوليو 2018 /», «أبوظبي في 14 فبراير / وام /»). Original offsets.
 */
function isFurniture(text: string, start: number, end: number, hasTrigger: (start: number, end: number) => boolean): boolean {
  // Count the words of the line on each side, stopping as soon as the line is too long to be furniture.
  const before = wordsOnLine(text, start, -1, BANNER_WORDS_MAX + 1);
  const after = wordsOnLine(text, end, 1, BANNER_WORDS_MAX + 1);
  if (before.words + after.words <= BANNER_WORDS_MAX && !hasTrigger(before.edge, after.edge)) return true;
  // «date 2025-12-14 التقى …»: a machine date stamp opening a line is the page's, whatever follows it.
  if (before.words <= 1 && ISO_STAMP.test(text.slice(start, end))) return true;
  // «الدوحة/المكتب الإعلامي/ 09 مايو 2016/ تنعقد …»: a place and a source set off by slashes before it are a dateline too.
  const lead = text.slice(before.edge, start);
  // «الأحد 10 شوال 1439 الموافق 24-06-2018»: a date restated after «الموافق» leads as the date it restates.
  const datelineLead = before.words <= 2 || (before.words <= DATELINE_SLASHED_WORDS_MAX && /[/|]\s*$/u.test(lead))
    || (before.words <= DATELINE_SLASHED_WORDS_MAX && /الموافق\s*$/u.test(lead));
  // A dateline opens on a place (and a source), never on the event the date belongs to («وتنطلق القمة بعد غد (…)»).
  const next = text.slice(end, Math.min(after.edge, end + 16));
  return datelineLead && !/[.،,]/u.test(lead) && !hasTrigger(before.edge, start) && (DATELINE_AFTER.test(next) || WIRE_AFTER_DATE.test(foldForMatch(next)));
}

/** Letter-words on a line from `from` going in `step` direction, up to `max`, and where the scan stopped. */
function wordsOnLine(text: string, from: number, step: 1 | -1, max: number): { words: number; edge: number } {
  let words = 0, inWord = false, i = step === 1 ? from : from - 1;
  for (; i >= 0 && i < text.length && text.charCodeAt(i) !== 10; i += step) {
    const letter = LETTER.test(text[i]!);
    if (letter && !inWord && ++words > max) break;
    inWord = letter;
  }
  return { words, edge: step === 1 ? i : i + 1 };
}

const LETTER = /\p{L}/u;
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}$/;

const EVENT_TIME_WORDS = new Set(functionWords.eventTimeWords.words);
const DAY_PARTS = new Set(functionWords.eventTimeWords.dayParts);

/**
 * Whether the words between the phrase's clause start and the phrase hold a preposition of time followed by a noun, or
 * the phrase is the edition year of an event's name.
 */
function governing(f: string, seg: Segmentation, start: number, triggers: Tags['triggers']): { governed: boolean; governedFrom: number } {
  const from = Math.max(governingPreposition(f, seg, start), namedEdition(f, seg, start, triggers));
  return { governed: from >= 0, governedFrom: from };
}

/** «لعام», «للعام», «لسنة» (folded): a year told as «of» the name before it. */
const EDITION_YEAR_WORD = /^(?:ل|لل)(?:عام|سنه)$/;
/** How many words an event's name may run to before its edition year («قمة منتدى التعاون الصيني الإفريقي (فوكاك) لعام 2024»). */
const EDITION_NAME_WORDS = 8;

/**
 * «خلال اجتماعه مع محمود … لحضور قمة منتدى التعاون الصيني الإفريقي لعام 2024»: a year «of» an event's name is that
 * event's edition, and dates it alone. Where the event's noun starts (folded), or -1.
 */
function namedEdition(f: string, seg: Segmentation, start: number, triggers: Tags['triggers']): number {
  let wordStart = start;
  while (wordStart > 0 && isWordCode(f.charCodeAt(wordStart - 1))) wordStart--;
  let wordEnd = start;
  while (wordEnd < f.length && isWordCode(f.charCodeAt(wordEnd))) wordEnd++;
  if (!EDITION_YEAR_WORD.test(f.slice(wordStart, wordEnd))) return -1;
  const cl = seg.clauseAt(start);
  if (!cl) return -1;
  const nouns = triggers.filter((t) => t.pos === 'noun' && t.start >= cl.start && t.end <= wordStart);
  let i = nouns.length - 1;
  if (i < 0 || wordsIn(f, nouns[i]!.end, wordStart) > EDITION_NAME_WORDS) return -1;
  // «قمة منتدى التعاون»: the name starts with the first of the event nouns that follow each other in it.
  while (i > 0 && wordsIn(f, nouns[i - 1]!.end, nouns[i]!.start) === 0) i--;
  return nouns[i]!.start;
}

/** Where the preposition of time that governs a date phrase starts, or -1. */
function governingPreposition(f: string, seg: Segmentation, start: number): number {
  const cl = seg.clauseAt(start);
  if (!cl) return -1;
  // Walk back word by word from the phrase to the clause start.
  const between: string[] = [];
  let e = start;
  while (e > cl.start) {
    while (e > cl.start && !isWordCode(f.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > cl.start && isWordCode(f.charCodeAt(s - 1))) s--;
    if (s === e) break;
    const w = f.slice(s, e);
    const bare = w.charCodeAt(0) === 0x0648 || w.charCodeAt(0) === 0x0641 ? w.slice(1) : w;
    if (EVENT_TIME_WORDS.has(bare)) return between.length > 0 && !(between.length === 1 && DAY_PARTS.has(between[0]!)) ? s : -1;
    between.push(w);
    e = s;
  }
  return -1;
}

/** Fewer words than this make a fragment of page furniture («+ A», «A -»), not a sentence of the story. */
const LEAD_MIN_WORDS = 4;

/** How many of the story's first sentences make its lead. */
const LEAD_SENTENCES = 2;

/**
 * The first `count` sentences of the story below its headlines: not page furniture, nor a dateline on a line of its own
 * («السبئي -صنعاء/29/5/2020:»), which has fewer words with letters than a sentence.
 */
function storySentences(text: string, seg: Segmentation, count: number): Segmentation['sentences'] {
  const letterWords = (a: number, b: number) => text.slice(a, b).split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w)).length;
  const out: Segmentation['sentences'] = [];
  for (const x of seg.sentences) {
    if (out.length >= count) break;
    if (!x.headline && letterWords(x.start, x.end) >= LEAD_MIN_WORDS && !inALineShownTwice(text, x.start)) out.push(x);
  }
  return out;
}

/**
 * «لقاء ثنائي بين الوزيرين … 25 آب 2025 (الخارجية السورية)» twice in a row at the top of a page: a picture's text and its
 * caption, which tell another day than the story's; a line the page shows twice running is not the story's lead.
 */
function inALineShownTwice(text: string, at: number): boolean {
  const lineAt = (p: number) => {
    // Not lastIndexOf(…, -1), which still looks at the first character.
    const start = p > 0 ? text.lastIndexOf('\n', p - 1) + 1 : 0;
    const end = text.indexOf('\n', p);
    return { start, end: end < 0 ? text.length : end, words: text.slice(start, end < 0 ? text.length : end).trim() };
  };
  const line = lineAt(at);
  if (!line.words) return false;
  // The next line with words before it and after it: a blank line may stand between the two.
  let before = line;
  do before = lineAt(Math.max(0, before.start - 1)); while (!before.words && before.start > 0);
  let after = line;
  do after = lineAt(Math.min(text.length, after.end + 1)); while (!after.words && after.end < text.length);
  return (before.start < line.start && before.words === line.words) || (after.start > line.start && after.words === line.words);
}

/**
 * A day in the first two body sentences that no other event governs dates the article's news; a day after publication
 * («القمة التي ستعقد يومي 26 و27 من رمضان») is a plan's, not the day of the news.
 */
function leadDate(f: string, seg: Segmentation, triggers: Tags['triggers'], story: Segmentation['sentences'], usable: DatePhrase[], publication: EventDate | null): EventDate | null {
  const past = (d: EventDate) => publication === null || d.start <= publication.end;
  for (const s of story) {
    if (toldAsHadHappened(f, s)) continue;
    const d = usable.find((x) => x.start >= s.start && x.start < s.end && !x.governed && x.date!.precision === 'day' && past(x.date!) && !describesAnEventNoun(f, seg, triggers, x)
      && !datesADocument(f, x) && !datesWhatWasPlanned(f, seg, x));
    if (d) return { ...d.date!, ...explained({ id: 'lead-paragraph', reason: reasonOf(d.date!) }) };
    // «… شينزو آبي الذى يزور أبو ظبي حاليا»: a first sentence told as now is news of the day it was written.
    if (s === story[0] && saysNow(f, s)) return null;
  }
  return null;
}

/** «وكان رئيس الوزراء قد وصل إلى باريس، أمس الأحد»: a sentence that opens on «كان … قد» tells what came before the news. */
function toldAsHadHappened(f: string, s: Span): boolean {
  const words = f.slice(s.start, s.end).split(/[^\p{L}]+/u).filter(Boolean);
  return WAS.has(words[0]?.replace(/^[وف]/, '') ?? '') && words.slice(1, modalityJson.pluperfect.window + 1).includes(modalityJson.pluperfect.particle);
}

const RELATIVE_PRONOUNS = new Set(functionWords.relativePronouns.words);
/** How many adjectives may stand between an event's noun and the relative clause that describes it. */
const NOUN_TO_RELATIVE_WORDS = 3;

/**
 * «بعد فوزه بالانتخابات الرئاسية التي أجريت في السادس من مايو»: a date in a relative clause about an event's noun is
 * that event's day, not the day of the story's news.
 */
function describesAnEventNoun(f: string, seg: Segmentation, triggers: Tags['triggers'], d: DatePhrase): boolean {
  const cl = seg.clauseAt(d.start);
  if (!cl || cl.startKind !== 'sub' || !RELATIVE_PRONOUNS.has(nextToken(f, cl.start)?.replace(/^و/, '') ?? '')) return false;
  const noun = triggers.filter((t) => t.end <= cl.start && seg.clauseAt(t.start)?.sentence === cl.sentence).pop();
  if (noun === undefined || noun.pos !== 'noun') return false;
  // Only its adjectives between («الانتخابات الرئاسية التي»): not a place or a person it was held at or by («لقائهما في
  // المنامة التي وصلها»), which the clause describes instead.
  const between = f.slice(noun.end, cl.start).split(/[^\p{L}]+/u).filter(Boolean);
  return between.length <= NOUN_TO_RELATIVE_WORDS && between.every((w) => w.startsWith('ال'));
}

/** «مقررة», «المقرر»: the participles of a plan, bare or definite. */
const PLANNED = new Set(functionWords.planParticiples.words.flatMap((w) => [w, w.replace(/^ال/, '')]));

/** «تأجيل زيارة الرئيس إلى برلين، والتي كانت مقررة يومي الاثنين والثلاثاء»: a date a relative clause gives a plan is the plan's. */
function datesWhatWasPlanned(f: string, seg: Segmentation, d: DatePhrase): boolean {
  const cl = seg.clauseAt(d.start);
  if (!cl || cl.startKind !== 'sub' || !RELATIVE_PRONOUNS.has(nextToken(f, cl.start)?.replace(/^و/, '') ?? '')) return false;
  return f.slice(cl.start, d.start).split(/[^\p{L}]+/u).some((w) => PLANNED.has(w));
}

const DOCUMENT_DATED = new Set(functionWords.documentDated.words);
const DOCUMENT_DATE_BETWEEN = new Set(functionWords.documentDated.between);

/** «وعلى الأمر الأميري الصادر بتاريخ 10 مايو 2024»: a date that qualifies a document cited, not the story's news. */
function datesADocument(f: string, d: Span): boolean {
  let before = previousWord(f, d.start);
  if (before && DOCUMENT_DATE_BETWEEN.has(before.word)) before = previousWord(f, before.start);
  return before !== null && DOCUMENT_DATED.has(before.word);
}

const NOW_ADVERBS = new Set(functionWords.nowAdverbs.words);
const saysNow = (f: string, s: Span) => f.slice(s.start, s.end).split(/[^\p{L}]+/u).some((w) => NOW_ADVERBS.has(w.replace(/^[وف]/, '')));

/** How many days before publication a dateline may date the story it opens (a wire story a site carries the next days). */
const DATELINE_LAG_DAYS = 7;

/**
 * «بكين 9 أكتوبر 2018 / أجرى الرئيس …» on a page published the next day: the dateline that opens the story, on a line of
 * its own or before its first words, is the day the story tells, when the lead names none.
 */
function datelineDate(story: Segmentation['sentences'], phrases: DatePhrase[], publication: EventDate | null): EventDate | null {
  const first = story[0];
  if (!first || !publication) return null;
  const earliest = iso((parseIso(publication.start) ?? 0) - DATELINE_LAG_DAYS);
  const d = phrases.filter((x) => x.furniture && x.start < first.end && x.date?.precision === 'day' && x.date.start <= publication.end && x.date.start >= earliest).pop();
  return d ? { ...d.date!, ...explained({ id: 'dateline', reason: reasonOf(d.date!) }) } : null;
}

function safePublication(p: NonNullable<ArticleInput['published']>): EventDate | null {
  try { return publicationDate(p); } catch { return null; }
}

const NOT_BEFORE_NEGATIONS = new Set(functionWords.notBefore.negations);
/** «القمة لن تكون قبل شهر رمضان»: a date after «قبل» that a negation a few words back denies bounds the event, not dates it. */
function notBefore(f: string, d: Span): boolean {
  if (!f.startsWith(functionWords.notBefore.before, d.start)) return false;
  let at = d.start;
  for (let i = 0; i <= functionWords.notBefore.reach; i++) {
    const w = previousWord(f, at);
    if (!w) return false;
    if (NOT_BEFORE_NEGATIONS.has(w.word.replace(/^[وف]/, ''))) return true;
    at = w.start;
  }
  return false;
}

/** How many words a relative clause about a date («شهر رمضان الذي سيحل في أبريل») may hold before its own date. */
const DATE_RELATIVE_REACH = 6;
/** «قبل شهر رمضان الذي سيحل على الأمة في أبريل المقبل»: a date in a relative clause about another date tells when that one falls. */
function describesADate(f: string, phrases: DatePhrase[], d: Span): boolean {
  const described = phrases.filter((p) => p.end <= d.start).pop();
  if (!described) return false;
  const between = f.slice(described.end, d.start).split(/[^\p{L}]+/u).filter(Boolean);
  return between.length > 0 && between.length <= DATE_RELATIVE_REACH && RELATIVE_PRONOUNS.has(between[0]!) && !/[.،,؛\n]/.test(f.slice(described.end, d.start));
}
