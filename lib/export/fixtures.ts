import type { EventRecord } from '@/lib/db/event-queries';

/** Two events shaped as the database returns them, with Arabic, commas, quotes and markup to survive every export. */
export const SAMPLE_EVENTS: EventRecord[] = [
  {
    id: '2020-07-22-meeting-lavrov-boukadoum',
    type: 'meeting',
    modality: 'occurred',
    date: { start: '2020-07-22', end: '2020-07-22', precision: 'day', approximate: false, mod: null, text: 'الأربعاء', basis: 'relative', explanation: '"الأربعاء" → Wed 22 Jul 2020: the Wednesday before publication on Thu 23 Jul 2020' },
    title: { en: 'Lavrov–Boukadoum talks in Moscow, "strategic"', ar: 'محادثات لافروف وبوقادوم في موسكو' },
    participants: [
      { entityId: 'sergey-lavrov', kind: 'person', nameEn: 'Sergey Lavrov', nameAr: 'سيرغي لافروف', role: 'foreign minister', country: 'RU' },
      { entityId: 'sabri-boukadoum', kind: 'person', nameEn: 'Sabri Boukadoum', nameAr: 'صبري بوقادوم', role: 'foreign minister', country: 'DZ' },
    ],
    location: { entityId: 'moscow', nameEn: 'Moscow', nameAr: 'موسكو', country: 'RU' },
    mentions: [{ articleId: 'a1', file: 'a1.txt', start: 10, end: 60, quote: 'التقى لافروف، بوقادوم <script>alert(1)</script> في موسكو', dateSpan: null }],
    confidence: 0.9,
    sources: [
      { id: 'a1', file: 'a1.txt', title: 'عنوان', titleEn: null, outlet: 'Sputnik, Arabic', url: 'https://example.org/a?x=1&y=2', published: '2020-07-22', publishedPrecision: 'day' },
      { id: 'a2', file: 'a2.txt', title: 'عنوان آخر', titleEn: null, outlet: null, url: null, published: '2020-07', publishedPrecision: 'month' },
    ],
  },
  {
    id: '2022-04-visit-lamamra',
    type: 'visit',
    modality: 'planned',
    date: { start: '2022-04-01', end: '2022-04-30', precision: 'month', approximate: true, mod: null, text: 'أفريل الماضي', basis: 'relative', explanation: '"أفريل الماضي" → Apr 2022' },
    title: { en: 'Lamamra visits Moscow', ar: 'لعمامرة يزور موسكو' },
    participants: [],
    location: null,
    mentions: [],
    confidence: 0.7,
    sources: [],
  },
];
