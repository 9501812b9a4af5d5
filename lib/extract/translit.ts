/**
 * English names for people the gazetteer does not know, spelled the way international news agencies spell Arabic
 * names (readable, not scholarly). Pure and deterministic; the table is compiled once and `transliterate` runs no regular expression.
 *
 * Scheme:
 * 1. Input is cleaned: harakat, tatweel and invisible marks are dropped; any other non-letter (Arabic-Indic
 *    punctuation, digits, quotes) separates words. A joined «عبدالX» is read as «عبد الX».
 * 2. lexicon/name-parts.json first, longest match (up to three words), keys folded like normalize.ts:
 *    محمد Mohammed, عبد الله Abdullah, علي رضا Alireza, العنزي al-Anazi. Particles: بن bin, بنت bint, ابن Ibn, أبو Abu,
 *    آل Al (آل ثاني Al Thani), ولد Ould. عبد + الX not listed → Abdul + x joined (Abdulhussein); الله, زاده, أوغلو join the
 *    word before (Nasrallah). ال + word → al- + the word (al-Hassan; sun letters are not assimilated); a nisba
 *    word + ي on a listed name adds i (Ibrahimi).
 * 3. Other words letter by letter: ب b, ت t, ث th, ج j, ح h, خ kh, د d, ذ dh, ر r, ز z, س s, ش sh, ص s, ض d, ط t,
 *    ظ z, غ gh, ف f, ق q, ك k, ل l, م m, ن n, ه h (پ p, چ ch, ژ zh, گ g, ڤ v, ڨ g); a word-initial تش is ch (foreign names). ع is never an apostrophe: silent
 *    next to a vowel, a at the end after a consonant or i, e between two i's. ء is dropped (final اء → aa).
 *    Vowels: ا/آ/أ a, إ i, ى a, ة a (t after ا), ئ e, ؤ ou. و is ou (Mansour), w at word start or before a vowel,
 *    awi in a final وي (Badawi). ي is i, y at word start or before a vowel, iya in a final ية, ai right after the
 *    first consonant of a word of up to four letters (Saif, Haidar).
 * 4. Syllables: Arabic words start with one consonant, so a second one gets a short a before it; a run of three
 *    consonants gets an a after the second; a final pair after a long vowel is split (every word is pronounceable).
 * Output: words of [A-Za-z] (al-X keeps its hyphen), each capitalised except the particles al-, bin and bint.
 */
import nameParts from './lexicon/name-parts.json';
import { foldChar } from './normalize';

// ---------------------------------------------------------------------------------------------------------------
// Cleaning and folding

/** Harakat, tatweel and invisible format characters: what normalize.ts drops for matching. */
const isDropped = (ch: string) => foldChar(ch) === '';

/** Latin value of each consonant letter. */
const CONSONANT: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm',
  'ن': 'n', 'ه': 'h', 'ھ': 'h', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ڤ': 'v', 'ڨ': 'g',
};
/** Letters that always write a vowel. */
const VOWEL: Record<string, string> = { 'ا': 'a', 'آ': 'a', 'أ': 'a', 'ٱ': 'a', 'إ': 'i', 'ى': 'a', 'ئ': 'e', 'ؤ': 'ou', 'ۀ': 'a' };
const AYN = 'ع';
const HAMZA = 'ء';
const TA_MARBUTA = 'ة';
const WAW = 'و';
const YA = 'ي';
const YA_FARSI = 'ی';

const isYa = (ch: string | undefined) => ch === YA || ch === YA_FARSI;
/** A letter the word is read with as a vowel: the always-vowels and ة. */
const isVowelLetter = (ch: string | undefined) => ch !== undefined && (VOWEL[ch] !== undefined || ch === TA_MARBUTA);
const isArabicLetter = (ch: string) =>
  CONSONANT[ch] !== undefined || VOWEL[ch] !== undefined || ch === AYN || ch === HAMZA || ch === TA_MARBUTA || ch === WAW || isYa(ch);
const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The key a word is looked up by: folded like the engine folds text for matching (alef forms, ى, ة, ئ, ؤ, Persian letters). */
function foldWord(w: string): string {
  let out = '';
  for (const ch of w) out += foldChar(ch);
  return out;
}

/** Words of Arabic letters (harakat and tatweel removed) or of ASCII letters; everything else separates them. */
function tokenize(s: string): string[] {
  const words: string[] = [];
  let cur = '';
  let ascii = false;
  const flush = () => {
    if (cur) words.push(cur);
    cur = '';
  };
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (isDropped(ch)) continue;
    if (isAsciiLetter(code)) {
      if (!ascii) flush();
      ascii = true;
      cur += ch;
    } else if (isArabicLetter(ch)) {
      if (ascii) flush();
      ascii = false;
      cur += ch;
    } else flush();
  }
  flush();
  // «عبدالعزيز» is «عبد العزيز».
  const out: string[] = [];
  for (const w of words) {
    const f = foldWord(w);
    if (f.length > 5 && f.startsWith('عبدال')) out.push(w.slice(0, 3), w.slice(3));
    else out.push(w);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The table, compiled once

interface Table {
  /** Folded key (words joined by one space) → spelling. */
  names: Map<string, string>;
  particles: Map<string, string>;
  suffixes: Map<string, string>;
  /** The longest key, in words. */
  maxWords: number;
}

let table: Table | null = null;

function keyOf(ar: string): string {
  return tokenize(ar).map(foldWord).join(' ');
}

function getTable(): Table {
  if (table) return table;
  const names = new Map<string, string>();
  const particles = new Map<string, string>();
  const suffixes = new Map<string, string>();
  let maxWords = 1;
  const load = (forms: Record<string, string>, into: Map<string, string>) => {
    for (const [ar, en] of Object.entries(forms)) {
      const key = keyOf(ar);
      if (!key) continue;
      into.set(key, en);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  };
  const p = nameParts;
  for (const section of [p.abd, p.compounds, p.given, p.elements, p.family]) load(section.forms, names);
  load(p.particles.forms, particles);
  load(p.suffixes.forms, suffixes);
  table = { names, particles, suffixes, maxWords };
  return table;
}

/** The folded keys of every table entry with its spelling and section, for tests of the data. */
export function nameTableEntries(): Array<{ section: string; key: string; en: string }> {
  const out: Array<{ section: string; key: string; en: string }> = [];
  for (const [section, v] of Object.entries(nameParts)) {
    if (typeof v !== 'object' || v === null || !('forms' in v)) continue;
    for (const [ar, en] of Object.entries(v.forms as Record<string, string>)) out.push({ section, key: keyOf(ar), en });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Letter rules for words the table does not know

const enum K { C, V, LongV, Ayn }
interface Seg { k: K; s: string }
const SHORT_A: Seg = { k: K.V, s: 'a' };

/** Segments of one word: consonants, vowels and ع (a consonant that is written only where a vowel would be missing). */
function segments(w: string): Seg[] {
  const letters = [...w];
  const n = letters.length;
  const segs: Seg[] = [];
  for (let i = 0; i < n; i++) {
    const ch = letters[i]!;
    const prev = letters[i - 1];
    const next = letters[i + 1];
    // «تشوهان», «تشونغ»: foreign names write ch as ت + ش at the start of a word (Arabic words never open so).
    if (i === 0 && ch === 'ت' && next === 'ش') { segs.push({ k: K.C, s: 'ch' }); i++; continue; }
    const c = CONSONANT[ch];
    if (c !== undefined) { segs.push({ k: K.C, s: c }); continue; }
    const v = VOWEL[ch];
    if (v !== undefined) { segs.push({ k: K.LongV, s: v }); continue; }
    if (ch === AYN) { segs.push({ k: K.Ayn, s: '' }); continue; }
    if (ch === HAMZA) {
      if (i === n - 1 && prev === 'ا') segs.push({ k: K.LongV, s: 'a' });
      continue;
    }
    if (ch === TA_MARBUTA) {
      segs.push(prev === 'ا' || i < n - 1 ? { k: K.C, s: 't' } : { k: K.LongV, s: 'a' });
      continue;
    }
    if (ch === WAW) {
      if (i === 0 || isVowelLetter(next)) segs.push({ k: K.C, s: 'w' });
      // The nisba -awi (بدوي, الشعراوي).
      else if (isYa(next) && i === n - 2) segs.push(...(isVowelLetter(prev) ? [] : [SHORT_A]), { k: K.C, s: 'w' });
      else segs.push({ k: K.LongV, s: 'ou' });
      continue;
    }
    if (isYa(ch)) {
      if (i === 0) segs.push({ k: K.C, s: 'y' });
      else if (next === TA_MARBUTA && i === n - 2 && !isVowelLetter(prev)) segs.push({ k: K.LongV, s: 'i' }, { k: K.C, s: 'y' });
      else if (isVowelLetter(next)) segs.push({ k: K.C, s: 'y' });
      else if (i === 1 && n <= 4 && next !== undefined && !isVowelLetter(prev) && prev !== WAW && !isYa(prev) && !isVowelLetter(next) && next !== WAW && !isYa(next)) {
        segs.push({ k: K.LongV, s: 'ai' });
      } else segs.push({ k: K.LongV, s: 'i' });
    }
  }
  return segs;
}

const isCons = (s: Seg | undefined) => s !== undefined && (s.k === K.C || s.k === K.Ayn);
const isVowel = (s: Seg | undefined) => s !== undefined && (s.k === K.V || s.k === K.LongV);

/** Inserts a short a where the consonants would not be pronounceable (see the scheme above). */
function syllabify(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  if (!segs.length) return out;
  let run = 0;
  let sawVowel = false;
  for (const s of segs) {
    if (isCons(s)) {
      if (run === 2 || (run === 1 && !sawVowel)) { out.push(SHORT_A); run = 0; sawVowel = true; }
      out.push(s);
      run++;
    } else {
      out.push(s);
      run = 0;
      sawVowel = true;
    }
  }
  // A final pair of consonants after a long vowel (يونس, يوسف) is split.
  const m = out.length;
  if (m >= 3 && isCons(out[m - 1]) && isCons(out[m - 2]) && out[m - 3]!.k === K.LongV) out.splice(m - 1, 0, SHORT_A);
  if (!out.some(isVowel)) out.push(SHORT_A);
  return out;
}

function render(segs: Seg[]): string {
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.k !== K.Ayn) { out += s.s; continue; }
    const prev = segs[i - 1];
    const next = segs[i + 1];
    // ع is written only as a missing vowel: at the end after a consonant or i (الشرع, ربيع), between consonants,
    // and as e between two i's (الربيعي).
    if (next === undefined) { if (!isVowel(prev) || prev!.s === 'i') out += 'a'; }
    else if (isCons(next) && isCons(prev)) out += 'a';
    else if (prev?.s === 'i' && next.s === 'i') out += 'e';
  }
  return collapse(out);
}

/** One letter for doubled i, y and w, at most two a's, one ou. */
function collapse(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const last = out[out.length - 1];
    if ((ch === 'i' || ch === 'y' || ch === 'w') && last === ch) continue;
    if (ch === 'a' && last === 'a' && out[out.length - 2] === 'a') continue;
    if (ch === 'o' && s[i + 1] === 'u' && out.endsWith('ou')) { i++; continue; }
    out += ch;
  }
  return out;
}

const LATIN_CONSONANTS = 'bcdfghjklmnpqrstvwxz';
const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Only letters, lower case: a spelling as the second half of a joined compound. */
function joinable(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) if (ch >= 'a' && ch <= 'z') out += ch;
  return out;
}

/** One word without its article: the table, a nisba of a listed name, or the letter rules. */
function word(w: string, folded: string, t: Table): string {
  const hit = t.names.get(folded);
  if (hit !== undefined) return hit;
  if (folded.length >= 4 && isYa(w[w.length - 1])) {
    const stem = t.names.get(folded.slice(0, -1));
    if (stem !== undefined && LATIN_CONSONANTS.includes(stem[stem.length - 1]!) && !stem.includes(' ')) return stem + 'i';
  }
  return cap(render(syllabify(segments(w))));
}

/** A word that may carry the article ال. */
function wordWithArticle(w: string, folded: string, t: Table): string {
  if (folded.length > 2 && folded.startsWith('ال') && !t.names.has(folded)) {
    const rest = word([...w].slice(2).join(''), folded.slice(2), t);
    return rest ? 'al-' + cap(rest) : '';
  }
  return word(w, folded, t);
}

// ---------------------------------------------------------------------------------------------------------------

/** The English spelling of an Arabic-script personal name (see the scheme at the top of this file). */
export function transliterate(ar: string): string {
  const t = getTable();
  const words = tokenize(ar);
  const folded = words.map(foldWord);
  const out: string[] = [];
  /** Whether the last output word is a name a suffix may join (not a particle). */
  let canJoin = false;
  for (let i = 0; i < words.length; ) {
    // Longest table match.
    let matched = false;
    for (let k = Math.min(t.maxWords, words.length - i); k >= 2; k--) {
      const hit = t.names.get(folded.slice(i, i + k).join(' '));
      if (hit !== undefined) { out.push(hit); i += k; matched = true; canJoin = true; break; }
    }
    if (matched) continue;
    const w = words[i]!;
    const f = folded[i]!;
    if (isAsciiLetter(w.charCodeAt(0))) { out.push(w); i++; canJoin = true; continue; }
    if (t.names.has(f)) { out.push(t.names.get(f)!); i++; canJoin = true; continue; }
    const particle = t.particles.get(f);
    if (particle !== undefined) { out.push(particle); i++; canJoin = false; continue; }
    const suffix = t.suffixes.get(f);
    if (suffix !== undefined) {
      if (canJoin && out.length) {
        const prev = out[out.length - 1]!;
        out[out.length - 1] = prev.endsWith(suffix[0]!) ? prev + suffix.slice(1) : prev + suffix;
      } else out.push(cap(suffix));
      i++;
      canJoin = true;
      continue;
    }
    // عبد + الX → Abdul + x.
    const nf = folded[i + 1];
    if (f === 'عبد' && nf !== undefined && nf.length > 2 && nf.startsWith('ال')) {
      const rest = joinable(word([...words[i + 1]!].slice(2).join(''), nf.slice(2), t));
      out.push('Abdul' + rest);
      i += 2;
      canJoin = true;
      continue;
    }
    const en = wordWithArticle(w, f, t);
    if (en) out.push(en);
    i++;
    canJoin = en !== '';
  }
  return out.join(' ');
}

export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
