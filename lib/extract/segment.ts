/**
 * Sentences, clauses and clause groups over the folded text (offsets are folded; map with toOriginalSpan).
 * A clause group is the stretch of a sentence that shares one time: clauses joined by commas or subordinators
 * (حيث، عندما، الذي…). A new group starts at a complementiser (أن/إن), a colon, a quotation opened by a speech verb
 * («قال الوزير "…"»; quotation marks around a phrase, «ناقشا "الصراع"», are not a boundary), a contrastive («في حين»,
 * «بينما»), or a comma followed by a new
 * main verb with و (، وكانت…). A main verb with و and no comma («بزيارة للصين وسيحضر الاجتماع») opens a clause of the
 * same group.
 */
import functionWords from './lexicon/function-words.json';
import { isWordCode } from './match';
import { nextWord, wordsIn } from './spans';

/** 'during': a verb that happened during the event named before it («زيارة رسمية عقد خلالها مباحثات»). */
export type ClauseStart = 'sentence' | 'punct' | 'sub' | 'comp' | 'quote' | 'hard' | 'during';

export interface Sentence { start: number; end: number; headline: boolean; index: number }
export interface Clause { start: number; end: number; sentence: number; group: number; startKind: ClauseStart; index: number }
export interface Segmentation { sentences: Sentence[]; clauses: Clause[]; clauseAt: (pos: number) => Clause | null }

/** The first clause of a clause's group. */
export function groupHead(seg: Segmentation, cl: { index: number; group: number }): Clause {
  let i = cl.index;
  while (i > 0 && seg.clauses[i - 1]!.group === cl.group) i--;
  return seg.clauses[i]!;
}

const COMP = new Set(functionWords.complementizers.words);
const TIME_BEFORE_THAT = new Set(['قبل', 'بعد', 'عقب', 'وقبل', 'وبعد', 'ومنذ', 'منذ']);
const SUB = new Set(functionWords.subordinators.words);
/**
 * Length, first and last letter (low bytes) of every complementiser and subordinator: most words of a text match none,
 * and are then not sliced out to be looked up.
 */
const shapeKey = (length: number, first: number, last: number): number => (length << 16) | ((first & 0xff) << 8) | (last & 0xff);
const SPLITTER_SHAPES = new Set([...COMP, ...SUB].map((w) => shapeKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))));

// Code units of the punctuation and letters the segmenter looks at.
const NL = 10, CR = 13, SPACE = 32, QUOTE = 34, APOSTROPHE = 39, COMMA = 44, DOT = 46, COLON = 58, SEMICOLON = 59, OPEN_PAREN = 40, CLOSE_PAREN = 41;
const HYPHEN = 45, EXCLAMATION = 33, QUESTION = 63, AR_COMMA = 0x060c, AR_SEMICOLON = 0x061b, AR_QUESTION = 0x061f, ELLIPSIS = 0x2026, MIDDLE_DOT = 0x00b7, BULLET = 0x2022;
const C_WAW = 0x0648, C_FA = 0x0641;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isArabicLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a;
/** Words that open a line going on with the story («ويذكر أن …», «كما تم …»): no headline starts so. */
const PROSE_OPENERS = new Set(functionWords.proseOpeners.words);
/** A line ending in one of these goes on in prose («… لدى الجزائر،»): it is no headline. */
const ENDS_PROSE = new Set([DOT, COLON, COMMA, AR_COMMA]);
/** How long a line without a full stop may be and still be a headline. */
const HEADLINE_MAX = 160;
/**
 * The article's first line, set apart by an empty line, may be longer: agencies of the Gulf title a story with all of
 * its people's offices («وزير الخارجية الأمريكي ماركو روبيو يستقبل النائب الأول لرئيس مجلس الوزراء ووزير الداخلية …»).
 */
const FIRST_HEADLINE_MAX = 240;
/** The longest a line from `a` to `b` may be for a headline: longer for the text's first line before an empty line. */
function headlineMax(text: string, a: number, b: number): number {
  const textStart = /\S/.exec(text)?.index ?? 0;
  return a <= textStart && /^\r?\n\s*\n/.test(text.slice(b, b + 4)) ? FIRST_HEADLINE_MAX : HEADLINE_MAX;
}

/** The characters that may end a sentence (isSentenceEnd decides): the scan jumps from one to the next. */
const END_MARK = /[\n.!?\u061f\u2026\u00b7\u2022]/g;

const LETTER = /\p{L}/u;

export function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === NL) return true;
  // «… بين الكويت وباكستان · وقال الصباح …»: some wires set sentences apart by a middle dot or a bullet between spaces.
  if (c === MIDDLE_DOT || c === BULLET) return text.charCodeAt(i - 1) === SPACE && (text.charCodeAt(i + 1) === SPACE || Number.isNaN(text.charCodeAt(i + 1)));
  if (c === DOT || c === EXCLAMATION || c === QUESTION || c === AR_QUESTION || c === ELLIPSIS) {
    const next = text.charCodeAt(i + 1);
    if (Number.isNaN(next)) return true;
    if (c === DOT && isDigit(next) && i > 0 && isDigit(text.charCodeAt(i - 1))) return false;
    // «أ. ف. ب», «د. محمد»: a full stop after a lone letter marks an initial, not the end of a sentence.
    if (c === DOT && i > 0 && LETTER.test(text[i - 1]!) && (i === 1 || !isWordCode(text.charCodeAt(i - 2)))) return false;
    // «فقط».(أبوظبي - د ب أ)»: an agency's dateline in brackets right after the stop is not part of the sentence.
    if (next === SPACE || next === NL || next === CR || next === QUOTE || next === APOSTROPHE || next === OPEN_PAREN) return true;
    // «في مختلف المجالات.ووصل اليوم»: pages whose space after the stop was lost still end a sentence there, between a
    // word (or a closing quote) and a word of two letters or more.
    const prev = text.charCodeAt(i - 1);
    const afterWord = (isWordCode(prev) && isWordCode(text.charCodeAt(i - 2))) || prev === QUOTE || prev === CLOSE_PAREN;
    return c === DOT && afterWord && isArabicLetter(next) && isArabicLetter(text.charCodeAt(i + 2));
  }
  return false;
}

const CONTRASTIVES = new Set(functionWords.contrastives.words);
const DURING_WHICH = new Set(functionWords.duringWhich.words);
const LIST_OPENERS = new Set(functionWords.listOpeners.words);
const DURING_VERBS = new Set(functionWords.duringWhich.verbs);
/** «خلالها» right after a word, or after «في» («يجتمع في خلالها بنظيره»). */
function duringWhichAt(text: string, at: number): boolean {
  const w = nextWord(text, at);
  return w !== null && (DURING_WHICH.has(w.word) || (w.word === 'في' && DURING_WHICH.has(nextWord(text, w.end)?.word ?? '')));
}

/** Whether the subordinator text[i, j) (after the word at `previous`) is a contrastive («بينما», «في حين»), bare or after و. */
function isContrastive(text: string, previous: number, i: number, j: number): boolean {
  const word = text.slice(i, j);
  const bare = word.startsWith('و') ? word.slice(1) : word;
  return CONTRASTIVES.has(bare) || CONTRASTIVES.has(`${text.slice(previous, i).trim()} ${word}`);
}

/** The most words a dateline holds before its colon («عمان - بترا:», «سكوبيا (ومع):»). */
const DATELINE_WORDS = 3;

/** Whether nothing but spaces and marks stands between the line's start and position at. */
function opensALine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && text.charCodeAt(k) !== NL; k--) if (isWordCode(text.charCodeAt(k))) return false;
  return true;
}

/** Spaces, quotes and colons after a colon or quote: the next clause starts after them. */
const isQuoteRun = (c: number): boolean => c === SPACE || c === QUOTE || c === APOSTROPHE || c === COLON;

/** Whether text[i, j) may be a complementiser or subordinator, bare or after a glued و/ف (false: certainly not). */
function maybeSplitter(text: string, i: number, j: number, conj: boolean): boolean {
  const last = text.charCodeAt(j - 1);
  return SPLITTER_SHAPES.has(shapeKey(j - i, text.charCodeAt(i), last)) || (conj && j - i > 2 && SPLITTER_SHAPES.has(shapeKey(j - i - 1, text.charCodeAt(i + 1), last)));
}

/** A word that opens a clause: a complementiser (أن) or a subordinator (حيث، الذي…), with or without a glued و/ف. */
function splitterKind(tok: string, conj: boolean): 'comp' | 'sub' | null {
  const bare = tok.length > 2 && conj ? tok.slice(1) : tok;
  if (COMP.has(tok) || COMP.has(bare)) return 'comp';
  if (SUB.has(tok) || SUB.has(bare)) return 'sub';
  return null;
}

/**
 * A short line that ends without a full stop is a headline, whatever splits it: «قادة الخليج يوقعون البيان الختامي
 * لقمة العلا.. تفاصيل» is one headline of two sentences.
 */
/**
 * Prose cut short is not a headline: a line of clauses strung on commas («ويوم الإثنين الماضي، التقى الدبيبة السفير،
 * غوفين بيغيتش، حيث ناقشا…»), one that opens with «و»/«ف» and a verb («والتقى أكار في مقديشو مع الرئيس…») or with a
 * word that goes on with the story («كما تم توجيه الدعوة …»), which continues a story where a headline starts one.
 */
function continuesProse(text: string, a: number, b: number, clauseVerb: (start: number, end: number) => boolean): boolean {
  if (text.slice(a, b).split('،').length > 2) return true;
  let e = a;
  while (e < b && isWordCode(text.charCodeAt(e))) e++;
  if (PROSE_OPENERS.has(text.slice(a, e))) return true;
  const first = text.charCodeAt(a);
  if (first !== C_WAW && first !== C_FA) return false;
  return clauseVerb(a, e);
}

function markHeadlineLines(text: string, sentences: Sentence[], clauseVerb: (start: number, end: number) => boolean): void {
  let k = 0;
  for (let lineStart = 0; lineStart < text.length && k < sentences.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = k;
    while (k < sentences.length && sentences[k]!.start < lineEnd) k++;
    const trimmed = text.slice(lineStart, lineEnd).trimEnd();
    const last = trimmed.charCodeAt(trimmed.length - 1);
    // A full stop inside the line («… شكري. (3)») makes it prose; «..» does not, and a question after it is the
    // headline's teaser («تزور الجزائر بعد شهر رمضان.. ما السبب؟»).
    const teaser = /\.\.\s/.test(trimmed);
    const isHeadline = k - first > 1 && trimmed.length < headlineMax(text, lineStart, lineStart + trimmed.length) && !ENDS_PROSE.has(last) && (last !== AR_QUESTION || teaser) && !/[^.]\.\s/.test(trimmed) && !continuesProse(text, sentences[first]!.start, sentences[k - 1]!.end, clauseVerb);
    if (isHeadline) for (let i = first; i < k; i++) sentences[i]!.headline = true;
    lineStart = lineEnd + 1;
  }
}

/**
 * `clauseVerb` tells where a verb opens a clause, `speechVerb` where a verb of speech stands, and `rootLetterAt` where a
 * word's first و or ف is a letter of its verb («وقّعتا», «وصل»), not the conjunction «و» joining a clause («ووقّع»);
 * `inAName` where a word opens or continues a person's name («مون جيه إن» ends on a word like «إن»).
 */
export function segment(text: string, clauseVerb: (start: number, end: number) => boolean, speechVerb: (start: number) => boolean = () => false, rootLetterAt: (start: number) => boolean = () => false, inAName: (start: number) => boolean = () => false): Segmentation {
  const sentences: Sentence[] = [];
  let s = 0;
  const pushSentence = (a: number, b: number, lineStart: boolean, lineEndsHere: boolean) => {
    // «#عبدالله_بن_زايد يلتقي وزير خارجية #روسيا في #موسكو، حيث …»: a post quoted on a line of its own, opened by a hashtag,
    // tells the news as a headline does, whatever its length.
    const post = lineStart && /^\s*#\p{L}/u.test(text.slice(a, Math.min(b, a + 8)));
    while (a < b && !isWordCode(text.charCodeAt(a)) && text.charCodeAt(a) !== QUOTE) a++;
    while (b > a && (text.charCodeAt(b - 1) === SPACE || text.charCodeAt(b - 1) === NL || text.charCodeAt(b - 1) === CR)) b--;
    if (b <= a) return;
    const last = text.charCodeAt(b - 1);
    const headline = post || (lineStart && lineEndsHere && b - a < headlineMax(text, a, b) && !ENDS_PROSE.has(last) && last !== AR_QUESTION && !text.slice(a, b).includes('. ') && !continuesProse(text, a, b, clauseVerb));
    sentences.push({ start: a, end: b, headline, index: sentences.length });
  };
  let lineStart = true;
  END_MARK.lastIndex = 0;
  for (let m = END_MARK.exec(text); m !== null; m = END_MARK.exec(text)) {
    const i = m.index;
    if (isSentenceEnd(text, i)) {
      const atNewline = text.charCodeAt(i) === NL;
      const endsLine = atNewline || i + 1 >= text.length || text.charCodeAt(i + 1) === NL || text.charCodeAt(i + 1) === CR;
      pushSentence(s, atNewline ? i : i + 1, lineStart, endsLine);
      lineStart = endsLine;
      s = i + 1;
    }
  }
  pushSentence(s, text.length, lineStart, true);
  markHeadlineLines(text, sentences, clauseVerb);

  const clauses: Clause[] = [];
  let group = 0;
  for (const sent of sentences) {
    let cStart = sent.start;
    let kind: ClauseStart = 'sentence';
    const close = (end: number, nextKind: ClauseStart, nextStart: number) => {
      if (end > cStart) {
        clauses.push({ start: cStart, end, sentence: sent.index, group, startKind: kind, index: clauses.length });
      }
      if (nextKind === 'comp' || nextKind === 'quote' || nextKind === 'hard') group++;
      cStart = nextStart;
      kind = nextKind;
    };
    let i = sent.start;
    let afterPunct = false;
    /** Where the last speech verb of the sentence starts: a quotation in its clause is what was said. */
    let speechSince = -1;
    let lastWordStart = sent.start;
    while (i < sent.end) {
      const code = text.charCodeAt(i);
      if (code === AR_COMMA || code === COMMA || code === SEMICOLON || code === AR_SEMICOLON) { afterPunct = true; i++; continue; }
      if (code === COLON || code === QUOTE || code === APOSTROPHE) {
        let j = i + 1;
        while (j < sent.end && isQuoteRun(text.charCodeAt(j))) j++;
        // «أعلن ‘خوسيه مانويل ألباريس’ وزير …»: quotes around a name the lexicon knows set off the name, not what was said.
        const aroundAName = code !== COLON && (inAName(j) || (i > 0 && inAName(i - 1)));
        // «سكوبيا (ومع): استقبلت …»: a colon after the first words of a line of the story, where no speech verb has been, ends
        // its dateline; in a headline («هاتف نظيره عطاف: وزير الخارجية الفرنسي مرتقب …») it sets off what follows.
        const endsDateline = !sent.headline && text.slice(i, j).includes(':') && speechSince < sent.start && wordsIn(text, sent.start, i) <= DATELINE_WORDS && opensALine(text, sent.start);
        // «التقى خلالها كلا من: نظيره …»: a colon after words that open a list sets the list off, in the same clause.
        const wordsBefore = text.slice(cStart, i).trim().split(/\s+/);
        const opensAList = code === COLON && [wordsBefore.slice(-2).join(' '), wordsBefore.at(-1) ?? ''].some((w) => LIST_OPENERS.has(w.replace(/^و/, '')));
        const opensReport = !endsDateline && !opensAList && (code === COLON || text.slice(i, j).includes(':') || (speechSince >= cStart && !aroundAName));
        if (opensReport && j < sent.end && j - sent.start > 1) close(i, 'quote', j);
        i = j; if (opensReport) afterPunct = false; continue;
      }
      if (isWordCode(code) && !isWordCode(text.charCodeAt(i - 1))) {
        let j = i;
        while (j < sent.end && isWordCode(text.charCodeAt(j))) j++;
        if (i > cStart) {
          const conj = (text.charCodeAt(i) === C_WAW || text.charCodeAt(i) === C_FA) && !rootLetterAt(i);
          // «مون جيه-إن»: a word joined by a hyphen is part of a name, not a word that opens a clause; nor is the first
          // word of a known name («وزيرة خارجية السويد آن ليندي», written «أن ليندى»).
          let splitter = text.charCodeAt(i - 1) !== HYPHEN && !inAName(i) && maybeSplitter(text, i, j, conj) ? splitterKind(text.slice(i, j), conj) : null;
          // «قبل أن يعقد الرئيسان …», «بعد أن وصل»: a clause of the same time, not a report.
          if (splitter === 'comp' && TIME_BEFORE_THAT.has(text.slice(lastWordStart, i).trim())) splitter = 'sub';
          // «في حين», «بينما»: another happening beside the one before, with a time of its own.
          if (splitter === 'sub' && isContrastive(text, lastWordStart, i, j)) close(i, 'hard', i);
          else if (splitter !== null) close(i, splitter, i);
          // «زيارة رسمية عقد خلالها مباحثات مع …»: a verb that happened during the event named before is a clause of its own.
          else if (!conj && duringWhichAt(text, j) && (clauseVerb(i, j) || DURING_VERBS.has(text.slice(i, j)))) close(i, 'during', i);
          // «الذي وصل إلى البلاد»: a verb that begins with و right after the word that opened its clause is that clause's.
          else if (afterPunct && conj && clauseVerb(i, j) && lastWordStart !== cStart) close(i, 'hard', i);
          else if (afterPunct || (conj && clauseVerb(i, j) && lastWordStart !== cStart)) close(i, 'punct', i);
        }
        afterPunct = false;
        if (speechVerb(i)) speechSince = i;
        lastWordStart = i;
        i = j;
        continue;
      }
      i++;
    }
    close(sent.end, 'hard', sent.end);
  }
  const starts = clauses.map((c) => c.start);
  const clauseAt = (pos: number): Clause | null => {
    let lo = 0, hi = starts.length - 1, ans = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid]! <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
    if (ans < 0) return null;
    const c = clauses[ans]!;
    return pos < c.end ? c : null;
  };
  return { sentences, clauses, clauseAt };
}
