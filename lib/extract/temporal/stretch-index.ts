/**
 * Which anchors occur in which stretch of a text, found in one pass. An anchor is a list of folded words that every
 * match of the patterns it is given to contains (see hit.ts); a space in a word stands for any run of whitespace, as in
 * alt(). All anchors are compiled into one Aho–Corasick automaton with a full transition table, so that the text is
 * read once for all of them rather than once per anchor regex.
 */
import { fold } from './lexicon';

/**
 * Punctuation that no pattern may consume and that every lookaround treats like the start or end of the text: a match
 * never crosses one, so a pattern with an anchor runs only on the stretches between them that contain that anchor.
 */
export const BARRIERS = '.:!?؟؛"';

export interface ScanAnchor {
  /** The anchor's bit in the per-stretch masks. */
  bit: number;
  words: string[];
  /** A word counts only where no letter or digit follows it. */
  wordEnd: boolean;
}

/** The masks are 32-bit integers; the top two bits flag barriers and word-end outputs (see Automaton.found). */
const MAX_ANCHORS = 30;
const ANCHOR_BITS = (1 << MAX_ANCHORS) - 1;
const AT_WORD_END = 1 << 30;
const AT_BARRIER = 1 << 31;
/** Column 0: code units in no word; column 1: whitespace; column 2: barriers. */
const SPACE_COLUMN = 1;
const BARRIER_COLUMN = 2;

const anchors: ScanAnchor[] = [];
/** Built at the first scan, from every anchor registered by then. */
let automaton: Automaton | null = null;

/** Registers an anchor; patterns are compiled at module load, before any text is scanned. */
export function anchor(words: Iterable<string>, options: { wordEnd?: boolean } = {}): ScanAnchor {
  if (anchors.length >= MAX_ANCHORS) throw new Error(`more than ${MAX_ANCHORS} anchors`);
  const list = [...new Set([...words].map(fold).filter((w) => w.length > 0))];
  for (const w of list) if ([...w].some((c) => BARRIERS.includes(c))) throw new Error(`anchor word ${w} contains a barrier`);
  const a: ScanAnchor = { bit: 1 << anchors.length, words: list, wordEnd: options.wordEnd ?? false };
  anchors.push(a);
  automaton = null;
  return a;
}

/**
 * The automaton with every transition resolved, so that reading a code unit is one table read. A space in a word matches
 * a run of whitespace: a state entered by a space stays put on more. A barrier leads from any state to a state of its own
 * that continues like the start.
 */
interface Automaton {
  column: Uint16Array;
  width: number;
  /** next[state * width + column]: the state after reading a code unit of that column. */
  next: Int32Array;
  /**
   * Bits of the anchors a word of which ends in the state, AT_WORD_END when some only count at the end of a word (their
   * bits are in foundAtWordEnd), and AT_BARRIER alone for the barrier state: 0 for most states, so the scan tests one value.
   */
  found: Int32Array;
  foundAtWordEnd: Int32Array;
}

function build(): Automaton {
  const column = new Uint16Array(0x10000);
  // Exactly the code units \s matches, taken from the regex engine itself.
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) column[c] = SPACE_COLUMN;
  for (const c of BARRIERS) column[c.charCodeAt(0)] = BARRIER_COLUMN;
  let width = BARRIER_COLUMN + 1;
  for (const a of anchors) for (const w of a.words) for (let i = 0; i < w.length; i++) if (column[w.charCodeAt(i)] === 0) column[w.charCodeAt(i)] = width++;

  const children: Array<Map<number, number>> = [new Map()];
  const found: number[] = [0];
  const foundAtWordEnd: number[] = [0];
  for (const a of anchors) {
    for (const w of a.words) {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const col = column[w.charCodeAt(i)]!;
        let t = children[s]!.get(col);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          found.push(0);
          foundAtWordEnd.push(0);
          children[s]!.set(col, t);
        }
        s = t;
      }
      if (a.wordEnd) foundAtWordEnd[s]! |= a.bit;
      else found[s]! |= a.bit;
    }
  }

  const states = children.length + 1;
  const barrierState = children.length;
  const next = new Int32Array(states * width);
  const fail = new Int32Array(states);
  // Breadth first: a state's failure state is complete before the state itself.
  const queue: number[] = [];
  for (const [col, t] of children[0]!) { next[col] = t; queue.push(t); }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    found[s]! |= found[fail[s]!]!;
    foundAtWordEnd[s]! |= foundAtWordEnd[fail[s]!]!;
    for (let col = 0; col < width; col++) {
      const t = children[s]!.get(col);
      if (t === undefined) {
        next[s * width + col] = next[fail[s]! * width + col]!;
      } else {
        next[s * width + col] = t;
        fail[t] = next[fail[s]! * width + col]!;
        queue.push(t);
      }
    }
  }
  // More whitespace after the space of a word keeps the state: the space stands for a whole run. (Words hold single
  // spaces, so no state entered by a space has a space child of its own.)
  for (const row of children) for (const [col, t] of row) if (col === SPACE_COLUMN) next[t * width + SPACE_COLUMN] = t;
  // A barrier ends every word: from any state it leads to the barrier state, which goes on like the start.
  next.copyWithin(barrierState * width, 0, width);
  for (let s = 0; s < states; s++) next[s * width + BARRIER_COLUMN] = barrierState;
  const flags = found.map((bits, s) => bits | (foundAtWordEnd[s] !== 0 ? AT_WORD_END : 0));
  flags.push(AT_BARRIER);
  foundAtWordEnd.push(0);
  return { column, width, next, found: Int32Array.from(flags), foundAtWordEnd: Int32Array.from(foundAtWordEnd) };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** The stretches [start, end) between barriers that contain at least one anchor, as flat pairs, and which anchors each contains. */
export interface StretchIndex {
  pairs: Int32Array;
  masks: Int32Array;
}

export function indexStretches(text: string): StretchIndex {
  const { column, width, next, found, foundAtWordEnd } = (automaton ??= build());
  const pairs: number[] = [];
  const masks: number[] = [];
  let state = 0, mask = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    state = next[state * width + column[text.charCodeAt(i)]!]!;
    const bits = found[state]!;
    if (bits === 0) continue;
    if (bits === AT_BARRIER) {
      if (mask !== 0) { pairs.push(start, i); masks.push(mask); }
      mask = 0; start = i + 1;
      continue;
    }
    mask |= bits & ANCHOR_BITS;
    if ((bits & AT_WORD_END) !== 0) {
      LETTER_OR_DIGIT.lastIndex = i + 1;
      if (!LETTER_OR_DIGIT.test(text)) mask |= foundAtWordEnd[state]!;
    }
  }
  if (mask !== 0) { pairs.push(start, text.length); masks.push(mask); }
  return { pairs: Int32Array.from(pairs), masks: Int32Array.from(masks) };
}
