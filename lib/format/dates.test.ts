import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventDate, Precision } from '@/lib/domain/event';
import { formatDateRange } from '@/lib/extract/temporal/format';
import { axisLabel, formatDay, formatEventDate, formatMonth, formatTimestamp } from './dates';
import { formatPublished } from './publication';

type Dated = Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'mod'>;
const date = (start: string, end: string, precision: Precision, extra: Partial<Dated> = {}): Dated => ({ start, end, precision, approximate: false, mod: null, ...extra });

describe('event dates', () => {
  it.each([
    [date('2020-07-22', '2020-07-22', 'day'), '22 Jul 2020', '22 يوليو 2020'],
    [date('2021-06-13', '2021-06-15', 'day'), '13–15 Jun 2021', '13–15 يونيو 2021'],
    [date('2021-06-30', '2021-07-02', 'day'), '30 Jun–2 Jul 2021', '30 يونيو–2 يوليو 2021'],
    [date('2017-10-01', '2017-10-31', 'month'), 'Oct 2017', 'أكتوبر 2017'],
    [date('2017-10-01', '2017-10-31', 'month', { mod: 'early' }), 'early Oct 2017', 'أوائل أكتوبر 2017'],
    [date('2018-01-01', '2018-03-31', 'quarter', { mod: 'early' }), 'early 2018', 'أوائل 2018'],
    [date('2019-10-01', '2019-12-31', 'quarter', { mod: 'late' }), 'late 2019', 'أواخر 2019'],
    [date('2021-01-01', '2021-03-31', 'quarter'), 'Q1 2021', 'الربع الأول 2021'],
    [date('2020-07-01', '2020-12-31', 'half'), 'H2 2020', 'النصف الثاني 2020'],
    [date('2019-01-01', '2019-12-31', 'year'), '2019', '2019'],
    [date('1960-01-01', '1969-12-31', 'decade'), '1960s', '1960–1969'],
    [date('2022-04-01', '2022-04-30', 'month', { approximate: true }), '≈ Apr 2022', 'حوالي أبريل 2022'],
  ])('%j reads "%s" and «%s»', (value, en, ar) => {
    expect(formatEventDate(value, 'en')).toBe(en);
    expect(formatEventDate(value, 'ar')).toBe(ar);
  });

  it('says what the engine says of every date it can produce (decades aside, which it names by words in Arabic)', () => {
    const precisions: Precision[] = ['day', 'week', 'month', 'quarter', 'half', 'year', 'decade'];
    const dates = fc
      .record({
        start: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        days: fc.integer({ min: 0, max: 4000 }),
        precision: fc.constantFrom(...precisions),
        approximate: fc.boolean(),
        mod: fc.constantFrom(null, 'early' as const, 'mid' as const, 'late' as const),
      })
      .map(({ start, days, precision, approximate, mod }) => {
        const first = start.toISOString().slice(0, 10);
        const last = new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
        return date(first, last, precision, { approximate, mod: precision === 'month' || precision === 'year' || precision === 'decade' ? mod : null });
      });
    const aligned = fc.constantFrom(
      date('2021-04-01', '2021-06-30', 'quarter'), date('2020-01-01', '2020-06-30', 'half'), date('2020-01-01', '2021-12-31', 'year'),
      date('1990-01-01', '2009-12-31', 'decade'), date('2017-11-01', '2018-02-28', 'month'), date('2017-03-01', '2017-05-31', 'month'),
    );
    fc.assert(fc.property(fc.oneof(dates, aligned), (value) => {
      expect(formatEventDate(value, 'en')).toBe(formatDateRange(value, 'en'));
      if (value.precision !== 'decade') expect(formatEventDate(value, 'ar')).toBe(formatDateRange(value, 'ar'));
    }), { numRuns: 500 });
  });
});

describe('days, months, timestamps and publications', () => {
  it('names weekdays and months in both languages, with Western digits', () => {
    expect(formatDay('2020-07-22', 'en', { weekday: true })).toBe('Wed 22 Jul 2020');
    expect(formatDay('2020-07-22', 'ar', { weekday: true })).toBe('الأربعاء 22 يوليو 2020');
    expect(formatMonth('2018-01', 'en', { long: true })).toBe('January 2018');
    expect(formatMonth('2018-01', 'ar')).toBe('يناير 2018');
    expect(formatTimestamp(new Date('2022-05-11T14:05:09Z'), 'en')).toBe('11 May 2022, 14:05 UTC');
    expect(formatTimestamp(new Date('2022-05-11T14:05:09Z'), 'ar')).toBe('11 مايو 2022، 14:05 بالتوقيت العالمي');
  });

  it('writes a publication date as precisely as it is known', () => {
    expect(formatPublished('2020-07-22', 'day')).toBe('22 July 2020');
    expect(formatPublished('2018-01', 'month', 'ar')).toBe('يناير 2018');
    expect(formatPublished(null, null, 'ar')).toBe('تاريخ غير معروف');
    expect(formatPublished('2020-13', 'month')).toBe('2020-13');
  });

  it('labels chart axes in the reader language', () => {
    const march = new Date('2019-03-01T00:00:00Z');
    expect(axisLabel(march, 'month', 'minor', 'en')).toBe('Mar');
    expect(axisLabel(march, 'month', 'minor', 'ar')).toBe('مارس');
    expect(axisLabel(march, 'month', 'major', 'ar')).toBe('2019');
    expect(axisLabel(march, 'day', 'major', 'ar')).toBe('مارس 2019');
    expect(axisLabel(march, 'year', 'minor', 'en')).toBe('2019');
  });
});
