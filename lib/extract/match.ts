/**
 * One pass over the folded text with a character trie of every lexicon phrase. Handles the clitics Arabic glues to
 * words (و/ف, ب/ل/ك, ال, لل, the future س), pronoun suffixes, spaces that went missing inside multi-word names
 * (الأممالمتحدة) and names glued with و (الجزائروموسكو).
 */
import functionWords from './lexicon/function-words.json';
import { getLexicon, type LexEntry } from './lexicon';

interface Output { entry: LexEntry; needSuffix: boolean; allowSuffix: boolean }

/**
 * The lexicon phrases as a flat character trie: every word start of every article walks it, so a step is two typed-array
 * reads rather than a Map lookup. Node 0 is the root; the child of node n by code unit c is children[n * width + column[c]],
 * 0 when there is none (the root is nobody's child). Column 0 stands for the code units no phrase contains.
 */
interface Trie {
  column: Uint16Array;
  width: number;
  children: Int32Array;
  outputs: Array<Output[] | null>;
  /** The column of the space (0 when no phrase has one): tried at every step of a walk. */
  spaceColumn: number;
  /** Length of the longest phrase: bounds the depth of a walk. */
  maxLength: number;
}

export interface LexMatch {
  /** Folded offsets: the word start (clitics included) and the end (suffix included). */
  start: number;
  coreStart: number;
  end: number;
  entries: LexEntry[];
  future: boolean;
  suffix: string;
}

const SPACE = 32;
const SUFFIXES = functionWords.pronounSuffixes.words;
const VERBAL_ONLY = new Set(functionWords.pronounSuffixes.verbalOnly);

export function isWordCode(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function buildTrie(): Trie {
  const entries = getLexicon().entries;
  const column = new Uint16Array(0x10000);
  let width = 1;
  let maxLength = 0;
  let totalLength = 0;
  for (const { pattern } of entries) {
    maxLength = Math.max(maxLength, pattern.length);
    totalLength += pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (column[c] === 0) column[c] = width++;
    }
  }
  const children = new Int32Array((totalLength + 1) * width);
  const outputs: Array<Output[] | null> = [null];
  for (const e of entries) {
    let n = 0;
    for (let i = 0; i < e.pattern.length; i++) {
      const cell = n * width + column[e.pattern.charCodeAt(i)]!;
      if (children[cell] === 0) {
        children[cell] = outputs.length;
        outputs.push(null);
      }
      n = children[cell]!;
    }
    (outputs[n] ??= []).push({ entry: e.entry, needSuffix: e.needSuffix, allowSuffix: e.allowSuffix });
  }
  return { column, width, children: children.slice(0, outputs.length * width), outputs, spaceColumn: column[SPACE]!, maxLength };
}

let trie: Trie | null = null;
function getTrie(): Trie {
  return (trie ??= buildTrie());
}

function child(t: Trie, node: number, code: number): number {
  return t.children[node * t.width + t.column[code]!]!;
}

const C_WAW = 'و'.charCodeAt(0), C_FA = 'ف'.charCodeAt(0), C_BA = 'ب'.charCodeAt(0), C_KAF = 'ك'.charCodeAt(0);
const C_LAM = 'ل'.charCodeAt(0), C_ALEF = 'ا'.charCodeAt(0), C_SIN = 'س'.charCodeAt(0);
const C_YA = 'ي'.charCodeAt(0), C_TA = 'ت'.charCodeAt(0), C_NUN = 'ن'.charCodeAt(0);

const F_CONJ = 1, F_PREP = 2, F_ARTICLE = 4, F_FUTURE = 8;

function allowed(e: LexEntry, flags: number): boolean {
  const future = (flags & F_FUTURE) !== 0;
  switch (e.kind) {
    case 'trigger':
      if (e.pos === 'noun') return !future;
      if (flags & (F_PREP | F_ARTICLE)) return false;
      return future ? e.pos === 'imperfect' : true;
    case 'speech': case 'clauseVerb': return (flags & (F_PREP | F_ARTICLE | F_FUTURE)) === 0;
    case 'cue': return (flags & F_ARTICLE) === 0 && (!future || e.imperfect);
    case 'marker': return (flags & (F_FUTURE | F_ARTICLE)) === 0;
    // «الأركان العامة التركية»: a country's name written without the article and read with one is its adjective
    // («تركية», Türkiye, beside «التركية», Turkish), not the country; a city's is another word («السيول», floods, beside
    // «سيول», Seoul): names that take the article are written with it.
    case 'entity': return !future && !((e.entityKind === 'country' || e.entityKind === 'city') && (flags & F_ARTICLE) !== 0);
    default: return !future;
  }
}

function suffixAt(text: string, e: number): string | null {
  for (const s of SUFFIXES) {
    if (text.startsWith(s, e) && !isWordCode(text.charCodeAt(e + s.length) || 0)) return s;
  }
  return null;
}

/** Where a lexicon word may start after the clitics of one word start: at most four places, with and without و/ف. */
const MAX_CANDIDATES = 8;
/** The glued-name lookahead (الجزائروموسكو) looks this many names ahead. */
const MAX_GLUED = 2;

/**
 * Reused buffers of one level of bestAt, so that the hot path allocates nothing: the candidate starts (position, trie
 * node, clitic flags) and the stack of the walk. The glued-name lookahead runs one level deeper, on its own buffers.
 */
interface Scratch {
  count: number;
  candPos: Int32Array;
  candNode: Int32Array;
  candFlags: Int32Array;
  stackNode: Int32Array;
  stackPos: Int32Array;
  /** 1 where the walk went on past a space the text left out (glued words). */
  stackGlued: Uint8Array;
}

let scratch: Scratch[] | null = null;
function getScratch(depth: number): Scratch {
  // The stack holds the start and space alternatives, deeper in the trie from bottom to top: one per level at most.
  const stackSize = getTrie().maxLength + 1;
  scratch ??= Array.from({ length: MAX_GLUED + 1 }, () => ({
    count: 0,
    candPos: new Int32Array(MAX_CANDIDATES), candNode: new Int32Array(MAX_CANDIDATES), candFlags: new Int32Array(MAX_CANDIDATES),
    stackNode: new Int32Array(stackSize), stackPos: new Int32Array(stackSize), stackGlued: new Uint8Array(stackSize),
  }));
  return scratch[depth]!;
}

function pushCandidate(sc: Scratch, t: Trie, text: string, pos: number, node: number, flags: number): void {
  if (pos >= text.length || child(t, node, text.charCodeAt(pos)) === 0 || sc.count >= MAX_CANDIDATES) return;
  sc.candPos[sc.count] = pos;
  sc.candNode[sc.count] = node;
  sc.candFlags[sc.count] = flags;
  sc.count++;
}

/** Where a lexicon word may start after the clitics at `pos`: bare, after ال, after ب/ك/ل (+ال), after the future س. */
function pushClitics(sc: Scratch, t: Trie, text: string, pos: number, conj: number): void {
  const c = text.charCodeAt(pos);
  pushCandidate(sc, t, text, pos, 0, conj);
  if (c === C_ALEF && text.charCodeAt(pos + 1) === C_LAM) pushCandidate(sc, t, text, pos + 2, 0, conj | F_ARTICLE);
  if (c === C_BA || c === C_KAF || c === C_LAM) {
    pushCandidate(sc, t, text, pos + 1, 0, conj | F_PREP);
    if (text.charCodeAt(pos + 1) === C_ALEF && text.charCodeAt(pos + 2) === C_LAM) pushCandidate(sc, t, text, pos + 3, 0, conj | F_PREP | F_ARTICLE);
    if (c === C_LAM && text.charCodeAt(pos + 1) === C_LAM) {
      // «للقمة»: ل + a lexicon form written with its article, whose alef the preposition elides; «للاجتماع»: ل + the
      // article + a bare form.
      const alef = child(t, 0, C_ALEF);
      if (alef !== 0) pushCandidate(sc, t, text, pos + 1, alef, conj | F_PREP);
      pushCandidate(sc, t, text, pos + 2, 0, conj | F_PREP | F_ARTICLE);
    }
  }
  if (c === C_SIN) {
    const d = text.charCodeAt(pos + 1);
    if (d === C_YA || d === C_TA || d === C_NUN || d === C_ALEF) pushCandidate(sc, t, text, pos + 1, 0, conj | F_FUTURE);
  }
}

/** What a word ending at one trie node may be: its entries, and the pronoun suffix taken after it ('' when none or glued). */
interface Reading { entries: LexEntry[]; suffix: string }

/** The entries of a trie node that a word ending at i may be. */
function entriesEndingAt(text: string, outs: Output[], i: number, flags: number, depth: number): Reading | null {
  const endCode = text.charCodeAt(i) || 0;
  const atBoundary = !isWordCode(endCode);
  let suffix: string | null | undefined;
  let taken: string | null = null;
  let gluedNext: boolean | undefined;
  let glued = false;
  let ok: LexEntry[] | null = null;
  for (const o of outs) {
    if (!allowed(o.entry, flags)) continue;
    if (atBoundary && !o.needSuffix) { (ok ??= []).push(o.entry); continue; }
    if (!atBoundary && o.allowSuffix) {
      if (suffix === undefined) suffix = suffixAt(text, i);
      if (suffix !== null && !(o.entry.kind === 'trigger' && o.entry.pos === 'noun' && VERBAL_ONLY.has(suffix))) { taken = suffix; (ok ??= []).push(o.entry); continue; }
    }
    if (!atBoundary && !o.needSuffix && endCode === C_WAW && depth < MAX_GLUED && (o.entry.kind === 'entity' || o.entry.kind === 'person')) {
      if (gluedNext === undefined) gluedNext = bestAt(text, i + 1, depth + 1) !== null;
      if (gluedNext) { glued = true; (ok ??= []).push(o.entry); }
    }
  }
  return ok ? { entries: ok, suffix: taken !== null && !glued ? taken : '' } : null;
}

/** «بحث» (discussed) is a word of its own, not ب + «حث» (urging): a reading that starts later, past a clitic, keeps no cue. */
const namesAnEvent = (entries: LexEntry[]) => entries.some((e) => e.kind === 'trigger');

/**
 * The best match so far after a reading of the word from `coreStart` to `end`: the longer one; at equal ends the one whose
 * core starts first, with the entries of both (and the future prefix of either).
 */
function keepBest(best: LexMatch | null, start: number, coreStart: number, end: number, found: Reading, future: boolean): LexMatch {
  const ok = found.entries;
  if (!best || end > best.end || (end === best.end && coreStart < best.coreStart)) {
    const prev = best && end === best.end ? best : null;
    const entries = prev ? ok.concat(prev.entries.filter((x) => !ok.includes(x) && !(x.kind === 'cue' && namesAnEvent(ok)))) : ok;
    return { start, coreStart, end, entries, future: future || (prev?.future ?? false), suffix: found.suffix };
  }
  if (end === best.end) {
    for (const x of ok) if (!best.entries.includes(x) && !(x.kind === 'cue' && namesAnEvent(best.entries))) best.entries.push(x);
    if (future) best.future = true;
  }
  return best;
}

/** Longest lexicon match starting at word start s, or null. */
function bestAt(text: string, s: number, depth: number): LexMatch | null {
  const t = getTrie();
  const sc = getScratch(depth);
  const { stackNode, stackPos, stackGlued } = sc;
  sc.count = 0;
  const c0 = text.charCodeAt(s);
  pushClitics(sc, t, text, s, 0);
  if (c0 === C_WAW || c0 === C_FA) pushClitics(sc, t, text, s + 1, F_CONJ);
  let best: LexMatch | null = null;
  let bestGlued = false;
  for (let ci = 0; ci < sc.count; ci++) {
    const kpos = sc.candPos[ci]!, kflags = sc.candFlags[ci]!;
    // Depth-first over the trie; a space in a pattern matches one or more spaces, or none (glued words). The walk follows
    // the letters as far as they go, leaving the space alternatives on the stack for after (the deepest first).
    stackNode[0] = sc.candNode[ci]!; stackPos[0] = kpos; stackGlued[0] = 0;
    let top = 1;
    while (top > 0) {
      top--;
      let node = stackNode[top]!;
      let i = stackPos[top]!;
      const glued = stackGlued[top] === 1;
      for (;;) {
        const outs = t.outputs[node] ?? null;
        if (outs !== null && i > kpos) {
          const found = entriesEndingAt(text, outs, i, kflags, depth);
          // «سوتشي» is Sochi, not «سو تشي» (Suu Kyi) with its space left out: over the same span, the words as
          // written win over a reading that supposes a missing space.
          const sameSpan = found !== null && best !== null && i + found.suffix.length === best.end;
          if (found && !(sameSpan && glued && !bestGlued)) {
            if (sameSpan && !glued && bestGlued) best = null;
            const before: LexMatch | null = best;
            best = keepBest(best, s, kpos, i + found.suffix.length, found, (kflags & F_FUTURE) !== 0);
            if (best !== before) bestGlued = glued;
          }
        }
        if (i >= text.length) break;
        const code = text.charCodeAt(i);
        const sp = t.children[node * t.width + t.spaceColumn]!;
        if (sp !== 0) {
          if (code === SPACE) {
            let j = i;
            while (text.charCodeAt(j) === SPACE) j++;
            stackNode[top] = sp; stackPos[top] = j; stackGlued[top] = glued ? 1 : 0; top++;
            // «الاجتماع الوزاري» for «اجتماع وزاري», «أوراق الاعتماد» for «أوراق اعتماد»: a later word of a phrase takes
            // the article when the phrase is definite (an adjective agreeing with its noun, the second term of a construct).
            if (text.charCodeAt(j) === C_ALEF && text.charCodeAt(j + 1) === C_LAM) { stackNode[top] = sp; stackPos[top] = j + 2; stackGlued[top] = glued ? 1 : 0; top++; }
          } else if (isWordCode(code) && isWordCode(text.charCodeAt(i - 1))) {
            stackNode[top] = sp; stackPos[top] = i; stackGlued[top] = 1; top++;
          }
        }
        node = child(t, node, code);
        if (node === 0) break;
        i++;
      }
    }
  }
  return best;
}

/** The match's first entry of a kind (a plain loop: this runs several times per match). */
export function entryOf<K extends LexEntry['kind']>(m: LexMatch | undefined, kind: K): Extract<LexEntry, { kind: K }> | undefined {
  if (m === undefined) return undefined;
  for (const e of m.entries) if (e.kind === kind) return e as Extract<LexEntry, { kind: K }>;
  return undefined;
}

/** All non-overlapping longest matches, left to right. */
export function scanLexicon(text: string): LexMatch[] {
  const out: LexMatch[] = [];
  const len = text.length;
  let i = 0;
  let prevWord = false;
  while (i < len) {
    const code = text.charCodeAt(i);
    const w = isWordCode(code);
    if (w && !prevWord) {
      const m = bestAt(text, i, 0);
      if (m) {
        out.push(m);
        // A name glued to the next with و: resume right after the و.
        if (m.end < len && text.charCodeAt(m.end) === C_WAW && isWordCode(text.charCodeAt(m.end + 1))) {
          i = m.end + 1;
          prevWord = false;
          continue;
        }
        i = m.end;
        prevWord = isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i));
        continue;
      }
    }
    prevWord = w;
    i++;
  }
  return out;
}
