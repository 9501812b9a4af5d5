/**
 * Anniversaries that date what they commemorate: the count after the noun (one line per wording), then the event it
 * yields, in the year counted back from the day the anniversary is marked. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { anniversaryCount } from './anniversaries';
import { extractArticle } from './index';
import { foldForMatch } from './normalize';

describe('the years an anniversary counts', () => {
  it.each([
    ['الذكرى الستين لإقامة العلاقات', 60],
    ['الذكرى السنوية الستين لإقامة العلاقات', 60],
    ['الذكرى الـ75 لإقامة العلاقات', 75],
    ['الذكرى ال30 لإقامة العلاقات', 30],
    ['الذكرى 50 لإقامة العلاقات', 50],
    ['الذكرى الخامسة والسبعين لتأسيس العلاقات', 75],
    ['الذكرى الخامسة والعشرين لإقامة العلاقات', 25],
    ['الذكرى الحادية عشرة لتوقيع الاتفاق', 11],
    ['الذكرى العاشرة لتوقيع الاتفاق', 10],
    ['الذكرى الأولى لتوقيع الاتفاق', 1],
    ['الذكرى المئوية لإقامة العلاقات', 100],
    ['الذكرى الأربعين لإقامة العلاقات', 40],
    ['مرور 30 عاما على إقامة العلاقات', 30],
    ['مرور ثلاثين عاما على إقامة العلاقات', 30],
    ['مرور خمسة وعشرين عاما على إقامة العلاقات', 25],
    ['مرور ستين سنة على إقامة العلاقات', 60],
    ['الذكرى لإقامة العلاقات', null],
    ['الذكرى العطرة للمولد', null],
    ['الذكرى 2000 لتأسيس المدينة', null],
  ])('«%s» counts %s', (phrase, years) => {
    expect(anniversaryCount(foldForMatch(phrase), 0)).toBe(years);
  });
});

const timeline = (text: string, published: string) =>
  extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
    .filter((e) => e.date !== null)
    .map((e) => `${e.type} ${e.modality} ${e.date!.start}..${e.date!.end} ${e.date!.precision}`)
    .sort();

describe('what a counted anniversary commemorates', () => {
  it.each([
    ['احتفلت مصر والصين اليوم بالذكرى الستين لإقامة العلاقات الدبلوماسية بين البلدين.', '2016-05-30', 'other occurred 1956-01-01..1956-12-31 year'],
    ['وتحتفل تركيا وكازاخستان هذا العام بمرور 30 عاما على إقامة العلاقات الدبلوماسية.', '2022-05-10', 'other occurred 1992-01-01..1992-12-31 year'],
    ['وقال الوزير إن البلدين سيحتفلان العام المقبل بالذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بينهما.', '2023-03-01', 'other occurred 1949-01-01..1949-12-31 year'],
    ['وأقيم أمس حفل بمناسبة الذكرى الـ50 لإقامة العلاقات الدبلوماسية بين السعودية واليابان.', '2005-11-20', 'other occurred 1955-01-01..1955-12-31 year'],
  ])('%s', (text, published, commemorated) => {
    expect(timeline(text, published)).toContain(commemorated);
  });
  it.each([
    ['احتفلت مصر والصين بالذكرى الستين لإقامة العلاقات الدبلوماسية بين البلدين في وقت سابق.', '2016-05-30'],
    ['احتفلت مصر والصين اليوم بذكرى إقامة العلاقات الدبلوماسية بين البلدين.', '2016-05-30'],
    ['احتفلت السفارة اليوم بالذكرى الستين للاستقلال.', '2016-05-30'],
  ])('an anniversary with no count, no date or nothing labelled to commemorate dates nothing back: %s', (text, published) => {
    expect(timeline(text, published).filter((e) => e.startsWith('other'))).toEqual([]);
  });
});
