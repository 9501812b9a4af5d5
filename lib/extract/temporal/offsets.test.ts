import { describe, expect, it } from 'vitest';
import type { EventDate } from '@/lib/domain/event';
import { foldForMatch } from '../normalize';
import { findEventOffsets, shiftedDate } from './offsets';

const day = (d: string): EventDate => ({ start: d, end: d, precision: 'day', approximate: false, mod: null, text: '', basis: 'explicit', explanation: '' });

describe('offsets from another event', () => {
  it.each([
    ['بعد ثلاثة أيام من زيارة', -3, 'day', false],
    ['قبل يومين من القمة', 2, 'day', false],
    ['بعد نحو شهر من تلقيه دعوة', -1, 'month', true],
    ['قبل أسبوع من الانتخابات', 1, 'week', false],
    ['بعد عامين من توقيع الاتفاق', -2, 'year', false],
  ])('%s → %d %s', (text, count, unit, approximate) => {
    expect(findEventOffsets(foldForMatch(text)).map((o) => [o.count, o.unit, o.approximate])).toEqual([[count, unit, approximate]]);
  });
  it.each([['بعد ثلاثة أيام'], ['قبل عامين'], ['بعد الزيارة'], ['منذ ثلاثة أيام من']])('no offset: %s', (text) => {
    expect(findEventOffsets(foldForMatch(text))).toEqual([]);
  });
  it.each([
    ['2018-07-23', 'بعد ثلاثة أيام من', '2018-07-20', '2018-07-20', 'day'],
    ['2018-03-25', 'بعد نحو شهر من', '2018-02-01', '2018-02-28', 'month'],
    ['2024-01-31', 'قبل شهر من', '2024-02-01', '2024-02-29', 'month'],
    ['2020-01-01', 'بعد يومين من', '2019-12-30', '2019-12-30', 'day'],
  ])('from %s, «%s» → %s..%s %s', (from, phrase, start, end, precision) => {
    const [offset] = findEventOffsets(foldForMatch(phrase + ' زيارة'));
    expect(shiftedDate(day(from), offset!, phrase)).toMatchObject({ start, end, precision });
  });
});
