import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nameTableEntries, slug, transliterate } from './translit';

// Arabic input → expected English, one case a line.
const CASES: Array<[string, string]> = [
  // Given names from the table, with their common spellings folded together.
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmed'],
  ['احمد', 'Ahmed'],
  ['علي', 'Ali'],
  ['حسن', 'Hassan'],
  ['حسين', 'Hussein'],
  ['خالد', 'Khaled'],
  ['فيصل', 'Faisal'],
  ['يوسف', 'Youssef'],
  ['إبراهيم', 'Ibrahim'],
  ['ابراهيم', 'Ibrahim'],
  ['مصطفى', 'Mustafa'],
  ['مصطفي', 'Mustafa'],
  ['سعيد', 'Saeed'],
  // Oman's ruling house is spelled as the house, not as the given name.
  ['فهد بن محمود آل سعيد', 'Fahd bin Mahmoud Al Said'],
  ['سعيد جليلي', 'Saeed Jalili'],
  ['عمر', 'Omar'],
  ['عمرو', 'Amr'],
  ['جمال', 'Jamal'],
  ['طارق', 'Tarek'],
  ['رضا', 'Reza'],
  ['حسام', 'Hossam'],
  ['ناصر', 'Nasser'],
  ['رجب', 'Rajab'],
  ['أسامة', 'Osama'],
  ['نجلاء', 'Najla'],
  ['بهرام', 'Bahram'],
  ['بوعلام', 'Boualem'],
  ['فاطمة الزهراء', 'Fatima al-Zahraa'],
  // Compounds: عبد + a divine name, أبو, علي رضا, الدين, الله.
  ['عبد الله', 'Abdullah'],
  ['عبدالله', 'Abdullah'],
  ['عبد العزيز', 'Abdulaziz'],
  ['عبدالعزيز', 'Abdulaziz'],
  ['عبد الرحمن', 'Abdulrahman'],
  ['عبد الرحمان', 'Abdulrahman'],
  ['عبد المجيد', 'Abdulmajid'],
  ['عبد الإله', 'Abdulilah'],
  ['عبد الحسين', 'Abdulhussein'],
  ['عبد النور', 'Abdulnour'],
  ['عبدالكريم', 'Abdulkarim'],
  ['عبد ربه منصور هادي', 'Abd Rabbo Mansour Hadi'],
  ['علي رضا', 'Alireza'],
  ['أبو بكر', 'Abu Bakr'],
  ['أبو مازن', 'Abu Mazen'],
  ['أبو الفضل', 'Abu al-Fadl'],
  ['نور الدين', 'Nour al-Din'],
  ['صلاح الدين', 'Salah al-Din'],
  ['سيف الإسلام القذافي', 'Saif al-Islam al-Gaddafi'],
  ['زين العابدين بن علي', 'Zine al-Abidine bin Ali'],
  ['حسن نصر الله', 'Hassan Nasrallah'],
  ['فتح الله', 'Fathallah'],
  ['عطا الله', 'Atallah'],
  ['حسن زاده', 'Hassanzadeh'],
  ['الله', 'Allah'],
  // Particles and family names with ال and آل.
  ['عبد الله العنزي', 'Abdullah al-Anazi'],
  ['محمد بن سعيد الشمري', 'Mohammed bin Saeed al-Shammari'],
  ['سلطان القحطاني', 'Sultan al-Qahtani'],
  ['الدوسري', 'al-Dosari'],
  ['العتيبي', 'al-Otaibi'],
  ['حمد بن جاسم آل ثاني', 'Hamad bin Jassim Al Thani'],
  ['محمد بن عبد الرحمن آل ثاني', 'Mohammed bin Abdulrahman Al Thani'],
  ['آل سعود', 'Al Saud'],
  ['آل نهيان', 'Al Nahyan'],
  ['آل مكتوم', 'Al Maktoum'],
  ['آل الشيخ', 'Al al-Sheikh'],
  ['ابن سلمان', 'Ibn Salman'],
  ['بنت خالد', 'bint Khaled'],
  ['محمد ولد الغزواني', 'Mohammed Ould al-Ghazwani'],
  ['الحسن', 'al-Hassan'],
  ['الأحمد', 'al-Ahmed'],
  ['الإبراهيمي', 'al-Ibrahimi'],
  ['الخالدي', 'al-Khaledi'],
  ['أردوغان', 'Erdogan'],
  // Unknown words through the letter rules.
  ['فتحعلي', 'Fathali'],
  ['محمد فتحعلي', 'Mohammed Fathali'],
  ['الزهراني', 'al-Zahrani'],
  ['الغزواني', 'al-Ghazwani'],
  ['الشعراوي', 'al-Sharawi'],
  ['بدوي', 'Badawi'],
  ['الفتلاوي', 'al-Fatlawi'],
  ['المشهداني', 'al-Mashhadani'],
  ['الخزرجي', 'al-Khazraji'],
  ['البياتي', 'al-Bayati'],
  ['الربيعي', 'al-Rabiei'],
  ['الزعابي', 'al-Zaabi'],
  ['الأعرجي', 'al-Araji'],
  ['الحمادي', 'al-Hamadi'],
  ['مدبولي', 'Madbouli'],
  ['شلتوت', 'Shaltout'],
  ['قبلان', 'Qablan'],
  ['زعيتر', 'Zaitar'],
  ['رقية', 'Raqiya'],
  ['فتحية', 'Fathiya'],
  ['مؤنس', 'Mounas'],
  ['مرتضى', 'Martada'],
  ['كوثر', 'Kouthar'],
  ['هوشيار', 'Houshyar'],
  ['چمران', 'Chamran'],
  ['ميشوستين', 'Mishoustin'],
  // West African family names as their own press spells them.
  ['كراموكو جان ماري تراوري', 'Karamoukou Jean Marie Traore'],
  ['عبدولاي ديوب', 'Abdoulai Diop'],
  ['بوبكر كيتا', 'Boubkar Keita'],
  // Punctuation, tatweel, harakat and invisible marks in the input.
  ['مُحَمَّد', 'Mohammed'],
  ['عبـــد اللـــه', 'Abdullah'],
  ['عَبْدُ العَزِيزِ', 'Abdulaziz'],
  ['محمد، علي', 'Mohammed Ali'],
  ['«خالد»', 'Khaled'],
  ['علي٫ حسن؟', 'Ali Hassan'],
  ['(سعيد) ؛ عمر', 'Saeed Omar'],
  ['علي\u200cرضا', 'Alireza'],
  ['  خالد   العنزي  ', 'Khaled al-Anazi'],
  ['١٢ خالد ٣', 'Khaled'],
  ['', ''],
  ['،؛؟', ''],
  // A word-initial تش writes the ch of foreign names; inside a word ت and ش stay apart.
  ['مانيش تشوهان', 'Manish Chouhan'],
  ['تشونغ', 'Chounagh'],
  ['مشتشار', 'Mashtashar'],
];

describe('transliterate', () => {
  it('has enough cases', () => expect(CASES.length).toBeGreaterThanOrEqual(80));
  it.each(CASES)('%s → %s', (ar, en) => {
    expect(transliterate(ar)).toBe(en);
  });

  it('writes only Latin letters, single spaces and the hyphen of al-, with no empty word', () => {
    const arabic = fc.constantFrom(...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژگکیڤڨ\u064e\u064f\u0650\u0651\u0652\u0640،؛؟«» 0١'.split(''));
    fc.assert(fc.property(fc.array(arabic, { maxLength: 40 }).map((a) => a.join('')), (s) => {
      const en = transliterate(s);
      expect(en).toMatch(/^[A-Za-z -]*$/);
      if (!en) return;
      expect(en).not.toMatch(/^ | $|  |--|'/);
      for (const w of en.split(' ')) {
        expect(w).toMatch(/^[A-Za-z]+(-[A-Za-z]+)?$/);
        expect(/[aeiouy]/i.test(w)).toBe(true);
      }
    }), { numRuns: 2000 });
  });

  it('capitalises every word but the particles al-, bin and bint', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...'ابتجحدرسعلمنويةى'.split('')), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('', 'ال', 'بن '), { minLength: 1, maxLength: 3 }), (letters, prefixes) => {
      const en = transliterate(prefixes.map((p) => p + letters.join('')).join(' '));
      for (const w of en.split(' ').filter(Boolean)) {
        if (w === 'bin' || w === 'bint') continue;
        expect(w.startsWith('al-') ? w.slice(3, 4) : w.slice(0, 1)).toMatch(/[A-Z]/);
      }
    }), { numRuns: 500 });
  });

  it('is deterministic', () => {
    for (const [ar] of CASES) expect(transliterate(ar)).toBe(transliterate(ar));
  });
});

describe('lexicon/name-parts.json', () => {
  const entries = nameTableEntries();
  const raw = readFileSync(path.resolve(__dirname, 'lexicon', 'name-parts.json'), 'utf8');
  const json = JSON.parse(raw) as Record<string, unknown>;

  it('explains itself and its sections', () => {
    expect(typeof json.about).toBe('string');
    for (const [k, v] of Object.entries(json)) if (k !== 'about') expect(typeof (v as { about?: unknown }).about).toBe('string');
  });

  it('holds at least 300 names and name elements', () => {
    expect(entries.filter((e) => e.section !== 'particles' && e.section !== 'suffixes').length).toBeGreaterThanOrEqual(300);
  });

  it('spells with Latin letters, spaces and single hyphens only', () => {
    for (const e of entries) expect(e.en, e.key).toMatch(/^[A-Za-z]+(?:[ -][A-Za-z]+)*$/);
  });

  it('gives each folded spelling one English form, each key written once', () => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      const before = seen.get(e.key);
      if (before !== undefined) expect(e.en, e.key).toBe(before);
      seen.set(e.key, e.en);
    }
    const keys = Object.values(json).flatMap((v) => (typeof v === 'object' && v && 'forms' in v ? Object.keys((v as { forms: object }).forms) : []));
    for (const k of keys) expect(raw.split(`"${k}":`).length - 1, k).toBe(1);
  });

  it('reads every table name back as its own spelling', () => {
    for (const e of entries) if (e.section !== 'suffixes' && e.section !== 'particles') expect(transliterate(e.key), e.key).toBe(e.en);
  });
});

describe('slug', () => {
  it.each([
    ['Abdullah al-Anazi', 'abdullah-al-anazi'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['  Hamad bin Jassim Al Thani ', 'hamad-bin-jassim-al-thani'],
    ['', ''],
  ])('%s → %s', (s, expected) => expect(slug(s)).toBe(expected));
});
