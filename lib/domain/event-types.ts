/**
 * The registry of event types: everything the engine and the app need to know about a type, in one place. Adding a
 * type is adding an entry here and its triggers to lib/extract/lexicon/triggers.json.
 */

/** The words a title is made of, in one language: short names of the first two actors, the place, a role or label. */
export interface TitleParts {
  /** The first actor's short name (a person's last name, an organisation's or country's name). */
  a?: string;
  b?: string;
  place?: string;
  /** The first actor's role («Foreign Minister»), for appointments. */
  role?: string;
  /** What kind of event it is where its type alone does not say: an event of type other («relations broken»), credentials among appointments. */
  label?: string;
  /** An appointment made by the first actor (a president, a king) of the second. */
  appointedBy?: boolean;
  /** The first actor is a state, and nobody is named: appointments it makes. */
  byState?: boolean;
}

type Title = (p: TitleParts) => string;

export interface EventTypeInfo {
  /** When one event is stated by triggers of several types, the lowest rank names it: the trip before its talks. */
  rank: number;
  /** Types of one family may fold into one event: a trip's visit, talks and agreement are all 'trip'. */
  family: string;
  /** An undated report in the past tense may take the article's date (a call «أجرى اتصالا» reported as today's news). */
  takesArticleDate: boolean;
  /**
   * A happening diplomacy takes place against (fighting, a break of relations, an anniversary), not an item of a
   * diplomatic programme: a visit or talks its clause also names are not dated by it.
   */
  background: boolean;
  /** Talks held during an event of this type («وبحث الجانبان خلال الاتصال…», «تطرق في حديثه إلى…») are part of it, not a meeting of their own. */
  hostsTalks: boolean;
  /** An event between two sides (talks, a call, a signing, an invitation): its title names one person of each. */
  betweenSides?: true;
  label: { en: string; ar: string };
  /** Colour of the type on the timeline and in print (a CSS colour readable on white and under white text). */
  colour: string;
  title: { en: Title; ar: Title };
  /** How an editor announces the event ahead («Erdoğan to visit Egypt»); without it a planned title is prefixed. */
  planned?: { en: Title; ar: Title };
}

const both = (a?: string, b?: string, join = '–') => (a && b ? `${a}${join}${b}` : a ?? '');
const inEn = (place?: string) => (place ? ` in ${place}` : '');
const inAr = (place?: string) => (place ? ` في ${place}` : '');
/** A title that names the event by its label («Lavrov–Attaf: message delivered in Algiers»), in each language. */
const labelled = {
  en: (label: string, { a, b, place }: TitleParts) => `${a ? both(a, b) + ': ' : ''}${label}${inEn(place)}`,
  ar: (label: string, { a, b, place }: TitleParts) => `${label}${a ? ' (' + both(a, b, ' و') + ')' : ''}${inAr(place)}`,
};

export const EVENT_TYPE_INFO = {
  visit: {
    rank: 0, family: 'trip', takesArticleDate: true, background: false, hostsTalks: true, label: { en: 'Visit', ar: 'زيارة' }, colour: '#1d4ed8',
    title: {
      en: ({ a, place }) => (a ? (place ? `${a} visits ${place}` : `${a} visit`) : place ? `Visit to ${place}` : 'Visit'),
      ar: ({ a, place }) => `زيارة${a ? ' ' + a : ''}${place ? ' إلى ' + place : ''}`,
    },
    planned: {
      en: ({ a, place }) => (a ? `${a} to visit${place ? ' ' + place : ''}` : place ? `Planned visit to ${place}` : 'Planned visit'),
      ar: ({ a, place }) => `زيارة مرتقبة${a ? ' ' + a : ''}${place ? ' إلى ' + place : ''}`,
    },
  },
  meeting: {
    rank: 1, family: 'trip', takesArticleDate: true, background: false, hostsTalks: true, label: { en: 'Meeting', ar: 'لقاء' }, betweenSides: true, colour: '#0f766e',
    title: {
      // An audience of a kind the lexicon names («message delivered») says so: «Tebboune–Saied: message delivered».
      en: (p) => (p.label ? labelled.en(p.label, p) : `${p.a ? both(p.a, p.b) + ' talks' : 'Talks'}${inEn(p.place)}`),
      ar: (p) => (p.label ? labelled.ar(p.label, p) : `محادثات${p.a ? ' ' + both(p.a, p.b, ' و') : ''}${inAr(p.place)}`),
    },
  },
  conference: {
    rank: 2, family: 'conference', takesArticleDate: true, background: false, hostsTalks: true, label: { en: 'Conference', ar: 'مؤتمر' }, colour: '#7e22ce',
    title: {
      en: ({ a, place }) => (place ? `${place} conference` : `${a ? a + ' ' : ''}conference`),
      ar: ({ a, place }) => (place ? `مؤتمر ${place}` : `مؤتمر${a ? ' ' + a : ''}`),
    },
  },
  call: {
    rank: 3, family: 'call', takesArticleDate: true, background: false, hostsTalks: true, label: { en: 'Call', ar: 'اتصال' }, betweenSides: true, colour: '#0369a1',
    title: {
      en: ({ a, b }) => (a && b ? `${a} and ${b} speak by phone` : a ? `${a} phone call` : 'Phone call'),
      ar: ({ a, b }) => `اتصال هاتفي${a ? (b ? ` بين ${a} و${b}` : ` أجراه ${a}`) : ''}`,
    },
  },
  agreement: {
    rank: 4, family: 'trip', takesArticleDate: true, background: false, hostsTalks: false, label: { en: 'Agreement', ar: 'اتفاق' }, betweenSides: true, colour: '#15803d',
    title: {
      en: ({ a, b, place }) => `${a ? both(a, b) + ' agreement' : 'Agreement'}${inEn(place)}`,
      ar: ({ a, b, place }) => `اتفاق${a ? ' ' + both(a, b, ' و') : ''}${inAr(place)}`,
    },
  },
  invitation: {
    rank: 5, family: 'invitation', takesArticleDate: true, background: false, hostsTalks: false, label: { en: 'Invitation', ar: 'دعوة' }, betweenSides: true, colour: '#b45309',
    title: {
      en: ({ a, b }) => (a && b ? `${a} invites ${b}` : `${a ? a + ' ' : ''}invitation`),
      ar: ({ a, b }) => (a && b ? `دعوة من ${a} إلى ${b}` : `دعوة${a ? ' ' + a : ''}`),
    },
  },
  appointment: {
    rank: 6, family: 'appointment', takesArticleDate: true, background: false, hostsTalks: false, label: { en: 'Appointment', ar: 'تعيين' }, colour: '#a16207',
    title: {
      // Credentials are presented by one and received by the other; the title names both sides without saying who did what.
      // A state named with nobody appointed («صدر مرسوم بتعيين 12 سفيرا للكويت») makes the appointments.
      en: (p) => (p.label ? labelled.en(p.label, p) : p.appointedBy ? `${p.a} appoints ${p.b}` : p.byState ? `${p.a} makes appointments` : p.a ? `${p.a} appointed${p.role ? ' ' + p.role : ''}${inEn(p.place)}` : 'Appointment'),
      ar: (p) => (p.label ? labelled.ar(p.label, p) : p.appointedBy ? `${p.a} يعين ${p.b}` : p.byState ? `تعيينات ${p.a}` : `تعيين${p.a ? ' ' + p.a : ''}${inAr(p.place)}`),
    },
  },
  statement: {
    rank: 7, family: 'statement', takesArticleDate: true, background: false, hostsTalks: true, label: { en: 'Statement', ar: 'تصريح' }, colour: '#4b5563',
    // A statement of a kind the lexicon names («congratulations») says so: «Abdullah II–Leo XIV: congratulations».
    title: {
      // A statement is named after who made it, never after where.
      en: ({ a, b, label }) => (label ? labelled.en(label, { a, b }) : a ? `${a} statement` : 'Statement'),
      ar: ({ a, b, label }) => (label ? labelled.ar(label, { a, b }) : `تصريح${a ? ' ' + a : ''}`),
    },
  },
  opening: {
    rank: 8, family: 'opening', takesArticleDate: false, background: false, hostsTalks: false, label: { en: 'Opening', ar: 'افتتاح' }, colour: '#be185d',
    title: {
      en: ({ a, place }) => `Opening${a ? ' (' + a + ')' : ''}${inEn(place)}`,
      ar: ({ a, place }) => `افتتاح${a ? ' (' + a + ')' : ''}${inAr(place)}`,
    },
  },
  military: {
    rank: 9, family: 'military', takesArticleDate: false, background: true, hostsTalks: false, label: { en: 'Military', ar: 'عسكري' }, colour: '#b91c1c',
    title: {
      en: ({ a, place }) => `${a ? a + ' military action' : 'Military action'}${inEn(place)}`,
      ar: ({ a, place }) => `عمل عسكري${a ? ' ' + a : ''}${inAr(place)}`,
    },
  },
  aid: {
    rank: 10, family: 'aid', takesArticleDate: false, background: false, hostsTalks: false, label: { en: 'Aid', ar: 'مساعدات' }, colour: '#c2410c',
    title: {
      en: ({ a, b }) => `${a ? a + ' aid' : 'Aid'}${b ? ' to ' + b : ''}`,
      ar: ({ a, b }) => `مساعدات${a ? ' ' + a : ''}${b ? ' إلى ' + b : ''}`,
    },
  },
  anniversary: {
    rank: 11, family: 'anniversary', takesArticleDate: false, background: true, hostsTalks: false, label: { en: 'Anniversary', ar: 'ذكرى' }, colour: '#6d28d9',
    title: { en: ({ a, b }) => `Anniversary${a ? ': ' + both(a, b) : ''}`, ar: ({ a, b }) => `ذكرى${a ? ' ' + both(a, b, ' و') : ''}` },
  },
  other: {
    rank: 12, family: 'other', takesArticleDate: false, background: true, hostsTalks: false, label: { en: 'Other', ar: 'أخرى' }, colour: '#57534e',
    title: {
      en: (p) => labelled.en(p.label ?? 'event', p),
      ar: (p) => labelled.ar(p.label ?? 'حدث', p),
    },
  },
} as const satisfies Record<string, EventTypeInfo>;

export type EventType = keyof typeof EVENT_TYPE_INFO;

export function typeInfo(type: EventType): EventTypeInfo {
  return EVENT_TYPE_INFO[type];
}

/** The family a type folds with: 'trip' for a trip's visit, talks and agreement; the type itself otherwise. */
export function familyOf(type: EventType): string {
  return EVENT_TYPE_INFO[type].family;
}
