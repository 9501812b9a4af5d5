/** Small helpers over folded text and sorted span lists. */
import { isWordCode } from './match';

export interface Span { start: number; end: number }

/** Items of a list sorted by `start` whose start lies in [a, b). */
export function within<T extends { start: number }>(sorted: T[], a: number, b: number): T[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < a) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < b; i++) out.push(sorted[i]!);
  return out;
}

/** Number of words that start in text[a, b). */
export function wordsIn(text: string, a: number, b: number): number {
  let n = 0, prev = false;
  for (let i = a; i < b; i++) { const w = isWordCode(text.charCodeAt(i)); if (w && !prev) n++; prev = w; }
  return n;
}

/** The word after position p in the same clause, or null at a line end, full stop or comma. */
export function nextToken(text: string, p: number): string | null {
  while (p < text.length && !isWordCode(text.charCodeAt(p))) { if (text[p] === '\n' || text[p] === '.' || text[p] === '،') return null; p++; }
  const s = p;
  while (p < text.length && isWordCode(text.charCodeAt(p))) p++;
  return p > s ? text.slice(s, p) : null;
}

/** The word that ends before position p in the same sentence (clitics included) and where it starts, or null. */
export function previousWord(text: string, p: number): { word: string; start: number } | null {
  let e = p;
  while (e > 0 && !isWordCode(text.charCodeAt(e - 1))) { if (text[e - 1] === '\n' || text[e - 1] === '.') return null; e--; }
  let s = e;
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
  return e > s ? { word: text.slice(s, e), start: s } : null;
}

/** Up to `max` words before p, nearest first, none before `from`. */
export function wordsBefore(text: string, p: number, max: number, from: number): string[] {
  const words: string[] = [];
  for (let w = previousWord(text, p); w && w.start >= from && words.length < max; w = previousWord(text, w.start)) words.push(w.word);
  return words;
}

/** The word after position p (spaces and commas skipped) and where it ends, or null. */
export function nextWord(text: string, p: number): { word: string; end: number } | null {
  while (p < text.length && (text.charCodeAt(p) === 32 || text[p] === '،' || text[p] === ',')) p++;
  const s = p;
  while (p < text.length && isWordCode(text.charCodeAt(p))) p++;
  return p > s ? { word: text.slice(s, p), end: p } : null;
}

/** Quotes, brackets and the slashes news agencies set a weekday in («اليوم /الخميس/»). */
const QUOTE_OR_BRACKET = /["'«»“”’‘()[\]/]/;

/**
 * The next `max` words after p within one stretch of text: quotes, brackets and slashes around a name («الوحدة
 * الوطنية») are stepped over; the walk ends where a character of `stop` stands between two words.
 */
export function* wordsAhead(text: string, p: number, max: number, stop: RegExp): Generator<{ word: string; end: number }> {
  for (let n = 0; n < max; n++) {
    let s = p;
    while (s < text.length && !isWordCode(text.charCodeAt(s))) {
      const ch = text[s]!;
      if (stop.test(ch)) return;
      if (ch !== ' ' && ch !== '،' && ch !== ',' && !QUOTE_OR_BRACKET.test(ch)) return;
      s++;
    }
    const w = nextWord(text, s);
    if (!w) return;
    yield w;
    p = w.end;
  }
}

const JUNK = /[\s،,.:;؛"'«»“”’‘\-–—·•]/;

/** Trims spaces and dangling punctuation off both ends of an original span. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && JUNK.test(text[start]!)) start++;
  while (end > start && JUNK.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
