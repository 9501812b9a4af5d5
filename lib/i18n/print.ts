import type { Locale } from './messages';

/** The words of a printed snapshot, its running head and foot, and the form that sets its paper. */
const en = {
  heading: 'Timeline snapshot',
  window: (from: string, to: string) => `${from} to ${to}`,
  takenAt: (when: string) => `Snapshot taken ${when}`,
  eventCount: (n: number) => (n === 1 ? '1 event in this window' : `${n} events in this window`),
  undatedCount: (n: number, exact: boolean) =>
    `${exact ? n : `${n}+`} undated ${n === 1 && exact ? 'event matches' : 'events match'} these filters; undated events are not in a snapshot (the CSV and JSON exports list them).`,
  filters: 'Filters',
  noFilters: 'All events',
  chart: 'Chart',
  legend: 'Legend',
  callouts: 'Events drawn by their number alone are named under the chart.',
  numbersRefer: 'The numbers are those of the list below.',
  list: 'Events',
  sources: 'Sources',
  outletNotRecorded: 'outlet not recorded',
  published: 'published',
  original: 'original',
  permalink: 'Permanent link',
  noAddress: 'original address not known',
  relativeLinks: 'This server has no public address (set PUBLIC_URL): links are given as paths on the timeline\'s site.',
  view: 'This view',
  /** The words around the page number and the page count: "Page 2 of 5". */
  pageWords: ['Page ', ' of ', ''] as [string, string, string],
  paper: 'Paper',
  orientation: 'Orientation',
  papers: { a4: 'A4', letter: 'Letter' },
  orientations: { landscape: 'Landscape', portrait: 'Portrait' },
  apply: 'Apply',
  print: 'Print',
  downloadPdf: 'Download PDF',
  noEvents: 'No dated events in this window.',
  participants: 'Participants',
  precision: 'precision',
};

export type PrintMessages = typeof en;

const ar: PrintMessages = {
  heading: 'لقطة من الخط الزمني',
  window: (from: string, to: string) => `من ${from} إلى ${to}`,
  takenAt: (when: string) => `التُقطت في ${when}`,
  eventCount: (n: number) => `عدد الأحداث في هذه النافذة: ${n}`,
  undatedCount: (n: number, exact: boolean) =>
    `أحداث غير مؤرخة تطابق هذه المعايير: ${exact ? n : `${n}+`}؛ لا تدخل الأحداث غير المؤرخة في اللقطة (تسردها ملفات التصدير CSV وJSON).`,
  filters: 'المعايير',
  noFilters: 'كل الأحداث',
  chart: 'المخطط',
  legend: 'دليل الرموز',
  callouts: 'الأحداث المرسومة برقمها وحده مذكورة تحت المخطط.',
  numbersRefer: 'الأرقام هي أرقام القائمة أدناه.',
  list: 'الأحداث',
  sources: 'المصادر',
  outletNotRecorded: 'الوسيلة غير مسجلة',
  published: 'نُشر',
  original: 'الأصل',
  permalink: 'الرابط الدائم',
  noAddress: 'العنوان الأصلي غير معروف',
  relativeLinks: 'ليس لهذا الخادم عنوان عام (PUBLIC_URL): الروابط مذكورة كمسارات في موقع الخط الزمني.',
  view: 'هذه النافذة',
  pageWords: ['صفحة ', ' من ', ''],
  paper: 'الورق',
  orientation: 'الاتجاه',
  papers: { a4: 'A4', letter: 'Letter' },
  orientations: { landscape: 'أفقي', portrait: 'عمودي' },
  apply: 'تطبيق',
  print: 'طباعة',
  downloadPdf: 'تنزيل PDF',
  noEvents: 'لا توجد أحداث مؤرخة في هذه النافذة.',
  participants: 'المشاركون',
  precision: 'الدقة',
};

export function printMessagesFor(locale: Locale): PrintMessages {
  return locale === 'ar' ? ar : en;
}
