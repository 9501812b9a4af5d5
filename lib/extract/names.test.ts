import { describe, expect, it } from 'vitest';
import { foldForMatch, normalizeArabic, toOriginalSpan } from './normalize';
import { findNamedPeople, nameLike } from './names';

/** The names found in a sentence, as written (no lexicon words known: every word is free). */
function names(text: string): string[] {
  const norm = normalizeArabic(text);
  return findNamedPeople(norm.text, [], () => false).map((s) => { const o = toOriginalSpan(norm, s.start, s.end); return text.slice(o.start, o.end); });
}

describe('people named without a title', () => {
  it.each([
    ['التقى عضو المجلس محمود الصبيحي بالسفيرة.', ['محمود الصبيحي']],
    // A verb after a name in reported speech («أن سليمان يترأس وفدا») ends it.
    ['وذكر البيان أن سليمان يترأس وفدا وزاريا.', []],
    // Right after a relative pronoun stands its verb («أشرف», supervised), not a name.
    ['وتحادث الرئيس مع رئيس الوزراء الذي أشرف رفقته على التوقيع على إعلان مشترك.', []],
    ['وتحادث الرئيس مع الوزيرة التي أشرفت رفقته على التوقيع على إعلان مشترك.', []],
    // After «برئاسة» (headed by), a name the table does not know, up to an office noun.
    ['بحث الوزير مع الوفد البرلماني البرازيلي برئاسة أرليندو شيناليا عضو مجلس النواب سبل التعاون.', ['أرليندو شيناليا']],
    ['واستقبل الرئيس وفدا برئاسة الوزير الأول.', []],
    ['وكانت الخرطوم قد سمّت ياسر خضر سفيرا.', ['ياسر خضر']],
    ['واستقبله عصام الحداد ومساعده.', ['عصام الحداد']],
    ['وحضر اللقاء عبد الرحمن الشمري، وزير المالية.', ['عبد الرحمن الشمري']],
    ['وكان في استقباله مهدي أحمد جوليد ونظيره.', ['مهدي أحمد جوليد']],
    // A given name that is also a common word does not start a name.
    ['وأكد على أهمية التعاون.', []],
    // A place named after someone is a place («متحف زايد الوطني», «بجامعة محمد الخامس»).
    ['وعقد اللقاء في متحف زايد الوطني.', []],
    ['وألقى محاضرة بجامعة محمد الخامس.', []],
    ['في إطار حسن الجوار بين البلدين.', []],
    // A preposition, a plural or an object pronoun ends a name; a name needs a second word.
    ['وأثارت زيارة قابوس تكهنات في الصحف.', []],
    ['ويحضر سلمان لحضورها.', []],
    ['وقال فيصل إن الزيارة ناجحة.', []],
    ['والتقى أحمد، وزير الخارجية، نظيره.', []],
    // «بن» and «آل» link a long name; a father's name inside it is no person of its own; a ruler's epithet ends it.
    ['استقبل هيثم بن طارق المعظم السفراء.', ['هيثم بن طارق']],
    ['وحضر محمد بن سلمان آل سعود الحفل.', ['محمد بن سلمان آل سعود']],
    ['وقال إن طارق بن زياد عبر المضيق.', ['طارق بن زياد']],
    // An office noun after the name opens the person's role.
    ['وقال أحمد بن سعيد الرميحي مدير المكتب الإعلامي إن السنغال قررت.', ['أحمد بن سعيد الرميحي']],
    // A day name after the name is the dateline's, and a given name after «شهر» is the month.
    ['وقال هوغو تشافيز السبت إن الجولة تبدأ قريبا.', []],
    ['وقال ياسر خضر الأحد إن الجولة تبدأ قريبا.', ['ياسر خضر']],
    ['وتتم الزيارة بعد شهر رمضان الكريم.', []],
    ['وقد يلتقي رمضان العمامرة نظيره.', ['رمضان العمامرة']],
    ['وتعقد القمة يومي 26 و27 من رمضان الجاري في مكة.', []],
    // A given name that is also an adjective («نادر الحدوث») does not start a name.
    ['وهو أمر نادر الحدوث في الدبلوماسية.', []],
    // «حسب» is «according to» before a name or a title, not the given name Hasab.
    ['وسيناقش الاجتماع سياسة الهند حسب قول سفيرها.', []],
    ['وجاء الاجتماع حسب مصادر مطلعة في موعده.', []],
    // European given names that start like a clitic (ب، ل، و) start a name; the clitic words themselves do not.
    ['والتقى الوزير بيتر سيارتو نظيره.', ['بيتر سيارتو']],
    ['وقال لوران فابيوس إن الحوار مستمر.', ['لوران فابيوس']],
    ['وقال وليام هيغ إن الزيارة ناجحة.', ['وليام هيغ']],
    ['والتقى بوريس جونسون بالوزير.', ['بوريس جونسون']],
    // Phrases that follow a title and start like a name are none; «الله» after such a word makes a compound given name.
    ['وحل الرئيس ضيف شرف في الاحتفال.', []],
    ['وسعى الوفد إلى تحقيق أكبر قدر ممكن من التفاهم.', []],
    ['ورحب الأمير بالضيوف متمنيا لهم طيب المقام في قطر.', []],
    ['وكانت الزيارة نقطة تحول رفعت مستوى التعاون بين البلدين.', []],
    // «باسم» before a noun is «in the name of»; before another name it is a given name.
    ['وعبر الرئيس بوهاري، باسم الوفد المرافق له، عن امتنانه.', []],
    ['وحضر باسم عوض الله، وزير المالية.', ['باسم عوض الله']],
    ['وتسلم الأمين العام ضيف الله الفايز، أمس، نسخة من أوراق الاعتماد.', ['ضيف الله الفايز']],
    // A blessing with God as its subject and a pronoun on its object is no compound name.
    ['في عهد الملك المؤسس -طيب الله ثراه- بدأت العلاقات.', []],
    ['وتسلم الأمين العام نصر الله الحمد، أمس، نسخة من أوراق الاعتماد.', ['نصر الله الحمد']],
    // A meal the person is the subject of ends a name.
    ['ويتناول الوزير نبيل عمار عشاء مع نظيره الإيطالي.', ['نبيل عمار']],
    ['وأقام يوسف الشاهد مأدبة غداء على شرف ضيفه.', ['يوسف الشاهد']],
    // A relative pronoun or the week of a date ends a name.
    ['واستقبل الرئيس بسام الصباغ اللذان سلماه الدعوة.', ['بسام الصباغ']],
    ['ويتوجه لوران فوسكييه الأسبوع المقبل إلى تونس.', ['لوران فوسكييه']],
    // After the first word, ب and ل open family names as often as they are prepositions; a preposition with the
    // article, a pronoun, or of the stop words ends the name.
    ['والتقى المبعوث الألماني كريستيان باك بالوزيرة.', ['كريستيان باك']],
    ['واستقبل الوزير عبد القادر بلعيد ونائبه.', ['عبد القادر بلعيد']],
    // «أول» after a name opens what the person is («أول سفير لها»), not a name word.
    ['وعينت كولومبيا خورخي إيفان أوسبينا أول سفير لها.', ['خورخي إيفان أوسبينا']],
    // An «عبد» name written as one word is a given name too.
    ['والتقى نائب الوزير، عبدالواحد ابوراس، السفير الروسي.', ['عبدالواحد ابوراس']],
    ['وحضر إدوارد بيل لمدة ساعة.', ['إدوارد بيل']],
    ['والتقى جون بالرئيس في البيت الأبيض.', []],
    // A word that opens a group nobody names ends a name.
    ['وكان محمد مجموعة من الخريجين في القاعة.', []],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each([
    ['الصبيحي', false, true], ['مكافحه', true, false], ['تكهنات', false, false], ['لحضورها', false, false], ['في', false, false], ['2020', false, false], ['فاطمه', true, true], ['بيتر', true, true], ['بلاده', true, false],
    ['باك', false, true], ['باك', true, false], ['كضيف', true, false], ['كممثل', false, false], ['كمال', true, true], ['كريم', true, true], ['بلعيد', false, true], ['بالوزيرة', false, false], ['للرئيس', false, false], ['لمدة', false, false], ['بلاده', false, false], ['لديه', false, false],
  ])('a name word: %s (first %s) → %s', (word, first, expected) => {
    expect(nameLike(foldForMatch(word), first)).toBe(expected);
  });
});
