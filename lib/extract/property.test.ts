import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from './index';
import type { ArticleInput } from '../domain/event';

const seedText = readFileSync(path.resolve(__dirname, '..', '..', 'seeds', '004_f1f19904a7b4aaa8.txt'), 'utf8');
const pub = { value: '2022-05-11', precision: 'day' as const };

function checkMentions(a: ArticleInput) {
  const ev = extractArticle(a);
  for (const e of ev) for (const m of e.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(a.text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(a.text.slice(m.start, m.end)).toBe(m.quote);
    expect(m.quote.length).toBeLessThanOrEqual(400);
    if (m.dateSpan) { expect(m.dateSpan.start).toBeGreaterThanOrEqual(0); expect(m.dateSpan.end).toBeLessThanOrEqual(a.text.length); }
  }
  return ev;
}

describe('extractArticle properties', () => {
  it('never throws on empty, non-Arabic or missing-date input', () => {
    expect(extractArticle({ id: 'x', file: 'x.txt', text: '', published: null })).toEqual([]);
    expect(() => extractArticle({ id: 'x', file: 'x.txt', text: 'Lavrov met Boukadoum in Moscow on Wednesday.', published: pub })).not.toThrow();
    expect(() => extractArticle({ id: 'x', file: 'x.txt', text: seedText, published: null })).not.toThrow();
  });
  it('survives random Unicode with offsets in bounds', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => { checkMentions({ id: 'r', file: 'r.txt', text: s, published: pub }); }), { numRuns: 200 });
  });
  it('survives random recombinations of Arabic news text', () => {
    const words = seedText.split(/(\s+)/);
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: words.length - 1 }), { maxLength: 200 }), fc.constantFrom('', 'ـ', 'َ', '\u200f', 'و'), (idx, noise) => {
      const text = idx.map((i) => words[i]).join(' ').replace(/ا/g, (m) => m + noise);
      checkMentions({ id: 'r', file: 'r.txt', text, published: pub });
    }), { numRuns: 100 });
  });
  // How fast is measured by `npm run bench:extract`; here only that it finishes, with sound mentions, on a shared machine.
  it('handles a 1 MB article', { timeout: 120_000 }, () => {
    let text = '';
    while (text.length < 1_000_000) text += seedText + '\n';
    const ev = checkMentions({ id: 'big', file: 'big.txt', text, published: pub });
    expect(ev.length).toBeGreaterThan(0);
  });
});
