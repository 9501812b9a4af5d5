import type { Modality, Precision } from '@/lib/domain/event';
import { EVENT_TYPE_INFO, type EventType } from '@/lib/domain/event-types';
import type { LaneKind } from '@/lib/domain/filters';

export type Locale = 'en' | 'ar';
export const LOCALES: Locale[] = ['en', 'ar'];
export const LOCALE_COOKIE = 'lang';

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ar';
}

/** A count as lists show it: "57", or "1000+" when counting stopped at a cap. */
export function countText(n: number, exact: boolean): string {
  return exact ? String(n) : `${n}+`;
}

/** The label of every event type in one language, from the type registry. */
function typeLabels(locale: Locale): Record<EventType, string> {
  return Object.fromEntries(Object.entries(EVENT_TYPE_INFO).map(([type, info]) => [type, info.label[locale]])) as Record<EventType, string>;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

const en = {
  appName: 'Diplomatic timeline',
  timeline: 'Timeline',
  sources: 'Sources',
  chronology: 'Chronology',
  undated: 'Undated events (not on the timeline)',
  filters: 'Filters',
  search: 'Search',
  searchPlaceholder: 'Arabic or English…',
  from: 'From',
  to: 'To',
  apply: 'Apply',
  reset: 'Reset',
  lanes: 'Lanes',
  showPlanned: 'Planned events',
  showHypothetical: 'Hypothetical and denied statements',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  density: 'Events over time: the marked part is the chart’s window (click or drag to move it)',
  legend: 'Legend',
  eventsShown: (n: number, exact = true) => (n === 1 && exact ? '1 dated event in view' : `${countText(n, exact)} dated events in view`),
  loadMore: (n: number, exact = true) => `Show more (${countText(n, exact)} left)`,
  noEvents: 'No events match these filters.',
  type: 'Type',
  modality: 'Modality',
  participants: 'Participants',
  country: 'Country',
  place: 'Place',
  date: 'Date',
  howDated: 'How this date was found',
  evidence: 'Evidence',
  outlet: 'Outlet',
  published: 'Published',
  original: 'Original article',
  localCopy: 'Local copy at this passage',
  permalink: 'Permalink',
  copy: 'Copy link',
  copied: 'Copied',
  close: 'Close',
  showOnTimeline: 'Show on the timeline',
  openEvent: 'Open event page',
  unknownOutlet: 'Unknown outlet',
  addressUnknown: 'Address not known',
  language: 'العربية',
  notFound: 'Not found',
  backToTimeline: 'Back to the timeline',
  keyboardHelp: 'Keys: ←/→ previous/next event, Home/End first/last, +/− zoom, Enter opens, Esc closes. Scroll the page with the wheel; zoom with Ctrl+wheel, a pinch or the buttons.',
  any: 'Any',
  print: 'Print snapshot',
  printTooMany: (max: number) => `This view holds more than ${max} events, more than a printed snapshot shows. Narrow the filters or the window, or download the events of this view instead:`,
  png: 'PNG',
  exports: 'Export',
  addArticle: 'Add an article',
  ingest: {
    heading: 'Add an article',
    intro: 'Paste an Arabic article. Preview the events the engine finds, then save: its events join the timeline and merge with those already known.',
    text: 'Article text (Arabic)',
    title: 'Title',
    publishedHelp: 'YYYY-MM-DD, or YYYY-MM when only the month is known; leave empty when unknown.',
    token: 'Token',
    tokenHelp: 'Only when the server asks for one (INGEST_TOKEN).',
    preview: 'Preview events',
    save: 'Save',
    found: (n: number) => (n === 1 ? '1 event found' : `${n} events found`),
    undated: 'undated',
    queued: (ahead: number) => `Queued: the server is storing it${ahead ? ` after ${ahead === 1 ? '1 article' : `${ahead} articles`} ahead` : ''}. Its events open here when it is done.`,
    queueFailed: 'The article could not be stored.',
  },
  sourcesCount: (articles: number, outlets: number) =>
    `${articles === 1 ? '1 source' : `${articles} sources`}${articles > 1 ? ` from ${outlets === 1 ? '1 outlet' : `${outlets} outlets`}` : ''}`,
  morePassages: (n: number) => (n === 1 ? '1 more passage' : `${n} more passages`),
  passages: (n: number) => (n === 1 ? '1 passage' : `${n} passages`),
  eventsInArticle: 'Events in this article',
  undatedEvent: 'Undated',
  corroboration: (outlets: number) => (outlets > 1 ? `Corroborated by ${outlets} outlets` : 'Single source'),
  types: typeLabels('en'),
  modalities: { occurred: 'Occurred', planned: 'Planned', hypothetical: 'Hypothetical', postponed: 'Postponed', cancelled: 'Cancelled', negated: 'Denied' } satisfies Record<Modality, string>,
  precisions: { day: 'day', week: 'week', month: 'month', quarter: 'quarter', half: 'half-year', year: 'year', decade: 'decade' } satisfies Record<Precision, string>,
  laneKinds: { type: 'Event type', country: 'Country', participant: 'Main participant' } satisfies Record<LaneKind, string>,
};

export type Messages = typeof en;

const ar: Messages = {
  appName: 'الخط الزمني الدبلوماسي',
  timeline: 'الخط الزمني',
  sources: 'المصادر',
  chronology: 'التسلسل الزمني',
  undated: 'أحداث غير مؤرخة (خارج الخط الزمني)',
  filters: 'التصفية',
  search: 'بحث',
  searchPlaceholder: 'بالعربية أو الإنجليزية…',
  from: 'من',
  to: 'إلى',
  apply: 'تطبيق',
  reset: 'إعادة ضبط',
  lanes: 'المسارات',
  showPlanned: 'الأحداث المقررة',
  showHypothetical: 'التصريحات الافتراضية والمنفية',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  density: 'الأحداث عبر الزمن: الجزء المحدد هو نافذة المخطط (انقر أو اسحب لتحريكها)',
  legend: 'مفتاح الرموز',
  eventsShown: (n: number, exact = true) => `أحداث مؤرخة في النافذة: ${countText(n, exact)}`,
  loadMore: (n: number, exact = true) => `عرض المزيد (${countText(n, exact)} متبقية)`,
  noEvents: 'لا توجد أحداث تطابق هذه المعايير.',
  type: 'النوع',
  modality: 'الحالة',
  participants: 'المشاركون',
  country: 'البلد',
  place: 'المكان',
  date: 'التاريخ',
  howDated: 'كيف حُدد هذا التاريخ',
  evidence: 'الشاهد',
  outlet: 'الوسيلة',
  published: 'تاريخ النشر',
  original: 'المقال الأصلي',
  localCopy: 'النسخة المحلية عند هذا المقطع',
  permalink: 'الرابط الدائم',
  copy: 'نسخ الرابط',
  copied: 'نُسخ',
  close: 'إغلاق',
  showOnTimeline: 'عرض على الخط الزمني',
  openEvent: 'فتح صفحة الحدث',
  unknownOutlet: 'وسيلة غير معروفة',
  addressUnknown: 'العنوان غير معروف',
  language: 'English',
  notFound: 'غير موجود',
  backToTimeline: 'العودة إلى الخط الزمني',
  keyboardHelp: 'المفاتيح: ←/→ الحدث السابق/التالي، Home/End الأول/الأخير، +/− للتكبير، Enter للفتح، Esc للإغلاق. العجلة تمرر الصفحة؛ للتكبير Ctrl مع العجلة أو القرص بإصبعين أو الأزرار.',
  any: 'الكل',
  print: 'لقطة للطباعة',
  printTooMany: (max: number) => `تضم هذه النافذة أكثر من ${max} حدثا، وهو أكثر مما تعرضه لقطة مطبوعة. ضيّق المعايير أو النافذة، أو نزّل أحداث هذه النافذة بدلا من ذلك:`,
  png: 'PNG',
  exports: 'تصدير',
  addArticle: 'إضافة مقال',
  ingest: {
    heading: 'إضافة مقال',
    intro: 'الصق مقالا بالعربية. عاين الأحداث التي يجدها المحرك ثم احفظ: تنضم أحداثه إلى الخط الزمني وتندمج مع المعروف منها.',
    text: 'نص المقال (بالعربية)',
    title: 'العنوان',
    publishedHelp: 'YYYY-MM-DD، أو YYYY-MM إذا عُرف الشهر فقط؛ اتركه فارغا إن لم يُعرف.',
    token: 'رمز الدخول',
    tokenHelp: 'فقط إذا طلبه الخادم (INGEST_TOKEN).',
    preview: 'معاينة الأحداث',
    save: 'حفظ',
    found: (n: number) => `عدد الأحداث: ${n}`,
    undated: 'غير مؤرخ',
    queued: (ahead: number) => `في قائمة الانتظار: يحفظه الخادم${ahead ? ` بعد ${ahead === 1 ? 'مقال واحد' : `${ahead} مقالات`} قبله` : ''}. تُفتح أحداثه هنا عند الانتهاء.`,
    queueFailed: 'تعذّر حفظ المقال.',
  },
  sourcesCount: (articles: number, outlets: number) => `${articles === 1 ? 'مصدر واحد' : `${articles} مصادر`}${articles > 1 ? ` من ${outlets} وسائل` : ''}`,
  morePassages: (n: number) => (n === 1 ? 'مقطع آخر' : `${n} مقاطع أخرى`),
  passages: (n: number) => (n === 1 ? 'مقطع واحد' : `${n} مقاطع`),
  eventsInArticle: 'الأحداث في هذا المقال',
  undatedEvent: 'غير مؤرخ',
  corroboration: (outlets: number) => (outlets > 1 ? `تؤكده ${outlets} وسائل إعلام` : 'مصدر وحيد'),
  types: typeLabels('ar'),
  modalities: { occurred: 'وقع', planned: 'مقرر', hypothetical: 'افتراضي', postponed: 'مؤجل', cancelled: 'ملغى', negated: 'منفي' },
  precisions: { day: 'يوم', week: 'أسبوع', month: 'شهر', quarter: 'ربع سنة', half: 'نصف سنة', year: 'سنة', decade: 'عقد' },
  laneKinds: { type: 'نوع الحدث', country: 'البلد', participant: 'المشارك الرئيسي' },
};

export function messagesFor(locale: Locale): Messages {
  return locale === 'ar' ? ar : en;
}
