import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
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
    ['ﻳﺘﻮﺟﻪ رﺋﻴﺲ', 'يتوجه رييس'],
    ['ﻓﻲ اﻟﺨﻤﻴﺲ', 'في الخميس'],
    ['ﻻ ﺳﻴﻤﺎ', 'لا سيما'],
    ['اﻹﻃﺎرﻳﺔ', 'الاطاريه'],
    ['ﺍﻟﻘﺎﻫﺮﺓ', 'القاهره'],
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

  it('maps the letters of a ligature back to the ligature', () => {
    const original = 'والمهمة ﻻ ﺳﻴﻤﺎ';
    const norm = normalizeArabic(original);
    expect(norm.text).toBe('والمهمه لا سيما');
    for (const word of ['لا', 'ل', 'سيما']) {
      const at = norm.text.indexOf(word, 8);
      const span = toOriginalSpan(norm, at, at + word.length);
      expect(original.slice(span.start, span.end)).toBe(word === 'سيما' ? 'ﺳﻴﻤﺎ' : 'ﻻ');
    }
  });

  it.each([
    ['يوم الخميس24اكتوبر2019 بمدينة سوتشي', 'يوم الخميس 24 اكتوبر 2019 بمدينه سوتشي', '24'],
    ['في10 مايو', 'في 10 مايو', '10'],
    // The article alone before a number is the ordinal's («الـ19»), not a word of its own.
    ['القمة الـ19 في أديس أبابا', 'القمه ال19 في اديس ابابا', '19'],
    ['بلغ 3.5 مليارات', 'بلغ 3.5 مليارات', '3.5'],
  ])('reads a number glued to a word as apart from it, and maps it back: %s', (original, folded, number) => {
    const norm = normalizeArabic(original);
    expect(norm.text).toBe(folded);
    const at = norm.text.indexOf(number);
    const span = toOriginalSpan(norm, at, at + number.length);
    expect(original.slice(span.start, span.end)).toBe(number);
  });

  it.each(['ب۰', 'ﯹ۰', 'ﯹب', '0ء', 'ﷺ'])('maps «%s» back in order: a ligature\'s letters share its offset, a space put in by a digit the next character\'s', (s) => {
    const norm = normalizeArabic(s);
    for (let i = 1; i < norm.toOriginal.length; i++) expect(norm.toOriginal[i]!).toBeGreaterThanOrEqual(norm.toOriginal[i - 1]!);
    expect(norm.toOriginal[norm.text.length]).toBe(s.length);
  });
  it('keeps every mapped offset inside the original and in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const norm = normalizeArabic(s);
        expect(norm.toOriginal.length).toBe(norm.text.length + 1);
        // Only the letters of one ligature share an original offset (the spaces of one written as words, «ﷺ», too), and
        // a space put in between a digit and a letter glued to it («ب۰», «0ب») shares the offset of the character after it.
        const spacePutIn = (i: number) => norm.text[i - 1] === ' ' && !/\s/u.test(s[norm.toOriginal[i]!] ?? '');
        const inLigature = (i: number) => s.charCodeAt(norm.toOriginal[i]!) >= 0xfb50;
        for (let i = 1; i < norm.toOriginal.length; i++) {
          if (norm.toOriginal[i] === norm.toOriginal[i - 1]) expect(inLigature(i) || spacePutIn(i)).toBe(true);
          else expect(norm.toOriginal[i]!).toBeGreaterThan(norm.toOriginal[i - 1]!);
        }
        expect(norm.toOriginal[norm.text.length]).toBe(s.length);
      }),
    );
  });
});

describe('markup a page kept in its text', () => {
  it.each([
    ["<img src=http://www.spa.gov.sa/a.jpg border=1 style='cursor:hand;'>وارسو 30 سبتمبر", 'وارسو 30 سبتمبر'],
    ['<p>التقى الوزير</p><br/>نظيره', 'التقي الوزير نظيره'],
    // Not a comparison written with signs, nor a bracket of words.
    ['عدد الضحايا < 10 و > 5', 'عدد الضحايا < 10 و > 5'],
  ])('is blank to the matcher, offsets kept: %s', (text, words) => {
    const norm = normalizeArabic(text);
    expect(norm.text.replace(/\s+/g, ' ').trim()).toBe(words);
    expect(norm.toOriginal.length).toBe(norm.text.length + 1);
  });
  it('keeps a tag\'s quotes from opening a quotation in the story', () => {
    const text = "<img src=x.jpg style='cursor:hand;'>التقى وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم بوزير الخارجية البولندي في وارسو، وذلك خلال زيارة رسمية يقوم بها سموه لجمهورية بولندا. وعقد الجانبان خلال اللقاء جلسة مباحثات رسمية.";
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2020-09-30', precision: 'day' } });
    expect(events.map((e) => e.type).sort()).toEqual(['meeting', 'visit']);
  });
});

describe('foldForMatch', () => {
  it('ignores the differences people type', () => {
    expect(foldForMatch('  الجزائـر  العاصمة ')).toBe(foldForMatch('الجزائر العاصمه'));
  });
});
