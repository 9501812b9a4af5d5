import { describe, expect, it } from 'vitest';
import { scanLexicon } from './match';
import { withoutLookalikeReadings } from './tags';
import { normalizeArabic } from './normalize';
import { extractEntities } from './entities';

function ids(s: string): string[] {
  const n = normalizeArabic(s).text;
  return scanLexicon(n).flatMap((m) => m.entries.map((e) => ('id' in e ? e.id : 'type' in e ? `${e.kind}:${e.type}` : e.kind)));
}

describe('gazetteer matching', () => {
  it('splits names glued with و', () => {
    expect(ids('بين الجزائروموسكو')).toEqual(['DZ', 'moscow']);
    expect(ids('بين روسياوالجزائر')).toEqual(['RU', 'DZ']);
    expect(ids('إن موسكووالجزائر شريكان')).toEqual(['moscow', 'DZ']);
  });
  it('matches multi-word names whose space went missing', () => {
    expect(ids('مبعوث الأممالمتحدة')).toContain('un');
  });
  it('matches spelling variants, diacritics and tatweel', () => {
    expect(ids('سيرجي لافروف')).toEqual(['lavrov']);
    expect(ids('سيرغي لافروف')).toEqual(['lavrov']);
    expect(ids('بوقادم')).toEqual(['boukadoum']);
    expect(ids('العمامرة')).toEqual(['lamamra']);
    expect(ids('شوڨاييف')).toEqual(['shugaev']);
    expect(ids('تبـون')).toEqual(['tebboune']);
    expect(ids('مِيدفيدِف')).toEqual(['medvedev']);
  });
  it.each([
    // A hard G written «ج», as Egyptian outlets write it, or «غ»: the same person.
    ['مارتن جريفيث', ['griffiths']],
    ['مارتن غريفيث', ['griffiths']],
    ['بيني وونغ', ['pennywong']],
    ['غبران باسيل', ['bassil']],
    // The «غ» of «gh» in an Arabic name is no G: «جني» is a word, not Ashraf Ghani.
    ['أشرف جني', []],
  ])('matches a G written either way in a name whose English form has one: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
  it('strips clitics: و ف ب ل ك ال لل', () => {
    // «للاجتماع»: ل + the article, its alef elided, before a form the lexicon writes bare.
    expect(ids('للاجتماع')).toEqual(['trigger:meeting']);
    expect(ids('وللمؤتمر')).toEqual(['trigger:conference']);
    expect(ids('وبوتين')).toEqual(['putin']);
    expect(ids('بالجزائر')).toEqual(['DZ']);
    expect(ids('للجزائر')).toEqual(['DZ']);
    expect(ids('الروسية')).toEqual(['RU']);
  });
  it('reads a definite phrase: an adjective agreeing in the article, the second term of a construct («أوراق الاعتماد»)', () => {
    expect(ids('الاجتماع الوزاري')).toEqual(['trigger:conference']);
    expect(ids('للاجتماع الوزاري')).toEqual(['trigger:conference']);
    expect(ids('تسليم أوراق الاعتماد')).toEqual(['trigger:appointment']);
  });
  it('does not match inside longer words', () => {
    expect(ids('مصريات')).toEqual([]);
    expect(ids('واجتماعية')).toEqual([]);
  });
  it('recognises trigger variants with suffixes and the future prefix', () => {
    expect(ids('زيارته')).toEqual(['trigger:visit']);
    expect(ids('محادثاته')).toEqual(['trigger:meeting']);
    expect(ids('وسيزور')).toContain('trigger:visit');
  });
});

describe('entities', () => {
  const ents = (s: string, date: string | null = '2020-07-22') => {
    const n = normalizeArabic(s).text;
    return extractEntities(n, scanLexicon(n), date, () => 0);
  };
  it('resolves a bare title by role, country and date', () => {
    expect(ents('قال وزير الخارجية الروسي إن').map((e) => e.id)).toEqual(['lavrov']);
    expect(ents('قال وزير الخارجية الجزائري إن').map((e) => e.id)).toEqual(['boukadoum']);
    expect(ents('قال وزير الخارجية الجزائري إن', '2022-05-10').map((e) => e.id)).toEqual(['lamamra']);
  });
  it('keeps unknown people introduced by a title, even when the gazetteer has another holder that day', () => {
    // On 2020-07-22 the gazetteer's Mauritanian foreign minister is Ismail Ould Cheikh Ahmed: the name written wins.
    const e = ents('وقال وزير الخارجية الموريتاني محمد سالم مرزوك إن');
    expect(e[0]?.kind).toBe('person');
    expect(e[0]?.nameAr).toBe('محمد سالم مرزوك');
    expect(e[0]?.country).toBe('MR');
  });
  it.each([
    // A given name of two words («عبد الوهاب») after the title is as much the written name as one of one word.
    ['التقى رئيس الوزراء المصري عبد الوهاب عبد الرازق أمس', 'عبد الوهاب عبد الرازق'],
    // «عبد» and «أبو» make one name with the word after them: «عبد الرازق» is one of the three words a name may run to.
    ['قال وزير الخارجية الأردني خالد عبد الرحمن العلي إن', 'خالد عبد الرحمن العلي'],
    ['قال وزير الخارجية الأردني خالد أبو بكر السالم إن', 'خالد ابو بكر السالم'], // (this helper reads names off the folded text)
    // «المستشار» between the title and the name is a style, as «السيد» is; with a nationality after it, a chancellor.
    ['استقبل الرئيس رئيس مجلس الشيوخ المصري المستشار عبد الوهاب عبد الرازق أمس', 'عبد الوهاب عبد الرازق'],
  ])('the name written after a title wins over the gazetteer\'s holder: %s', (text, name) => {
    const people = ents(text, '2022-05-10').filter((x) => x.kind === 'person');
    expect(people.map((x) => x.nameAr)).toEqual([name]);
  });
  it('«المستشار» with a nationality after it is a chancellor, not a style', () => {
    expect(ents('التقى الرئيس المصري المستشار الألماني أولاف شولتس أمس', '2023-03-01').filter((x) => x.kind === 'person').map((x) => x.id)).toEqual(['sisi', 'scholz']);
  });
  it('a name the gazetteer knows a word after the title is the person, given name and all («الرئيس الأمريكي جوزيف بايدن»)', () => {
    const e = ents('التقى الرئيس الأمريكي جوزيف بايدن أمس نظيره المصري', '2022-11-12');
    expect([...new Set(e.filter((x) => x.kind === 'person').map((x) => x.id))]).toEqual(['biden', 'sisi']);
  });
  it.each([
    ['حل رئيس الجمهورية السيد « محمد منصف المرزوقي » بعد ظهر أمس بمطار باريس', '2012-07-18', 'marzouki'],
    ['واستقبل رئيس الجمهورية السيد محمد منصف المرزوقي الوفد', '2012-07-18', 'marzouki'],
  ])('a given name the gazetteer\'s form leaves out, between the title and the name, is the person\'s: %s', (text, date, id) => {
    expect(ents(text, date).filter((x) => x.kind === 'person').map((x) => x.id)).toEqual([id]);
  });
  it('reads الجزائر after an arrival verb as the capital', () => {
    const e = ents('ووصل لافروف إلى الجزائر في زيارة');
    expect(e.find((x) => x.kind === 'city')?.id).toBe('algiers');
    expect(ents('علاقات روسيا مع الجزائر').some((x) => x.kind === 'city')).toBe(false);
  });
  it('resolves «نظيره الجزائري» from the other minister', () => {
    expect(ents('والتقى لافروف نظيره الجزائري في موسكو').map((e) => e.id)).toEqual(['lavrov', 'boukadoum', 'moscow']);
  });
});

describe('words glued for want of a space', () => {
  const ents = (s: string) => withoutLookalikeReadings(scanLexicon(normalizeArabic(s).text)).flatMap((m) => m.entries.filter((e) => e.kind === 'entity' || e.kind === 'person').map((e) => ('id' in e ? e.id : '')));
  it.each([
    // The words as written win over a reading that supposes a space left out.
    ['ووصل ملك البحرين إلى سوتشي الأحد', 'sochi', 'suukyi'],
    ['والتقت سو تشي وزير الخارجية', 'suukyi', 'sochi'],
    // With no word written so, the glued reading stands.
    ['وقال أبوالغيط إن الزيارة ناجحة', 'aboulgheit', null],
  ])('%s', (text, found, notFound) => {
    expect(ents(text)).toContain(found);
    if (notFound) expect(ents(text)).not.toContain(notFound);
  });
});

describe('lookalikes', () => {
  const readings = (s: string, kind: string) => withoutLookalikeReadings(scanLexicon(normalizeArabic(s).text)).flatMap((m) => m.entries.filter((e) => e.kind === kind).map(() => normalizeArabic(s).text.slice(m.start, m.end)));
  it('«كذلك» is \'also\': no ك + «ذلك» pointing back', () => {
    expect(readings('ضمن جولة قادته كذلك إلى فنزويلا', 'marker')).toEqual([]);
    expect(new Set(readings('وأجرى الوزير قبل ذلك محادثات', 'marker'))).toEqual(new Set(['ذلك']));
  });
  it.each([
    // «تدخل في إطار» (falls within) is no intervention.
    ['و تدخل في إطار تعميق الحوار السياسي', 'تدخل', []],
    ['وهي زيارة تدخل ضمن جولة إقليمية', 'تدخل', []],
    ['وتأتي الخطوة بعد التدخل العسكري في البلاد', 'تدخل', ['التدخل العسكري']],
    // «فتح تحقيق», «فتح باب» open no place.
    ['وأعلنت النيابة أنه تم فتح تحقيق ضد الوزيرة اليوم', 'فتح', []],
    ['وأكد أن الزيارة تفتح آفاقا وأنها فتح باب التعاون', 'فتح', []],
    ['وشهد الرئيس اليوم فتح المعبر أمام المسافرين', 'فتح', ['فتح']],
    // A crowd's welcome is no reception of talks.
    ['ونظم السكان استقبالا شعبيا للرئيس لدى عودته', 'استقبال', []],
    ['وحظي الرئيس باستقبال جماهيري حاشد', 'استقبال', []],
    ['وجرى خلال الاستقبال بحث العلاقات', 'استقبال', ['الاستقبال']],
  ])('a phrase that only looks like an event is none: %s', (text, stem, triggers) => {
    expect([...new Set(readings(text, 'trigger').filter((t) => t.includes(stem)))]).toEqual(triggers);
  });
  it('«وزارة» is no و + زار', () => {
    expect(readings('أعلنت وزارة الخارجية', 'trigger')).toEqual([]);
  });
});
