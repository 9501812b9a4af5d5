/**
 * Arabic text is never modified in storage. Matching runs on a normalised copy, and every offset found in
 * the copy maps back to the original through `toOriginal`.
 */
import { softLineBreaks } from './wrapped-lines';

/** Letters folded to one form so that the spellings people actually type match each other. */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'گ': 'ك',
  // Maghrebi and Persian letters for sounds standard Arabic lacks (ڨ in شوڨاييف is a hard g).
  'ڨ': 'ق', 'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\t': ' ',
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '″': '"',
  '‘': "'", '’': "'",
  '–': '-', '—': '-', '‐': '-', '−': '-',
};

/** Harakat, Quranic marks, the superscript alef, tatweel and invisible format characters carry no meaning for matching. */
function isDropped(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/**
 * Arabic presentation forms (the shaped glyphs a PDF or an old page may carry: «ﻳﺘﻮﺟﻪ», the ligature «ﻻ») stand for
 * ordinary letters; a ligature stands for several.
 */
function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/** Folds one character for matching; returns '' for characters that are dropped, several for a ligature. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isDropped(code)) return '';
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (isPresentationForm(code)) {
    const letters = ch.normalize('NFKC');
    if (letters !== ch) return Array.from(letters, foldChar).join('');
  }
  return ch;
}

export interface NormalizedText {
  /** The folded copy used for matching. */
  text: string;
  /** `toOriginal[i]` is the original index of folded character i; `toOriginal[text.length]` is the original length. */
  toOriginal: Int32Array;
  /** Original offsets of the line breaks that only wrap a hard-wrapped column: spaces in `text`. */
  softBreaks: number[];
}

/**
 * FOLDED[c]: the folded UTF-16 code unit of c, -1 when c is dropped, or EXPANDS when c folds to several (a ligature,
 * spelled out in EXPANSIONS); built from foldChar so the rules live there alone.
 */
let FOLDED: Int32Array | null = null;
const EXPANDS = -2;
const EXPANSIONS = new Map<number, string>();

function foldTable(): Int32Array {
  if (FOLDED) return FOLDED;
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const folded = foldChar(String.fromCharCode(c));
    if (folded.length > 1) EXPANSIONS.set(c, folded);
    table[c] = folded === '' ? -1 : folded.length > 1 ? EXPANDS : folded.charCodeAt(0);
  }
  FOLDED = table;
  return table;
}

const CHUNK = 0x2000;

/**
 * The last text folded and its fold: the assembler and the date finder fold the same article one after the other.
 * Callers share the returned object and must not modify it.
 */
let lastFolded: { original: string; norm: NormalizedText } | null = null;

/** Folds code unit by code unit through a lookup table: this runs over every byte the engine reads. */
export function normalizeArabic(original: string): NormalizedText {
  if (lastFolded !== null && lastFolded.original === original) return lastFolded.norm;
  const norm = fold(original);
  lastFolded = { original, norm };
  return norm;
}

function fold(original: string): NormalizedText {
  const table = foldTable();
  const length = original.length;
  let room = length;
  for (let i = 0; i < length; i++) {
    const folded = table[original.charCodeAt(i)]!;
    if (folded === EXPANDS) room += EXPANSIONS.get(original.charCodeAt(i))!.length - 1;
    // A space may go in on either side of a digit (gluedToADigit).
    else if (isDigitCode(folded)) room += 2;
  }
  const codes = new Uint16Array(room);
  const map = new Int32Array(room + 1);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const folded = table[original.charCodeAt(i)]!;
    if (folded === EXPANDS) {
      // Every letter of a ligature maps back to the ligature.
      for (const letter of EXPANSIONS.get(original.charCodeAt(i))!) { codes[n] = letter.charCodeAt(0); map[n++] = i; }
      continue;
    }
    if (folded < 0) continue;
    if (n > 0 && gluedToADigit(codes, n, folded)) { codes[n] = SPACE; map[n++] = i; }
    codes[n] = folded;
    map[n++] = i;
  }
  map[n] = length;
  // A hard-wrapped column's line breaks are spaces to the matcher («داوود⏎أوغلو» is one name).
  const softBreaks = softLineBreaks(original);
  for (const at of softBreaks) codes[foldedIndex(map, n, at)] = SPACE;
  // «<img src=… style='cursor:hand;'>وارسو …»: markup a page kept in its text is blank to the matcher (its quotes and
  // words are no quotation and no words of the story).
  if (original.includes('<')) {
    for (const m of original.matchAll(MARKUP)) {
      for (let k = foldedIndex(map, n, m.index); k < n && map[k]! < m.index + m[0].length; k++) codes[k] = SPACE;
    }
  }
  let text = '';
  for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return { text, toOriginal: map.subarray(0, n + 1), softBreaks };
}

const SPACE = 0x20;
/** An HTML tag: «<img src=… >», «</p>», «<br/>». */
const MARKUP = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,1000})?\/?>/g;
const ALEF = 0x0627, LAM = 0x0644;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isArabicLetterCode = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

/**
 * «يوم الخميس24اكتوبر2019»: pages that lost the spaces between words and numbers are read with them (a space in the
 * copy, mapped to the character after it). Not after the article alone («الـ19», the nineteenth).
 */
function gluedToADigit(codes: Uint16Array, n: number, next: number): boolean {
  const prev = codes[n - 1]!;
  if (isDigitCode(next)) return isArabicLetterCode(prev) && !(prev === LAM && codes[n - 2] === ALEF && (n < 3 || !isArabicLetterCode(codes[n - 3]!)));
  return isDigitCode(prev) && isArabicLetterCode(next);
}

/** The folded index of a kept original character (the map never decreases; a ligature holds several). */
function foldedIndex(map: Int32Array, n: number, original: number): number {
  let lo = 0, hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Maps a half-open span of the folded copy back to the smallest original span that covers the same characters. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.toOriginal[start] ?? norm.toOriginal[norm.toOriginal.length - 1]!;
    return { start: at, end: at };
  }
  return { start: norm.toOriginal[start]!, end: norm.toOriginal[end - 1]! + 1 };
}

/** Folds a string for comparison only (search boxes, lexicon keys); no offsets kept. */
export function foldForMatch(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}
