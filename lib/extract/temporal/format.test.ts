import { describe, expect, it } from 'vitest';
import type { EventDate } from '@/lib/domain/event';
import { formatDateRange, publicationDate } from './index';

const d = (start: string, end: string, precision: EventDate['precision'], extra: Partial<EventDate> = {}) => ({ start, end, precision, approximate: false, mod: null, ...extra });

describe('formatDateRange', () => {
  it.each([
    [d('2020-07-22', '2020-07-22', 'day'), '22 Jul 2020', '22 يوليو 2020'],
    [d('2017-10-01', '2017-10-31', 'month'), 'Oct 2017', 'أكتوبر 2017'],
    [d('2020-07-01', '2020-12-31', 'half'), 'H2 2020', 'النصف الثاني 2020'],
    [d('2021-01-01', '2021-03-31', 'quarter'), 'Q1 2021', 'الربع الأول 2021'],
    [d('2019-01-01', '2019-12-31', 'year'), '2019', '2019'],
    [d('1960-01-01', '1969-12-31', 'decade'), '1960s', 'ستينيات القرن العشرين'],
    [d('2017-10-01', '2017-10-10', 'month', { mod: 'early' }), 'early Oct 2017', 'أوائل أكتوبر 2017'],
    [d('2022-04-01', '2022-04-30', 'month', { approximate: true }), '≈ Apr 2022', 'حوالي أبريل 2022'],
    [d('2021-06-13', '2021-06-15', 'day'), '13–15 Jun 2021', '13–15 يونيو 2021'],
    [d('2021-06-30', '2021-07-02', 'day'), '30 Jun–2 Jul 2021', '30 يونيو–2 يوليو 2021'],
    [d('2020-01-01', '2020-03-31', 'month'), 'Jan–Mar 2020', 'يناير–مارس 2020'],
    [d('2019-06-01', '2019-08-31', 'quarter', { approximate: true }), '≈ Jun–Aug 2019', 'حوالي يونيو–أغسطس 2019'],
    [d('2019-09-01', '2019-12-31', 'year', { mod: 'late' }), 'late 2019', 'أواخر 2019'],
    [d('2018-01-01', '2018-03-31', 'quarter', { mod: 'early' }), 'early 2018', 'أوائل 2018'],
    [d('2019-10-01', '2019-12-31', 'quarter', { mod: 'late' }), 'late 2019', 'أواخر 2019'],
    [d('2022-05-11', '2022-12-31', 'year', { approximate: true }), '≈ 11 May–31 Dec 2022', 'حوالي 11 مايو–31 ديسمبر 2022'],
    [d('2019-01-01', '2020-12-31', 'year'), '2019–2020', '2019–2020'],
  ])('%o', (date, en, ar) => {
    expect(formatDateRange(date, 'en')).toBe(en);
    expect(formatDateRange(date, 'ar')).toBe(ar);
  });
});

describe('publicationDate', () => {
  it('day precision', () => {
    expect(publicationDate({ value: '2020-07-23', precision: 'day' })).toEqual({
      start: '2020-07-23', end: '2020-07-23', precision: 'day', approximate: false, mod: null, text: '', basis: 'publication',
      explanation: "No date in the text: the article's publication date, 23 Jul 2020",
      reason: { id: 'publication-day', day: '2020-07-23' },
    });
  });
  it('month precision', () => {
    const p = publicationDate({ value: '2018-01', precision: 'month' });
    expect(p).toMatchObject({ start: '2018-01-01', end: '2018-01-31', precision: 'month', basis: 'publication' });
  });
});
