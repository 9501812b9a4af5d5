import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { normalizeArabic } from './normalize';
import { softLineBreaks, unwrapped } from './wrapped-lines';

/** Re-wraps prose into a column of at most `width` characters, breaking between words as a narrow page does. */
function column(prose: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of prose.split(' ')) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

const STORY = 'التقى وزير الخارجية الأردني أيمن الصفدي صباح اليوم الثلاثاء مع الرئيس اللبناني ميشال عون في بيروت، وبحث معه العلاقات الثنائية والأوضاع في المنطقة. وتأتي زيارة الصفدي إلى لبنان في إطار جولة عربية تشمل سوريا والعراق. ومن المقرر أن يلتقي الصفدي ظهر اليوم نظيره اللبناني عبد الله بو حبيب لبحث ملفات التعاون بين البلدين والتنسيق في المحافل الدولية.';

describe('a hard-wrapped column', () => {
  it.each([[30], [36], [45], [60]])('at %d characters: every break inside a sentence is a soft one', (width) => {
    const text = column(STORY, width);
    const breaks = softLineBreaks(text);
    expect(breaks.length).toBeGreaterThan(0);
    for (const at of breaks) expect(text[at]).toBe('\n');
    // No break after a full stop is taken for a wrap.
    for (const at of breaks) expect(text[at - 1]).not.toBe('.');
    expect(unwrapped(text, breaks)).toHaveLength(text.length);
  });

  it.each([[60], [100], [120]])('double-spaced at %d characters: the blank line between two lines of a sentence wraps too', (width) => {
    const text = column(`${STORY} ${STORY}`, width).replace(/\n/g, '\n\n');
    const breaks = softLineBreaks(text);
    expect(breaks.length).toBeGreaterThan(0);
    for (const at of breaks) expect(text[at]).toBe('\n');
    // Each wrap is both breaks of its blank line, never one after a full stop.
    for (const at of breaks) expect(breaks.includes(at + 1) || breaks.includes(at - 1)).toBe(true);
    for (const at of breaks) expect(text[at - 1] === '.' || text[at - 2] === '.').toBe(false);
  });

  it('a column under a header of short lines (the site, a date, a headline, a byline) is a column still', () => {
    const text = 'جريدة الوطن\n- الثلاثاء 13 مارس 2018\nالصفدي في بيروت اليوم\nكتب محمد علي\n' + column(STORY, 60);
    const breaks = softLineBreaks(text);
    expect(breaks.length).toBeGreaterThan(3);
    // The header's own line ends stay ends.
    expect(breaks.every((at) => at > text.indexOf('كتب محمد علي'))).toBe(true);
  });

  it.each([
    // Paragraphs, one a line, ending in full stops.
    ['وصل الرئيس إلى القاهرة اليوم.\nوالتقى نظيره المصري في قصر الاتحادية.\nوبحث الجانبان العلاقات الثنائية.\nثم عقدا مؤتمرا صحفيا مشتركا.\nوغادر الرئيس مساء اليوم.\nوكان في وداعه رئيس الوزراء.'],
    // A page's menu: short lines of uneven length, without stops.
    ['الرئيسية\nأخبار عربية ودولية\nاقتصاد\nرياضة\nمنوعات وثقافة وفنون\nاتصل بنا\nمن نحن'],
    // Headlines over a paragraph.
    ['الصفدي في بيروت\nجولة عربية\n\nالتقى وزير الخارجية الأردني الرئيس اللبناني اليوم في بيروت وبحث معه العلاقات.'],
    // Paragraphs a blank line apart, each ending its sentence.
    ['وصل الرئيس إلى القاهرة اليوم في زيارة رسمية تستغرق يومين.\n\nوالتقى نظيره المصري في قصر الاتحادية بحضور الوزراء.\n\nوبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة.\n\nثم عقدا مؤتمرا صحفيا مشتركا في القصر الجمهوري.\n\nوغادر الرئيس مساء اليوم عائدا إلى بلاده بعد الزيارة.\n\nوكان في وداعه رئيس الوزراء وعدد من المسؤولين.'],
    // Too few lines to tell a column.
    ['التقى وزير الخارجية الأردني\nالرئيس اللبناني اليوم في بيروت'],
  ])('no wraps in ordinary layout: %s', (text) => {
    expect(softLineBreaks(text)).toEqual([]);
    expect(unwrapped(text, softLineBreaks(text))).toBe(text);
  });

  it.each([
    // The next line opens with a word no sentence opens with.
    ['وصل وزير الخارجية السعودي اليوم الخميس 27 أغسطس\nإلى بغداد في زيارة رسمية.', 'أغسطس'],
    // The line ends on a word that needs what follows.
    ['بحث الوزيران الأوضاع بين\nالبلدين والتعاون الثنائي.', 'بين'],
    ['وأكد الجانبان على أهمية التنسيق في\nالمحافل الدولية.', 'في'],
    ['وقال المتحدث إن الوزير سيلتقي نظيره الذي\nوصل أمس إلى الرياض.', 'الذي'],
  ])('a break inside a sentence, told by its words, is soft in a page of any shape: %s', (text, before) => {
    expect(softLineBreaks(text)).toEqual([text.indexOf(before) + before.length]);
  });
  it.each([
    ['وصل الرئيس إلى القاهرة\nوالتقى نظيره المصري.'],
    ['السيسي يستقبل وزير الخارجية السعودي\nاستقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية.'],
    ['وصل الوزير إلى الرياض في\n\nزيارة رسمية.'],
  ])('a line that may end a headline or a sentence, or a blank line, keeps its break: %s', (text) => {
    expect(softLineBreaks(text)).toEqual([]);
  });
  it('reads as spaces in the matching copy, while the stored text keeps its breaks', () => {
    const text = column(STORY, 36);
    const norm = normalizeArabic(text);
    expect(norm.text).not.toContain('\n');
    expect(norm.softBreaks).toEqual(softLineBreaks(text));
    expect(text).toContain('\n');
  });

  it.each([[30], [36], [45]])('at %d characters tells the same events as the prose, dated by its own words', (width) => {
    const brief = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2021-11-09', precision: 'day' } })
      .filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start} «${e.date!.text.replace(/\s+/g, ' ')}»`).sort();
    const prose = brief(STORY);
    expect(prose).toContain('meeting planned 2021-11-09 «ظهر اليوم»');
    expect(brief(column(STORY, width))).toEqual(prose);
  });
});
