import type { EventType, ExtractedEvent, Modality, Participant, Place, Precision } from '@/lib/domain/event';
import { pick, seededRandom, weighted } from './random';

/**
 * Synthetic articles and events for load tests: dates from 1960 to 2026, denser in recent decades and in bursts
 * (crises, summit seasons), the full mix of types, precisions and modalities, several mentions per event.
 * Never mixed with real data: every article is marked synthetic and goes to a database of its own.
 */

const COUNTRIES: Array<[string, string, string]> = [
  ['DZ', 'Algeria', 'الجزائر'], ['RU', 'Russia', 'روسيا'], ['EG', 'Egypt', 'مصر'], ['MA', 'Morocco', 'المغرب'], ['TN', 'Tunisia', 'تونس'],
  ['LY', 'Libya', 'ليبيا'], ['SA', 'Saudi Arabia', 'السعودية'], ['AE', 'United Arab Emirates', 'الإمارات'], ['QA', 'Qatar', 'قطر'], ['SY', 'Syria', 'سوريا'],
  ['IQ', 'Iraq', 'العراق'], ['JO', 'Jordan', 'الأردن'], ['LB', 'Lebanon', 'لبنان'], ['TR', 'Turkey', 'تركيا'], ['IR', 'Iran', 'إيران'],
  ['US', 'United States', 'الولايات المتحدة'], ['FR', 'France', 'فرنسا'], ['CN', 'China', 'الصين'], ['DE', 'Germany', 'ألمانيا'], ['GB', 'United Kingdom', 'بريطانيا'],
];
const CITIES: Array<[string, string, string]> = [
  ['DZ', 'Algiers', 'الجزائر العاصمة'], ['RU', 'Moscow', 'موسكو'], ['EG', 'Cairo', 'القاهرة'], ['MA', 'Rabat', 'الرباط'], ['TN', 'Tunis', 'تونس العاصمة'],
  ['LY', 'Tripoli', 'طرابلس'], ['SA', 'Riyadh', 'الرياض'], ['AE', 'Abu Dhabi', 'أبوظبي'], ['QA', 'Doha', 'الدوحة'], ['SY', 'Damascus', 'دمشق'],
  ['IQ', 'Baghdad', 'بغداد'], ['JO', 'Amman', 'عمان'], ['LB', 'Beirut', 'بيروت'], ['TR', 'Ankara', 'أنقرة'], ['IR', 'Tehran', 'طهران'],
  ['US', 'Washington', 'واشنطن'], ['FR', 'Paris', 'باريس'], ['CN', 'Beijing', 'بكين'], ['DE', 'Berlin', 'برلين'], ['GB', 'London', 'لندن'],
];
const GIVEN = ['Ahmed', 'Sergey', 'Karim', 'Nabil', 'Youssef', 'Omar', 'Dmitry', 'Ali', 'Hassan', 'Mourad', 'Ivan', 'Samir', 'Khaled', 'Rachid', 'Anna'];
const GIVEN_AR = ['أحمد', 'سيرغي', 'كريم', 'نبيل', 'يوسف', 'عمر', 'دميتري', 'علي', 'حسن', 'مراد', 'إيفان', 'سمير', 'خالد', 'رشيد', 'آنا'];
const FAMILY = ['Haddad', 'Petrov', 'Mansour', 'Belkacem', 'Ivanov', 'Saleh', 'Amrani', 'Kuznetsov', 'Darwish', 'Bouzid', 'Nasser', 'Volkov', 'Tahar', 'Rahmani'];
const FAMILY_AR = ['حداد', 'بيتروف', 'منصور', 'بلقاسم', 'إيفانوف', 'صالح', 'العمراني', 'كوزنيتسوف', 'درويش', 'بوزيد', 'ناصر', 'فولكوف', 'الطاهر', 'رحماني'];
const ROLES: Array<[string, string]> = [['president', 'الرئيس'], ['prime minister', 'رئيس الوزراء'], ['foreign minister', 'وزير الخارجية'], ['ambassador', 'السفير'], ['defence minister', 'وزير الدفاع']];

const TYPES: ReadonlyArray<readonly [EventType, number]> = [
  ['meeting', 30], ['visit', 20], ['statement', 15], ['call', 8], ['agreement', 8], ['conference', 6], ['invitation', 4],
  ['appointment', 3], ['military', 2], ['aid', 2], ['opening', 1], ['anniversary', 0.5], ['other', 0.5],
];
const TYPE_AR: Record<EventType, string> = {
  visit: 'زيارة', meeting: 'محادثات', call: 'اتصال هاتفي', conference: 'مؤتمر', agreement: 'اتفاق', invitation: 'دعوة', appointment: 'تعيين',
  statement: 'تصريح', opening: 'افتتاح', military: 'مناورات عسكرية', aid: 'مساعدات', anniversary: 'ذكرى', other: 'حدث',
};
const MODALITIES: ReadonlyArray<readonly [Modality, number]> = [['occurred', 85], ['planned', 10], ['hypothetical', 3], ['negated', 2]];
const PRECISIONS: ReadonlyArray<readonly [Precision, number]> = [['day', 70], ['month', 15], ['year', 7], ['half', 3], ['quarter', 2], ['week', 2], ['decade', 1]];

export interface SyntheticArticle {
  id: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
}

export interface SyntheticCorpus {
  articles: SyntheticArticle[];
  events: ExtractedEvent[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function rangeFor(day: Date, precision: Precision): { start: string; end: string } {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  switch (precision) {
    case 'day':
      return { start: iso(day), end: iso(day) };
    case 'week': {
      const start = new Date(day);
      start.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
      const end = new Date(start);
      end.setUTCDate(start.getUTCDate() + 6);
      return { start: iso(start), end: iso(end) };
    }
    case 'month':
      return { start: iso(new Date(Date.UTC(y, m, 1))), end: iso(new Date(Date.UTC(y, m + 1, 0))) };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { start: iso(new Date(Date.UTC(y, q, 1))), end: iso(new Date(Date.UTC(y, q + 3, 0))) };
    }
    case 'half': {
      const h = m < 6 ? 0 : 6;
      return { start: iso(new Date(Date.UTC(y, h, 1))), end: iso(new Date(Date.UTC(y, h + 6, 0))) };
    }
    case 'year':
      return { start: `${y}-01-01`, end: `${y}-12-31` };
    case 'decade': {
      const d = Math.floor(y / 10) * 10;
      return { start: `${d}-01-01`, end: `${d + 9}-12-31` };
    }
  }
}

/** A day between 1960 and 2026: more events in later years, and a tenth of them in short bursts. */
function clusteredDay(random: () => number, bursts: number[]): Date {
  const start = Date.UTC(1960, 0, 1);
  const end = Date.UTC(2026, 10, 1);
  let t: number;
  if (random() < 0.1) t = pick(random, bursts) + (random() - 0.5) * 20 * 86_400_000;
  else t = start + Math.sqrt(random()) * (end - start);
  return new Date(Math.floor(Math.min(Math.max(t, start), end) / 86_400_000) * 86_400_000);
}

export function generateSyntheticCorpus(eventCount: number, seed = 20260101): SyntheticCorpus {
  const random = seededRandom(seed);
  const people: Participant[] = [];
  for (let i = 0; i < 300; i++) {
    const [country] = pick(random, COUNTRIES);
    const [role, roleAr] = pick(random, ROLES);
    const g = Math.floor(random() * GIVEN.length);
    const f = Math.floor(random() * FAMILY.length);
    people.push({ entityId: `syn-person-${i}`, kind: 'person', nameEn: `${GIVEN[g]} ${FAMILY[f]} ${i}`, nameAr: `${GIVEN_AR[g]} ${FAMILY_AR[f]} ${i}`, role: `${role} (${roleAr})`, country });
  }
  const places: Place[] = CITIES.map(([country, nameEn, nameAr]) => ({ entityId: `syn-city-${nameEn.toLowerCase().replace(/\s+/g, '-')}`, nameEn, nameAr, country }));
  const bursts = Array.from({ length: 40 }, () => clusteredDay(random, [Date.UTC(2000, 0, 1)]).getTime());

  const articles: SyntheticArticle[] = [];
  const events: ExtractedEvent[] = [];
  let article: { id: string; sentences: string[]; length: number; published: Date } | null = null;
  const flush = () => {
    if (!article) return;
    articles.push({ id: article.id, title: `مقال تجريبي ${articles.length + 1}`, outlet: pick(random, ['Synthetic Wire', 'Test Gazette', 'Load Daily']), published: iso(article.published), text: article.sentences.join('\n') });
    article = null;
  };

  for (let i = 0; i < eventCount; i++) {
    if (!article || article.sentences.length >= 8) {
      flush();
      article = { id: `syn-${String(articles.length + 1).padStart(6, '0')}`, sentences: [], length: 0, published: new Date(0) };
    }
    const day = clusteredDay(random, bursts);
    const precision = weighted(random, PRECISIONS);
    const type = weighted(random, TYPES);
    const modality = weighted(random, MODALITIES);
    const a = pick(random, people);
    let b = pick(random, people);
    if (b === a) b = people[(people.indexOf(a) + 1) % people.length]!;
    const place = pick(random, places);
    const range = rangeFor(day, precision);
    const dateText = `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
    const sentence = `${TYPE_AR[type]} بين ${a.nameAr} و${b.nameAr} في ${place.nameAr} بتاريخ ${dateText}.`;
    const start = article.length;
    article.sentences.push(sentence);
    article.length += sentence.length + 1;
    if (day > article.published) article.published = day;
    const dateStart = start + sentence.indexOf(dateText);
    const mentionCount = 1 + Math.floor(random() * 3);
    events.push({
      id: `syn-${i}`,
      type,
      modality,
      date: {
        ...range,
        precision,
        approximate: random() < 0.05,
        mod: null,
        text: dateText,
        basis: 'explicit',
        explanation: `"${dateText}" → ${range.start}: synthetic date`,
      },
      title: { en: `${type} of ${a.nameEn} and ${b.nameEn} in ${place.nameEn}`, ar: `${TYPE_AR[type]} ${a.nameAr} و${b.nameAr} في ${place.nameAr}` },
      participants: [a, b],
      location: place,
      // The same sentence stands for every mention: what matters for load is their number.
      mentions: Array.from({ length: mentionCount }, () => ({
        articleId: article!.id,
        file: `${article!.id}.txt`,
        start,
        end: start + sentence.length,
        quote: sentence,
        dateSpan: { start: dateStart, end: dateStart + dateText.length },
      })),
      confidence: 0.5 + random() / 2,
    });
  }
  flush();
  return { articles, events };
}
