/**
 * One pass over the folded text with a character trie of every lexicon phrase. Handles the clitics Arabic glues to
 * words (و/ف, ب/ل/ك, ال, لل, the future س), pronoun suffixes, spaces that went missing inside multi-word names
 * (الأممالمتحدة) and names glued with و (الجزائروموسكو).
 */
import functionWords from './lexicon/function-words.json';
import { getLexicon, type LexEntry } from './lexicon';

interface TrieNode { next: Map<number, TrieNode>; out: Array<{ entry: LexEntry; needSuffix: boolean; allowSuffix: boolean }> | null }

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

export function isWordCode(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

let trie: TrieNode | null = null;
function getTrie(): TrieNode {
  if (trie) return trie;
  const root: TrieNode = { next: new Map(), out: null };
  for (const e of getLexicon().entries) {
    let n = root;
    for (let i = 0; i < e.pattern.length; i++) {
      const c = e.pattern.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) { m = { next: new Map(), out: null }; n.next.set(c, m); }
      n = m;
    }
    (n.out ??= []).push({ entry: e.entry, needSuffix: e.needSuffix, allowSuffix: e.allowSuffix });
  }
  trie = root;
  return root;
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
    case 'cue': case 'marker': return (flags & (F_FUTURE | F_ARTICLE)) === 0;
    default: return !future;
  }
}

function suffixAt(text: string, e: number): string | null {
  for (const s of SUFFIXES) {
    if (text.startsWith(s, e) && !isWordCode(text.charCodeAt(e + s.length) || 0)) return s;
  }
  return null;
}

// Reused buffers: candidate starts and the DFS stack (no per-word allocation on the hot path).
const candPos = new Int32Array(16);
const candFlags = new Int32Array(16);
const candNode: TrieNode[] = new Array(16);
const stackNode: TrieNode[] = [];
const stackPos: number[] = [];

let candCount = 0;

function pushCandidate(text: string, pos: number, node: TrieNode, flags: number): void {
  if (!node.next.has(text.charCodeAt(pos)) || candCount >= candPos.length) return;
  candPos[candCount] = pos;
  candNode[candCount] = node;
  candFlags[candCount] = flags;
  candCount++;
}

/** Where a lexicon word may start after the clitics at `pos`: bare, after ال, after ب/ك/ل (+ال), after the future س. */
function pushClitics(text: string, root: TrieNode, pos: number, conj: number): void {
  const c = text.charCodeAt(pos);
  pushCandidate(text, pos, root, conj);
  if (c === C_ALEF && text.charCodeAt(pos + 1) === C_LAM) pushCandidate(text, pos + 2, root, conj | F_ARTICLE);
  if (c === C_BA || c === C_KAF || c === C_LAM) {
    pushCandidate(text, pos + 1, root, conj | F_PREP);
    if (text.charCodeAt(pos + 1) === C_ALEF && text.charCodeAt(pos + 2) === C_LAM) pushCandidate(text, pos + 3, root, conj | F_PREP | F_ARTICLE);
    if (c === C_LAM && text.charCodeAt(pos + 1) === C_LAM) {
      const alef = root.next.get(C_ALEF);
      if (alef) pushCandidate(text, pos + 1, alef, conj | F_PREP);
    }
  }
  if (c === C_SIN) {
    const d = text.charCodeAt(pos + 1);
    if (d === C_YA || d === C_TA || d === C_NUN || d === C_ALEF) pushCandidate(text, pos + 1, root, conj | F_FUTURE);
  }
}

/** Longest lexicon match starting at word start s, or null. */
function bestAt(text: string, s: number, depth: number): LexMatch | null {
  const root = getTrie();
  candCount = 0;
  const c0 = text.charCodeAt(s);
  pushClitics(text, root, s, 0);
  if (c0 === C_WAW || c0 === C_FA) pushClitics(text, root, s + 1, F_CONJ);
  const nc = candCount;
  if (nc === 0) return null;
  // The candidates are copied out: a glued-name lookahead below calls bestAt again and reuses the buffers.
  const starts = Array.from(candPos.subarray(0, nc));
  const flagsOf = Array.from(candFlags.subarray(0, nc));
  const nodes = candNode.slice(0, nc);
  let best: LexMatch | null = null;
  for (let ci = 0; ci < nc; ci++) {
    const kpos = starts[ci]!, kflags = flagsOf[ci]!;
    // DFS over the trie; a space in a pattern matches one or more spaces, or none (glued words).
    stackNode.length = 0; stackPos.length = 0;
    stackNode.push(nodes[ci]!); stackPos.push(kpos);
    while (stackNode.length) {
      const node = stackNode.pop()!;
      const i = stackPos.pop()!;
      if (node.out && i > kpos) {
        const endCode = text.charCodeAt(i) || 0;
        const atBoundary = !isWordCode(endCode);
        let sfx: string | null = null;
        let ok: LexEntry[] | null = null;
        let glued = false;
        for (const o of node.out) {
          if (!allowed(o.entry, kflags)) continue;
          if (atBoundary && !o.needSuffix) { (ok ??= []).push(o.entry); continue; }
          if (!atBoundary && o.allowSuffix) {
            const s2 = suffixAt(text, i);
            if (s2 !== null) { sfx = s2; (ok ??= []).push(o.entry); continue; }
          }
          if (!atBoundary && !o.needSuffix && endCode === C_WAW && depth < 2 && (o.entry.kind === 'entity' || o.entry.kind === 'person')) {
            const saveN = stackNode.slice(), saveP = stackPos.slice();
            const inner = bestAt(text, i + 1, depth + 1);
            stackNode.length = 0; stackPos.length = 0; stackNode.push(...saveN); stackPos.push(...saveP);
            if (inner) { glued = true; (ok ??= []).push(o.entry); }
          }
        }
        if (ok) {
          const end = i + (sfx && !glued ? sfx.length : 0);
          const future = (kflags & F_FUTURE) !== 0;
          if (!best || end > best.end || (end === best.end && kpos < best.coreStart)) {
            const cur = best as LexMatch | null;
            const prev: LexMatch | null = cur && end === cur.end ? cur : null;
            best = { start: s, coreStart: kpos, end, entries: prev ? ok.concat(prev.entries.filter((x: LexEntry) => !ok!.includes(x))) : ok, future: future || (prev?.future ?? false), suffix: sfx && !glued ? sfx : '' };
          } else if (end === best.end) {
            for (const x of ok) if (!best.entries.includes(x)) best.entries.push(x);
            if (future) best.future = true;
          }
        }
      }
      if (i >= text.length) continue;
      const code = text.charCodeAt(i);
      const sp = node.next.get(SPACE);
      if (sp) {
        if (code === SPACE) {
          let j = i;
          while (text.charCodeAt(j) === SPACE) j++;
          stackNode.push(sp); stackPos.push(j);
        } else if (isWordCode(code) && isWordCode(text.charCodeAt(i - 1))) {
          stackNode.push(sp); stackPos.push(i);
        }
      }
      const nx = node.next.get(code);
      if (nx) { stackNode.push(nx); stackPos.push(i + 1); }
    }
  }
  return best;
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
