/** Property tests: the engine never throws, and its output is always well-formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublicationDate } from '@/lib/domain/event';
import { findTemporalMentions, formatDateRange } from './index';
import type { TemporalMention } from './types';

const PRECISIONS = ['day', 'week', 'month', 'quarter', 'half', 'year', 'decade'];

function checkWellFormed(text: string, ms: TemporalMention[]): void {
  let last = -1;
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, non-overlapping
    last = m.end;
    expect(text.slice(m.start, m.end)).toBe(m.text);
    if (m.date) {
      expect(m.date.start <= m.date.end).toBe(true);
      expect(m.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.date.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(PRECISIONS).toContain(m.date.precision);
      expect(typeof formatDateRange(m.date, 'en')).toBe('string');
      expect(typeof formatDateRange(m.date, 'ar')).toBe('string');
    }
  }
}

/** Fragments of date language, glued together at random, to reach the parsers' corners. */
const FRAGMENTS = [
  'في', 'من', 'إلى', 'و', 'بين', 'يومي', 'أمس', 'اليوم', 'غداً', 'الأربعاء', 'الاثنين', 'الماضي', 'المقبل', 'الجاري', 'العام', 'السنة',
  'الشهر', 'الأسبوع', 'هذا', 'قبل', 'منذ', 'بعد', 'حوالي', 'عامين', 'شهرين', '3', '13', '15', '31', '29', '2019', '2020', '١٤٤١', 'هـ',
  'الموافق', 'رمضان', 'شوال', 'يناير', 'فبراير', 'كانون الثاني', '/', '-', 'أكتوبر', 'جويلية', 'أوائل', 'نهاية', 'النصف الثاني', 'الربع الأول',
  'الستينيات', 'القرن الماضي', 'صيف', 'الشتاء', 'قريبا', 'مؤخرا', 'في وقت سابق', 'ـ', 'َ', '٢٠٢٠', '22/07/2020', '2020-02-30', 'عقد', 'الفصل الأول',
];
const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', '، ', '\n'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + (seps[i] ?? ' ')).join('')),
);
const publication: fc.Arbitrary<PublicationDate | null> = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => ({ value: d.toISOString().slice(0, 10), precision: 'day' as const })),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => ({ value: d.toISOString().slice(0, 7), precision: 'month' as const })),
);
const tense = fc.constantFrom('past', 'future', 'unknown' as const);

describe('findTemporalMentions properties', () => {
  it('handles empty and non-Arabic text', () => {
    expect(findTemporalMentions('', null)).toEqual([]);
    expect(findTemporalMentions('', { value: '2020-07-23', precision: 'day' })).toEqual([]);
    const en = 'On 22 July 2020 the ministers met in Moscow; see 2020-07-22.';
    checkWellFormed(en, findTemporalMentions(en, { value: '2020-07-23', precision: 'day' }));
  });

  it('never throws on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), publication, (text, pub) => {
        checkWellFormed(text, findTemporalMentions(text, pub));
      }),
      { numRuns: 300 },
    );
  });

  it('is well-formed on random date-like Arabic', () => {
    fc.assert(
      fc.property(fragmentText, publication, tense, (text, pub, t) => {
        const ms = findTemporalMentions(text, pub, { tenseAt: () => t });
        checkWellFormed(text, ms);
        // Deterministic.
        expect(findTemporalMentions(text, pub, { tenseAt: () => t })).toEqual(ms);
      }),
      { numRuns: 400 },
    );
  });

  // Speed is measured by `npm run bench:extract`; here only that it finishes with sound mentions.
  it('copes with a 1 MB text', { timeout: 120_000 }, () => {
    const unit = 'وصل الوزير أمس إلى الجزائر في زيارة تستمر حتى 15 يونيو 2021، وكان قد زارها في أكتوبر 2017 والعام الماضي. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const ms = findTemporalMentions(text, { value: '2021-06-10', precision: 'day' });
    expect(ms.length).toBeGreaterThan(1000);
    checkWellFormed(text.slice(0, 5000), ms.filter((m) => m.end <= 5000));
  });
});
