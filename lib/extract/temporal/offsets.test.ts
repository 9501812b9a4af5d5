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
    ['بعد نحو من أسبوع من اتصال هاتفي', -1, 'week', true],
    ['قبل حوالي من ثلاثة أيام من القمة', 3, 'day', true],
    ['قبل أسبوع من الانتخابات', 1, 'week', false],
    ['بعد عامين من توقيع الاتفاق', -2, 'year', false],
    ['بعد يوم واحد من انتخاب الرئيس', -1, 'day', false],
  ])('%s → %d %s', (text, count, unit, approximate) => {
    expect(findEventOffsets(foldForMatch(text)).map((o) => [o.count, o.unit, o.approximate])).toEqual([[count, unit, approximate]]);
  });
  it.each([
    ['وفي اليوم التالي التقى'], ['وفي صباح اليوم التالي وصل'], ['في اليوم الذي يليه'], ['وفي اليوم الذي تلاه'], ['ثاني يوم'],
  ])('the day after the event told before: %s', (text) => {
    expect(findEventOffsets(foldForMatch(text)).map((o) => [o.count, o.unit, o.following])).toEqual([[1, 'day', true]]);
  });
  it.each([
    ['وبعدها بيومين زار', 2, 'day'], ['وبعد ذلك بثلاثة أيام التقى', 3, 'day'], ['بعده بيوم', 1, 'day'], ['وعقبها بأسبوع', 1, 'week'],
    ['وبعد ذلك بعامين', 2, 'year'],
  ])('counted from the event told before: %s → %d %s', (text, count, unit) => {
    expect(findEventOffsets(foldForMatch(text)).map((o) => [o.count, o.unit, o.following])).toEqual([[count, unit, true]]);
  });
  it.each([
    ['عشية انطلاق المحادثات'], ['وذلك عشية القمة'],
  ])('the eve of the event named after it: %s', (text) => {
    expect(findEventOffsets(foldForMatch(text)).map((o) => [o.count, o.unit, o.following])).toEqual([[1, 'day', false]]);
  });
  it.each([
    // «في اليوم التالي لـ …»: the event it follows is named after it, not the one told before.
    ['غداة لقاء أجراه مع نظيره'], ['وذلك غداة القمة'], ['في اليوم التالي لوصوله'], ['في اليوم التالي من الزيارة'],
  ])('the morrow of the event named after it, which came the day before: %s', (text) => {
    expect(findEventOffsets(foldForMatch(text)).map((o) => [o.count, o.unit, o.following])).toEqual([[-1, 'day', false]]);
  });
  it.each([
    ['وذلك قبيل مباحثات الرئيس مع رئيس الوزراء'], ['بعيد وصوله إلى المطار'], ['قبيل انطلاق القمة'],
  ])('within hours of the event of its clause, on its day: %s', (text) => {
    expect(findEventOffsets(foldForMatch(text)).map((o) => [o.count, o.unit, o.approximate])).toEqual([[0, 'day', true]]);
  });
  it.each([
    ['غداة الأحد'], ['غداة أمس'], ['قبيل الأحد'], ['قبيل أن يستقبل الوزير'], ['قبيل اليوم'],
    ['عشية الأحد'], ['عشية هذا اليوم'], ['عشية اليوم'], ['عشية أمس'],
    ['بعد ثلاثة أيام'], ['قبل عامين'], ['وبعدها بأيام'], ['بعدها بساعات'], ['بعد الزيارة'], ['منذ ثلاثة أيام من'],
    ['اليوم التاليه'],
  ])('no offset: %s', (text) => {
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
  it.each([
    ['2013-01-21', '2013-01-22', '2013-01-22'],
    ['2013-01-21', '2013-01-21', '2013-01-22'],
    ['2020-02-28', '2020-03-01', '2020-02-29'],
    ['2019-12-31', '2019-12-31', '2020-01-01'],
  ])('the day after a stay of %s..%s is %s: the day after its first', (start, end, expected) => {
    const [offset] = findEventOffsets(foldForMatch('وفي اليوم التالي'));
    expect(shiftedDate({ ...day(start), end }, offset!, 'اليوم التالي')).toMatchObject({ start: expected, end: expected, precision: 'day' });
  });
  it('the day after a month is no day', () => {
    const [offset] = findEventOffsets(foldForMatch('وفي اليوم التالي'));
    expect(shiftedDate({ ...day('2020-03-01'), end: '2020-03-31', precision: 'month' }, offset!, 'اليوم التالي')).toBeNull();
  });
});
