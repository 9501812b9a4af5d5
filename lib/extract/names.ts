/**
 * People named without a title the lexicon knows («التقى عضو مجلس القيادة محمود الصبيحي», «سمّت الخرطوم ياسر خضر»):
 * a given name of the name table followed by one to three name words. Pure; folded offsets.
 */
import nameParts from './lexicon/name-parts.json';
import functionWords from './lexicon/function-words.json';
import weekdays from './lexicon/temporal/weekdays.json';
import { isWordCode } from './match';
import { foldForMatch } from './normalize';
import type { Span } from './spans';

const key = (ar: string) => foldForMatch(ar).trim();
const ABD = new Set(Object.keys(nameParts.abd.forms).map(key));
/** Given names, with the «عبد» names also written as one word («عبدالواحد»). */
const GIVEN = new Set([...Object.keys(nameParts.given.forms).map(key), ...[...ABD].map((a) => a.replace(' ', ''))]);
const FAMILY = new Set(Object.keys(nameParts.family.forms).map(key));
const ELEMENTS = new Set(Object.keys(nameParts.elements.forms).map(key));
const COMPOUND_HEADS = new Set(nameParts.elements.heads.map(key));
/** Given names that are also common words («علي» is also «على», «خير», «إسلام»): never the first word of a found name. */
const NOT_FIRST = new Set(functionWords.givenNamesAlsoWords.words.map(key));
/** The day names («الخميس»): a name the table does not know may stand right after the day its event is told on. */
const WEEKDAY_WORDS = new Set(Object.values(weekdays.days).flat().map(key));
/** Nouns that open a title («نائب», «وزير»): a name may stand right before one without a comma. */
const OFFICE_NOUNS = new Set(functionWords.officeNouns.words);
/** Words that end a name: the stop words, and the day names a dateline puts after one («قال تشافيز السبت»). */
// «استقبل الرئيس عون مجموعة من الخريجين»: the words that open a group nobody names end a name too, and so do the verbs
// of taking part («الرئيس هادي يشارك في القمة»).
const STOP = new Set([...functionWords.nameStopWords.words, ...functionWords.unnamedGroups.words, ...functionWords.tookPartIn.words, ...WEEKDAY_WORDS]);
/** «شهر رمضان»: a given name after this word is the month. */
const MONTH_NOUN = 'شهر';
/** «الله» (folded): after a given name that is also a word, it makes a compound given name («ضيف الله», «نصر الله»). */
const GOD = 'الله';
const NAMED_PLACE_NOUNS = new Set(functionWords.namedPlaceNouns.words.map(key));

/**
 * Whether a word (with its glued «و», «ب», «ل», «ف» and «ال») is the noun of a place named after someone or something
 * («متحف زايد», «قصر المؤتمرات»): what follows it is the place's name.
 */
export const isNamedPlaceNoun = (word: string): boolean => NAMED_PLACE_NOUNS.has(word.replace(/^(?:و?(?:ب|ل|ف)?(?:ال)?)/, ''));
/**
 * Words that link the parts of a long name: son or daughter of («بن», «بنت», and «ولد» as Mauritanian names write it:
 * «أعل ولد الفيرك»), of the house of («آل», folded «ال»).
 */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ولد', 'ال']);
const IN_CAPACITY_OF = new Set(functionWords.inCapacityOf.words);
/** «برئاسة», «بقيادة» (folded): who heads a delegation is named right after. */
const HEADED_BY = new Set(functionWords.headedBy.words);
const PARTIES_AFTER = new Set(functionWords.partiesAfter.words);
const RELATIVE = new Set(functionWords.relativePronouns.words);

interface Word { start: number; end: number; text: string }

function wordsOf(f: string): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < f.length;) {
    if (!isWordCode(f.charCodeAt(i))) { i++; continue; }
    let j = i;
    while (j < f.length && isWordCode(f.charCodeAt(j))) j++;
    out.push({ start: i, end: j, text: f.slice(i, j) });
    i = j;
  }
  return out;
}

/**
 * «علي يوسف», «حسن روحاني»: a given name that is also a common word («على» folds to «علي») opens a name when the word
 * after it is a given or family name of the name table; «أكد علي ضرورة» stays a preposition.
 */
export function opensNameBeforeNameWord(folded: string, next: string | undefined): boolean {
  // «ضيف الله الفايز», «نصر الله»: with «الله» after it, the word is the first half of a compound given name.
  return NOT_FIRST.has(folded) && GIVEN.has(folded) && next !== undefined && (GIVEN.has(next) || FAMILY.has(next) || next === GOD);
}

/** A given name of the name table, also one that is a common word («ناصر», «صباح»): right before another name, a name. */
export function inGivenNames(folded: string): boolean {
  return GIVEN.has(folded);
}

/** A family or tribal name of the name table («الصباح», «آل خليفة» is read word by word). */
export function inFamilyNames(folded: string): boolean {
  return FAMILY.has(folded);
}

/** «الملك فيصل», «الأمير تركي»: a given name of the name table that is not also a common word names a person after a title. */
export function isGivenName(folded: string): boolean {
  return GIVEN.has(folded) && !NOT_FIRST.has(folded);
}

/**
 * The given name that opens a folded name: one word, or two when they make one («عبد الله», «نور الدين»), written
 * without the space so that «عبد الله» and «عبدالله» are one name.
 */
export function givenNameOf(folded: string): string {
  const [first = '', second] = folded.split(' ');
  if (second !== undefined && ((first === 'عبد' && ABD.has(`عبد ${second}`)) || (COMPOUND_HEADS.has(first) && ELEMENTS.has(second)))) return first + second;
  return first;
}

/** Words after which the next word is the second half of the given name: «عبد الوهاب», «أبو بكر». */
const GIVEN_NAME_HEADS = new Set(['عبد', 'ابو']);

/**
 * Whether a folded word is the second half of a given name opened by the word before it («عبد الوهاب», «أبو مازن»,
 * «محيي الدين»): the two count as one word of the name.
 */
export function completesGivenName(previous: string, word: string): boolean {
  return GIVEN_NAME_HEADS.has(previous) || (COMPOUND_HEADS.has(previous) && ELEMENTS.has(word));
}

/** «بن», «بنت», «ولد», «آل» (folded): a word that links the parts of a long name. */
export function isNameLink(folded: string): boolean {
  return NAME_LINKS.has(folded);
}

/** A folded word that ends a name: a stop word of the lexicon or a day name. */
export function isNameStopWord(folded: string): boolean {
  return STOP.has(folded);
}

/** A word that can go on a name: not a stop word, a word the lexicon knows or a number; the name table's words always can. */
function nameWord(w: Word, known: (s: number, e: number) => boolean): boolean {
  return !known(w.start, w.end) && nameLike(w.text);
}

/**
 * Whether a folded word can be part of a person's name: the name table's words can; otherwise not a stop word or a
 * number, and not a word a conjunction, preposition, object pronoun or plural ending marks as something else
 * («زيارة قابوس تكهنات», «سلمان لحضورها»); a first word is not a verbal noun in ة either («مكافحة الإرهاب»).
 * After the first word, ب and ل open family names as often as they are prepositions («كريستيان باك», «إدوارد بيل»,
 * «عبد القادر بلعيد»): such a word is a name's unless it carries the article (بال، لل) or a pronoun, or is one of the
 * prepositional phrases of the stop words («لمدة», «بشأن»). «كضيف», «كممثل» say in what capacity, never whom.
 */
export function nameLike(t: string, first = false): boolean {
  if (GIVEN.has(t) || FAMILY.has(t)) return true;
  if (t.length < 2 || /^[0-9]/.test(t) || isNameStopWord(t)) return false;
  if (first && t.endsWith('ه')) return false;
  // «كضيف شرف», «كممثل عن الرئيس»: what someone attends as.
  if (t.startsWith('ك') && IN_CAPACITY_OF.has(t.slice(1))) return false;
  if (/(?:ها|هم|هما|كم|ات)$/.test(t) || t.startsWith('و')) return false;
  return !/^[بل]/.test(t) || (!first && t.length >= 3 && !/^(?:بال|لل)/.test(t) && !t.endsWith('ه'));
}

/**
 * Spans of people named by a given name and one to three more name words, outside the spans already taken by other
 * entities. A taken word `isNisba` accepts (a nationality adjective with the article) closes the name as its family
 * name: «لطفي المغربي» is a man, not Morocco, since Arabic puts a nationality before the name («الوزير المغربي لطفي»).
 */
export function findNamedPeople(f: string, taken: Span[], known: (s: number, e: number) => boolean, isNisba: (s: number, e: number) => boolean = () => false, titleAt: (start: number) => boolean = () => false): Span[] {
  const words = wordsOf(f);
  const out: Span[] = [];
  const free = (s: number, e: number) => !taken.some((t) => t.start < e && s < t.end);
  const spaced = (a: Word, b: Word) => /^ +$/.test(f.slice(a.end, b.start));
  // «مع يوهي هيوشي، نائب وزير الخارجية الياباني»: two to four name words after «مع» or «بين», then a comma and a
  // title that describes them.
  // «التقى المبعوث اليوم الخميس عيدروس الزبيدي نائب رئيس المجلس»: without the comma, when the name closes on a family
  // name with the article.
  const beforeItsTitle = (i: number, commaOptional = false): boolean => {
    let j = i;
    while (j + 1 < words.length && j - i < 3 && spaced(words[j]!, words[j + 1]!) && nameWord(words[j + 1]!, known) && nameLike(words[j + 1]!.text, false)) j++;
    const next = words[j + 1];
    if (j === i || next === undefined) return false;
    const between = f.slice(words[j]!.end, next.start);
    if (/^\s*[،,]\s*$/.test(between)) return titleAt(next.start);
    return commaOptional && /^ +$/.test(between) && words[j]!.text.startsWith('ال') && (titleAt(next.start) || OFFICE_NOUNS.has(next.text));
  };
  const afterADay = (i: number) => i > 0 && WEEKDAY_WORDS.has(words[i - 1]!.text) && spaced(words[i - 1]!, words[i]!);
  // «برئاسة كل من صبري باش طبجي، كاتب الدولة …، وفرناندو ماروني دي أبرايو، كاتب الدولة المساعد»: the next of a list
  // set off by commas, «و» glued to its first word.
  const setOff = (i: number) => i > 0 && /^\s*[،,]\s*$/.test(f.slice(words[i - 1]!.end, words[i]!.start));
  const afterAnd = (w: Word): Word => ({ start: w.start + 1, end: w.end, text: w.text.slice(1) });
  for (let i = 0; i < words.length; i++) {
    const glued = words[i]!.text.startsWith('و') && words[i]!.text.length > 2 && setOff(i) && !nameLike(words[i]!.text, true) && nameLike(words[i]!.text.slice(1), true) && beforeItsTitle(i);
    const first = glued ? afterAnd(words[i]!) : words[i]!;
    let k = i;
    if (first.text === 'عبد' && words[i + 1] && ABD.has(`عبد ${words[i + 1]!.text}`)) k = i + 1;
    // «نور الدين الطبوبي», «صلاح الدين مزوار»: a compound given name.
    else if (COMPOUND_HEADS.has(first.text) && words[i + 1] && ELEMENTS.has(words[i + 1]!.text)) k = i + 1;
    // «الوفد البرازيلي برئاسة أرليندو شيناليا عضو مجلس النواب»: after «headed by», a name the table does not know.
    else if (i > 0 && HEADED_BY.has(words[i - 1]!.text) && spaced(words[i - 1]!, first) && !first.text.startsWith('ال') && nameWord(first, known) && nameLike(first.text, true)) k = i;
    else if (i > 0 && PARTIES_AFTER.has(words[i - 1]!.text.replace(/^و/, '')) && spaced(words[i - 1]!, first) && !first.text.startsWith('ال') && nameWord(first, known) && nameLike(first.text, true) && beforeItsTitle(i)) k = i;
    // «استقبل الرئيس، يوم الثلاثاء بقصر قرطاج، شيرلي ايوركور بوتشواي، وزيرة الشؤون الخارجية»: so is a name set off by
    // commas before its title.
    else if (setOff(i) && !first.text.startsWith('ال') && nameWord(first, known) && nameLike(first.text, true) && beforeItsTitle(i)) k = i;
    // … and one right after the day its event is told on, before its title.
    else if (afterADay(i) && !first.text.startsWith('ال') && nameWord(first, known) && nameLike(first.text, true) && beforeItsTitle(i, true)) k = i;
    // «عين الرئيس يوم الأربعاء السيد بابو سين، قنصلا عاما»: so is one after a style or a title, before its own title.
    // After a style a name's first word may start like a preposition («بابو»).
    else if (i > 0 && titleAt(words[i - 1]!.start) && spaced(words[i - 1]!, first) && !first.text.startsWith('ال') && nameWord(first, known) && nameLike(first.text, false) && beforeItsTitle(i)) k = i;
    else if (!GIVEN.has(first.text) || (NOT_FIRST.has(first.text) && !opensNameBeforeNameWord(first.text, words[i + 1]?.text))) continue;
    // «هيثم بن طارق»: a given name after «بن» is a father's name inside a longer name, not a person of its own.
    if (i > 0 && NAME_LINKS.has(words[i - 1]!.text)) continue;
    if (i > 0 && words[i - 1]!.text === MONTH_NOUN) continue;
    // «غولوب الذي أشرف رفقته على التوقيع»: right after a relative pronoun stands its verb («أشرف», supervised), not a name.
    if (i > 0 && RELATIVE.has(words[i - 1]!.text.replace(/^و/, ''))) continue;
    // «طيب الله ثراه», «أطال الله عمره»: a blessing, God its subject and the blessed one a pronoun on its object, is no
    // name («فتح الله غولن» is one).
    if (k === i && words[i + 1]?.text === GOD && /ه$/.test(words[i + 2]?.text ?? '')) continue;
    // «متحف زايد الوطني»: a given name after the noun of a place named after someone is the place's name.
    // … also past a title or a style («جامع الشيخ زايد الكبير», «مطار الملك خالد»).
    if (i > 0 && (isNamedPlaceNoun(words[i - 1]!.text) || (i > 1 && titleAt(words[i - 1]!.start) && isNamedPlaceNoun(words[i - 2]!.text)))) continue;
    if (!free(first.start, words[k]!.end) || known(first.start, words[k]!.end) && k === i) continue;
    // The name goes on while its words are name words on the same line, without punctuation between them; «بن»
    // and «آل» join the name after them («ناصر بن حمد آل خليفة») and do not count among its three more words.
    let end = k;
    const joined = (a: Word, b: Word) => spaced(a, b) && nameWord(b, known) && free(b.start, b.end);
    for (let more = 0; more < 3 && end + 1 < words.length; more++) {
      const next = words[end + 1]!;
      const after = words[end + 2];
      if (NAME_LINKS.has(next.text) && after && spaced(words[end]!, next) && joined(next, after)) {
        end += 2;
        // The house («آل خليفة») closes a name.
        if (next.text === 'ال') break;
      } else if (joined(words[end]!, next)) end++;
      else if (spaced(words[end]!, next) && next.text.startsWith('ال') && isNisba(next.start, next.end)) { end++; break; }
      else break;
    }
    const rest = words.slice(k + 1, end + 1);
    if (!rest.length) continue;
    out.push({ start: first.start, end: rest[rest.length - 1]!.end });
    i = end;
  }
  return out;
}
