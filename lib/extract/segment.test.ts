import { describe, expect, it } from 'vitest';
import { segment } from './segment';
import { normalizeArabic, toOriginalSpan } from './normalize';

describe('segment', () => {
  const text = 'عنوان الخبر\nأكد لافروف، أن الزيارة ناجحة منذ الزيارة الأخيرة. وقال بوقادوم: "اتفقنا اليوم"، وكانت المحادثات جيدة.';
  const norm = normalizeArabic(text);
  const seg = segment(norm.text, () => false);
  it('finds sentences and headlines', () => {
    expect(seg.sentences.length).toBe(3);
    expect(seg.sentences[0]!.headline).toBe(true);
    expect(seg.sentences[1]!.headline).toBe(false);
  });
  it.each([
    ['طرابلس (ليبيا) - أ. ف. ب - التقى الوزير نظيره. وبحث الجانبان التعاون.', 2],
    ['وقال د. محمد إن الزيارة ناجحة. وأضاف أن المحادثات جيدة.', 2],
    ['وبلغ عدد الاتفاقيات 5. ووقع الجانبان مذكرة.', 2],
    // A page that lost the space after a full stop still ends its sentences there.
    ['وبحث الجانبان التعاون في مختلف المجالات.ووصل اليوم وفد روسي إلى دمشق.', 2],
    ['وقالت السفارة: "سيترأس الوفد الرئيس".وفي السياق ذاته، استقبل الرئيس الوفد.', 2],
    ['نقلت وكالة أ.ف.ب عن الوزير أن الزيارة ناجحة.', 1],
    ['بلغ النمو 3.5 في المئة هذا العام.', 1],
    // Some wires set sentences apart by a middle dot or a bullet between spaces; one inside a word or a list is no end.
    ['أكد الرئيس عمق العلاقات بين البلدين · وقال إن الكويت تهتم بتعزيزها · و تم توقيع عدد من الاتفاقيات', 3],
    ['التقى الوزير نظيره اليوم • وبحث الجانبان التعاون الثنائي', 2],
    ['وصل الوزير·إلى الرياض اليوم', 1],
  ])('a full stop ends a sentence unless it marks an initial or a decimal: %s → %i sentences', (t, n) => {
    expect(segment(normalizeArabic(t).text, () => false).sentences.length).toBe(n);
  });
  it('reads a short line that ends in a comma as prose going on, not a headline', () => {
    const t = normalizeArabic('استقبل الرئيس سفير جنوب إفريقيا الذي سلمه أوراق اعتماده،\nكما استقبل الرئيس سفير الصين الذي سلمه أوراق اعتماده،\nوقد جرت المراسم بمقر الرئاسة.').text;
    expect(segment(t, () => false).sentences.map((s) => s.headline)).toEqual([false, false, false]);
  });
  it('reads a short line split by «..» and ending in a question as a headline', () => {
    const t = normalizeArabic('رئيسة وزراء إيطاليا تزور الجزائر بعد شهر رمضان.. ما السبب؟\nأفادت الرئاسة اليوم بأن الزيارة تتم قريبا. فهل تتم؟').text;
    expect(segment(t, () => false).sentences.map((s) => s.headline)).toEqual([true, true, false, false]);
  });
  it.each([
    ['ويوم الإثنين الماضي، التقى الرئيس السفير لدى البلاد، السيد فلان، حيث ناقشا ملفات التعاو', false],
    ['قمة عربية طارئة، اليوم', true],
    ['والتقى الوزير في العاصمة مع الرئيس ونظيره، وترأس مع رئيس الوزراء ال', false],
    ['وزير الخارجية يلتقي الرئيس في العاصمة', true],
  ])('a short last line is a headline unless it continues prose (clauses on commas, «و» and a verb): %s', (line, headline) => {
    const t = normalizeArabic('بحث الوزير الأوضاع مع نظيره.\n' + line).text;
    const verbAt = (s: number, e: number) => ['والتقي', 'وترأس', 'يلتقي'].includes(t.slice(s, e));
    expect(segment(t, verbAt).sentences.at(-1)!.headline).toBe(headline);
  });
  const LONG_TITLE = 'وزير الخارجية الأمريكي يستقبل النائب الأول لرئيس مجلس الوزراء ووزير الداخلية الكويتي والوفد المرافق له في مقر وزارة الخارجية بالعاصمة واشنطن خلال زيارته الرسمية إلى الولايات المتحدة';
  it.each([
    ['the first line of the text, set apart by an empty line', LONG_TITLE + '\n\nاستقبل الوزير اليوم نظيره.', true],
    ['the first line of the text, prose right under it', LONG_TITLE + '\nاستقبل الوزير اليوم نظيره.', false],
    ['a line further down', 'استقبل الوزير اليوم نظيره.\n' + LONG_TITLE + '\n\nوبحث الجانبان التعاون.', false],
  ])('a line of 160 to 240 characters without a full stop is a headline only as %s', (_, text, headline) => {
    expect(text.split('\n').some((l) => l === LONG_TITLE) && LONG_TITLE.length > 160 && LONG_TITLE.length < 240).toBe(true);
    const t = normalizeArabic(text).text;
    const seg = segment(t, () => false);
    const title = seg.sentences.find((x) => t.slice(x.start, x.end).startsWith('وزير الخارجيه'))!;
    expect(title.headline).toBe(headline);
  });
  it.each([
    ['يزمع الرئيس زيارة الصين نهاية الشهر الجاري، في حين بحث مع ولي العهد خلال اتصال هاتفي تنسيق الجهود.', 'في حين'],
    ['وصل الوزير إلى بغداد أمس بينما غادر نظيره إلى عمان.', 'بينما'],
    ['وصل الوزير إلى بغداد أمس، وبينما غادر نظيره إلى عمان بقي الوفد.', 'وبينما'],
  ])('starts a new clause group at a contrastive: %s', (text, word) => {
    const t = normalizeArabic(text).text;
    const { clauses } = segment(t, () => false);
    const at = t.indexOf(normalizeArabic(word).text.split(' ').at(-1)!);
    const after = clauses.find((c) => c.start <= at && at < c.end)!;
    expect(after.group).toBeGreaterThan(clauses[0]!.group);
  });
  it('ends a sentence at a full stop before a bracketed dateline', () => {
    const t = normalizeArabic('وقال المصدر إن البرنامج يقتصر على زيارة الهند فقط».(أبوظبي - د ب أ)').text;
    const last = segment(t, () => false).sentences.at(-1)!;
    expect(t.slice(last.start, last.end)).toContain('ابوظبي');
    expect(t.slice(last.start, last.end)).not.toContain('الهند');
  });
  it('keeps offsets that map back to the original', () => {
    for (const c of seg.clauses) {
      const o = toOriginalSpan(norm, c.start, c.end);
      expect(o.start).toBeGreaterThanOrEqual(0);
      expect(o.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(o.start, o.end).length).toBeGreaterThan(0);
    }
  });
  it('a word joined by a hyphen («مون جيه-إن») is part of a name, not a complementiser', () => {
    const folded = normalizeArabic('وصل الوفد إلى سيول في زيارة تشمل لقاء مع الرئيس مون جيه-إن أمس.').text;
    expect(segment(folded, () => false).clauses.map((c) => c.startKind)).toEqual(['sentence']);
  });
  it('splits at complementisers and subordinators, and groups across commas', () => {
    const s1 = seg.clauses.filter((c) => c.sentence === 1);
    expect(s1.map((c) => c.startKind)).toEqual(['sentence', 'comp', 'sub']);
    expect(s1[1]!.group).toBe(s1[2]!.group);
    expect(s1[0]!.group).not.toBe(s1[1]!.group);
  });
  it.each([
    ['زيارة رسمية عقد خلالها مباحثات مع المستشارة', ['sentence', 'during']],
    ['زيارة رسمية لعدة ساعات يجتمع في خلالها بنظيره', ['sentence', 'during']],
    // Commas set off «خلالها» as clauses of the same time.
    ['في زيارة يلتقي، خلالها، كبار المسؤولين', ['sentence', 'during', 'punct', 'punct']],
    // Not after a noun («من خلالها»), nor after a verb joined by و, which opens a clause of its own already.
    ['زيارة تأتي من خلالها رسالة', ['sentence']],
  ])('opens a clause of the same time at a verb that happened during the event before it: %s', (phrase, kinds) => {
    const verbs = new Set(['عقد', 'يلتقي', 'يجتمع']);
    const folded = normalizeArabic(phrase).text;
    const during = segment(folded, (a, b) => verbs.has(folded.slice(a, b)));
    expect(during.clauses.map((c) => c.startKind)).toEqual(kinds);
    expect(new Set(during.clauses.map((c) => c.group)).size).toBe(1);
  });
  it.each([
    // «وصل» right after the relative pronoun is the relative clause's verb, not a new clause joined by و.
    ['استقبل الرئيس الوزير، الذي وصل إلى البلاد في زيارة رسمية', ['sentence', 'sub']],
    ['استقبل الرئيس الوزير، ووصل الوفد إلى البلاد', ['sentence', 'hard']],
  ])('a verb beginning with و opens a clause only after another word of its clause: %s', (phrase, kinds) => {
    const verbs = new Set(['وصل', 'ووصل', 'استقبل']);
    const folded = normalizeArabic(phrase).text;
    expect(segment(folded, (a, b) => verbs.has(folded.slice(a, b))).clauses.map((c) => c.startKind)).toEqual(kinds);
  });
  it.each([
    // «وقّعتا»: the و is the verb's own first letter; the verb goes on the clause its subject opened.
    ['أن تونس واليابان وقعتا اتفاقيتين', ['sentence']],
    // «ووقّع»: the first و joins a clause of its own.
    ['التقى الوزيران أمس ووقعا اتفاقيتين', ['sentence', 'punct']],
  ])('a verb whose own first letter is و is no conjunction: %s', (phrase, kinds) => {
    const folded = normalizeArabic(phrase).text;
    const verbs = new Set(['وقعتا', 'ووقعا', 'التقي']);
    const rootLetter = (at: number) => /^وقع/.test(folded.slice(at));
    expect(segment(folded, (a, b) => verbs.has(folded.slice(a, b)), () => false, rootLetter).clauses.map((c) => c.startKind)).toEqual(kinds);
  });
  it.each([
    ['سكوبيا (ومع): استقبلت الرئيسة اليوم الوزير', false, false],
    ['عمان - بترا: التقى الوزير نظيره اليوم', false, false],
    ['الرباط:”صدى البرلمان”//-استقبل الملك الوزير', false, false],
    ['وقال الوزير: نحن نرحب بالزيارة', false, true],
    ['وأكد البيان أن الجانبين اتفقا على ما يلي: تعزيز التعاون', false, true],
    // In a headline the colon sets off what follows the words before it.
    ['هاتف نظيره عطاف: وزير الخارجية الفرنسي مرتقب في الجزائر هذا الأحد', true, true],
  ])('a colon after a dateline at the start of a line of the story opens no quotation: %s', (line, headline, opensQuote) => {
    const folded = normalizeArabic(`عنوان\n${line}${headline ? '' : ' في العاصمة، وبحث معه العلاقات الثنائية بين البلدين.'}`).text;
    const speech = (at: number) => /^(?:وقال|وأكد)/.test(folded.slice(at));
    const clauses = segment(folded, () => false, speech).clauses.filter((c) => c.sentence === 1);
    expect(clauses.some((c) => c.startKind === 'quote')).toBe(opensQuote);
  });
  it('starts a new group at a quotation', () => {
    const s2 = seg.clauses.filter((c) => c.sentence === 2);
    expect(s2.some((c) => c.startKind === 'quote')).toBe(true);
  });
  it('handles empty and punctuation-only text', () => {
    expect(segment('', () => false).clauses).toEqual([]);
    expect(segment('... ،،', () => false).sentences.length).toBeLessThanOrEqual(1);
  });
});
