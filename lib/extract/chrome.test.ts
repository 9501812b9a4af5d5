import { describe, expect, it } from 'vitest';
import { pageChromeLines } from './chrome';
import { extractArticle } from './index';
import { normalizeArabic } from './normalize';

const folded = (text: string) => normalizeArabic(text).text;
const chromeOf = (text: string) => { const f = folded(text); return pageChromeLines(f).map((l) => f.slice(l.start, l.end)); };

describe("a page's own words", () => {
  it.each([
    ['تم أضافة تعليقك سوف يظهر بعد المراجعة', true],
    ['لا توجد تعليقات على الخبر', true],
    ['اشترك مجانا بقناة الديار على يوتيوب', true],
    ['قد يهمــــك أيضـــا:', true],
    ['اقرأ أيضاً: السيسي يستقبل وزير الخارجية الروسي', true],
    // A sentence of the story that happens to hold such words is longer than the page's prompts.
    ['وقال الوزير في تعليقه على الزيارة إن المحادثات كانت مثمرة وإن البلدين سيواصلان التنسيق في المحافل الدولية كافة', false],
    ['اشترك الرئيس في القمة العربية أمس', false],
  ])('%s → %s', (line, chrome) => {
    expect(chromeOf(`التقى الوزير نظيره أمس.\n${line}\nوبحث الجانبان التعاون.`)).toEqual(chrome ? [folded(line)] : []);
  });
  it('nothing on such a line is an event, a speaker or a headline', () => {
    const text = 'اشترك مجانا بقناة الديار على يوتيوب\nالتقى وزير الخارجية اللبناني أمس نظيره القطري في الدوحة.\nتم أضافة تعليقك سوف يظهر بعد المراجعة';
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-11-27', precision: 'day' } });
    expect(events.map((e) => e.type)).toEqual(['meeting']);
    expect(events[0]!.mentions.map((m) => m.quote)).toEqual(['التقى وزير الخارجية اللبناني أمس نظيره القطري في الدوحة']);
  });
});
