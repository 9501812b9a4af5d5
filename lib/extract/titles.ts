/** English and Arabic titles from type, participants and place («Lavrov visits Algiers»), by the registry's templates. */
import type { ExtractedEvent, Participant } from '../domain/event';
import { typeInfo, type TitleParts } from '../domain/event-types';
import { appointsOthers, servesAbroad, writesFamilyNameFirst, type EventLabel } from './lexicon';

type Ev = Pick<ExtractedEvent, 'type' | 'modality' | 'participants' | 'location'>;

/** How an editor shortens a name: «Tamim bin Hamad Al Thani» → «Tamim bin Hamad», «Sergey Lavrov» → «Lavrov». */
function shortName(name: string): string {
  const patronymic = /^(\S+ (?:bin|ibn|بن) \S+)/u.exec(name);
  if (patronymic) return patronymic[1]!;
  const words = name.split(/\s+/);
  // A regnal number stays with the name: «Mohammed VI», «Abdullah II», «محمد السادس».
  if (words.length > 1 && /^(?:[IVX]+|ال(?:اول|أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))$/u.test(words[words.length - 1]!)) return name;
  // So does a generational suffix, after the family name it belongs to: «Ferdinand Marcos Jr.» → «Marcos Jr.».
  if (words.length > 2 && /^(?:Jr\.?|Sr\.?|جونيور|الابن)$/u.test(words[words.length - 1]!)) return `${shortName(words.slice(0, -1).join(' '))} ${words[words.length - 1]}`;
  // A family name with its particle: «Di Maio», «von der Leyen», «Abu Mazen», «Ould Ghazouani».
  let from = words.length - 1;
  while (from > 0 && /^(?:di|de|da|del|della|van|von|der|le|la|du|dos|al|el|abu|aboul|abou|bou|ben|ould|bint|بو|أبو|ابو|ولد)$/iu.test(words[from - 1]!)) from--;
  // «Ismail Ould Cheikh Ahmed»: a Mauritanian «Ould» names the father, whose name may take two words.
  const ould = words.findIndex((w, i) => i > 0 && i >= words.length - 3 && /^(?:ould|ولد)$/iu.test(w));
  if (ould > 0 && ould < from) from = ould;
  return words.slice(from).join(' ');
}
/** «Xi Jinping» → «Xi»: where names are written family name first, the family name is the first word. */
function shortPersonName(p: Participant, name: string): string {
  if (p.kind !== 'person') return name;
  return writesFamilyNameFirst(p.country) ? name.split(/\s+/)[0]! : shortName(name);
}
const shortEn = (p: Participant): string => shortPersonName(p, p.nameEn);
const shortAr = (p: Participant): string => shortPersonName(p, p.nameAr);

/** Who a visit is by: someone away from home («زار لعمامرة موسكو» is Lamamra's visit, though Lavrov met him). */
function visitorsFirst(actors: Participant[], e: Ev): Participant[] {
  const host = e.location?.country;
  if (e.type !== 'visit' || !host) return actors;
  const away = actors.filter((p) => p.country && p.country !== host);
  return away.concat(actors.filter((p) => !away.includes(p)));
}

/** A visit's host country is where it goes, not who makes it («Egypt visits Cairo»); it names no visitor. */
const notTheHost = (e: Ev) => (p: Participant) => e.type !== 'visit' || p.kind !== 'country' || p.entityId !== e.location?.country;

/**
 * Who an appointment was made by: of two people, the first named, as the subject of «عين» is, when his office appoints
 * others (a president, a king) and the other's does not («عين الرئيس بوتين إيغور بيليايف سفيرا» is Putin appointing
 * Belyaev, not Putin appointed President). A head of state named after someone else («يعتزم الوزير حضور حفل تنصيب
 * الرئيس») made no appointment of him.
 */
function appointerOf(e: Ev, pool: Participant[]): Participant | undefined {
  if (e.type !== 'appointment' || pool.length < 2 || pool.some((p) => p.kind !== 'person')) return undefined;
  return appointsOthers(pool[0]!.role) && !appointsOthers(pool[1]!.role) ? pool[0] : undefined;
}

/** Nobody visits his own country: its people are the hosts of a visit to it (to one of its cities, they may travel). */
const notAtHome = (e: Ev) => (p: Participant) => e.type !== 'visit' || !e.location || e.location.entityId !== e.location.country || p.country !== e.location.country;

/**
 * «Bourita–Lipavský talks», not «Bourita–Hilale talks» when Morocco's ambassador was named before the Czech minister:
 * the second name of an event between two sides is the first one named of another country, when there is one.
 */
function oneOfEachSide(e: Ev, actors: Participant[]): Participant[] {
  const [first, ...rest] = actors;
  const other = first?.country && typeInfo(e.type).betweenSides ? rest.find((p) => p.country && p.country !== first.country) : undefined;
  return other ? [first!, other] : actors.slice(0, 2);
}

export function makeTitle(e: Ev, label: EventLabel | null = null): { en: string; ar: string } {
  const actors = visitorsFirst(e.participants.filter((p) => (p.kind === 'person' || p.kind === 'organisation') && notAtHome(e)(p)), e);
  const pool = oneOfEachSide(e, actors.length ? actors : e.participants.filter((p) => notTheHost(e)(p) && notAtHome(e)(p)));
  const appointer = label ? undefined : appointerOf(e, pool);
  // «Belyaev appointed Ambassador», not «… in Russia»: where an envoy's appointment is told is not where he serves.
  // «يزور أكار … البحرين»: a visit whose place the text gives only as a country taking part goes there, when that is not
  // the visitor's own.
  const visited = e.type === 'visit' && !e.location && pool[0]?.kind === 'person' && pool[0].country
    ? e.participants.find((p) => p.kind === 'country' && p.entityId !== pool[0]!.country) : undefined;
  const place = e.type === 'appointment' && !label && servesAbroad(pool[0]?.role ?? null) ? undefined : e.location ?? visited;
  const byState = pool[0]?.kind === 'country' && !e.participants.some((p) => p.kind === 'person');
  const en: TitleParts = { a: pool[0] && shortEn(pool[0]), b: pool[1] && shortEn(pool[1]), place: place?.nameEn, role: pool[0]?.role ?? undefined, label: label?.en, appointedBy: appointer !== undefined, byState };
  const ar: TitleParts = { a: pool[0] && shortAr(pool[0]), b: pool[1] && shortAr(pool[1]), place: place?.nameAr, label: label?.ar, appointedBy: appointer !== undefined, byState };
  const info = typeInfo(e.type);
  const ahead = { en: info.planned ? info.planned.en(en) : `Planned: ${info.title.en(en)}`, ar: info.planned ? info.planned.ar(ar) : `مرتقب: ${info.title.ar(ar)}` };
  if (e.modality === 'planned') return ahead;
  // A plan put off or called off is still the plan, never told as done: «Postponed: al-Sudani to visit Washington».
  const calledOff = CALLED_OFF[e.modality];
  // A type with no planned form of its own says so once: «Called off: Kuala Lumpur conference», not «Called off: Planned: …».
  if (calledOff) return info.planned ? { en: `${calledOff.en}: ${ahead.en}`, ar: `${calledOff.ar}: ${ahead.ar}` } : { en: `${calledOff.en}: ${info.title.en(en)}`, ar: `${calledOff.ar}: ${info.title.ar(ar)}` };
  return { en: info.title.en(en), ar: info.title.ar(ar) };
}

const CALLED_OFF: Partial<Record<Ev['modality'], { en: string; ar: string }>> = {
  postponed: { en: 'Postponed', ar: 'تأجيل' },
  cancelled: { en: 'Called off', ar: 'إلغاء' },
};

/** What the decision to put off or call off an event is called, as a label of its own («visit postponed», «تأجيل زيارة»). */
export function calledOffLabel(type: Ev['type'], modality: Ev['modality']): EventLabel | null {
  const calledOff = CALLED_OFF[modality];
  if (!calledOff) return null;
  const what = typeInfo(type).label;
  return { en: `${what.en.toLowerCase()} ${calledOff.en.toLowerCase()}`, ar: `${calledOff.ar} ${what.ar}` };
}
