/** Offsets always point into the original text, whatever tatweel, diacritics and glued words it carries. */
import { describe, expect, it } from 'vitest';
import { findTemporalMentions } from './index';

const pub = { value: '2020-07-23', precision: 'day' as const };

describe('offsets map back to the original text', () => {
  const texts = [
    'وصل الوزير الأَرْبِعَاءَ إلى موسكو، وعاد أمسِ.',
    'زار الوفد الجزائر في أكتـــوبر 2017 ثم في يَنَايِرَ ٢٠٢٠.',
    'سيُعقد الاجتماع في النِّصْفِ الثّاني من العامِ الجاري.',
    'وفي ١٥ رمضان ١٤٤١ هـ الموافق ٨ مايو ٢٠٢٠م صدر المرسوم.',
    'والعـــام الماضي، وغداً، وبعد غدٍ، وقريباً.',
    '\u200fوصل الوفد\u200f يوم\u00a0الأحد 19 كانون الثاني/ يناير 2020.',
  ];
  it.each(texts)('%s', (text) => {
    const ms = findTemporalMentions(text, pub);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (m.date) expect(m.date.text).toBe(m.text);
      // A mention never starts or ends on whitespace.
      expect(m.text).toBe(m.text.trim());
    }
  });

  it('keeps a trailing tanween and the tatweel of هـ inside the span', () => {
    const ms = findTemporalMentions('يصل الوفد غداً، وتوفي في 15 رمضان 1441 هـ.', pub);
    expect(ms.map((m) => m.text)).toEqual(['غداً', '15 رمضان 1441 هـ']);
  });

  it('leaves glued و/ب/ل and prepositions outside the span', () => {
    const text = 'وفي أكتوبر 2017 وبأكتوبر 2018 ولعام 2019 والعام الماضي';
    expect(findTemporalMentions(text, pub).map((m) => m.text)).toEqual(['أكتوبر 2017', 'أكتوبر 2018', 'عام 2019', 'العام الماضي']);
  });

  it('finds the longest phrase and no overlaps', () => {
    const ms = findTemporalMentions('عقد الاجتماع الأحد 19 يناير 2020 في برلين', pub);
    expect(ms).toHaveLength(1);
    expect(ms[0]?.text).toBe('الأحد 19 يناير 2020');
    expect(ms[0]?.kind).toBe('absolute');
  });
});
