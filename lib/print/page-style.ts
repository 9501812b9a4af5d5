/**
 * The printed page's own style: its paper, and the running head and foot that every page carries (CSS page margin
 * boxes, which Chromium prints): the snapshot's title and window at the start of the head, its filters at the end,
 * the page number at the end of the foot. Right to left, start is the right edge.
 */
import { MARGINS, sheet, type PaperChoice } from './paper';

/** A CSS string literal holding `text`: everything but letters, digits, spaces and plain punctuation escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{M}\p{N} .,:;·()\-–—…/]/gu, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `)}"`;
}

export interface RunningText {
  /** Title and window. */
  head: string;
  /** The filters, shortened to a line. */
  filters: string;
  /** The words around the page number and the page count: ["Page ", " of ", ""]. */
  pageWords: [string, string, string];
  direction: 'ltr' | 'rtl';
}

/** At most `max` characters, cut at a word with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export function pageStyle(choice: PaperChoice, running: RunningText): string {
  const { width, height } = sheet(choice);
  const [start, end] = running.direction === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const box = `font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif; font-size: 8pt; color: #44403c; direction: ${running.direction};`;
  const [before, between, after] = running.pageWords;
  return [
    `@page { size: ${width}mm ${height}mm; margin: ${MARGINS.top}mm ${MARGINS.side}mm ${MARGINS.bottom}mm;`,
    `  @top-${start} { content: ${cssString(running.head)}; ${box} text-align: ${start}; }`,
    `  @top-${end} { content: ${cssString(running.filters)}; ${box} text-align: ${end}; }`,
    `  @bottom-${end} { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; ${box} text-align: ${end}; }`,
    '}',
  ].join('\n');
}
