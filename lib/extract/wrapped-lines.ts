/**
 * Some pages reach us hard-wrapped: a narrow column whose every line breaks mid-sentence («بحث وزير الخارجية التركي
 * أحمد داوود⏎أوغلو صباح اليوم الأربعاء مع الرئيس⏎…»). A line break there is a space, not the end of a headline or a
 * sentence. This finds those breaks so that the matching copy can read them as spaces; the stored text keeps them.
 * Pure: text in, offsets out.
 */

import functionWords from './lexicon/function-words.json';
import { foldForMatch } from './normalize';

/** What may end a sentence at a line's end; a line ending otherwise goes on, if the article is wrapped. */
const SENTENCE_END = /[.!?\u061f\u2026:]$/;
/** Fewer wrapped lines than this and a page is a few headlines and paragraphs, not a column. */
const MIN_LINES = 5;
/** A column narrower or wider than this is a list or ordinary paragraphs. */
const MIN_WIDTH = 20;
const MAX_WIDTH = 130;
/** In a column most lines end mid-sentence, and most are about as long as the column is wide. */
const MIN_SHARE_OPEN = 0.6;
const MIN_SHARE_FULL = 0.7;
/** A line shorter than this share of the column's width ends its paragraph (or a headline) rather than wrapping. */
const FULL_LINE = 0.7;

interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, text: text.slice(start, end).trim() });
    start = end + 1;
  }
  return lines;
}

/**
 * The offsets of the line breaks that only wrap a line: the page's column, not its sentences, ends them. A column may
 * come double-spaced («… مع وزير الخارجية والتعاون⏎⏎الدولي أنطونيو تاياني.»): a blank line between two of its lines is
 * part of the wrap too.
 */
export function softLineBreaks(text: string): number[] {
  if (!text.includes('\n')) return [];
  const lines = linesOf(text);
  const single = columnBreaks(lines, 0);
  const column = single.length ? single : columnBreaks(lines, 1);
  return [...new Set([...column, ...danglingBreaks(lines)])].sort((a, b) => a - b);
}

let goesOn: { endings: Set<string>; openings: Set<string> } | null = null;
/** Made on first use: normalize.ts, whose folding the words of a line need, reads this module as it loads. */
const goesOnWords = () => (goesOn ??= { endings: new Set(functionWords.lineGoesOn.endings), openings: new Set(functionWords.lineGoesOn.openings) });

/**
 * The breaks, in a page of any shape, that fall inside a sentence by their words: the line ends on a word that needs
 * what follows («… الأوضاع بين⏎البلدين»), or the next line opens with one that needs what precedes («… 27 أغسطس⏎إلى
 * بغداد»).
 */
function danglingBreaks(lines: Line[]): number[] {
  const { endings, openings } = goesOnWords();
  const breaks: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!, next = lines[i + 1]!;
    if (!line.text || !next.text || SENTENCE_END.test(line.text)) continue;
    const last = foldForMatch(line.text.slice(line.text.lastIndexOf(' ') + 1)), first = foldForMatch(next.text.split(' ', 1)[0]!);
    if (endings.has(last) || openings.has(first)) breaks.push(line.end);
  }
  return breaks;
}

/** The wrapping breaks of a column whose lines stand `blank` blank lines apart, or none if the page is no such column. */
function columnBreaks(lines: Line[], blank: 0 | 1): number[] {
  // Lines followed by the next line of the same column: `blank` empty lines, then one with words.
  const followed = (i: number) => lines[i]!.text.length > 0 && i + 1 + blank < lines.length && lines[i + 1 + blank]!.text.length > 0
    && lines.slice(i + 1, i + 1 + blank).every((l) => l.text.length === 0);
  const inner = lines.map((l, i) => ({ l, i })).filter(({ i }) => followed(i));
  if (inner.length < MIN_LINES) return [];
  const widths = inner.map(({ l }) => l.text.length).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.9)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return [];
  const full = ({ l }: { l: Line }) => l.text.length >= FULL_LINE * width;
  // The page's header above the column (the site's name, a date, a headline, a byline) is short lines of its own.
  const column = inner.slice(Math.max(0, inner.findIndex(full)));
  const open = column.filter(({ l }) => !SENTENCE_END.test(l.text));
  if (column.length < MIN_LINES || open.length < MIN_SHARE_OPEN * column.length || column.filter(full).length < MIN_SHARE_FULL * column.length) return [];
  return open.filter(full).flatMap(({ l, i }) => [l.end, ...lines.slice(i + 1, i + 1 + blank).map((b) => b.end)]);
}

/** The text with the given wrapping line breaks (`softLineBreaks`) read as spaces: the same length, so offsets hold. */
export function unwrapped(text: string, breaks: number[]): string {
  if (breaks.length === 0) return text;
  const chars = text.split('');
  for (const at of breaks) chars[at] = ' ';
  return chars.join('');
}
