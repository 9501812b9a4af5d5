import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../normalize';
import { findDurations, tellsEnding } from './durations';

const days = (text: string) => findDurations(foldForMatch(text)).map((d) => d.days);

describe('durations', () => {
  it.each([
    ['في زيارة تستغرق يومين', [2]],
    ['في زيارة عمل تستمر ثلاثة أيام', [3]],
    ['زيارة رسمية دامت ثلاثة أيام', [3]],
    ['على مدى يومين', [2]],
    ['على مدار خمسة أيام', [5]],
    ['لمدة أسبوع', [7]],
    ['لمدة أسبوعين', [14]],
    ['تستمر 4 أيام', [4]],
    ['يستمر يوما واحدا', [1]],
    ['مدتها يومان', []],
    ['تستغرق ساعتين', []],
    ['استمرت المحادثات طويلا', []],
    ['على مدى سنوات', []],
    ['لمدة 40 يوما', []],
    ['إن الزيارة ستستمر يومين', [2]],
    ['وستستغرق ثلاثة أيام', [3]],
    ['في جولة سيمتد أسبوعا', [7]],
    // The event's noun may stand between the verb and the count, definite or with a pronoun; not another count.
    ['وتستمر الزيارة يومين', [2]],
    ['حيث ستستغرق زيارته ثلاثة أيام', [3]],
    ['وتستغرق جولتها أسبوعا', [7]],
    ['تستمر الرحلة ساعتين', []],
    ['مستمر يومين', []],
  ])('%s → %j', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });
  it.each([
    ['اختتم الرئيس أمس زيارة', true],
    ['في ختام زيارته', true],
    ['وغادر الوزير الرياض', true],
    ['وصل الرئيس أمس', false],
    ['غادر الرئيس طهران اليوم متوجها إلى بغداد في زيارة تستمر 3 أيام', false],
    ['وغادرت الوزيرة العاصمة قاصدة الرياض', false],
    ['غادر العاصمة التونسية اليوم الرئيس التونسي قادما إلى الرباط في زيارة تستغرق ثلاثة أيام', false],
    ['وغادر الوزير بغداد عائدا إلى بلاده', true],
  ])('ending words: %s → %s', (text, expected) => {
    expect(tellsEnding(foldForMatch(text))).toBe(expected);
  });
});
