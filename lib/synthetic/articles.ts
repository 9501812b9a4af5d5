import gazetteer from '@/lib/extract/lexicon/gazetteer.json';
import type { SyntheticArticle } from './generate';
import { pick, seededRandom } from './random';

/**
 * Synthetic Arabic articles for the engine: each line tells one diplomatic event of people the gazetteer knows, in
 * the forms news uses («التقى … في … يوم …»), dated to the day, the month or the year. Some lines tell again an event
 * another article told (in other words), so that articles merge as real coverage does. Deterministic for a seed.
 */
export interface EngineCorpusOptions {
  articles: number;
  seed?: number;
  /** How many of the gazetteer's people take part; the first ones take part most (a Zipf-like share). */
  people?: number;
  /** The years events fall in. */
  years?: [number, number];
  /** Lines per article. */
  lines?: number;
  /** The share of lines that tell an event told before. */
  retold?: number;
  /** The share of events dated only to the month, and to the year. */
  month?: number;
  year?: number;
}

type Kind = 'visit' | 'meeting' | 'call' | 'agreement' | 'conference' | 'invitation';

/** Each kind in two wordings; {A} and {B} are people, {CITY} a city, {WHEN} the date phrase. */
const WORDINGS: Record<Kind, [string, string]> = {
  visit: ['وصل {A} إلى {CITY} {WHEN} في زيارة رسمية.', 'زار {A} {CITY} {WHEN}.'],
  meeting: ['التقى {A} {B} في {CITY} {WHEN}.', 'أجرى {A} محادثات مع {B} في {CITY} {WHEN}.'],
  call: ['أجرى {A} اتصالا هاتفيا مع {B} {WHEN}.', 'تلقى {A} اتصالا هاتفيا من {B} {WHEN}.'],
  agreement: ['وقع {A} و{B} في {CITY} {WHEN} اتفاقية للتعاون.', 'وقع {A} و{B} {WHEN} في {CITY} مذكرة تفاهم.'],
  conference: ['شارك {A} في قمة {CITY} {WHEN}.', 'شارك {A} في مؤتمر {CITY} {WHEN}.'],
  invitation: ['وجه {A} {WHEN} دعوة إلى {B} لزيارة {CITY}.', 'وجه {A} {WHEN} دعوة رسمية إلى {B} لزيارة {CITY}.'],
};
const KINDS: Array<[Kind, number]> = [['meeting', 35], ['visit', 25], ['call', 15], ['agreement', 10], ['conference', 8], ['invitation', 7]];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const OUTLETS = ['Synthetic Wire', 'Test Gazette', 'Load Daily'];

interface Happening {
  kind: Kind;
  a: string;
  b: string;
  city: string;
  when: string;
  /** The last day the event could be on: an article telling it is published after it. */
  latest: string;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

export function generateEngineCorpus(options: EngineCorpusOptions): SyntheticArticle[] {
  const { articles: count, seed = 20260101, people: poolSize = 300, years = [2000, 2025], lines = 9, retold = 0.1, month = 0.1, year = 0.04 } = options;
  const random = seededRandom(seed);
  const people = gazetteer.people.slice(0, poolSize);
  const cities = gazetteer.cities.map((c) => c.ar[0]!);
  // The k-th person takes part about 1/(k+1) as often as the first.
  const weights = people.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const person = () => {
    let r = random() * total;
    for (let k = 0; k < people.length; k++) if ((r -= weights[k]!) <= 0) return people[k]!;
    return people[people.length - 1]!;
  };
  const nameOf = (p: (typeof people)[number]) => pick(random, p.ar.filter((form) => form.includes(' ')).concat(p.ar[0]!));
  const kind = () => {
    let r = random() * 100;
    for (const [k, w] of KINDS) if ((r -= w) <= 0) return k;
    return 'meeting' as Kind;
  };
  const happening = (): Happening => {
    const a = person();
    let b = person();
    while (b.id === a.id) b = person();
    const y = years[0] + Math.floor(random() * (years[1] - years[0] + 1));
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const r = random();
    const [when, latest] = r < year ? [`في عام ${y}`, iso(y, 12, 31)] : r < year + month ? [`في ${MONTHS[m - 1]} ${y}`, iso(y, m, 28)] : [`يوم ${d} ${MONTHS[m - 1]} ${y}`, iso(y, m, d)];
    return { kind: kind(), a: nameOf(a), b: nameOf(b), city: pick(random, cities), when, latest };
  };
  const told: Happening[] = [];
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const items: Happening[] = [];
    for (let j = 0; j < lines; j++) items.push(told.length && random() < retold ? pick(random, told) : happening());
    told.push(...items);
    const published = addDays(items.map((h) => h.latest).sort().at(-1)!, 1 + Math.floor(random() * 3));
    const text = items.map((h) => pick(random, WORDINGS[h.kind]).replace('{A}', h.a).replace('{B}', h.b).replace('{CITY}', h.city).replace('{WHEN}', h.when)).join('\n');
    out.push({ id: `syn-${String(i + 1).padStart(6, '0')}`, title: `مقال تجريبي ${i + 1}`, outlet: pick(random, OUTLETS), published, text });
  }
  return out;
}
