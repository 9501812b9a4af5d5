/**
 * Printed snapshots as a reader gets them: the page opened in the chosen language and paper, printed to PDF by
 * Chromium with the page's own paper size, then read back with poppler. Shared by the browser tests
 * (e2e/print.spec.ts) and the README's pictures (`npm run docs:print`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export interface SnapshotCase {
  name: string;
  locale: 'en' | 'ar';
  paper: 'a4' | 'letter';
  orientation: 'landscape' | 'portrait';
  /** The view's parameters: empty for the whole corpus. */
  query: string;
}

/** A filtered window: the Moscow talks of July 2020, where events of the same days crowd together. */
export const FILTERED_WINDOW = 'from=2020-07-01&to=2020-07-31';

/** The four snapshots the tests read and the README shows: each paper, each language, the whole corpus and a window. */
export const SNAPSHOT_CASES: SnapshotCase[] = [
  { name: 'en-a4-landscape', locale: 'en', paper: 'a4', orientation: 'landscape', query: '' },
  { name: 'ar-a4-landscape', locale: 'ar', paper: 'a4', orientation: 'landscape', query: FILTERED_WINDOW },
  { name: 'en-letter-portrait', locale: 'en', paper: 'letter', orientation: 'portrait', query: FILTERED_WINDOW },
  { name: 'ar-letter-portrait', locale: 'ar', paper: 'letter', orientation: 'portrait', query: '' },
];

const SHEETS_MM = { a4: [210, 297], letter: [215.9, 279.4] } as const;
/** The page margins of app/print (lib/print/paper.ts). */
export const MARGINS_MM = { top: 18, bottom: 16, side: 12 };
const PX_PER_MM = 96 / 25.4;

/** The printable area of a case in CSS pixels: the browser lays the page out at this size when it prints. */
export function printableSize(c: SnapshotCase): { width: number; height: number } {
  const [short, long] = SHEETS_MM[c.paper];
  const [width, height] = c.orientation === 'landscape' ? [long, short] : [short, long];
  return { width: Math.floor((width - 2 * MARGINS_MM.side) * PX_PER_MM), height: Math.floor((height - MARGINS_MM.top - MARGINS_MM.bottom) * PX_PER_MM) };
}

/** Opens the snapshot of a case in `context` (its language cookie set), laid out as it prints. */
export async function openSnapshot(context: BrowserContext, baseURL: string, c: SnapshotCase): Promise<Page> {
  await context.addCookies([{ name: 'lang', value: c.locale, url: baseURL }]);
  const page = await context.newPage();
  await page.setViewportSize(printableSize(c));
  await page.goto(`${baseURL}/print?paper=${c.paper}&orientation=${c.orientation}${c.query ? `&${c.query}` : ''}`);
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Prints the open snapshot to a PDF file in a temporary folder; its path. */
export async function printToPdf(page: Page, name: string): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'snapshot-')), `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return file;
}

/**
 * The text of a PDF (or of one page) as `pdftotext -layout` gives it, or in reading order (`layout: false`): the
 * layout mode rebuilds lines from glyph positions and, on a line of Arabic beside other text, can put a word's last
 * letter after the digits that follow it («صفحة1م3ن»), which the reading order does not.
 */
export function pdfText(file: string, options: { page?: number; layout?: boolean } = {}): string {
  const range = options.page ? ['-f', String(options.page), '-l', String(options.page)] : [];
  return execFileSync('pdftotext', [...(options.layout === false ? [] : ['-layout']), ...range, file, '-'], { encoding: 'utf8' });
}

/**
 * Text reduced to what survives a PDF's text layer: no spaces or direction marks (poppler splits Arabic words at
 * joins), and lam-alef, which fonts draw as one glyph, in either order (poppler gives «لأ» back as «أل»).
 */
export function readable(text: string): string {
  return text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '').replace(/ل([اأإآ])/g, '$1ل');
}

export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one page with their boxes, in points from the top left (`pdftotext -bbox`). */
export function pdfWords(file: string, page: number): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

/** The sheet of a case in points, as the PDF's pages measure it. */
export function sheetPoints(c: SnapshotCase): { width: number; height: number } {
  const [short, long] = SHEETS_MM[c.paper];
  const [width, height] = c.orientation === 'landscape' ? [long, short] : [short, long];
  return { width: (width * 72) / 25.4, height: (height * 72) / 25.4 };
}

/**
 * The characters of the words printed in a page's running head or foot (its top or bottom margin). Poppler cuts the
 * small Arabic of the margins into pieces at every glyph its font shifts up or down and orders them by position, so
 * what can be compared is which characters are there, not their order: see `holdsCharacters`.
 */
export function marginText(file: string, page: number, c: SnapshotCase, margin: 'head' | 'foot'): string {
  const { height } = sheetPoints(c);
  const inHead = (word: PdfWord) => word.yMax <= (MARGINS_MM.top * 72) / 25.4;
  const inFoot = (word: PdfWord) => word.yMin >= height - (MARGINS_MM.bottom * 72) / 25.4;
  return pdfWords(file, page).filter(margin === 'head' ? inHead : inFoot).map((word) => word.text).join('');
}

/** Whether `text` holds every character of `expected` as often as `expected` does (spaces and marks aside). */
export function holdsCharacters(text: string, expected: string): boolean {
  const counts = new Map<string, number>();
  for (const ch of readable(text)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of readable(expected)) {
    const left = counts.get(ch) ?? 0;
    if (left === 0) return false;
    counts.set(ch, left - 1);
  }
  return true;
}

/** The first page of a PDF as a PNG at `dpi`, written to `target` (without its extension). */
export function firstPagePng(file: string, target: string, dpi = 80): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, target]);
}
