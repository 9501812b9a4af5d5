/**
 * How wide a line of text is when the print page draws it: the same font files the page loads (@fontsource's Noto
 * Sans, latin subset, and Noto Naskh Arabic, arabic subset), shaped by fontkit as the browser shapes them (Arabic
 * joining forms, kerning). Each character takes the first of the two fonts that has it, as the browser's font
 * fallback does; a character neither has (≈) is counted at the width of a wide fallback glyph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

export type Weight = 'regular' | 'bold';
export type Measure = (text: string, size: number, weight?: Weight) => number;

const FILES: Record<Weight, [string, string]> = {
  regular: ['noto-sans/files/noto-sans-latin-400-normal.woff', 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff'],
  bold: ['noto-sans/files/noto-sans-latin-600-normal.woff', 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff'],
};

/** The advance of a character no font of the page has, in ems: wider than most, so nothing is drawn over it. */
const FALLBACK_EM = 0.9;

const loaded = new Map<Weight, fontkit.Font[]>();
function fonts(weight: Weight): fontkit.Font[] {
  let list = loaded.get(weight);
  if (!list) {
    list = FILES[weight].map((file) => fontkit.create(readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', file))) as fontkit.Font);
    loaded.set(weight, list);
  }
  return list;
}

/** Widths at 1 px by weight and word: labels share most of their words, and a chart measures each many times. */
const widths = new Map<string, number>();

function wordWidth(word: string, weight: Weight): number {
  const key = `${weight}:${word}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = measureEm(word, weight);
    if (widths.size > 50_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/**
 * The width in pixels of `text` at `size` pixels: word by word, since letters join and kern within a word and a
 * space separates them (a space is as wide in every line).
 */
export const measureText: Measure = (text, size, weight = 'regular') => {
  const words = text.split(' ');
  const spaces = words.length - 1;
  return (words.reduce((sum, word) => sum + (word ? wordWidth(word, weight) : 0), 0) + (spaces ? spaces * wordWidth(' ', weight) : 0)) * size;
};

/** The width of `text` at 1 px. */
function measureEm(text: string, weight: Weight): number {
  const list = fonts(weight);
  let width = 0;
  let run = '';
  let runFont: fontkit.Font | null = null;
  const flush = () => {
    if (run && runFont) width += runFont.layout(run).advanceWidth / runFont.unitsPerEm;
    run = '';
  };
  for (const ch of text) {
    const font = list.find((candidate) => candidate.hasGlyphForCodePoint(ch.codePointAt(0)!)) ?? null;
    if (font !== runFont) {
      flush();
      runFont = font;
    }
    if (font) run += ch;
    else width += FALLBACK_EM;
  }
  flush();
  return width;
}
