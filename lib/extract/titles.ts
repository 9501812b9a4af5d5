/** English and Arabic titles from type, participants and place: "Lavrov visits Algiers", "Lavrov–Boukadoum talks in Moscow". */
import type { ExtractedEvent, Participant } from '../domain/event';
import type { EventLabel } from './lexicon';

type Ev = Pick<ExtractedEvent, 'type' | 'modality' | 'participants' | 'location'>;

function shortEn(p: Participant): string {
  return p.kind === 'person' ? p.nameEn.split(/\s+/).pop() ?? p.nameEn : p.nameEn;
}
function shortAr(p: Participant): string {
  return p.kind === 'person' ? p.nameAr.split(/\s+/).pop() ?? p.nameAr : p.nameAr;
}

/** Who a visit is by: someone away from home («زار لعمامرة موسكو» is Lamamra's visit, though Lavrov met him). */
function visitorsFirst(actors: Participant[], e: Ev): Participant[] {
  const host = e.location?.country;
  if (e.type !== 'visit' || !host) return actors;
  const away = actors.filter((p) => p.country && p.country !== host);
  return away.concat(actors.filter((p) => !away.includes(p)));
}

export function makeTitle(e: Ev, label: EventLabel | null = null): { en: string; ar: string } {
  const actors = visitorsFirst(e.participants.filter((p) => p.kind === 'person' || p.kind === 'organisation'), e);
  const pool = (actors.length ? actors : e.participants).slice(0, 2);
  const en = pool.map(shortEn);
  const ar = pool.map(shortAr);
  const A = en[0], B = en[1], Aa = ar[0], Ba = ar[1];
  const L = e.location?.nameEn, La = e.location?.nameAr;
  const inL = L ? ` in ${L}` : '', inLa = La ? ` في ${La}` : '';
  const pair = A && B ? `${A}–${B}` : A ?? '';
  const pairAr = Aa && Ba ? `${Aa} و${Ba}` : Aa ?? '';
  let t: { en: string; ar: string };
  switch (e.type) {
    case 'visit': t = { en: A ? (L ? `${A} visits ${L}` : `${A} visit`) : L ? `Visit to ${L}` : 'Visit', ar: `زيارة${Aa ? ' ' + Aa : ''}${La ? ' إلى ' + La : ''}` }; break;
    case 'meeting': t = { en: `${pair ? pair + ' talks' : 'Talks'}${inL}`, ar: `محادثات${pairAr ? ' ' + pairAr : ''}${inLa}` }; break;
    case 'call': t = { en: `${pair ? pair + ' phone call' : 'Phone call'}`, ar: `اتصال هاتفي${pairAr ? ' بين ' + pairAr : ''}` }; break;
    case 'conference': t = { en: L ? `${L} conference` : `${A ? A + ' ' : ''}conference`, ar: La ? `مؤتمر ${La}` : `مؤتمر${Aa ? ' ' + Aa : ''}` }; break;
    case 'agreement': t = { en: `${pair ? pair + ' agreement' : 'Agreement'}${inL}`, ar: `اتفاق${pairAr ? ' ' + pairAr : ''}${inLa}` }; break;
    case 'invitation': t = { en: A && B ? `${A} invites ${B}` : `${A ? A + ' ' : ''}invitation`, ar: Aa && Ba ? `دعوة من ${Aa} إلى ${Ba}` : `دعوة${Aa ? ' ' + Aa : ''}` }; break;
    case 'appointment': t = { en: A ? `${A} appointed${pool[0]?.role ? ' ' + pool[0].role : ''}${inL}` : 'Appointment', ar: `تعيين${Aa ? ' ' + Aa : ''}${inLa}` }; break;
    case 'statement': t = { en: A ? `${A} statement` : 'Statement', ar: `تصريح${Aa ? ' ' + Aa : ''}` }; break;
    case 'opening': t = { en: `Opening${A ? ' (' + A + ')' : ''}${inL}`, ar: `افتتاح${Aa ? ' (' + Aa + ')' : ''}${inLa}` }; break;
    case 'military': t = { en: `${A ? A + ' military action' : 'Military action'}${inL}`, ar: `عمل عسكري${Aa ? ' ' + Aa : ''}${inLa}` }; break;
    case 'aid': t = { en: `${A ? A + ' aid' : 'Aid'}${B ? ' to ' + B : ''}`, ar: `مساعدات${Aa ? ' ' + Aa : ''}${Ba ? ' إلى ' + Ba : ''}` }; break;
    case 'anniversary': t = { en: `Anniversary${pair ? ': ' + pair : ''}`, ar: `ذكرى${pairAr ? ' ' + pairAr : ''}` }; break;
    default: t = { en: `${pair ? pair + ': ' : ''}${label?.en ?? 'event'}${inL}`, ar: `${label?.ar ?? 'حدث'}${pairAr ? ' (' + pairAr + ')' : ''}${inLa}` };
  }
  if (e.modality === 'planned') t = { en: `Planned: ${t.en}`, ar: `مرتقب: ${t.ar}` };
  return t;
}
