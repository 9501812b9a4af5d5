/**
 * Sentences, clauses and clause groups over the folded text (offsets are folded; map with toOriginalSpan).
 * A clause group is the stretch of a sentence that shares one time: clauses joined by commas or subordinators
 * (حيث، عندما، الذي…). A new group starts at a complementiser (أن/إن), a quotation or colon, or a comma followed by
 * a new main verb with و (، وكانت…).
 */
import functionWords from './lexicon/function-words.json';
import { isWordCode } from './match';

export type ClauseStart = 'sentence' | 'punct' | 'sub' | 'comp' | 'quote' | 'hard';

export interface Sentence { start: number; end: number; headline: boolean; index: number }
export interface Clause { start: number; end: number; sentence: number; group: number; startKind: ClauseStart; index: number }
export interface Segmentation { sentences: Sentence[]; clauses: Clause[]; clauseAt: (pos: number) => Clause | null }

const COMP = new Set(functionWords.complementizers.words);
const SUB = new Set(functionWords.subordinators.words);

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '…') {
    const next = text.charCodeAt(i + 1);
    if (Number.isNaN(next)) return true;
    if (c === '.' && next >= 48 && next <= 57 && i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) return false;
    return next === 32 || next === 10 || next === 13 || next === 34 || next === 39;
  }
  return false;
}

export function segment(text: string, clauseVerb: (start: number, end: number) => boolean): Segmentation {
  const sentences: Sentence[] = [];
  let s = 0;
  const pushSentence = (a: number, b: number, lineStart: boolean, lineEndsHere: boolean) => {
    while (a < b && !isWordCode(text.charCodeAt(a)) && text.charCodeAt(a) !== 34) a++;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 13)) b--;
    if (b <= a) return;
    const seg = text.slice(a, b);
    const last = seg[seg.length - 1];
    const headline = lineStart && lineEndsHere && b - a < 160 && last !== '.' && last !== '؟' && last !== ':' && !seg.includes('. ');
    sentences.push({ start: a, end: b, headline, index: sentences.length });
  };
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    if (isSentenceEnd(text, i)) {
      const endsLine = text[i] === '\n' || i + 1 >= text.length || text[i + 1] === '\n' || (text[i + 1] === '\r');
      pushSentence(s, text[i] === '\n' ? i : i + 1, lineStart, endsLine);
      lineStart = text[i] === '\n' || endsLine;
      s = i + 1;
    }
  }
  pushSentence(s, text.length, lineStart, true);

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
    while (i < sent.end) {
      const ch = text[i]!;
      const code = text.charCodeAt(i);
      if (ch === '،' || ch === ',' || ch === ';' || ch === '؛') { afterPunct = true; i++; continue; }
      if (ch === ':' || ch === '"' || ch === "'") {
        let j = i + 1;
        while (j < sent.end && (text[j] === ' ' || text[j] === '"' || text[j] === "'" || text[j] === ':')) j++;
        if (j < sent.end && j - sent.start > 1) close(i, 'quote', j);
        i = j; afterPunct = false; continue;
      }
      if (isWordCode(code) && !isWordCode(text.charCodeAt(i - 1))) {
        let j = i;
        while (j < sent.end && isWordCode(text.charCodeAt(j))) j++;
        const tok = text.slice(i, j);
        const bare = tok.length > 2 && (tok[0] === 'و' || tok[0] === 'ف') ? tok.slice(1) : tok;
        if (i > cStart) {
          if (COMP.has(tok) || COMP.has(bare)) close(i, 'comp', i);
          else if (SUB.has(tok) || SUB.has(bare)) close(i, 'sub', i);
          else if (afterPunct && (tok[0] === 'و' || tok[0] === 'ف') && clauseVerb(i, j)) close(i, 'hard', i);
          else if (afterPunct) close(i, 'punct', i);
        }
        afterPunct = false;
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
