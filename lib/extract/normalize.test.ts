import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForMatch, normalizeArabic, toOriginalSpan } from './normalize';

describe('normalizeArabic', () => {
  it.each([
    ['تبـون', 'تبون'],
    ['إبريل', 'ابريل'],
    ['أبريل', 'ابريل'],
    ['مُحَمَّد', 'محمد'],
    ['القاهرة', 'القاهره'],
    ['موسى', 'موسي'],
    ['شوڨاييف', 'شوقاييف'],
    ['٢٠٢٠', '2020'],
    ['۱۹', '19'],
    ['Berlin', 'berlin'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalizeArabic(input).text).toBe(expected);
  });

  it('maps a span of the folded copy back to the original characters', () => {
    const original = 'زار تبـون موسكو';
    const norm = normalizeArabic(original);
    const at = norm.text.indexOf('تبون');
    const span = toOriginalSpan(norm, at, at + 'تبون'.length);
    expect(original.slice(span.start, span.end)).toBe('تبـون');
  });

  it('keeps every mapped offset inside the original and in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const norm = normalizeArabic(s);
        expect(norm.toOriginal.length).toBe(norm.text.length + 1);
        for (let i = 1; i < norm.toOriginal.length; i++) expect(norm.toOriginal[i]!).toBeGreaterThan(norm.toOriginal[i - 1]!);
        expect(norm.toOriginal[norm.text.length]).toBe(s.length);
      }),
    );
  });
});

describe('foldForMatch', () => {
  it('ignores the differences people type', () => {
    expect(foldForMatch('  الجزائـر  العاصمة ')).toBe(foldForMatch('الجزائر العاصمه'));
  });
});
