import { describe, expect, it } from 'vitest';
import type { Participant, Place } from '../domain/event';
import { makeTitle } from './titles';

const person = (nameEn: string, country: string): Participant => ({ entityId: nameEn.toLowerCase(), kind: 'person', nameEn, nameAr: nameEn, role: null, country });
const country = (nameEn: string, id: string): Participant => ({ entityId: id, kind: 'country', nameEn, nameAr: nameEn, role: null, country: id });
const place = (nameEn: string, country: string): Place => ({ entityId: nameEn.toLowerCase(), nameEn, nameAr: nameEn, country });
const lavrov = person('Sergey Lavrov', 'RU'), lamamra = person('Ramtane Lamamra', 'DZ');

describe('event titles', () => {
  it.each([
    ['visit', [lavrov, lamamra], place('Moscow', 'RU'), 'Lamamra visits Moscow'],
    ['visit', [lavrov, lamamra], place('Algiers', 'DZ'), 'Lavrov visits Algiers'],
    ['visit', [lavrov], null, 'Lavrov visit'],
    // With no place told, a country taking part that is not the visitor's own is where he went; his own is not.
    ['visit', [person('Hulusi Akar', 'TR'), country('Bahrain', 'BH')], null, 'Akar visits Bahrain'],
    ['visit', [person('Hulusi Akar', 'TR'), country('Turkey', 'TR')], null, 'Akar visit'],
    ['meeting', [lavrov, lamamra], place('Moscow', 'RU'), 'Lavrov–Lamamra talks in Moscow'],
    // Talks, calls and signings name one of each side: the second name is the first one of another country.
    ['meeting', [lavrov, person('Mikhail Bogdanov', 'RU'), lamamra], null, 'Lavrov–Lamamra talks'],
    ['call', [lavrov, person('Mikhail Bogdanov', 'RU'), lamamra], null, 'Lavrov and Lamamra speak by phone'],
    ['agreement', [lamamra, person('Abdelmadjid Tebboune', 'DZ'), lavrov], null, 'Lamamra–Lavrov agreement'],
    ['meeting', [lavrov, person('Mikhail Bogdanov', 'RU')], null, 'Lavrov–Bogdanov talks'],
    ['invitation', [person('Abdelmadjid Tebboune', 'DZ'), person('Ahmed Attaf', 'DZ'), lavrov], null, 'Tebboune invites Lavrov'],
    ['call', [lavrov, lamamra], null, 'Lavrov and Lamamra speak by phone'],
    ['call', [lavrov], null, 'Lavrov phone call'],
    // Names written family name first keep their first word.
    ['visit', [person('Xi Jinping', 'CN')], place('Cairo', 'EG'), 'Xi visits Cairo'],
    ['meeting', [person('Moon Jae-in', 'KR'), lavrov], null, 'Moon–Lavrov talks'],
    // A family name with its particle stays whole, in either script.
    ['meeting', [person('Abdallah Bou Habib', 'LB'), lavrov], null, 'Bou Habib–Lavrov talks'],
    ['meeting', [person('Ahmed Aboul Gheit', 'EG'), lavrov], null, 'Aboul Gheit–Lavrov talks'],
    // A Mauritanian «Ould» names the father, of one word or two.
    ['visit', [person('Mohamed Salem Ould Merzoug', 'MR')], place('Algiers', 'DZ'), 'Ould Merzoug visits Algiers'],
    ['visit', [person('Ismail Ould Cheikh Ahmed', 'MR')], place('Riyadh', 'SA'), 'Ould Cheikh Ahmed visits Riyadh'],
    // A generational suffix stays after the family name it belongs to.
    ['meeting', [person('Tamim bin Hamad Al Thani', 'QA'), person('Ferdinand Marcos Jr.', 'PH')], null, 'Tamim bin Hamad–Marcos Jr. talks'],
    // The host country is where a visit goes, never its visitor.
    ['visit', [country('Egypt', 'EG')], place('Cairo', 'EG'), 'Visit to Cairo'],
    ['visit', [country('Egypt', 'EG'), country('Libya', 'LY')], place('Cairo', 'EG'), 'Libya visits Cairo'],
    // Nor are its people: a visit to a country is not by its own ruler; a visit to one of its cities may be.
    ['visit', [person('Mohammed bin Rashid', 'AE')], { ...place('United Arab Emirates', 'AE'), entityId: 'AE' }, 'Visit to United Arab Emirates'],
    ['visit', [person('Mohammed bin Rashid', 'AE')], place('Abu Dhabi', 'AE'), 'Mohammed bin Rashid visits Abu Dhabi'],
  ] as const)('%s by %j in %j → %s', (type, participants, location, en) => {
    expect(makeTitle({ type, modality: 'occurred', participants: [...participants], location }).en).toBe(en);
  });
  it('keeps an Arabic family name with its particle whole («أبو الغيط», «بو حبيب»)', () => {
    const gheit = { ...person('Ahmed Aboul Gheit', 'EG'), nameAr: 'أحمد أبو الغيط' }, habib = { ...person('Abdallah Bou Habib', 'LB'), nameAr: 'عبد الله بو حبيب' };
    expect(makeTitle({ type: 'meeting', modality: 'occurred', participants: [gheit, habib], location: null }).ar).toBe('محادثات أبو الغيط وبو حبيب');
  });
  it('names an audience and a statement of a kind the lexicon names by their label', () => {
    expect(makeTitle({ type: 'meeting', modality: 'occurred', participants: [lavrov, lamamra], location: null }, { en: 'message delivered', ar: 'تسليم رسالة' }).en).toBe('Lavrov–Lamamra: message delivered');
    expect(makeTitle({ type: 'statement', modality: 'occurred', participants: [lavrov], location: null }, { en: 'congratulations', ar: 'تهنئة' }).en).toBe('Lavrov: congratulations');
  });
  it('names an event of type other by its trigger\'s label', () => {
    const t = makeTitle({ type: 'other', modality: 'occurred', participants: [country('Morocco', 'MA'), country('Iran', 'IR')], location: null }, { en: 'relations broken', ar: 'قطع العلاقات' });
    expect(t).toEqual({ en: 'Morocco–Iran: relations broken', ar: 'قطع العلاقات (Morocco وIran)' });
  });
  it('names credentials by their label, not as an appointment of the one who receives them', () => {
    const haitham = person('Haitham bin Tariq', 'OM');
    const t = makeTitle({ type: 'appointment', modality: 'occurred', participants: [haitham], location: place('Muscat', 'OM') }, { en: 'credentials', ar: 'أوراق اعتماد' });
    expect(t).toEqual({ en: 'Haitham bin Tariq: credentials in Muscat', ar: 'أوراق اعتماد (Haitham bin Tariq) في Muscat' });
  });
  it('names who made an appointment and whom, when the first named appoints', () => {
    const putin = { ...person('Vladimir Putin', 'RU'), role: 'President' }, belyaev = person('Igor Belyaev', 'RU');
    const title = (participants: Participant[]) => makeTitle({ type: 'appointment', modality: 'occurred', participants, location: place('Algiers', 'DZ') });
    expect(title([putin, belyaev])).toEqual({ en: 'Putin appoints Belyaev', ar: 'Putin يعين Belyaev' });
    // «يعتزم الوزير حضور حفل تنصيب الرئيس»: a president named after someone else appointed nobody.
    expect(title([{ ...belyaev, role: 'Foreign Minister' }, putin]).en).toBe('Belyaev appointed Foreign Minister in Algiers');
    // One person, or two of whom neither (or both) appoints: the first is who was appointed.
    expect(title([{ ...belyaev, role: 'Prime Minister' }]).en).toBe('Belyaev appointed Prime Minister in Algiers');
    expect(title([putin, { ...belyaev, role: 'Prime Minister' }]).en).toBe('Putin appointed President in Algiers');
    // Where an envoy's appointment is told is not where he serves.
    expect(title([{ ...belyaev, role: 'Ambassador' }])).toEqual({ en: 'Belyaev appointed Ambassador', ar: 'تعيين Belyaev' });
    // A state named with nobody appointed makes the appointments; it is not appointed itself.
    expect(title([country('Kuwait', 'KW')])).toEqual({ en: 'Kuwait makes appointments', ar: 'تعيينات Kuwait' });
  });
  it('tells a plan put off or called off as the plan, never as done', () => {
    const title = (modality: 'postponed' | 'cancelled') => makeTitle({ type: 'visit', modality, participants: [lavrov], location: place('Algiers', 'DZ') });
    expect(title('postponed')).toEqual({ en: 'Postponed: Lavrov to visit Algiers', ar: 'تأجيل: زيارة مرتقبة Lavrov إلى Algiers' });
    expect(title('cancelled').en).toBe('Called off: Lavrov to visit Algiers');
    // A type with no planned form of its own says once that it was planned.
    const summit = makeTitle({ type: 'conference', modality: 'cancelled', participants: [], location: place('Kuala Lumpur', 'MY') });
    expect(summit).toEqual({ en: 'Called off: Kuala Lumpur conference', ar: 'إلغاء: مؤتمر Kuala Lumpur' });
  });
  it('announces planned events as an editor would', () => {
    expect(makeTitle({ type: 'visit', modality: 'planned', participants: [lavrov], location: place('Algiers', 'DZ') })).toEqual({ en: 'Lavrov to visit Algiers', ar: 'زيارة مرتقبة Lavrov إلى Algiers' });
    expect(makeTitle({ type: 'meeting', modality: 'planned', participants: [lavrov, lamamra], location: null }).en).toBe('Planned: Lavrov–Lamamra talks');
  });
});
