import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const ev = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2020-07-23', precision: 'day' } });
/** The English names of who takes part in the first event of a type an article published that day tells. */
const peopleOf = (text: string, published: string, type: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
  .find((e) => e.type === type)?.participants.map((p) => p.nameEn) ?? [];

describe('participants and places', () => {
  it('every leader listed after «وشارك في القمة», one conjoined name after another, took part', () => {
    const text = 'انعقدت القمة الخليجية اليوم في المنامة. وشارك في القمة رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني، وأمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح، وولي العهد السعودي الأمير محمد بن سلمان.';
    expect(peopleOf(text, '2025-12-03', 'conference')).toEqual(expect.arrayContaining(['Mohammed bin Abdulrahman Al Thani', 'Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Mohammed bin Salman']));
  });
  it.each([
    ['استقبل الملك سلمان رئيس مجلس الشيوخ الماليزي تان سري رايس يتيم أمس في الرياض.', ['Salman bin Abdulaziz', 'Rais Yatim']],
    ['التقى الرئيس الإندونيسي جوكو ويدودو وزير الدفاع الماليزي داتوك سري إسماعيل صبري يعقوب أمس.', ['Joko Widodo', 'Ismail Sabri Yaakob']],
    ['عقد الرئيس الجيبوتي إسماعيل عمر غيلي ورئيس الوزراء الإثيوبي أبي أحمد اجتماعا أمس.', ['Ismaïl Omar Guelleh', 'Abiy Ahmed']],
  ])('a style leads to the person, and a name is known in the spellings outlets use: %s', (text, people) => {
    expect(peopleOf(text, '2021-03-08', 'meeting')).toEqual(people);
  });
  it.each([
    ['استقبل وزير الخارجية المصري سامح شكري اليوم مستشار رئيس الوزراء الياباني في القاهرة.', 'meeting', ['Sameh Shoukry']],
    ['التقى الرئيس التونسي قيس سعيد أمس المتحدث باسم الرئيس الروسي في قرطاج.', 'meeting', ['Kais Saied']],
    ['استقبل الرئيس اللبناني ميشال عون أمس المبعوث الخاص للرئيس الفرنسي في بعبدا.', 'meeting', ['Michel Aoun']],
    ['استقبلت الملكة رانيا أمس عقيلة الرئيس التركي في عمان.', 'meeting', ['Queen Rania']],
    ['وأعرب الرئيس الروسي عن امتنانه الخاص لرئيس دولة الإمارات خلال اتصال هاتفي أمس.', 'call', ['Vladimir Putin', 'Khalifa bin Zayed']],
  ])('a title governed by the noun of someone serving its holder («مستشار», «المتحدث باسم», «المبعوث الخاص لـ») is not the holder: %s', (text, type, people) => {
    expect(peopleOf(text, '2019-04-15', type).filter((n) => !['Egypt', 'Japan', 'Tunisia', 'Russia', 'Lebanon', 'France', 'Jordan', 'Turkey', 'United Arab Emirates'].includes(n))).toEqual(people);
  });
  it.each([
    ['اجتمع مجلس الأمن القومي الأمريكي أمس في واشنطن لبحث الأزمة.', 'meeting', ['National Security Council of United States']],
    ['عقد مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي اجتماعا أمس في مينسك.', 'conference', ['CSTO']],
    ['عقد مجلس الأمن الدولي اجتماعا أمس في نيويورك بشأن الأزمة.', 'conference', ['UN Security Council']],
  ])('a national or collective security council is not the UN Security Council: %s', (text, type, people) => {
    expect(peopleOf(text, '2019-04-15', type)).toEqual(people);
  });
  it('a verb of taking part ends the name before it («الرئيس عون يشارك»)', () => {
    expect(peopleOf('وأعلن مكتبه أن الرئيس عون يشارك في القمة العربية غدا في الرياض.', '2013-03-26', 'conference')).toEqual(['Arab League']);
  });
  it('a verb ending («اتفقتا») points back to nobody; a pronoun («زيارته») does', () => {
    const agreed = ev('وكان القذافي قد حكم ليبيا طويلا. وأعلنت موسكو أمس أن روسيا وتركيا اتفقتا على وقف إطلاق النار.').find((e) => e.type === 'agreement');
    expect(agreed?.participants.map((p) => p.entityId)).not.toContain('gaddafi');
    const visit = ev('وصل لافروف إلى الجزائر. وتأتي زيارته أمس في إطار التشاور.').find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.entityId)).toContain('lavrov');
  });
  it.each([
    ['بحث رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني، مع وزير الخارجية الأردني أيمن الصفدي، العلاقات الثنائية أمس.', 'meeting', 'safadi'],
    ['بحث رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني، أمس، مع وزير الخارجية الأردني أيمن الصفدي، العلاقات الثنائية.', 'meeting', 'safadi'],
    ['أجرى وزير الخارجية الجزائري رمطان لعمامرة، أمس، اتصالا هاتفيا، بنظيره الأوكراني دميترو كوليبا.', 'call', 'kuleba'],
  ])('the other side of talks or a call, set off by commas after «مع» or «بنظيره», takes part: %s', (text, type, other) => {
    const event = ev(text).find((e) => e.type === type);
    expect(event, 'no event').toBeDefined();
    expect(event!.participants.map((p) => p.entityId)).toContain(other);
  });
  it.each([
    ['والتقى السفير مارتن غريفثس أمس وزير الخارجية اليمني.', 'griffiths'],
    ['والتقى السفير مارتن غرافيث أمس وزير الخارجية اليمني.', 'griffiths'],
    ['والتقى السفير هانس غروندبيرغ أمس وزير الخارجية اليمني.', 'grundberg'],
    ['والتقى السفير جوزيب بوريال أمس وزير الخارجية اليمني.', 'borrell'],
    // Other letters, not only other vowels: somebody else.
    ['والتقى السفير مارتن غرانت أمس وزير الخارجية اليمني.', null],
    ['والتقى السفير هانس غروبر أمس وزير الخارجية اليمني.', null],
  ])('a known foreign name spelled with other vowels after a title is that person: %s', (text, id) => {
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2015-05-05', precision: 'day' } }).flatMap((e) => e.participants.map((p) => p.entityId));
    if (id) expect(people).toContain(id);
    else expect(people.filter((p) => p.startsWith('person-'))).toHaveLength(1);
  });
  it.each([
    ['وذكرت الخارجية، أن جاويش أوغلو وبومبيو، بحثا خلال الاتصال الزيارة التي سيجريها الرئيس أردوغان إلى واشنطن يوم 13 نوفمبر المقبل.', 'erdogan', ['pompeo', 'cavusoglu'], 'Washington'],
    ['تناول الوزيران مايك بومبيو ومولود جاويش أوغلو الزيارة التي يقوم بها الرئيس أردوغان إلى واشنطن الشهر المقبل.', 'erdogan', ['pompeo', 'cavusoglu'], 'Washington'],
    ['وأكد الناطق باسم وزارة الخارجية الإسبانية الزيارة التي كان يعتزم القيام بها الملك فيليبي السادس إلى المغرب الشهر المقبل.', 'felipe6', [], 'Morocco'],
  ])('a trip whose maker the words after its noun name (in the future too: «سيجريها») is his, going where «إلى» says after him, not of those who talk about it: %s', (text, maker, others, place) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2019-10-25', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit, 'no visit').toBeDefined();
    const people = visit!.participants.map((p) => p.entityId);
    expect(people).toContain(maker);
    for (const other of others) expect(people).not.toContain(other);
    expect(visit!.location?.nameEn).toBe(place);
  });
  it.each([
    ['عاد الرئيس الجزائري عبد المجيد تبون، إلى الجزائر بعد زيارة دولة أداها إلى جمهورية سلوفينيا بدعوة من نظيرته ناتاشا بيرتس موسار.', 'Slovenia', 'Tebboune visits Slovenia'],
    ['عاد الرئيس الجزائري إلى الجزائر مساء أمس بعد زيارة رسمية إلى سلطنة عمان.', 'Oman', 'Tebboune visits Oman'],
    ['وصل وزير الخارجية الصيني أمس إلى مملكة البحرين في زيارة رسمية.', 'Bahrain', 'Wang visits Bahrain'],
    // The place right after the subject of «زار» is its object, where the trip goes, not a city told further on.
    ['وزار الملك عبد الله الثاني تركيا بعد قرار الرئيس الأمريكي بشأن القدس.', 'Turkey', 'Abdullah II visits Turkey'],
    ['زار وزير الخارجية الروسي سيرغي لافروف الجزائر بعد أسبوع من محادثاته في القاهرة.', 'Algeria', 'Lavrov visits Algeria'],
    // Where «إلى» takes a verb of going, past its subject and a date, and past «العاصمة» and an adjective it does not know.
    ['ومن باريس توجه ولد عبد العزيز السبت الماضي إلى العاصمة الكازخية أستانا.', 'Astana', 'Ould Abdel Aziz visits Astana'],
  ])('«إلى» before the style of a state («جمهورية سلوفينيا») takes the trip there; one before the trip\'s noun, where someone came back to, does not: %s', (text, place, title) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-05-14', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.location?.nameEn).toBe(place);
    expect(visit?.title.en).toBe(title);
  });
  it.each([
    'استقبل الرئيس عبد الفتاح السيسي، اليوم، الرئيس أسياس أفورقي. وأشاد أفورقي بنتائج الزيارة التي قام بها السيد الرئيس إلى العاصمة الإريترية أسمرة في أكتوبر 2024.',
    // … also when the trip is told as what something was agreed on during.
    'استقبل الرئيس عبد الفتاح السيسي، اليوم، الرئيس أسياس أفورقي. وجدد أفورقي التزامه بما تم الاتفاق عليه خلال الزيارة التي قام بها السيد الرئيس إلى أسمرة في أكتوبر 2024.',
  ])('«السيد الرئيس» with no name, in a statement naming two presidents, is the one it names first: he makes the trip its words tell: %s', (text) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-10-30', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants[0]?.entityId).toBe('sisi');
  });
  it.each([
    ['وأكد وزير الخارجية الفيتنامي، لي هواي ترونغ، بالعاصمة، اتفاق البلدين على الارتقاء بالعلاقات.', '2025-11-19', 'لي هواي ترونغ'],
    // Words of a place's kind between the commas name no one: the holder stays.
    ['وقال رئيس الوزراء السوداني عبد الله حمدوك إن هذه الزيارة لرئيس الوزراء السوداني، لدولة عربية، هي الأولى.', '2019-09-15', 'عبد الله حمدوك'],
  ])('a name set off by commas after a title and its nationality is the holder the text names, against the gazetteer\'s dates: %s', (text, published, name) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    const people = events.flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr));
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people)).toEqual(new Set([name]));
  });
  it('a trip to another place told after a word of sequence («تليها زيارة») is the next trip, made by the people its own words name', () => {
    const text = 'وأفاد بيان صادر عن الرئاسة اليوم أن رئيس الحكومة يوسف الشاهد سيقوم بزيارة عمل إلى برلين مطلع العام الجديد تليها زيارة للمستشارة أنجيلا ميركل إلى تونس خلال الأشهر الثلاثة الأولى من سنة 2017.';
    const visits = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2016-12-23', precision: 'day' } }).filter((e) => e.type === 'visit');
    expect(visits.map((v) => [v.title.en, v.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)])).toEqual([
      ['Chahed to visit Berlin', ['Youssef Chahed']],
      ['Merkel to visit Tunisia', ['Angela Merkel']],
    ]);
  });
  it('a verb of two doers after a title («السفير الألماني يقطعان») is no name of his', () => {
    const text = 'الوزير والسفير الألماني يقطعان قالب الحلوى\nوصف السفير الألماني لدى البلاد هانس شميت الكويت بأنها شريك موثوق.';
    const statement = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-11-10', precision: 'day' } }).find((e) => e.type === 'statement');
    expect(statement?.participants.map((p) => p.nameAr)).toEqual(['هانس شميت']);
  });
  it('«معاليه» after a sentence naming the minister by his office and his counterpart by name after «مع» is the minister', () => {
    const text = 'أجرى وزير الخارجية العماني بدر البوسعيدي اتصالات هاتفية. وتركزت الاتصالات على التهدئة في المنطقة. وفي هذا الإطار، بحث معالي وزير الخارجية في اتصال هاتفي مع معالي سيرغي لافروف العلاقات. كما تبادل الجانبان وجهات النظر. كما أجرى معاليه اتصالا هاتفيا مع معالي هاكان فيدان.';
    const calls = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2026-01-17', precision: 'day' } }).filter((e) => e.type === 'call');
    const withFidan = calls.find((e) => e.participants.some((p) => p.entityId === 'fidan'));
    expect(withFidan?.participants.map((p) => p.entityId)).toEqual(['albusaidi', 'fidan']);
  });
  it('a clause after the talks that opens with «مع» but tells another event is not the talks\' other side', () => {
    const text = 'بحث وزير الخارجية القطري أمس العلاقات الثنائية، مع زيارة وزير الخارجية الأردني أيمن الصفدي إلى باريس.';
    const talks = ev(text).find((e) => e.type === 'meeting');
    expect(talks?.participants.map((p) => p.entityId) ?? []).not.toContain('safadi');
  });
  it('the word for a state between a title and a country\'s name is part of the name («وزير خارجية مملكة النرويج»)', () => {
    const people = extractArticle({ id: 'a', file: 'a.txt', text: 'اجتمع وزير الخارجية القطري أمس مع وزير خارجية مملكة النرويج في أوسلو.', published: { value: '2017-08-19', precision: 'day' } }).flatMap((e) => e.participants.map((p) => p.entityId));
    expect(people).toContain('brende');
  });
  it('a family name spelled otherwise, after the given name of whoever held the title that day, is that holder («أنطونيو جوتيرس»)', () => {
    const text = 'وكان الأمين العام للأمم المتحدة أنطونيو جوتيرس قد أعلن الخميس الماضي عن المحادثات.';
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-12-04', precision: 'day' } }).flatMap((e) => e.participants.map((p) => p.entityId));
    expect(people).toContain('guterres');
    expect(people.filter((id) => id.startsWith('person-'))).toEqual([]);
  });
  it('a last name after «كان» or a verb of the clause is the one person the article named by it («وكان العبادي قد وصل»)', () => {
    const text = 'واستقبل الملك سلمان رئيس الوزراء العراقي حيدر العبادي مساء السبت. وكان العبادي قد وصل إلى الرياض السبت مع وفد كبير.';
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2017-10-22', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameEn)).toContain('Haider al-Abadi');
  });
  it('a last name after a verb of holding talks («أن يجري البرهان … مباحثات») is the one person the article named by it', () => {
    const text = 'وصل قائد الجيش السوداني عبد الفتاح البرهان، اليوم الاثنين، إلى أسمرة في زيارة رسمية. ومن المقرر أن يجري البرهان، خلال الزيارة، مباحثات مع الرئيس الإريتري.';
    const talks = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-09-11', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(talks?.participants.map((p) => p.nameEn)).toContain('Abdel Fattah al-Burhan');
  });
  it('a family name written like a nationality, after a verb, is the person the article named by it («كما زار السوداني طهران»)', () => {
    const text = 'والتقى رئيس الوزراء العراقي محمد شياع السوداني أمس الرئيس الإيراني. كما زار السوداني طهران أواخر تشرين الثاني الماضي.';
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-03-20', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameEn)).toEqual(['Mohammed Shia al-Sudani']);
  });
  it.each([
    // Where no adjective can stand: after a particle, a noun without the article, or glued to a preposition.
    ['التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني أمس. وقال المكتب إن السوداني زار طهران يوم 5 كانون الثاني 2025.', 'Mohammed Shia al-Sudani', 'Sudan'],
    ['التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني أمس. وكان في استقبال السوداني في طهران يوم 5 كانون الثاني 2025 نائب الرئيس.', 'Mohammed Shia al-Sudani', 'Sudan'],
    ['التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني أمس. وقالت مصادر مقربة للسوداني إنه زار طهران يوم 5 كانون الثاني 2025.', 'Mohammed Shia al-Sudani', 'Sudan'],
    // After a noun it describes, definite by the article or a pronoun: the nationality.
    ['التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني أمس. وزار الوفد السوداني طهران يوم 5 كانون الثاني 2025.', 'Sudan', 'Mohammed Shia al-Sudani'],
    ['التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني أمس. وزار نظيره السوداني طهران يوم 5 كانون الثاني 2025.', 'Abdel Fattah al-Burhan', 'Mohammed Shia al-Sudani'],
    // Nobody of that name in the article: the nationality, even where it stands as a noun.
    ['التقى الرئيس الإيراني أمس وفدا عراقيا. وقال المكتب إن السوداني زار طهران يوم 5 كانون الثاني 2025.', 'Sudan', 'Mohammed Shia al-Sudani'],
  ])('a nationality where no adjective can stand is the family name of the one person named so: %s', (text, present, absent) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-01-08', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit, 'no visit').toBeDefined();
    const names = visit!.participants.map((p) => p.nameEn);
    expect(names).toContain(present);
    expect(names).not.toContain(absent);
  });
  it.each([
    ['وصل رئيس الحكومة الإسبانية بيدرو سانشيز إلى الرباط صباح اليوم في زيارة رسمية. وكان في استقبال بيدرو سانشيز ، رئيس الحكومة عزيز أخنوش.', 'وكان في استقبال بيدرو سانشيز ، رئيس الحكومة عزيز أخنوش', 'Aziz Akhannouch'],
    ['وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر اليوم، وكان في استقباله بالمطار، وزير الخارجية رمطان لعمامرة، ووزير الطاقة محمد عرقاب.', 'وكان في استقباله بالمطار، وزير الخارجية رمطان لعمامرة، ووزير الطاقة محمد عرقاب', 'Ramtane Lamamra'],
    // A clause after the welcome that tells an event of its own is not who welcomed him.
    ['وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر اليوم، وكان في استقباله بالمطار، ثم التقى الرئيس عبد المجيد تبون.', 'وكان في استقباله بالمطار', null],
  ])('who welcomed the visitor, named after the comma, is told by the welcome and takes part in the visit: %s', (text, welcome, host) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2022-05-10', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.mentions.map((m) => m.quote)).toContain(welcome);
    if (host) expect(visit!.participants.map((p) => p.nameEn)).toContain(host);
  });
  it.each([
    ['وقال بو حبيب في 14 مارس 2023 إن العلاقات جيدة.', 'Abdallah Bou Habib'],
    ['والتقى أبو الغيط في 14 مارس 2023 وزير الخارجية الليبي.', 'Ahmed Aboul Gheit'],
  ])('a gazetteer person is named by a family name of two words alone («بو حبيب»): %s', (text, name) => {
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-03-15', precision: 'day' } }).flatMap((e) => e.participants.map((p) => p.nameEn));
    expect(people).toContain(name);
  });
  it('the people a headline names by one word are the story\'s, when its body names nobody for the event', () => {
    const text = 'الرئيس سليمان في موسكو\n\nووجهت روسيا قبل أيام دعوة إلى رئيس الجمهورية ميشال سليمان لتسلم جائزة دولية. وعلمت الصحيفة أن الزيارة ستجري بين يومي 21 و22 كانون الثاني المقبل.';
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2012-12-20', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameEn)).toEqual(['Michel Suleiman']);
  });
  it.each([
    ['وتستضيف تونس القمة العربية الثلاثين يوم 31 مارس المقبل.', ['Arab League']],
    ['وانطلقت أمس في الرياض أعمال القمة العربية الصينية الأولى.', ['Arab League']],
    ['وتعقد القمة الخليجية الثامنة والثلاثون في الكويت يوم 5 ديسمبر.', ['Gulf Cooperation Council']],
    // The adjective must follow the summit's own words: «العربية» after another noun names no one.
    ['وتستضيف تونس القمة الثلاثين للدول العربية يوم 31 مارس المقبل.', []],
  ])('a summit named by its members\' adjective convenes their organisation: %s', (text, orgs) => {
    const summit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2019-01-06', precision: 'day' } }).find((e) => e.type === 'conference');
    expect(summit, 'no summit found').toBeDefined();
    expect(summit!.participants.filter((p) => p.kind === 'organisation').map((p) => p.nameEn)).toEqual(orgs);
  });
  it.each([
    ['شن الحرس الثوري الإيراني يوم 26 سبتمبر 2022 ضربات بالمسيرات على مواقع في إقليم كردستان العراق.', ['Islamic Revolutionary Guard Corps']],
    ['اندلعت المعارك بين الجيش السوداني وقوات الدعم السريع في 15 أبريل 2023.', ['Sudanese Armed Forces', 'Rapid Support Forces']],
  ])('armed forces the gazetteer knows take part in the fighting they wage: %s', (text, forces) => {
    const fighting = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-05-01', precision: 'day' } }).find((e) => e.type === 'military');
    expect(fighting, 'no military event found').toBeDefined();
    expect(fighting!.participants.filter((p) => p.kind === 'organisation').map((p) => p.nameEn)).toEqual(forces);
  });
  it('a person whose people write the family name first is named again by its first word («وصل شي»)', () => {
    const text = 'وصل الرئيس الصيني شي جين بينغ إلى القاهرة أمس. والتقى شي برئيس الوزراء المصري شريف إسماعيل.';
    const meeting = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2016-01-21', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(meeting?.participants.map((p) => p.nameEn)).toEqual(['Xi Jinping', 'Sherif Ismail']);
  });
  it.each([
    ['ووقع وكيل الوزارة، لطفي المغربي، أمس مذكرة تفاهم مع بنما.', 'agreement', 'لطفي المغربي', 'MA'],
    ['والتقى الوزير أمس خالد الجزائري في تونس.', 'meeting', 'خالد الجزائري', 'DZ'],
  ])('a nationality after a given name is the family name, not a country: %s', (text, type, name, country) => {
    const event = ev(text).find((e) => e.type === type);
    expect(event, 'no event').toBeDefined();
    expect(event!.participants.map((p) => p.nameAr)).toContain(name);
    expect(event!.participants.map((p) => p.entityId)).not.toContain(country);
  });
  it('a name ends before the word of a year («السفير عادل المرزوقي عام 2009»)', () => {
    const visit = ev('وكانت آخر زيارة قام بها السفير عادل المرزوقي عام 2009 إلى طوكيو.').find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameAr)).toEqual(['عادل المرزوقي']);
  });
  it.each([
    ['عين الرئيس السنغالي ماكي سال، يوم الأربعاء السيد بابو سين، قنصلا عاما لجمهورية السنغال بمدينة الداخلة.', 'Babou Sain'],
    ['عين الرئيس السنغالي ماكي سال يوم الأربعاء السيد يوسوفا ديوب قنصلا عاما جديدا لجمهورية السنغال في الدار البيضاء.', 'Yousoufa Diop'],
  ])('a consul is a post: the name before «قنصلا» ends there, and one after a style before its post is a person: %s', (text, appointee) => {
    const appointment = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2021-09-16', precision: 'day' } }).find((e) => e.type === 'appointment');
    expect(appointment?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Macky Sall', appointee]);
  });
  it.each([
    ['التقى المبعوث الأممي هانس غروندبرغ اليوم الخميس عيدروس الزبيدي نائب رئيس مجلس القيادة الرئاسي.', 'عيدروس الزبيدي'],
    ['استقبل رئيس الوزراء يوم الأحد كوفي الكرخي وزير الخارجية الغاني.', 'كوفي الكرخي'],
    ['التقى الوزير الثلاثاء نضال الحميري سفير اليمن لدى المغرب.', 'نضال الحميري'],
  ])('a name the table does not know, right after the day and before its title without a comma, is a person: %s', (text, name) => {
    const meeting = ev(text).find((e) => e.type === 'meeting');
    expect(meeting, 'no meeting').toBeDefined();
    expect(meeting!.participants.map((p) => p.nameAr)).toContain(name);
  });
  it.each([
    ['استقبل الرئيس السوري بشار الأسد اليوم المبعوث الخاص للأمين العام للأمم المتحدة غير بيدرسون.', ['Bashar al-Assad', 'Geir Pedersen']],
    ['استقبل الرئيس السوري بشار الأسد اليوم المبعوث الخاص للأمين العام للأمم المتحدة أنطونيو غوتيريش.', ['Bashar al-Assad']],
    ['استقبل الرئيس السوري بشار الأسد اليوم المبعوث الشخصي لسمو أمير قطر.', ['Bashar al-Assad']],
    ['التقى وزير الخارجية المصري سامح شكري اليوم أنور قرقاش المستشار الدبلوماسي للشيخ محمد بن زايد.', ['Anwar Gargash', 'Sameh Shoukry']],
    ['التقى وزير الخارجية المصري سامح شكري اليوم المستشار الدبلوماسي لرئيس دولة الإمارات.', ['Sameh Shoukry']],
  ])('an envoy\'s or an adviser\'s principal takes no part, and a name after the principal who does not hold that office is the envoy\'s: %s', (text, people) => {
    const meeting = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-02-08', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(meeting, 'no meeting').toBeDefined();
    expect(meeting!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(people);
  });
  it('a denial of someone\'s taking part in an event denies the taking part: the event went on, without him', () => {
    const text = 'نفت وزارة الخارجية الإثيوبية مشاركة وزير الخارجية الإريتري عثمان صالح في أعمال قمة الاتحاد الأفريقي التي انطلقت اليوم الأحد.';
    const summit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-01-28', precision: 'day' } }).find((e) => e.type === 'conference');
    expect(summit?.modality).toBe('occurred');
    expect(summit?.date?.start).toBe('2018-01-28');
    expect(summit?.participants.filter((p) => p.kind === 'person')).toEqual([]);
  });
  it('a denial that opens a clause with «أن» still denies the event in it', () => {
    const text = 'ونفى الوزير أن يكون قد شارك في قمة الاتحاد الأفريقي أمس.';
    const timeline = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-01-28', precision: 'day' } }).filter((e) => e.type === 'conference' && e.date !== null && e.modality === 'occurred');
    expect(timeline).toEqual([]);
  });
  it('a subject set off by commas after «أن» makes the trip its verb tells, whoever invited him («…، أن وزير الخارجية العراقية، فؤاد حسين، سيتوجه … تلبية لدعوة من نظيره»)', () => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text: 'وأكد الصحاف، أن وزير الخارجية العراقية، فؤاد حسين، سيتوجه خلال ساعات إلى باكستان في زيارة رسمية تلبية لدعوة من نظيره الباكستاني.', published: { value: '2021-08-10', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.title.en).toBe('Hussein to visit Pakistan');
  });
  it('a family name right after a trip\'s noun («زيارة المعلم») is the one person named before by it', () => {
    const text = 'وصل وزير الخارجية السوري وليد المعلم أمس إلى الصين في زيارة رسمية. وكانت زيارة المعلم السابقة للصين في 22 كانون الأول 2015.';
    const earlier = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2019-06-17', precision: 'day' } }).find((e) => e.type === 'visit' && e.date?.start === '2015-12-22');
    expect(earlier?.participants.filter((p) => p.kind === 'person').map((p) => p.entityId)).toEqual(['muallem']);
  });
  it('a gazetteer name written with a hyphen («مون جيه-إن») is that person', () => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text: 'وصل الشيخ محمد بن زايد إلى كوريا الجنوبية اليوم في زيارة تشمل لقاء مع الرئيس مون جيه-إن.', published: { value: '2019-02-26', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameEn)).toContain('Moon Jae-in');
  });
  it.each([
    ['وتعمل ليبيا والسودان وتشاد والنيجر على ضبط الحدود. وكانت الدول الأربع اتفقت، في اجتماعها أبريل الماضي، على تشكيل لجنة.', ['Libya', 'Sudan', 'Chad', 'Niger']],
    ['وتسعى مصر وتركيا إلى تطبيع العلاقات. وبدأت المشاورات بين البلدين في عام 2021.', ['Egypt', 'Turkey']],
    // After a glued «ل» that takes the article's alif.
    ['وتعمل ليبيا والسودان وتشاد والنيجر على ضبط الحدود. واجتمع وزراء الخارجية للدول الأربع في أبريل 2020 بنيامي.', ['Libya', 'Sudan', 'Chad', 'Niger']],
    // People named by their country's adjective name it too.
    ['والتقى وزير الخارجية الكويتي نظيره الأرميني أرارات ميرزويان. وتعود العلاقات الدبلوماسية بين البلدين إلى عام 2021.', ['Kuwait', 'Armenia']],
    // Not a topic («العلاقات بين البلدين») nor where a trip goes («زار البلدين»).
    ['وتسعى مصر وتركيا إلى تطبيع العلاقات. وعقد اجتماع في عام 2021 لبحث مسار العلاقات بين البلدين.', []],
    ['وتسعى مصر وتركيا إلى تطبيع العلاقات. وكان المبعوث قد زار البلدين في عام 2021.', []],
    // «البلدان» is two only as the subject right after the event's verb, with no adjective after it.
    ['وتسعى مصر وتركيا إلى تطبيع العلاقات. ووقع البلدان اتفاقات تعاون في مجال الدفاع في عام 2021.', ['Egypt', 'Turkey']],
    ['وتسعى مصر وتركيا إلى تطبيع العلاقات. ووقع البلدان العربيان اتفاقات تعاون في مجال الدفاع في عام 2021.', []],
  ])('a collective noun of countries next to the event\'s words («الدول الأربع») is the countries the article names most: %s', (text, countries) => {
    const event = ev(text).find((e) => e.date?.start.startsWith('2021') || e.date?.start.startsWith('2020-04'));
    expect(event, 'no dated event').toBeDefined();
    expect(event!.participants.filter((p) => p.kind === 'country').map((p) => p.nameEn)).toEqual(countries);
  });
  it.each([
    // «الجانبان» in a story that names no one of either side: the two countries it named.
    ['اختتمت أمس في هافانا أعمال الدورة الثالثة والعشرين للجنة المشتركة الجزائرية الكوبية. ووقع الجانبان ثماني اتفاقيات.', 'agreement', ['Algeria', 'Cuba']],
    // (What the sides discussed is the commission's session.)
    ['عقدت اللجنة المشتركة المصرية السودانية أمس اجتماعها في القاهرة. وبحث الطرفان تنظيم التجارة عبر الحدود.', 'conference', ['Egypt', 'Sudan']],
    // A country named by its adjective is a party even where the event is held in it.
    ['اختتمت أمس في هافانا أعمال الدورة الثالثة والعشرين للجنة المشتركة الجزائرية الكوبية.', 'conference', ['Algeria', 'Cuba']],
    // With three countries named, which two are the sides is not told.
    ['اختتمت أمس في هافانا أعمال اللجنة المشتركة الجزائرية الكوبية بحضور ممثل عن الاتحاد الأوروبي والسفير الإسباني. ووقع الجانبان ثماني اتفاقيات.', 'agreement', []],
  ])('sides named by no one are the two countries the story named: %s', (text, type, countries) => {
    const event = ev(text).find((e) => e.type === type);
    expect(event, 'no event').toBeDefined();
    expect(event!.participants.map((p) => p.nameEn)).toEqual(countries);
  });
  it.each([
    // «الجانبان» are the last two named, not two named only in a relative clause that describes something.
    ['بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري سبل التعاون، التي تحظى برعاية الملك عبدالله الثاني والرئيس عبد الفتاح السيسي. وأكد الجانبان ضرورة التنسيق.', 'Ayman Safadi, Sameh Shoukry'],
  ])('the sides of a story are those it tells, not those a relative clause names: %s', (text, people) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-04-10', precision: 'day' } });
    const said = events.find((e) => e.mentions.some((m) => text.slice(m.start, m.end).includes('الجانبان')));
    expect(said, 'no event of the sides').toBeDefined();
    expect(said!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort().join(', ')).toBe(people);
  });
  it('calls the other of a pair joined by «و» by the given name of someone named in full before', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'بحث الرئيس السوري بشار الأسد اليوم مع ولي عهد أبوظبي العلاقات. وكان آخر اتصال بين بن زايد وبشار في مارس 2020.', published: { value: '2021-10-20', precision: 'day' } });
    const call = events.find((e) => e.type === 'call');
    expect(call, 'no call').toBeDefined();
    expect(call!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(['Bashar al-Assad', 'Mohamed bin Zayed']);
  });
  it('calls a Mauritanian name again by «ولد» and the father\'s name', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'التقى وزير الخارجية السعودي عادل الجبير اليوم المبعوث الأممي إسماعيل ولد الشيخ أحمد. ووصل ولد الشيخ إلى الرياض يوم الجمعة.', published: { value: '2017-10-23', precision: 'day' } });
    const visit = events.find((e) => e.type === 'visit');
    expect(visit, 'no visit').toBeDefined();
    expect(visit!.participants.map((p) => p.nameEn)).toEqual(['Ismail Ould Cheikh Ahmed']);
  });
  it('calls someone named by his office again by «بن» and his father\'s name, as the gazetteer writes it', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'استقبل عاهل البحرين اليوم وزير الخارجية الأمريكي في قصر الصخير. وكان بن عيسى قد استقبل أمس وزير الخارجية البريطاني.', published: { value: '2022-12-05', precision: 'day' } });
    const earlier = events.find((e) => e.date?.start === '2022-12-04');
    expect(earlier, 'no meeting of the day before').toBeDefined();
    expect(earlier!.participants.map((p) => p.nameEn)).toContain('Hamad bin Isa Al Khalifa');
  });
  it.each([
    // The one met, after the date set off by commas, with an office named in words joined by «و».
    ['الصفدي، التقى الخميس، وزير أوروبا والشؤون الخارجية الفرنسي جان إيف لودريان، وبحثا العلاقات.', ['Ayman Safadi', 'Jean-Yves Le Drian']],
    ['الصفدي، التقى الخميس، وزير الخارجية الفرنسي جان إيف لودريان، وبحثا العلاقات.', ['Ayman Safadi', 'Jean-Yves Le Drian']],
  ])('the one met after a date set off by commas: %s', (text, people) => {
    const meetings = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2020-09-24', precision: 'day' } }).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn))).toEqual([people]);
  });
  it.each([
    // The envoy makes the trip, not who sends him; «وزير خارجيته» is the foreign minister of the one just named.
    ['أوفد الرئيس التونسي أمس وزير خارجيته نبيل عمار إلى الجزائر حاملا رسالة إلى الرئيس تبون.', 'occurred 2023-04-09', ['Nabil Ammar', 'Abdelmadjid Tebboune']],
    ['سيوفد الرئيس التونسي وزير خارجيته إلى الجزائر الأسبوع المقبل حاملا رسالة إلى الرئيس تبون.', 'planned 2023-04-17', ['Nabil Ammar', 'Abdelmadjid Tebboune']],
  ])('a dispatched envoy\'s trip, with the message he carries: %s', (text, when, people) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-04-10', precision: 'day' } });
    expect(events.map((e) => `${e.type} ${e.modality} ${e.date?.start}`)).toEqual([`visit ${when}`]);
    expect(events[0]!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(people);
  });
  it.each([
    ['وصل الرئيس عبد الفتاح السيسي أمس إلى باكو في زيارة رسمية. وعقد الرئيسان جلسة مباحثات موسعة.', ['Abdel Fattah el-Sisi', 'Ilham Aliyev']],
    // With two other countries named, which one's president is meant is not told.
    ['وصل الرئيس عبد الفتاح السيسي أمس إلى باكو قادما من أنقرة. وعقد الرئيسان جلسة مباحثات موسعة.', ['Abdel Fattah el-Sisi']],
  ])('«الرئيسان» with one president named is he and the president of the one other country named: %s', (text, people) => {
    const talks = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-01-28', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(talks?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(people);
  });
  it.each([
    ['عقد الملك سلمان، اليوم، جلسة مباحثات رسمية مع رئيس وزراء اليابان، شينزو آبي.', '2020-01-12', ['Salman bin Abdulaziz', 'Shinzo Abe']],
    ['واستقبل الرئيس عبد المجيد تبون، أمس، وزير الخارجية الروسي، سيرغي لافروف.', '2022-05-11', ['Abdelmadjid Tebboune', 'Sergey Lavrov']],
  ])('a known name set off by a comma after its title («رئيس وزراء اليابان، شينزو آبي») takes part in the clause the title ends: %s', (text, published, people) => {
    const event = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).find((e) => e.date);
    expect(event?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(people);
  });
  it('a known person named after the noun of a place named after them («مطار رفيق الحريري») is the place, not a party', () => {
    const visit = ev('وصل الرئيس الفرنسي إيمانويل ماكرون أمس إلى مطار رفيق الحريري الدولي في بيروت.').find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameEn)).toEqual(['Emmanuel Macron']);
  });
  it('a subject told before its verb in the clause «أن» opens does what the verb says («بأن الموفد …، وصل للقاء الرئيس»)', () => {
    const meeting = ev('وأفادت وسائل الإعلام بأن وزير الخارجية الروسي سيرغي لافروف، وصل أمس إلى قصر المرادية للقاء الرئيس الجزائري عبد المجيد تبون.').find((e) => e.type === 'meeting');
    expect(meeting?.participants.map((p) => p.nameEn)).toEqual(['Sergey Lavrov', 'Abdelmadjid Tebboune']);
  });
  it('a title before a given name is that person, not whoever holds the title on the article\'s day', () => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text: 'وأوضح أن آخر زيارة لملك سعودي إلى إندونيسيا كانت قبل 46 عامًا عندما زارها الملك فيصل.', published: { value: '2017-02-21', precision: 'day' } })
      .find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameEn)).toEqual(['Faisal bin Abdulaziz']);
  });
  it('a title before a given name alone is the one person the article or the gazetteer knows by it', () => {
    const [meeting] = extractArticle({ id: 'a', file: 'a.txt', text: 'واستقبل الشيخ «تميم»، في الدوحة، رئيس جمهورية أنغوشيا الشهر الماضي.', published: { value: '2018-03-26', precision: 'day' } });
    expect(meeting?.participants.map((p) => p.nameEn)).toContain('Tamim bin Hamad Al Thani');
  });
  it.each([
    ['غادر السلطان إبراهيم صباح اليوم إلى الرياض في زيارة دولة.', '2025-11-03', 'Ibrahim Traoré'],
    ['وصل الملك إبراهيم إلى القاهرة أمس في زيارة رسمية.', '2024-05-10', 'Ibrahim Traoré'],
  ])('a title before a given name is nobody who holds another office: %s', (text, published, notHim) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.nameEn)).not.toContain(notHim);
    expect(visit?.participants.some((p) => p.kind === 'person' && p.nameEn.includes('Ibrahim'))).toBe(true);
  });
  it.each([
    ['تلقى وزير الخارجية علي يوسف مساء أمس اتصالا هاتفيا من نظيره الفنزويلي.', 'Ali Youssef'],
    ['تلقى وزير الخارجية، د. علي يوسف، مساء أمس اتصالا هاتفيا من نظيره الفنزويلي.', 'Ali Youssef'],
    ['استقبل الرئيس أمس علي حسن وزير الدفاع الصومالي.', 'Ali Hassan'],
    ['التقى وزير الخارجية أمس في القاهرة المبعوث حسن يوسف.', 'Hassan Youssef'],
  ])('a given name that is also a word («علي», «حسن») opens a name before a name of the table: %s', (text, name) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-02-14', precision: 'day' } });
    expect(events.flatMap((e) => e.participants.map((p) => p.nameEn))).toContain(name);
  });
  it.each([
    ['بعث الملك محمد السادس برقية تهنئة إلى الرئيس السنغالي الجديد بمناسبة انتخابه.', '2024-03-26', 'Bassirou Diomaye Faye', 'Macky Sall'],
    ['بعث الملك برقية تهنئة إلى الرئيس السنغالي المنتخب بمناسبة فوزه.', '2024-03-26', 'Bassirou Diomaye Faye', 'Macky Sall'],
    ['التقى الأمين العام أمس المبعوث الأممي الجديد هانس غروندبرغ.', '2021-09-10', 'Hans Grundberg', 'Stephanie Williams'],
  ])('a new or elected holder of an office is whoever takes it up about then, not the holder of the day, and a name after it is the person: %s (%s)', (text, published, name, notHim) => {
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).flatMap((e) => e.participants.map((p) => p.nameEn));
    expect(people).toContain(name);
    expect(people).not.toContain(notHim);
  });
  it.each([
    ['استقبل ولي العهد السعودي الأمير محمد بن سلمان، في الرياض أمس، رئيس الوزراء الباكستاني شهباز شريف.', '2023-01-12', 'Shehbaz Sharif'],
    ['التقى وزير الخارجية المصري سامح شكري، في القاهرة يوم الأحد، نظيره الأردني أيمن الصفدي.', '2023-01-12', 'Ayman Safadi'],
  ])('whom a reception takes in, after a place and a date set off by commas, takes part: %s', (text, published, name) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.flatMap((e) => e.participants.map((p) => p.nameEn))).toContain(name);
  });
  it.each([
    ['أجرى الرئيس الجزائري أمس اتصالا هاتفيا مع نظيره الفرنسي.', '2023-09-21', 'Emmanuel Macron'],
    ['استقبل الرئيس عبد المجيد تبون أمس نظيره الإماراتي في الجزائر.', '2023-09-21', 'Mohamed bin Zayed'],
    ['أجرى الرئيس الجزائري أمس اتصالا هاتفيا مع نظيره الفرنسي.', '2016-03-10', 'François Hollande'],
  ])('a counterpart is the holder of the office the other side held that day, not of every office he ever held: %s (%s)', (text, published, name) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.flatMap((e) => e.participants.map((p) => p.nameEn))).toContain(name);
  });
  it.each([
    'ونقل البيان أمس عن المبعوث الألماني "تأكيد شرعية حكومة الوحدة الوطنية".',
    'ونقل البيان أمس عن السفير الفرنسي "دعم جهود الحكومة الداعمة للاستقرار".',
  ])('words a quotation mark opens after a title are what was said, not a name: %s', (text) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2022-10-05', precision: 'day' } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participants.filter((p) => p.kind === 'person'))).toEqual([]);
  });
  it('a title of a body whose holder the date cannot tell is the one person the article introduced by those words', () => {
    const text = 'التقى وزير الخارجية اليمني أمس المبعوث الأممي مارتن جريفيث في عدن. ووصل المبعوث الأممي مساء الثلاثاء الماضي إلى الرياض في مساعي انعاش مباحثات السلام.';
    expect(peopleOf(text, '2021-01-07', 'visit')).toContain('Martin Griffiths');
  });
  it.each([
    ['التقى وزير الخارجية اليمني اليوم المبعوث الأممي هانس جروندبرغ في الرياض.', 'meeting'],
    ['أعلن الأمين العام للأمم المتحدة اليوم عن تعيين هانس جروندبرغ مبعوثا خاصا إلى اليمن.', 'appointment'],
  ])('a known name whose hard g an outlet writes ج is the person the gazetteer writes with غ: %s', (text, type) => {
    expect(peopleOf(text, '2021-09-13', type)).toContain('Hans Grundberg');
  });
  it('a one-word name the gazetteer gives one man is the family name of another the article names in full, in its headline too', () => {
    const text = 'وفد من إقليم كوردستان برئاسة طالباني يزور بغداد\nاستقبل رئيس الوزراء العراقي اليوم في بغداد نائب رئيس وزراء إقليم كوردستان قوباد طالباني. وبحث طالباني مع رئيس الوزراء العلاقات بين بغداد وأربيل.';
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2020-04-28', precision: 'day' } }).flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn));
    expect(people).toContain('Qubad Talabani');
    expect(people).not.toContain('Jalal Talabani');
    expect(people.filter((n) => /Kourdastan|Kurdistan/.test(n))).toEqual([]);
  });
  it.each([
    'وكشف المتحدث عن برنامج وزير الخارجية، إذ يشمل لقاءات عديدة مع المسؤولين.',
    'وأعلن عن جدول أعمال الوزير، حيث يتضمن لقاءات مع المسؤولين.',
  ])('a conjunction that opens a clause after a title, set off by a comma, opens no name: %s', (text) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-08-19', precision: 'day' } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participants.filter((p) => p.kind === 'person'))).toEqual([]);
  });
  it.each([
    ['استقبل أمير قطر أمس في الدوحة ستيفن ميلر.', 'Steven'],
    ['التقى الرئيس أمس فولكر تورك في جنيف.', 'Volker'],
    ['استقبل رئيس الوزراء أمس كامالا هاريس في مكتبه.', 'Kamala'],
    ['التقى وزير الخارجية أمس كريستيان شميت في سراييفو.', 'Christian'],
    ['استقبل الرئيس أمس أندرياس نيك في قصر الرئاسة.', 'Andreas'],
  ])('a foreign given name of the name table opens the name of someone named without a title: %s', (text, given) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-03-10', precision: 'day' } });
    expect(events.flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn.split(' ')[0]))).toContain(given);
  });
  it.each([
    'أكد وزير الخارجية علي ضرورة التعاون خلال لقائه أمس السفير الفنزويلي.',
    'وحصل الوفد علي موافقة الوزير خلال لقائه أمس السفير الفنزويلي.',
  ])('the same word before a common word is no one\'s name: %s', (text) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-02-14', precision: 'day' } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participants.map((p) => p.nameEn)).filter((n) => n.startsWith('Ali'))).toEqual([]);
  });
  it.each([
    ['وكان قد تلقى العاهل البحريني، الملك حمد بن عيسى آل خليفة، اتصالاً هاتفياً اليوم من الرئيس الأمريكي دونالد ترامب.', '2020-09-11', ['Hamad bin Isa Al Khalifa', 'Donald Trump']],
    ['وأكد وزير الخارجية الروسي سيرغي لافروف، خلال اتصال هاتفي أمس مع نظيره الجزائري رمطان لعمامرة، متانة العلاقات.', '2022-03-10', ['Sergey Lavrov', 'Ramtane Lamamra']],
  ])('who a comma sets off before a call or talks holds them: %s', (text, published, people) => {
    const call = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).find((e) => e.type === 'call');
    expect(call?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(people);
  });
  it.each([
    ['تسلّم الرئيس الجزائري عبد المجيد تبون، الأربعاء، أوراق اعتماد السفير التركي الجديد لدى بلاده، محمد مجاهد كوتشوك يلماز.', '2023-03-10', 'Mohammed'],
    ['استقبل وزير الخارجية أمس سفير اليابان لدى المملكة، فوميو إيواي، في مكتبه.', '2023-03-10', 'Fumio'],
  ])('a name set off by a comma after a title takes part: %s', (text, date, given) => {
    const [event] = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: date, precision: 'day' } });
    expect(event?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn.split(' ')[0])).toContain(given);
  });
  it.each([
    ['وصل وزير الخارجية المغربي، السيد ناصر بو ريطة، إلى نواكشوط مساء اليوم.', '2018-06-30', 'Nasser Bourita'],
    ['واستقبل الرئيس عبد العزيز بو تفليقة أمس وزير الخارجية الروسي.', '2015-06-30', 'Abdelaziz Bouteflika'],
  ])('a family name in «بو» written with the «بو» apart is the person the gazetteer knows: %s', (text, date, name) => {
    const [event] = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: date, precision: 'day' } });
    expect(event?.participants.map((p) => p.nameEn)).toContain(name);
  });
  it.each([
    ['التقى وزير الخارجية العماني أمس المبعوث الأممي الجديد ستافان دي ميستورا في مسقط.', 'ستافان'],
    ['استقبل الرئيس أمس السفير الكوري الجديد كيم تشانغ في قصر قرطاج.', 'كيم'],
    ['التقى الوزير أمس المبعوث الأمريكي الخاص توماس غرينفيلد في الرياض.', 'توماس'],
  ])('adjectives of the post between a title and an unknown name are skipped: %s', (text, given) => {
    const [meeting] = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2021-09-20', precision: 'day' } });
    expect(meeting?.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr.split(' ')[0])).toContain(given);
  });
  it.each([
    ['يبدأ الرئيس محمود عباس، غدا الاثنين، زيارة رسمية إلى تونس يجتمع خلالها مع الرئيس التونسي فؤاد المبزع. ثم يتوجه سيادته يوم الأربعاء المقبل إلى باريس.', '2011-04-17', 'Mahmoud Abbas'],
    ['وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى بكين أمس. وسيلتقي سموه الرئيس الصيني غدا.', '2022-02-04', 'Tamim bin Hamad Al Thani'],
  ])('an honorific with a pronoun («سيادته», «سموه») is the dignitary the passage is about: %s', (text, date, name) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: date, precision: 'day' } });
    const last = events.filter((e) => e.date !== null).sort((a, b) => b.date!.start.localeCompare(a.date!.start))[0];
    expect(last?.participants.map((p) => p.nameEn)).toContain(name);
  });
  it('an honorific with a pronoun is one named before it in its own sentence, not one named in the sentence before', () => {
    const text = 'جرت مساء اليوم مراسم استقبال رسمية للرئيس محمود عباس في سانتياغو. وصافح الرئيس كبار مستقبليه. واستعرض حرس الشرف. وتناولت المباحثات الأوضاع بعد إعلان الرئيس الأميركي دونالد ترمب القدس عاصمة لإسرائيل. وكان الرئيس عباس، وصل فجر اليوم، إلى تشيلي، قادما من فنزويلا في زيارة تستمر يومين، ضمن جولة سيادته في أميركا اللاتينية.';
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-05-09', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Mahmoud Abbas']);
  });
  it.each([
    ['وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة أمس. وأقام الرئيس المصري مراسم استقبال رسمية لضيفه، أعقبها لقاء ثنائي.', '2024-02-15', ['Abdel Fattah el-Sisi', 'Recep Tayyip Erdoğan']],
    ['وصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي أمس. واستقبل الشيخ محمد بن زايد ضيفه في قصر الوطن.', '2024-02-14', ['Mohamed bin Zayed', 'Narendra Modi']],
  ])('a host\'s guest («ضيفه») is the visitor just named, not the host: %s', (text, date, people) => {
    const talks = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: date, precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(talks?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual([...people].sort());
  });
  it.each([
    ['أشاد وزير الخارجية المصري سامح شكري بالروابط التي تجمع بلاده مع الأردن وذلك خلال مباحثاته مع رئيس الوزراء الأردني بشر الخصاونة في عمان يوم الثلاثاء.', '2022-05-11', ['Bisher Khasawneh', 'Sameh Shoukry']],
    ['تحدث الرئيس التركي رجب طيب أردوغان عن الشراكة التي تربط بلاده مع قطر وذلك خلال اتصاله بأمير قطر الشيخ تميم بن حمد أمس.', '2022-05-11', ['Recep Tayyip Erdoğan', 'Tamim bin Hamad Al Thani']],
  ])('whose talks or call a pronoun says («محادثاته مع», «اتصاله بنظيره») holds them with whom they name: %s', (text, date, people) => {
    const event = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: date, precision: 'day' } }).find((e) => e.type === 'meeting' || e.type === 'call' || e.type === 'visit');
    expect(event?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(people);
  });
  it.each([
    ['ووفقاً لوزارة الخارجية المصرية، التقى الوزير سامح شكري أمس نظيره الأردني أيمن الصفدي.'],
    ['وبحسب الرئاسة التونسية، استقبل الرئيس قيس سعيد أمس وزير الخارجية الإيطالي.'],
    ['ونقلا عن وزارة الخارجية الأردنية، بحث الوزير أيمن الصفدي أمس مع نظيره المصري العلاقات.'],
  ])('an organisation cited as where the news comes from («وفقاً لـ», «بحسب», «نقلا عن») takes no part: %s', (text) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2022-05-11', precision: 'day' } }).filter((e) => e.date !== null);
    expect(events.length, 'no dated event found').toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participants.filter((p) => p.kind === 'organisation').map((p) => p.nameEn))).toEqual([]);
  });
  it.each([
    ['التقى السفير الأوروبي أمس نور الدين الطبوبي في تونس.', 'نور الدين الطبوبي'],
    ['استقبل الرئيس أمس عز الدين ميهوبي في قصر المرادية.', 'عز الدين ميهوبي'],
  ])('a compound given name («نور الدين») opens the name of someone named without a title: %s', (text, name) => {
    const [meeting] = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-11-26', precision: 'day' } });
    expect(meeting?.participants.map((p) => p.nameAr)).toContain(name);
  });
  it('a word before «الدين» that opens no name is no one («رجال الدين»)', () => {
    const [meeting] = extractArticle({ id: 'a', file: 'a.txt', text: 'التقى الرئيس أمس رجال الدين في القصر.', published: { value: '2025-11-26', precision: 'day' } });
    expect(meeting, 'no meeting found').toBeDefined();
    expect(meeting!.participants.filter((p) => p.kind === 'person')).toEqual([]);
  });
  it('an adjective of relation between a title and an unknown name is skipped («السفير الأوروبي جوزيبي فيراري»)', () => {
    const [meeting] = ev('استقبل الرئيس التونسي أمس السفير الأوروبي جوزيبي فيراري في تونس.');
    expect(meeting?.participants.some((p) => p.kind === 'person' && p.nameAr.includes('جوزيبي فيراري'))).toBe(true);
  });
  it('what happens during a trip is done by who makes it («في زيارة يجتمع خلالها إلى …»)', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'توجه رئيس مجلس الأمة الكويتي مرزوق الغانم إلى بروكسل أمس في زيارة يجتمع خلالها إلى رئيس البرلمان الأوروبي ديفيد ساسولي.', published: { value: '2021-06-24', precision: 'day' } });
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting?.participants.map((p) => p.nameEn)).toContain('Marzouq Al-Ghanim');
  });
  it('an indefinite title («لملك سعودي») is nobody in particular', () => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text: 'وكانت آخر زيارة لملك سعودي إلى إندونيسيا عام 1970.', published: { value: '2017-02-21', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.filter((p) => p.kind === 'person')).toEqual([]);
  });
  it.each([
    ['استقبل الملك محمد السادس، اليوم بالقصر الملكي بالرباط، رئيس مجلس الشيوخ الباكستاني.', 'PK'],
    ['التقى رئيس الوزراء اليمني في عدن اليوم السفير الفرنسي لدى اليمن.', 'FR'],
  ])('an official named only by a title of nationality takes part as his country: %s', (text, country) => {
    const [meeting] = ev(text);
    expect(meeting?.participants.map((p) => p.entityId)).toContain(country);
  });
  it('who attended («بحضور …») takes part beside the named actor', () => {
    const [signing] = extractArticle({ id: 'a', file: 'a.txt', text: 'أشرف الرئيس قيس سعيد، أمس الأحد بقصر قرطاج، على توقيع مذكرة تفاهم بين تونس والاتحاد الأوروبي، بحضور رئيسة المفوضية الأوروبية أورسولا فون دير لاين.', published: { value: '2023-07-17', precision: 'day' } });
    expect(signing?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Kais Saied', 'Ursula von der Leyen']);
    // The date-and-place clause set off by commas does not cut the signer off the mention.
    expect(signing?.mentions[0]!.quote.startsWith('أشرف الرئيس قيس سعيد')).toBe(true);
  });
  it('talks named by two countries\' adjectives are held by the person of each the story named last', () => {
    const people = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2017-12-28', precision: 'day' } })
      .filter((e) => e.type === 'meeting' && e.date?.start === '2017-12-27')
      .map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort());
    const met = 'التقى وزير الخارجية الياباني تارو كونو الوزير يوسف بن علوي بن عبدالله في مسقط يوم الثلاثاء.';
    expect(people(`${met} وأشار بن علوي إلى أن جلسة المباحثات العمانية اليابانية التي عقدت أمس الأربعاء تناولت سبل التعاون.`)).toEqual([['Taro Kono', 'Yusuf bin Alawi']]);
    // Without a person of one of the two countries, nobody is inferred.
    expect(people(`${met} وأشار إلى أن جلسة المباحثات العمانية الصينية التي عقدت أمس الأربعاء تناولت سبل التعاون.`)).toEqual([[]]);
  });
  it('«بن» and a father\'s name after a verb («عقد “بن زايد” لقاء») are the one son of his named before', () => {
    const talks = (again: string) => extractArticle({ id: 'a', file: 'a.txt', text: `وصل الرئيس الإماراتي، الشيخ “محمد بن زايد”، الخميس، إلى أثينا في زيارة رسمية. ${again}`, published: { value: '2022-08-25', precision: 'day' } })
      .find((e) => e.type === 'meeting')?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn);
    expect(talks('وعقب ذلك، عقد “بن زايد” لقاء مع رئيسة اليونان.')).toEqual(['Mohamed bin Zayed']);
    // The son of someone nobody named before is nobody the story knows.
    expect(talks('وعقب ذلك، عقد “بن سلمان” لقاء مع رئيسة اليونان.') ?? []).toEqual([]);
  });
  it('a family name a relative clause describes («عباس الذي وصل») is the person named before by it', () => {
    const text = 'استقبل الرئيس الكوبي نظيره الفلسطيني محمود عباس أمس. واستقبل الرئيس بقصر الثورة، عباس الذي وصل إلى العاصمة الكوبية يوم الخميس في زيارة رسمية.';
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-05-12', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.entityId)).toContain('abbas');
    // Not a word with the article: «الصباح الذي» is as likely the morning.
    const morning = extractArticle({ id: 'a', file: 'a.txt', text: 'وصل الشيخ جابر المبارك الحمد الصباح إلى الرياض أمس. وفي الصباح الذي تلاه التقى الوفد رجال الأعمال في جدة.', published: { value: '2018-05-12', precision: 'day' } });
    expect(morning.find((e) => e.type === 'meeting')?.participants).toEqual([]);
  });
  it.each([
    // Set off by a comma from the relative clause that describes him.
    ['أجرى الرئيس الصيني محادثات مع رئيس جيبوتي إسماعيل عمر جيلي في بكين. ويحظى جيلي، الذي يقوم بزيارة دولة إلى الصين منذ أمس، باستقبال حار.', 'visit'],
    // The subject of a clause «أن» opens.
    ['أجرى الرئيس الصيني محادثات مع رئيس جيبوتي إسماعيل عمر جيلي في بكين. ويذكر أن جيلي هو أول رئيس أفريقي يزور الصين هذا العام.', 'visit'],
  ])('a family name alone is the person named before by it: %s', (text, type) => {
    const event = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2017-11-23', precision: 'day' } }).find((e) => e.type === type && e.mentions.some((m) => m.quote.includes('الصين')));
    expect(event).toBeDefined();
    expect(event?.participants.map((p) => p.nameEn)).toContain('Ismaïl Omar Guelleh');
  });
  it('what states did, placed by the next sentence at an event of their people («جاء ذلك خلال محادثات …»), those people did', () => {
    const agreed = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2017-11-23', precision: 'day' } })
      .find((e) => e.type === 'agreement')?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort();
    const states = 'اتفقت الصين وجيبوتي اليوم الخميس على إقامة شراكة استراتيجية بينهما.';
    expect(agreed(`${states} جاء ذلك خلال محادثات الرئيس الصيني شي جين بينغ مع رئيس جيبوتي إسماعيل عمر جيلي في بكين.`)).toEqual(['Ismaïl Omar Guelleh', 'Xi Jinping']);
    // Only those of the states: a third party at the talks did not agree.
    expect(agreed(`${states} جاء ذلك خلال محادثات الرئيس الصيني شي جين بينغ مع رئيس جيبوتي إسماعيل عمر جيلي بحضور الرئيس الفرنسي إيمانويل ماكرون.`)).toEqual(['Ismaïl Omar Guelleh', 'Xi Jinping']);
    // A sentence after that does not place it, telling talks of another day, names nobody who did it.
    expect(agreed(`${states} وأجرى الرئيس الصيني شي جين بينغ أمس محادثات مع رئيس جيبوتي إسماعيل عمر جيلي في بكين.`)).toEqual([]);
  });
  it.each([
    ['أعلن المستشار أحمد فهمي المتحدث باسم رئاسة الجمهورية، بأنه سيتم عقد قمة مصرية قطرية بالقاهرة اليوم.'],
  ])('a spokesman tells of the event; he is not one of its people: %s', (text) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-11-10', precision: 'day' } }).filter((e) => e.type !== 'statement');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.participants.map((p) => p.nameEn).join(' ')).not.toMatch(/Fahmi|Abu Zeid|Zaid|Zeid/);
  });
  it.each([
    // A summit whose words name only the states was held by their people the article names that day.
    ['وقعت الجزائر وإيطاليا على 15 مذكرة تفاهم على هامش القمة الرابعة التي انعقدت الاثنين بين حكومتي البلدين. وجرت مراسيم التوقيع الاثنين بإشراف من الرئيس عبد المجيد تبون ورئيس مجلس الوزراء الإيطالي ماريو دراغي.', ['Abdelmadjid Tebboune', 'Mario Draghi']],
    // … or who speak for them in the story of its day, when it has taken place.
    ['اختتمت اليوم أعمال القمة الثنائية بين الجزائر وإيطاليا. وأكد الرئيس عبد المجيد تبون أن العلاقات ممتازة. من جهته، قال رئيس مجلس الوزراء الإيطالي ماريو دراغي إن التعاون سيتعزز.', ['Abdelmadjid Tebboune', 'Mario Draghi']],
    ['تنعقد غدا القمة الثنائية بين الجزائر وإيطاليا. وأكد الرئيس عبد المجيد تبون أن العلاقات ممتازة. من جهته، قال رئيس مجلس الوزراء الإيطالي ماريو دراغي إن التعاون سيتعزز.', []],
    // … not when they do not stand for every state it names.
    ['انعقدت الاثنين القمة الثلاثية بين الجزائر وإيطاليا وتونس. وزار الرئيس عبد المجيد تبون الاثنين معرضا للكتاب.', []],
    ['اختتمت اليوم أعمال القمة الثنائية بين الجزائر وإيطاليا. وأكد الرئيس عبد المجيد تبون أن العلاقات ممتازة.', []],
  ])('a summit of states held by their people: %s', (text, people) => {
    const summit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2022-07-19', precision: 'day' } }).find((e) => e.type === 'conference' || e.type === 'meeting');
    expect(summit).toBeDefined();
    expect(summit!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(people);
  });
  it.each([
    // The one whose words «جاء ذلك لدى …» places holds the talks its pronoun names, whoever else the clause names.
    ['وجه رئيس مجلس السيادة عبدالفتاح البرهان اليوم بترقية العلاقات مع الصين. جاء ذلك لدى لقائه بمكتبه اليوم سفير السودان لدى الصين السفير عمر عيسى.', ['Abdel Fattah al-Burhan', 'Omar Issa']],
    // The talks named again by their definite noun, with an attendee, are the same talks.
    ['وجه رئيس مجلس السيادة عبدالفتاح البرهان اليوم بترقية العلاقات مع الصين. جاء ذلك لدى لقائه بمكتبه اليوم سفير السودان لدى الصين السفير عمر عيسى. حيث تم اللقاء بحضور وكيل وزارة الخارجية السفير معاوية عثمان خالد.', ['Abdel Fattah al-Burhan', 'Omar Issa', 'Othman Khaled']],
  ])('talks a frame places: %s', (text, people) => {
    const meetings = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2026-01-25', precision: 'day' } }).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn))).toEqual([people]);
  });
  it.each([
    // A verb of saying with no subject of its own, only the words that place it, goes on with the speaker before.
    ['أكد ولي العهد الأمير سلمان بن حمد آل خليفة على متانة العلاقات مع سريلانكا. وأشار خلال لقائه اليوم سفير سريلانكا ماهيندا كومارا إلى أهمية التعاون.', ['Salman bin Hamad Al Khalifa', 'Mahinda Koumara']],
  ])('talks a speaker goes on to tell, with no subject of their own: %s', (text, people) => {
    const meetings = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-08-03', precision: 'day' } }).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn))).toEqual([people]);
  });
  it.each([
    // A known one-word name inside an unknown name after a title is a word of that name…
    ['استقبل الوزير اليوم سفيرة جمهورية سريلانكا هيراث مودي يانسلاجي بمناسبة تعيينها.', 'meeting', 'Hirath Moudi Yansalaji', 'Narendra Modi'],
    // … not when it ends the name, after the person's own given name («ويليام ساموي روتو»), nor before an event's word.
    ['وشهد الوزير والدكتور ويليام ساموي روتو توقيع 7 مذكرات تفاهم.', 'agreement', 'William Ruto', 'William Samawi Routou'],
  ])('a known name inside another person\'s name: %s', (text, type, present, absent) => {
    const people = peopleOf(text, '2023-08-03', type);
    expect(people).toContain(present);
    expect(people).not.toContain(absent);
  });
  it('a name set off by commas after its title runs to four words («وزير الخارجية البوركينابي، كراموكو جان ماري تراوري،»)', () => {
    expect(peopleOf('بحث وزير الخارجية البوركينابي، كراموكو جان ماري تراوري، أمس في واغادوغو مع وفد أمريكي سبل التعاون.', '2026-03-12', 'meeting')).toContain('Karamoukou Jean Marie Traore');
    expect(peopleOf('بحث وزير الخارجية البوركينابي كراموكو جان ماري تراوري أمس في واغادوغو سبل التعاون.', '2026-03-12', 'meeting')).toContain('Karamoukou Jean Marie');
  });
  it('a name after a title runs over «بن» and «آل» («السفير ثامر بن سبهان السبهان»)', () => {
    const [appointment] = extractArticle({ id: 'a', file: 'a.txt', text: 'وأدى السفير ثامر بن سبهان السبهان أمس القسم أمام الملك بمناسبة تعيينه سفيرا لدى العراق.', published: { value: '2015-06-03', precision: 'day' } });
    expect(appointment?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Thamer bin Sabhan al-Sabhan']);
  });
  it('a country after a meeting of its ministers («اجتماع وزراء خارجية الصومال») is whose they are, not where', () => {
    const [meeting] = extractArticle({ id: 'a', file: 'a.txt', text: 'وعقد اجتماع وزراء خارجية الصومال وجيبوتي أمس لبحث الأوضاع.', published: { value: '2010-05-13', precision: 'day' } });
    expect(meeting).toBeDefined();
    expect(meeting?.location?.entityId).not.toBe('SO');
  });
  it('a world region («أمريكا الجنوبية») is no country inside it', () => {
    const summit = extractArticle({ id: 'a', file: 'a.txt', text: 'ويحضر الرئيس الفنزويلي قمة أمريكا الجنوبية والدول العربية المقررة في الدوحة في 31 مارس 2009.', published: { value: '2009-03-22', precision: 'day' } })
      .find((e) => e.type === 'conference');
    expect(summit).toBeDefined();
    expect(summit?.participants.map((p) => p.entityId)).not.toContain('US');
  });
  it('a verb\'s subject that is the last name of someone named before is that person', () => {
    const text = 'أكد رئيس مجلس الوزراء الكويتي، الشيخ جابر المبارك الحمد الصباح، عمق العلاقات. وأضاف الصباح، خلال جلسة المباحثات التي عقدت الإثنين مع نظيره الباكستاني نواز شريف، أن البلدين شريكان.';
    const talks = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2013-11-11', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(talks?.participants.map((p) => p.entityId)).toEqual(expect.arrayContaining(['jaberalmubarak']));
  });
  it('a place after a subject of talks («الأوضاع في سوريا») is what was discussed, not where', () => {
    expect(ev('وبحث الوزيران أمس الأوضاع في سوريا.').map((e) => e.location)).toEqual([null]);
    expect(ev('وبحث الوزيران أمس في الرياض الأوضاع في سوريا.').map((e) => e.location?.nameEn)).toEqual(['Riyadh']);
    // … with an adjective of the subject between.
    expect(ev('وبحث الوزيران أمس الأوضاع الراهنة في ليبيا.').map((e) => e.location)).toEqual([null]);
  });
  it('a country\'s name read with the article is its adjective («الأركان العامة التركية», not Türkiye)', () => {
    const [visit] = extractArticle({ id: 'a', file: 'a.txt', text: 'يزور رئيس هيئة الأركان العامة التركية خلوصي أكار اليوم الأحد البحرين في مستهل جولة خليجية.', published: { value: '2017-02-12', precision: 'day' } });
    expect(visit?.location?.entityId).not.toBe('TR');
    expect(visit?.title.en).not.toContain('visits Turkey');
  });
  it.each([
    ['وصل الرئيس الإماراتي إلى سيول أمس الثلاثاء في زيارة رسمية.', 'seoul'],
    ['قدم الرئيس تعازيه لنظيره الباكستاني أمس في ضحايا السيول.', null],
    ['بعث الملك أمس برقية تعزية إلى رئيس السودان في ضحايا السيول والفيضانات.', null],
  ])('a city\'s name read with the article is another word («السيول», floods, not Seoul): %s', (text, place) => {
    const found = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-05-29', precision: 'day' } });
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((e) => e.location?.entityId ?? null)).toEqual(found.map(() => place));
  });
  it('a nationality adjective is a party, never the place', () => {
    const e = ev('وقال لافروف إن اجتماع اللجنة الحكومية الروسية الجزائرية سيعقد في النصف الثاني من عام 2020.');
    expect(e[0]?.location).toBeNull();
    expect(e[0]?.participants.map((p) => p.entityId)).toEqual(expect.arrayContaining(['RU', 'DZ']));
  });
  it('a ministry named by its country is one organisation, and speaks when it is the subject', () => {
    const statement = ev('وأصدرت وزارة الخارجية الروسية أمس بيانا حول الأوضاع في ليبيا.').find((e) => e.type === 'statement');
    expect(statement?.participants.map((p) => p.entityId)).toEqual(['foreign-ministry-ru']);
    expect(statement?.title.en).toBe('Foreign Ministry of Russia statement');
  });
  it('a statement the news comes from («في بيان») is a source of the event it reports, not an event of its own', () => {
    const events = ev('وقالت وزارة الخارجية الروسية في بيان أمس إن روسيا وتركيا اتفقتا على وقف إطلاق النار.');
    expect(events.map((e) => e.type)).toEqual(['agreement']);
    // Where the news came from is not a passage that tells the event.
    expect(events[0]!.mentions.some((m) => m.quote.includes('في بيان'))).toBe(false);
    const agreement = events.find((e) => e.type === 'agreement');
    expect(agreement?.participants.map((p) => p.entityId)).toEqual(['RU', 'TR']);
    // Reported yesterday (published on the 23rd): the agreement takes the report's day.
    expect(agreement?.date?.start).toBe('2020-07-22');
  });
  it('a title the gazetteer can resolve is not followed by an invented name', () => {
    const e = extractArticle({ id: 'a', file: 'a.txt', text: 'والتقى الرئيس الصيني أقام مراسم استقبال أمس.', published: { value: '2024-05-30', precision: 'day' } });
    expect(e[0]?.participants.map((p) => p.entityId)).toEqual(['xi']);
  });
  it('a former holder («السابق», «آنذاك») is never whoever holds the title on the article\'s date', () => {
    const named = extractArticle({ id: 'a', file: 'a.txt', text: 'وكان رئيس الوزراء الإيطالي السابق ماريو دراغي قد زار الجزائر في 11 أبريل 2022.', published: { value: '2024-05-30', precision: 'day' } });
    expect(named[0]?.participants.map((p) => p.nameEn)).toEqual(['Mario Draghi']);
    const bare = extractArticle({ id: 'a', file: 'a.txt', text: 'وكان رئيس الوزراء الإيطالي السابق قد زار الجزائر في 11 أبريل 2022.', published: { value: '2024-05-30', precision: 'day' } });
    expect(bare[0]?.participants.map((p) => p.nameEn)).not.toContain('Giorgia Meloni');
  });
  it('a date set off by commas does not cut who met whom and where', () => {
    const e = ev('التقى وزير الخارجية الروسي سيرغي لافروف، أمس الاثنين، الرئيس عبد المجيد تبون في الجزائر العاصمة.');
    expect(e[0]?.participants.map((p) => p.entityId)).toEqual(expect.arrayContaining(['lavrov', 'tebboune']));
    expect(e[0]?.location?.entityId).toBe('algiers');
  });
});

describe('people named after a title', () => {
  const people = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-02-14', precision: 'day' } }).flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr));
  it.each([
    // An honorific stands between the title and the name.
    ['قدم السفير السعودي لدى طهران السيد عبد الله العنزي أوراق اعتماده اليوم.', 'عبد الله العنزي'],
    // A name stops before a verb that carries an object pronoun, or a word like «برفقة».
    ['استقبل الرئيس عبد الفتاح السيسي اليوم السفير محمد فتحعلي يرافقه وفد رفيع.', 'محمد فتحعلي'],
    ['وصل المبعوث الأممي هانس غروندبرغ برفقة وفد إلى عدن اليوم.', 'هانس غروندبرغ'],
    // A known name whose first word is written like «أن» (that) does not open a clause of its own.
    ['التقى وزير الخارجية المصري سامح شكري اليوم وزيرة الخارجية السويدية أن ليندى في القاهرة.', 'آن ليندي'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
  it('a known name inside a chain of names is a father\'s, not the person («ناصر صباح الأحمد الصباح» is not the emir)', () => {
    const named = people('استقبل وزير الدفاع الكويتي الشيخ ناصر صباح الأحمد الصباح اليوم السفير الأمريكي.');
    expect(named.some((n) => n.startsWith('صباح الأحمد'))).toBe(false);
    // After «بن» a known name is an ancestor's («تركي بن محمد بن فهد بن عبدالعزيز» is not King Fahd).
    const ancestors = extractArticle({ id: 'a', file: 'a.txt', text: 'استقبل أمير الكويت اليوم المستشار الأمير تركي بن محمد بن فهد بن عبدالعزيز.', published: { value: '2017-12-24', precision: 'day' } });
    expect(ancestors.flatMap((e) => e.participants.map((p) => p.entityId))).not.toContain('kingfahd');
    // A given name before a known name that ends the name is the person's own («محمد إسحاق دار»).
    expect(people('واستقبل وزير الخارجية الباكستاني محمد إسحاق دار، اليوم السفير العراقي.')).toContain('إسحاق دار');
  });
  it('styles and a prince\'s «الأمير» between an office and a name introduce the name by that office', () => {
    const text = 'أكد رئيس الوزراء صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة متانة العلاقات، مرحبا سموه بالزيارة المرتقبة لرئيسة وزراء تايلند. جاء ذلك خلال استقبال سمو رئيس الوزراء صباح اليوم لسفير تايلند.';
    const meeting = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2012-04-30', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(meeting, 'no meeting').toBeDefined();
    const hosts = meeting!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn);
    expect(hosts).toContain('Khalifa bin Salman Al Khalifa');
    expect(hosts).not.toContain('Yingluck Shinawatra');
  });
  it('a title alone before a verb names nobody', () => {
    expect(people('وقال السفير إن الزيارة ناجحة، واستقبل الرئيس اليوم الوفد الزائر.')).toEqual([]);
    // Nor does a title before a comma and a verb with a preposition and its pronoun («طلب منه»).
    expect(people('استقبل الرئيس السفير السوري، طلب منه نقل تحياته.')).toEqual([]);
    // Nor the words of an ambassador's rank or of a head of state after a title.
    expect(people('وتقبل الرئيس أوراق اعتماد السفير سفيرا مفوضا فوق العادة لدى فنزويلا.')).toEqual([]);
    expect(people('التقى رئيس الجمهورية رأس الدولة أمس وزير الخارجية.')).toEqual([]);
    // Nor what talks are about («جهود», «سبل»).
    expect(people('بحث الوزير اليوم مع المبعوث الأممي جهود التوصل لحل سلمي في اليمن.')).toEqual([]);
    expect(people('بحث الوزير اليوم مع السفير سبل تعزيز التعاون.')).toEqual([]);
  });
});

describe('a counterpart of an office the article names by its title alone is that office\'s holder in the other country', () => {
  it.each([
    ['وكان رئيس الجمهورية قد حظي أمس الخميس باستقبال رسمي من طرف نظيره الإيطالي.', '2022-05-27', 'Sergio Mattarella'],
    ['استقبل وزير الخارجية اليوم نظيره الروسي في العاصمة.', '2020-07-22', 'Sergey Lavrov'],
    ['وبحث رئيس الوزراء هاتفيا مساء أمس مع نظيره الهندي سبل التعاون.', '2019-03-04', 'Narendra Modi'],
  ])('%s (%s) → %s', (text, published, name) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.length, 'no event').toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participants.map((p) => p.nameEn))).toContain(name);
  });
  it.each([
    // The ministers of a dual, not the kings whose greetings they brought.
    ['استقبل الملك حمد بن عيسى آل خليفة اليوم وزير الخارجية الأردني ناصر جودة ووزير الخارجية المغربي سعد الدين العثماني حيث نقلا إليه تحيات الملك عبد الله الثاني والملك محمد السادس. وقد رحب الملك بوزيري خارجية البلدين.', '2012-11-07', 'بوزيري', ['Nasser Judeh', 'Saadeddine Othmani'], ['Abdullah II', 'Mohammed VI']],
    // One of the two the article names is one of them; a spokesperson «باسم» a ministry is no one named Bassem.
    ['استقبل وزير الخارجية إبراهيم غندور الأحد السيد ورقنا قبيو وزير خارجية إثيوبيا. وصرح الناطق الرسمي باسم وزارة الخارجية أن الوزيرين سيجريان صباح الإثنين مباحثات ثنائية.', '2016-12-25', 'الوزيرين', ['Ibrahim Ghandour'], ['Bassem']],
    ['استقبل رئيس مجلس النواب أسامة النجيفي اليوم سفيرا جديدا. وذكر البيان أن الجانبين بحثا سبل تطوير العلاقات الثنائية.', '2012-03-05', 'الجانبين', ['Osama al-Nujaifi'], []],
  ])('a dual of ministers is the ministers just named: %s', (text, published, word, people, others) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    const told = events.find((e) => e.mentions.some((m) => m.quote.includes(word)));
    expect(told, 'no event told with ' + word).toBeDefined();
    const named = told!.participants.map((p) => p.nameEn);
    expect(named).toEqual(expect.arrayContaining(people));
    for (const other of others) expect(named).not.toContain(other);
  });
  it.each([
    ['ويعقد الرئيسان المصري والفرنسي محادثات رسمية صباح الإثنين في القاهرة.', '2025-04-06', ['Abdel Fattah el-Sisi', 'Emmanuel Macron']],
    ['وأجرى الرئيسان الإيراني والتركي أمس محادثات في أنقرة.', '2015-04-08', ['Hassan Rouhani', 'Recep Tayyip Erdoğan']],
  ])('«الرئيسان» with two nationalities are the presidents of both countries on the day: %s', (text, published, people) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).sort()).toEqual(people);
  });
  it.each([
    ['وعقد وزراء خارجية الأردن والسعودية والعراق ومصر وسوريا اجتماعا تشاوريا في عمان أمس.', '2023-05-02', ['Ayman Safadi', 'Faisal Mekdad', 'Faisal bin Farhan', 'Fuad Hussein', 'Sameh Shoukry'], []],
    ['والتقى وزيرا الخارجية المصري والأردني أمس في القاهرة.', '2023-05-02', ['Ayman Safadi', 'Sameh Shoukry'], []],
    // Whoever the gazetteer does not know on the day, their country takes part instead.
    ['وعقد وزراء خارجية الأردن والسعودية والعراق اجتماعا في عمان أمس.', '1990-05-02', ['Saud al-Faisal'], ['Iraq', 'Jordan']],
  ])('a title of several with a list of countries is each country\'s office holder: %s', (text, published, people, countries) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events).toHaveLength(1);
    const of = (kind: string) => events[0]!.participants.filter((p) => p.kind === kind).map((p) => p.nameEn).sort();
    expect(of('person')).toEqual([...people].sort());
    expect(of('country')).toEqual(countries);
  });
  it('two titles whose offices the article resolves are the pair «الرئيسان» names', () => {
    const text = 'وكان رئيس الجمهورية قد حظي أمس الخميس باستقبال رسمي من طرف نظيره الإيطالي. وجرت المراسم للرئيس تبون بالقصر الرئاسي. وبعد مراسم الاستقبال، أجرى الرئيسان محادثات على انفراد.';
    const talks = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2022-05-27', precision: 'day' } }).find((e) => e.mentions.some((m) => m.quote.includes('الرئيسان')));
    expect(talks?.participants.map((p) => p.nameEn).sort()).toEqual(['Abdelmadjid Tebboune', 'Sergio Mattarella']);
  });
});

describe('a person read off a title is who held the office at the event\'s time', () => {
  it.each([
    ['وكان الرئيس الفرنسي قد زار الدوحة في عام 2008.', '2021-05-02', ['Nicolas Sarkozy'], []],
    // The office changed hands during the year: the country, not a guess.
    ['وكان الرئيس الفرنسي قد زار الدوحة في عام 2017.', '2021-05-02', [], ['France']],
    ['وزار الرئيس الفرنسي الدوحة أمس.', '2021-05-02', ['Emmanuel Macron'], []],
    // An appointment's is who holds the office once it is made (the gazetteer's handover day is 1 November).
    ['وأشاد وزير الخارجية الإثيوبي الذي تم تعيينه في بداية نوفمبر 2016 بالعلاقات.', '2020-01-10', ['Workneh Gebeyehu'], []],
  ])('%s (%s)', (text, published, people, countries) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).filter((e) => e.date);
    expect(events).toHaveLength(1);
    const of = (kind: string) => events[0]!.participants.filter((p) => p.kind === kind).map((p) => p.nameEn);
    expect(of('person')).toEqual(people);
    expect(of('country')).toEqual(countries);
  });
});

describe('a leg of a trip told with no one named is made by who made the leg before it', () => {
  const legs = (text: string, published: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
    .filter((e) => e.type === 'visit' && e.date).map((e) => `${e.location?.nameEn ?? '-'}: ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')}`);
  it.each([
    ['وذكرت مصادر أن الرئيس التركي سيتوجه إلى الرياض لحضور الجنازة يوم الجمعة وأنه سيستأنف برنامجه في أفريقيا بزيارة جيبوتي يوم السبت ومن المتوقع أن يتوجه إلى الصومال يوم الأحد.', '2015-01-23',
      ['Riyadh: Recep Tayyip Erdoğan', 'Djibouti: Recep Tayyip Erdoğan', 'Somalia: Recep Tayyip Erdoğan']],
    // Someone named by a title, even one the gazetteer cannot tell, makes his own trip.
    ['وصل رئيس الوزراء العراقي إلى أنقرة يوم الجمعة. ويتوجه وزير خارجيته إلى طهران يوم الأحد.', '2010-12-05',
      ['Ankara: Nouri al-Maliki', 'Tehran: ']],
    // The one person of the event told just before in the sentence goes on to make the trip («على أن يتوجه»).
    ['ومن المقرر أن يلقي الرئيس الفرنسي، اليوم الثلاثاء، خطابا أمام البرلمان، على أن يتوجه غدا الأربعاء إلى مدينة مراكش.', '2024-10-29',
      ['Marrakesh: Emmanuel Macron']],
    ['وألقى الرئيس التركي رجب طيب أردوغان كلمة أمام البرلمان الباكستاني اليوم، على أن يتوجه غدا إلى الدوحة.', '2016-11-17',
      ['Doha: Recep Tayyip Erdoğan']],
    // A reception names two people: which of them travels on is not told.
    ['استقبل الرئيس المصري عبد الفتاح السيسي أمس رئيس الوزراء الإثيوبي آبي أحمد، على أن يتوجه غدا إلى الخرطوم.', '2019-10-20',
      ['Khartoum: ']],
  ])('%s', (text, published, expected) => {
    expect(legs(text, published)).toEqual(expected);
  });
});

describe('who does what a speaker tells of himself, or what the sentence before told', () => {
  const people = (text: string, type: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-11-14', precision: 'day' } })
    .filter((e) => e.type === type && e.date).map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn));
  it.each([
    // «أعلن أنه سيزور»: the one who speaks, named in the sentence before, will make the visit.
    ['وصرح المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي بأن الحوار يتطلب خفض التصعيد. كما أعلن أنه سيزور منشأتين نوويتين في إيران غدا الجمعة.', 'visit', [['Rafael Grossi']]],
    ['وقال وزير الخارجية التركي مولود تشاوش أوغلو إن بلاده تتطلع إلى التعاون. وذكر أنه يعتزم إجراء جولة في مارس تشمل عدة دول.', 'visit', [['Mevlüt Çavuşoğlu']]],
    // Someone else named between «أنه» and the event is its subject, not the speaker.
    ['وقال وزير الخارجية التركي مولود تشاوش أوغلو إن بلاده تتطلع إلى التعاون. وذكر أن الرئيس الفنزويلي نيكولاس مادورو سيزور أنقرة في مارس.', 'visit', [['Nicolás Maduro']]],
    // «جاء ذلك في كلمة له خلال اجتماع عقده»: who spoke in the sentence before took part in the meeting that places it.
    ['قال وزير الخارجية التركي مولود تشاوش أوغلو إن تركيا تهدف إلى تعميق التعاون مع دول أمريكا اللاتينية.\nجاء ذلك في كلمة له خلال اجتماع عمل عقده مساء الأربعاء مع سفراء دول أمريكا اللاتينية.', 'meeting', [['Mevlüt Çavuşoğlu']]],
    // A call or talks that place the sentence before («أتى ذلك خلال اتصال») have two sides: its teller and whom he did it with.
    ['بحث الرئيس الفرنسي إيمانويل ماكرون الأوضاع في المنطقة مع العاهل الأردني الملك عبد الله الثاني.\nأتى ذلك خلال اتصال هاتفي مساء الثلاثاء.', 'call', [['Emmanuel Macron', 'Abdullah II']]],
    ['تبادل وزير الخارجية المصري سامح شكري وجهات النظر مع وزير الخارجية الروسي سيرغي لافروف حول الأزمة الليبية. جاء ذلك في اتصال هاتفي اليوم.', 'call', [['Sameh Shoukry', 'Sergey Lavrov']]],
    // Someone the sentence only speaks about is not the other side.
    ['أكد وزير الخارجية المصري سامح شكري أن الرئيس عبد الفتاح السيسي يدعم الحل السياسي في ليبيا. جاء ذلك في اتصال هاتفي اليوم.', 'call', [['Sameh Shoukry']]],
  ])('%s', (text, type, expected) => {
    expect(people(text, type)).toEqual(expected);
  });
});

describe('arrival verbs reach their place across a long subject', () => {
  it('«وصل … إلى أنقرة» is a visit to Ankara; «وصل عدد … إلى مئة» is none', () => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text: 'وصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة أمس في زيارة رسمية.', published: { value: '2024-02-14', precision: 'day' } });
    expect(visit.map((e) => [e.type, e.location?.nameEn])).toEqual([['visit', 'Ankara']]);
    expect(extractArticle({ id: 'a', file: 'a.txt', text: 'وصل عدد الضحايا في المدينة إلى مئة شخص أمس.', published: { value: '2024-02-14', precision: 'day' } })).toEqual([]);
  });
});

it('an envoy\'s post, named in his title, is not where talks with him are held', () => {
  const talks = extractArticle({ id: 'a', file: 'a.txt', text: 'بحث وزير الخارجية العماني بدر البوسعيدي مع المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس جروندبرج، اليوم، تطورات الأوضاع.', published: { value: '2023-10-05', precision: 'day' } }).find((e) => e.type === 'meeting');
  expect(talks, 'no talks').toBeDefined();
  expect(talks!.location?.nameEn ?? null).not.toBe('Yemen');
});

describe('the other legs a tour also includes are neither parties nor the place', () => {
  const visits = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-04-22', precision: 'day' } })
    .filter((e) => e.type === 'visit' && e.date).map((e) => `${e.location?.nameEn ?? '-'}: ${e.participants.map((p) => p.nameEn).join(', ')}`);
  it.each([
    ['وصل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم إلى مانيلا في زيارة رسمية. وتأتي هذه الزيارة ضمن جولة آسيوية لأمير قطر تشمل أيضا بنغلاديش ونيبال.', ['Manila: Tamim bin Hamad Al Thani']],
    ['وصل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم إلى مانيلا في مستهل جولة آسيوية تشمل بنغلاديش ونيبال أيضا.', ['Manila: Tamim bin Hamad Al Thani']],
  ])('%s', (text, expected) => {
    expect(visits(text)).toEqual(expected);
  });
  it('a tour that includes places, with no «also», goes to them', () => {
    expect(visits('بدأ أمير قطر الشيخ تميم بن حمد آل ثاني اليوم جولة آسيوية تشمل الفلبين وبنغلاديش ونيبال.').join(' ')).toMatch(/Philippines|Bangladesh|Nepal/);
  });
});

describe('where a visit goes outranks a place told on the way', () => {
  const place = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-08-29', precision: 'day' } })
    .find((e) => e.type === 'visit')?.location?.nameEn ?? null;
  it.each([
    // A place in the visitor's title is not where the visit goes.
    ['يجري رئيس مجلس السيادة في السودان عبد الفتاح البرهان، اليوم الثلاثاء، زيارة إلى مصر، لبحث العلاقات.', 'Egypt'],
    ['يبدأ السفير السابق في باريس علي محمد اليوم زيارة رسمية إلى الرياض تستمر يومين.', 'Riyadh'],
    // A city of the country the visit goes to is more exact.
    ['وصل الرئيس الجزائري عبد المجيد تبون اليوم إلى القاهرة في زيارة رسمية إلى مصر.', 'Cairo'],
    // An envoy's post, named in his title, is where he goes only when no other place is told.
    ['وصل المبعوث الأممي إلى اليمن هانس غروندبرغ اليوم إلى مسقط.', 'Muscat'],
    ['وصل المبعوث الأممي إلى اليمن هانس غروندبرغ اليوم.', 'Yemen'],
    // A country named after another noun («سفارة الصين») is not where a visit goes.
    ['وزار الرئيسان اليوم سفارة الصين بالقاهرة.', 'Cairo'],
    // The relative clause that describes the trip's noun tells where it goes, however long the visitor's name.
    ['وذلك في إطار الزيارة الرسمية التي يقوم بها الرئيس التركي رجب طيب أردوغان إلى مصر منذ أمس.', 'Egypt'],
    ['وتأتي زيارة العمل التي يجريها الوزير إلى الرباط اليوم لبحث التعاون.', 'Rabat'],
    ['وأجرى الرئيس الروسي فلاديمير بوتين زيارة قام بها بدعوة من نظيره إلى طهران أمس.', 'Tehran'],
    // «إلى» in a relative clause that does not say who makes the trip («التي سبقت عودته إلى») is not where it went.
    ['وبدأت الزيارة التي سبقت عودته إلى الجزائر أمس.', null],
  ])('%s → %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
});

describe('a pair of titles («رئيسا الدولتين») is the two people named just before', () => {
  const talks = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-07-05', precision: 'day' } })
    .filter((e) => e.date !== null && (e.type === 'meeting' || e.type === 'visit')).sort((a, b) => Number(b.type === 'meeting') - Number(a.type === 'meeting'))[0]?.participants.map((p) => p.entityId) ?? [];
  it.each([
    ['وقال الرئيس الصيني شي جين بينغ إن أمير الكويت يزور الصين. ومن المقرر أن يجري رئيسا الدولتين محادثات يوم الاثنين.'],
    ['وقال الرئيس الصيني شي جين بينغ إن أمير الكويت يزور الصين. وعقد رئيسا البلدين محادثات أمس.'],
    ['وقال الرئيس الصيني شي جين بينغ إن أمير الكويت يزور الصين. وسيبحث زعيما الدولتين التعاون يوم الاثنين.'],
    ['وقال الرئيس الصيني شي جين بينغ إن أمير الكويت يزور الصين. وبحث قائدا البلدين العلاقات أمس.'],
  ])('%s', (text) => {
    expect(talks(text)).toEqual(expect.arrayContaining(['xi', 'sabahalahmad']));
  });
  it('a spokesman who tells of the sides is none of them; a leader who tells of them is one', () => {
    const lead = 'وصل العاهل السعودي الملك سلمان بن عبد العزيز إلى القاهرة، الخميس، وكان في استقباله الرئيس المصري عبد الفتاح السيسي. ';
    const bySpokesman = talks(lead + 'وقال السفير علاء يوسف المتحدث باسم رئاسة الجمهورية إن الجانبين سيعقدان جلسة مباحثات اليوم.');
    expect(bySpokesman).toEqual(expect.arrayContaining(['salman', 'sisi']));
    expect(bySpokesman.some((id) => id.startsWith('person-'))).toBe(false);
    expect(talks('وصل أمير الكويت إلى بكين أمس. وقال الرئيس الصيني شي جين بينغ إن الجانبين سيعقدان محادثات يوم الاثنين.')).toEqual(expect.arrayContaining(['xi', 'sabahalahmad']));
  });
  it('the two sides are of two countries: a prince come ahead of his king is not the other side', () => {
    const text = 'وصل العاهل السعودي الملك سلمان بن عبد العزيز إلى القاهرة، الخميس، وكان في استقباله الرئيس المصري عبد الفتاح السيسي. وقال التلفزيون إن الأمير محمد بن سلمان وصل قبل الملك سلمان. وأكد البيان أن الجانبين سيعقدان جلسة مباحثات الخميس.';
    expect(talks(text)).toEqual(expect.arrayContaining(['salman', 'sisi']));
  });
  it('three sentences of one leader\'s remarks between: the other leader is the last one named before them', () => {
    const text = 'عقد الرئيس التركي رجب طيب أردوغان مؤتمرا صحفيا مع الرئيس الكازاخستاني قاسم جومارت توكاييف. وقال أردوغان إن العلاقات متينة. وأضاف أردوغان أن التبادل ينمو. وقال أردوغان إن البلدين شريكان. وبحث الزعيمان العلاقات أمس.';
    expect(talks(text)).toEqual(expect.arrayContaining(['erdogan', 'tokayev']));
  });
});

describe('a place after a title', () => {
  const first = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2021-01-05', precision: 'day' } })[0];
  it.each([
    // After a word with the article, a place's name is the object of the verb, where the visit goes.
    ['زار الوزير مصر أمس.', 'Egypt', []],
    ['زار رئيس الوزراء مصر أمس.', 'Egypt', []],
    ['زار المبعوث الأممي الرياض أمس.', 'Riyadh', []],
    // As the second term of a construct it is the title's country.
    ['التقى وزير خارجية روسيا نظيره أمس.', null, ['lavrov']],
    ['واستقبل ملك الأردن الوزير أمس.', null, ['abdullah2']],
  ])('%s', (text, place, people) => {
    const e = first(text);
    expect(e?.location?.nameEn ?? null).toBe(place);
    expect(e?.participants.filter((p) => p.kind === 'person').map((p) => p.entityId)).toEqual(people);
    if (place) expect(e?.participants.map((p) => p.nameEn)).not.toContain(place === 'Riyadh' ? 'Saudi Arabia' : place);
  });
});

describe('whose envoy, and where to', () => {
  const people = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2021-01-05', precision: 'day' } })
    .flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId));
  it.each([
    // The envoy's principal («للأمين العام للأمم المتحدة») is whose envoy it is, not a party.
    ['يزور المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن الرياض غدا.', ['griffiths']],
    // «المبعوث الأممي» is the UN's; «إلى اليمن» is his post.
    ['وصل المبعوث الأممي إلى اليمن أمس.', ['griffiths']],
    // «لليمن», after an adjective of the title, is his post too.
    ['وصل المبعوث الأممي الخاص لليمن أمس إلى الرياض.', ['griffiths']],
    // A president's envoy: the president named after the title takes no part.
    ['وصل المبعوث الخاص للرئيس الصيني شي جين بينغ إلى القاهرة أمس.', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it('keeps the country an envoy is sent to as where he arrives', () => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text: 'وصل المبعوث الأممي إلى اليمن أمس.', published: { value: '2021-01-05', precision: 'day' } })[0];
    expect(visit?.location?.nameEn).toBe('Yemen');
  });
});

describe('a last name after a verb that opens or ends a trip is the one person the article named by it', () => {
  it.each([
    ['أجرى الرئيس الصيني شي جين بينغ محادثات مع الرئيس السوري بشار الأسد اليوم. وبدأ الأسد، أمس الخميس، أول زيارة رسمية للصين.', 'assad'],
    ['استقبل الملك سلمان رئيس الوزراء العراقي حيدر العبادي. وغادر العبادي الرياض أمس بعد زيارة استمرت يومين.', 'abadi'],
    ['التقى الرئيس عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون. واختتم ماكرون أمس زيارته إلى القاهرة.', 'macron'],
    // … or after «قام بها», which names who made the visit just named.
    ['تلقى الرئيس بشار الأسد اتصالا هاتفيا من الرئيس الإيراني. ويأتي الاتصال بعد زيارة قام بها الأسد إلى طهران أمس.', 'assad'],
    ['استقبل الملك سلمان رئيس الوزراء العراقي حيدر العبادي. وتوجت المباحثات جولة خليجية قام بها العبادي أمس.', 'abadi'],
  ])('%s', (text, id) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-09-22', precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.entityId)).toContain(id);
  });
});

describe('the parties of an event named after «بين» by their last names are the people the article named by them', () => {
  it.each([
    ['التقى رئيس الوزراء العراقي حيدر العبادي وزير الخارجية الروسي سيرغي لافروف أمس. وأعلن مكتبه تأجيل اللقاء الثاني بين العبادي ولافروف.', ['abadi', 'lavrov']],
    ['استقبل الرئيس السوري بشار الأسد وزير الخارجية التركي أمس. وكان من المقرر عقد لقاء بين الأسد وأردوغان الشهر المقبل.', ['assad', 'erdogan']],
  ])('%s', (text, ids) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-09-22', precision: 'day' } });
    const second = events.find((e) => e.mentions.some((m) => m.quote.includes('بين')));
    expect(second?.participants.filter((p) => p.kind === 'person').map((p) => p.entityId).sort()).toEqual(ids);
  });
});

describe('a bare title is the one person of that office the article has named so far', () => {
  const talks = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2014-09-18', precision: 'day' } })
    .find((e) => e.type === 'meeting')?.participants.filter((p) => p.kind === 'person').map((p) => p.entityId);
  it.each([
    ['أنهى أمير قطر الشيخ تميم بن حمد آل ثاني زيارته إلى ألمانيا. والتقى الأمير أمس رجال أعمال ألمانيين.', ['tamim']],
    ['وصل الرئيس الجزائري عبد المجيد تبون إلى روما. واستقبل الرئيس أمس رجال الأعمال.', ['tebboune']],
    // Two presidents named before, each by the bare title: it tells neither.
    ['وصل الرئيس عبد المجيد تبون إلى القاهرة بدعوة من الرئيس عبد الفتاح السيسي. واستقبل الرئيس أمس رجال الأعمال.', []],
    // … one of them by his country: the bare title is the outlet's own, the other.
    ['وصل الرئيس الجزائري عبد المجيد تبون إلى القاهرة بدعوة من الرئيس عبد الفتاح السيسي. واستقبل الرئيس أمس رجال الأعمال.', ['sisi']],
  ])('%s', (text, expected) => {
    expect(talks(text)).toEqual(expected);
  });
  it('a verb of two («ووقعا») with nobody named again is done by the last two people named', () => {
    const text = 'التقى الرئيس محمد بن زايد رئيس الوزراء الياباني فوميو كيشيدا اليوم. وقالت الوكالة إن الزعيمين ناقشا الشراكة بين البلدين، ووقعا عددا من الاتفاقيات.';
    const signing = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-07-17', precision: 'day' } }).find((e) => e.type === 'agreement');
    expect(signing?.date?.start).toBe('2023-07-17');
    expect(signing?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(['Fumio Kishida', 'Mohamed bin Zayed']);
  });
  it.each([
    ['وصل المنفي واللافي إلى القاهرة. وسيتوجهان بعدها إلى أنقرة، علما أنهما كانا قد زارا باريس في 2 مارس 2021.', 'visit', ['Abdullah al-Lafi', 'Mohamed al-Menfi']],
    ['وصل رئيس المجلس الرئاسي محمد المنفي ونائبه عبد الله اللافي إلى القاهرة. وسيتوجهان بعدها إلى أنقرة، علما أنهما كانا قد زارا باريس في 2 مارس 2021 والتقيا الرئيس إيمانويل ماكرون.', 'meeting', ['Abdullah al-Lafi', 'Emmanuel Macron', 'Mohamed al-Menfi']],
    ['استقبل الرئيس عبد الفتاح السيسي المنفي واللافي في القاهرة. وكانا قد التقيا في 2 مارس 2021 الرئيس إيمانويل ماكرون في باريس.', 'meeting', ['Abdullah al-Lafi', 'Emmanuel Macron', 'Mohamed al-Menfi']],
  ])('a verb of two whose subject is a pronoun is done by the last two people named, with whom it names after it; «المنفي واللافي» after a verb names both: %s', (text, type, expected) => {
    const event = extractArticle({ id: 'a', file: 'a.txt', text: 'وصل رئيس المجلس الرئاسي محمد المنفي ونائبه عبد الله اللافي إلى تونس أمس.\n' + text, published: { value: '2021-03-15', precision: 'day' } })
      .find((e) => e.type === type && e.date?.start === '2021-03-02');
    expect(event?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(expected);
  });
  it('a verb of two after its subject («أن يكون الوزيران قد وقعا») is not done by whoever was named last', () => {
    const text = 'التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني حسين أمير عبد اللهيان في بكين. ونفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني أن يكون الوزيران قد وقعا أي اتفاق يتعلق باليمن.';
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-04-07', precision: 'day' } })
      .filter((e) => e.type === 'agreement').flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn));
    expect(people).not.toContain('Nasser Kanaani');
  });
  it('a given name of two words after a title («الملك عبد الله») is the one the article named in full', () => {
    const text = 'الملك عبد الله يقوم بأول زيارة من نوعها للصين\n\nحل العاهل السعودي اليوم بالعاصمة الصينية بكين.\nوسيبحث الملك عبد الله بن عبد العزيز مع قادة الصين شؤون النفط.\nوسيزور الملك عبد الله خلال جولته الهند يوم الأربعاء.';
    const india = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2006-01-22', precision: 'day' } }).find((e) => e.date?.start === '2006-01-25');
    expect(india?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Abdullah bin Abdulaziz']);
  });
  it.each([
    ['أعلن الرئيس الصومالي حسن شيخ محمود اليوم رفع العلاقات. وقال الرئيس الصيني خلال اجتماعه مع محمود الموجود في بكين إن بلاده مستعدة.', 'meeting', 'hassansheikh'],
    ['وصل الرئيس الفلسطيني محمود عباس إلى القاهرة. وعقد الرئيس المصري أمس مباحثات مع عباس المتواجد في العاصمة.', 'meeting', 'abbas'],
  ])('a family name after «مع» is the person the article named so before, and a participle of where they are is no name: %s', (text, type, who) => {
    const event = ev(text).find((e) => e.type === type);
    expect(event, 'no event').toBeDefined();
    const ids = event!.participants.map((p) => p.entityId);
    expect(ids).toContain(who);
    expect(event!.participants.filter((p) => p.kind === 'person' && !p.entityId)).toEqual([]);
  });
  it('a trip\'s noun whose owner is named right after it («بعد زيارة "محمود أحمدي نجاد" في 2007») is his, not the sentence\'s subject\'s', () => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text: 'أجرى الرئيس الإيراني حسن روحاني أمس في مسقط محادثات مع السلطان قابوس بن سعيد. ويعد روحاني ثاني رئيس إيراني يزور عمان بعد زيارة "محمود أحمدي نجاد" في 2007.', published: { value: '2014-03-13', precision: 'day' } }).find((e) => e.type === 'visit' && e.date?.start === '2007-01-01');
    expect(visit?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Mahmoud Ahmadinejad']);
  });
  it('a signing that names only the two states is signed by the people of those states at the day\'s talks', () => {
    const signing = extractArticle({ id: 'a', file: 'a.txt', text: 'استقبل الشيخ محمد بن زايد آل نهيان، رئيس دولة الإمارات، اليوم في قصر الشاطئ الرئيس الإندونيسي جوكو ويدودو. وأشار محمد بن زايد إلى أن توقيع اتفاقية الشراكة الاقتصادية الشاملة بين دولة الإمارات وجمهورية إندونيسيا اليوم يمثل نقلة مهمة.', published: { value: '2022-07-01', precision: 'day' } }).find((e) => e.type === 'agreement');
    expect(signing?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(['Joko Widodo', 'Mohamed bin Zayed']);
  });
  it('what the two sides signed at an event dated only by its year, on the lead\'s day, is signed by the event\'s people', () => {
    const text = 'أعلن الرئيسان الصيني شي جين بينغ والصومالي حسن شيخ محمود هنا اليوم (الجمعة) رفع العلاقات. وقال شي خلال اجتماعه مع محمود في بكين لحضور القمة المنعقدة في 2024 إن بلاده مستعدة. وخلال القمة، وقع الجانبان على وثائق تعاون.';
    const signed = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-09-06', precision: 'day' } }).find((e) => e.type === 'agreement');
    expect(signed?.date?.start).toBe('2024-09-06');
    expect(signed!.participants.map((p) => p.entityId)).toEqual(expect.arrayContaining(['xi', 'hassansheikh']));
  });
  it.each([
    ['وقال سفير الهند لدى الأردن مانيش تشوهان في 13 ديسمبر 2025 إن الزيارة مهمة. والتقى السفير مانيش تشوهان في 13 ديسمبر 2025 وزير الخارجية الأردني.', 'Manish Chouhan'],
  ])('a family name after a given name that ends like a verb of two («تشوهان») is still the name: %s', (text, name) => {
    const met = ev(text).find((e) => e.type === 'meeting');
    expect(met?.participants.map((p) => p.nameEn)).toContain(name);
  });
  it.each([
    ['وصل ولي العهد السعودي الأمير محمد بن سلمان إلى باريس أمس. واستقبل ولي العهد أمس في مقر إقامته رئيس الوزراء الفرنسي.', '2023-06-15', 'meeting', 'Mohammed bin Salman'],
    ['وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى برلين أمس. والتقى أمير البلاد أمس المستشار الألماني.', '2023-06-15', 'meeting', 'Tamim bin Hamad Al Thani'],
  ])('a title made definite by the noun after it («ولي العهد») is the one holder of that office the article named: %s', (text, published, type, name) => {
    expect(peopleOf(text, published, type)).toContain(name);
  });
  it.each([
    ['التقى وزير الخارجية التركي، الخميس، نظيره الليبي، بمدينة طرابلس، وتعد المحادثات الأولى منذ مؤتمر عقد في روما.', 'meeting', 'Tripoli'],
    ['استقبل العاهل المغربي، أمس، المبعوث الأممي، بالقصر الملكي بمدينة الرباط، وتعد المشاورات الأولى منذ لقاء عقد في نيويورك.', 'meeting', 'Rabat'],
  ])('the place told nearest an event\'s first word, in a clause set off by commas, is where it was held: %s', (text, type, place) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-08-25', precision: 'day' } });
    expect(events.find((e) => e.type === type)?.location?.nameEn).toBe(place);
  });
  it.each([
    ['وسيلتقي الرئيس اللبناني، يوم الثلاثاء على رأس وفد يضم أربعة وزراء، وزير الخارجية الفرنسي جان إيف لودريان.', '2017-09-23', 'Jean-Yves Le Drian'],
    ['واستقبل أمير قطر، أمس في الديوان الأميري بحضور عدد من الوزراء، وزير الخارجية الأمريكي أنتوني بلينكن.', '2023-06-07', 'Antony Blinken'],
    // Past the subject's title set off by commas, and the date after it.
    ['التقى الأمير فيصل بن فرحان، وزير الخارجية، اليوم الجمعة، بنظيره في جمهورية سيراليون تيموثي موسى كابا.', '2023-11-10', 'Timothy Moussa Kaba'],
  ])('after a verb of meeting, the clause that opens on the person met, past a date and asides, names him: %s', (text, published, name) => {
    expect(peopleOf(text, published, 'meeting')).toContain(name);
  });
  it.each([
    ['قال رئيس الجمهورية قيس سعيد إن الآفاق واعدة. والتقى الرئيس الصيني شي جينبينغ أمس رئيس الجمهورية في بكين. كما سيشارك رئيس الجمهورية يوم 30 ماي 2024 في الاجتماع الوزاري لمنتدى التعاون العربي الصيني.', '2024-05-29', 'conference', 'Kais Saied'],
  ])('a title without a nationality, after another holder was named, is the one the same words introduced by name: %s', (text, published, type, name) => {
    expect(peopleOf(text, published, type)).toContain(name);
  });
  it.each([
    ['استقبل الرئيس المصري أمس وزير الخارجية الفرنسي، وبحث الجانبان تداعيات اغتيال إسماعيل هنية.', '2024-08-01', 'Ismail Haniyeh'],
    ['والتقى رئيس الوزراء السوداني عبد الله حمدوك أمس الرئيس ماكرون على هامش مراسم تأبين الرئيس الفرنسي الراحل جاك شيراك.', '2019-10-01', 'Jacques Chirac'],
  ])('who something befell («اغتيال», «تأبين») is what the event is about, not one who takes part: %s', (text, published, name) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participants.map((p) => p.nameEn))).not.toContain(name);
  });
  it('after a name, a state glued to «بـ» after a title is whose office it is, not where the event was', () => {
    const text = 'استقبل رئيس مجلس الوزراء القطري اليوم في الديوان الأميري السيد ديفيد لامي وزير الخارجية بالمملكة المتحدة.';
    const met = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-07-31', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(met?.participants.map((p) => p.nameEn)).toContain('David Lammy');
    expect(met?.location?.nameEn).not.toBe('United Kingdom');
  });
  it.each([
    // «ولد» links a Mauritanian name's parts as «بن» does, after a title or an honorific.
    ['استقبل وزير النقل السيد أعل ولد الفيرك في مكتبه سفير اليابان.', 'أعل ولد الفيرك'],
    ['التقى وزير الخارجية محمد سالم ولد مرزوك اليوم سفير اليابان.', 'محمد سالم ولد مرزوك'],
    ['استقبل وزير النقل السيد محمد ولد الفيرك في مكتبه سفير اليابان.', 'محمد ولد الفيرك'],
    // The second half of a compound given name is not one of a name's three words.
    ['التقى وزير الخارجية، السفير نور الدين عامر أحمد، اليوم في أديس أبابا سفير اليابان.', 'نور الدين عامر أحمد'],
    ['التقى الوزير صلاح الدين ناصر حامد اليوم سفير اليابان.', 'صلاح الدين ناصر حامد'],
    // What talks are about, or what someone conveys, is no part of the name before it.
    ['وبحث الرئيس مع المبعوث الخاص السيد ماركو بيانكي سبل تقديم الدعم للحكومة.', 'ماركو بيانكي'],
    ['وبحث الرئيس مع المبعوث الخاص السيد ماركو بيانكي أوجه التعاون.', 'ماركو بيانكي'],
    ['وقدم السيد ماركو بيانكي الشكر للرئيس بعد اللقاء الذي جمعهما أمس.', 'ماركو بيانكي'],
    ['كما شدد الوزير سامي الكردي أثناء اللقاء على ضرورة التعاون.', 'سامي الكردي'],
    // Where someone is received («بمقر الرئاسة») is no part of the name.
    ['بحث الرئيس مساء اليوم مع القنصل الأمريكي العام دونالد بلوم بمقر الرئاسة الإعداد للاتصالات القادمة.', 'دونالد بلوم'],
    // The oath a person takes is no part of the name.
    ['وأدى سمو الأمير فيصل بن الحسين اليمين الدستورية اليوم نائبا للملك.', 'فيصل بن الحسين'],
    // A span of time told right after the name is no part of it.
    ['التقى الوزير اليوم السفير الياباني كينجي هيروتا يومين قبل مغادرته البلاد.', 'كينجي هيروتا'],
    // A name set in brackets after its title.
    ['التقى السفير اليمني اليوم بوزيرة الدولة للشؤون الخارجية الإثيوبية السيدة ( هيروت زيمني ) في أديس أبابا.', 'هيروت زيمني'],
  ])('a name after a title or an honorific runs to its last word and no further: %s', (text, nameAr) => {
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-09-20', precision: 'day' } }).flatMap((e) => e.participants);
    const person = people.find((p) => p.nameAr === nameAr);
    expect(person, `no «${nameAr}» among ${people.map((p) => p.nameAr).join(', ')}`).toBeDefined();
  });
  it.each([
    ['أعلن ‘خوسيه مانويل ألباريس’ وزير الخارجية الإسباني، يومه الأربعاء، أنه سيزور المغرب يوم الفاتح أبريل.', '2022-03-23', 'visit', 'José Manuel Albares'],
    ['وأكد "سيرغي لافروف" وزير الخارجية الروسي، اليوم، أنه سيزور الجزائر الشهر المقبل.', '2022-04-10', 'visit', 'Sergey Lavrov'],
  ])('quotes around a known name after a verb of speech set off the name, not what was said: the one who announces the trip makes it: %s', (text, published, type, person) => {
    expect(peopleOf(text, published, type)).toContain(person);
  });
  it.each([
    ['يختتم الرئيس الكوري "مون جيه إين" اليوم الثلاثاء زيارته الرسمية إلى الإمارات.', '2022-01-18', 'visit', 'Moon Jae-in'],
    ['استقبل الرئيس الجزائري «عبد المجيد تبون» أمس وزير الخارجية الإيطالي.', '2022-03-10', 'meeting', 'Abdelmadjid Tebboune'],
  ])('a name set in quotes after a title and its adjectives, spelled otherwise than the gazetteer knows it, is still that person: %s', (text, published, type, person) => {
    expect(peopleOf(text, published, type)).toContain(person);
  });
  it.each([
    // The style in the pronoun («سموه») points at the one the passage styles so; who directs the trip makes no part of it.
    ['بناءً على توجيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، واستجابة للدعوة المقدمة لصاحب السمو الملكي الأمير محمد بن سلمان ولي العهد من رئيس الولايات المتحدة دونالد ترمب، فقد غادر سموه اليوم متوجهًا إلى الولايات المتحدة في زيارة عمل رسمية.', 'Mohammed bin Salman', 'Salman bin Abdulaziz'],
    ['بتوجيه من الرئيس عبد الفتاح السيسي، وصل رئيس الوزراء مصطفى مدبولي اليوم إلى الرياض في زيارة رسمية.', 'Mostafa Madbouly', 'Abdel Fattah el-Sisi'],
    // A commission («بتكليف من») directs as an order does; the long title and «السيد» keep the minister apart from it.
    ['بتكليف من رئيس الجمهورية، عبد المجيد تبون، يبدأ وزير الشؤون الخارجية والجالية الوطنية بالخارج، السيد أحمد عطاف، اليوم جولة تقوده إلى روما وبلغراد.', 'Ahmed Attaf', 'Abdelmadjid Tebboune'],
    // … nor by one whose directing is told after the trip.
    ['وصل رئيس الوزراء مصطفى مدبولي اليوم إلى الرياض في زيارة رسمية بتوجيه من الرئيس عبد الفتاح السيسي.', 'Mostafa Madbouly', 'Abdel Fattah el-Sisi'],
  ])('a trip is made by whom its words name, not by who directed it: %s', (text, maker, director) => {
    const people = peopleOf(text, '2025-11-17', 'visit');
    expect(people).toContain(maker);
    expect(people).not.toContain(director);
  });
  it('«سفارة بلادنا» is the embassy of the outlet\'s country, not of the country its dateline names', () => {
    const text = 'أديس أبابا/ خاص\nالتقى القائم بالأعمال في سفارة بلادنا بأديس أبابا اليوم وزيرة الدولة للشؤون الخارجية الإثيوبية.';
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-08-02', precision: 'day' } }).flatMap((e) => e.participants.map((p) => p.nameEn));
    expect(people).not.toContain('Embassy of Ethiopia');
  });
  it.each([
    ['ووصلت رئيسة جمهورية كوريا الجنوبية إلى أبوظبي أمس في زيارة رسمية.', '2015-03-05', 'visit', 'Park Geun-hye'],
    ['وصلت رئيسة الوزراء البريطانية إلى الرياض اليوم في زيارة رسمية.', '2017-04-05', 'visit', 'Theresa May'],
  ])('a title opened by an office noun in the feminine («رئيسة», «وزيرة») is the woman who held it: %s', (text, published, type, name) => {
    expect(peopleOf(text, published, type)).toContain(name);
  });
});

describe('people the gazetteer does not know, named beside their office', () => {
  it.each([
    // A name after «مع», then a comma and the title that describes it.
    ['عقد الوزير، اليوم الخميس، جلسة عمل مع يوهي هيوشي، نائب وزير الخارجية الياباني، بمناسبة زيارته.', 'meeting', 'يوهي هيوشي'],
    ['بحث الرئيس اليوم مع كانغ هون سيك، المبعوث الخاص لرئيس كوريا، العلاقات الثنائية.', 'meeting', 'كانغ هون سيك'],
    // Or set off by commas, whatever stands before them.
    ['استقبل رئيس الجمهورية، اليوم بقصر قرطاج، أبينا أدجوا مينساه، وزيرة الشؤون الخارجية لجمهورية غانا.', 'meeting', 'أبينا أدجوا مينساه'],
    // The next of a list set off by commas, «و» glued to its first word, in four words.
    ['انعقدت اليوم الدورة الثالثة للمشاورات السياسية برئاسة كل من الوزير، وفرناندو ماروني دي أبرايو، كاتب الدولة المساعد بوزارة العلاقات الخارجية.', 'meeting', 'فرناندو ماروني دي أبرايو'],
  ])('%s', (text, type, name) => {
    const event = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-12-25', precision: 'day' } }).find((e) => e.type === type);
    expect(event?.participants.map((p) => p.nameAr)).toContain(name);
  });
  it('an office «of» a ministry is held by whoever the text names after it, in that office', () => {
    const text = 'استقبل الأمين العام لوزارة الخارجية، هيروشي سوزوكي، اليوم السفير الفرنسي.';
    const event = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-12-25', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(event?.participants.map((p) => `${p.nameAr}: ${p.role}`)).toContain('هيروشي سوزوكي: Secretary-General');
  });
});

describe('offices of one holder in the world, and styles', () => {
  it.each([
    ['وصل بابا الفاتيكان ليو الرابع عشر، اليوم الأحد، إلى بيروت.', '2025-11-30', 'popeleo'],
    ['وصل بابا الفاتيكان اليوم إلى أبوظبي.', '2019-02-03', 'popefrancis'],
  ])('«بابا الفاتيكان» is the pope of the day: %s', (text, published, id) => {
    expect(peopleOf(text, published, 'visit').length).toBeGreaterThan(0);
    const event = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).find((e) => e.type === 'visit');
    expect(event?.participants.map((p) => p.entityId)).toContain(id);
  });
  it('the style of a church leader («قداسة البابا») is no part of the name before it', () => {
    const event = extractArticle({ id: 'a', file: 'a.txt', text: 'واستقبل المطران أنطوان شربل طربيه قداسة البابا في الكاتدرائية يوم 30 نوفمبر 2025.', published: { value: '2025-11-30', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(event?.participants.map((p) => p.nameAr)).toContain('أنطوان شربل طربيه');
  });
});

describe('a bare title the article has named one holder of', () => {
  const people = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-11-19', precision: 'day' } })
    .flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn));
  it('is that holder, not a man named by the words after it («أبدى جلالة الملك اهتماما بتكثيف الجهود»)', () => {
    const found = people('استقبل الملك عبدالله الثاني اليوم الرئيس البولندي أندريه دودا. كما تم تناول موضوعات تتعلق بالسلام في المنطقة، حيث أبدى جلالة الملك اهتمامًا بتكثيف الجهود الدولية لوقف التصعيد.');
    expect(found).toContain('Abdullah II');
    expect(found.filter((n) => !['Abdullah II', 'Andrzej Duda'].includes(n))).toEqual([]);
  });
  it('unless a name follows it («الأمير بدر بن عبدالله بن فرحان» after «الأمير محمد بن سلمان»)', () => {
    const found = people('استقبل الرئيس الفرنسي اليوم الأمير محمد بن سلمان. ووقع الاتفاقية من الجانب السعودي الأمير بدر بن عبدالله بن فرحان.');
    expect(found.some((n) => /Badr/.test(n))).toBe(true);
  });
});

describe('a bare title of an office two people hold in the article', () => {
  /** The maker of the article's visit (its title's first name) and everybody it names. */
  const visitOf = (text: string, published: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).find((e) => e.type === 'visit');
  it.each([
    ['اجتمع الرئيس محمود عباس مع نظيره الفرنسي إيمانويل ماكرون في باريس اليوم. وكان الرئيس وصل أمس إلى باريس في زيارة تستمر يومين، تلبية لدعوة من الرئيس ماكرون.', '2018-09-21', 'Abbas visits Paris'],
    ['التقى الرئيس رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في سوتشي اليوم. وكان الرئيس قد وصل إلى سوتشي صباح اليوم في زيارة عمل.', '2021-09-29', 'Erdoğan visits Sochi'],
  ])('is the holder it introduced, where the other was named by his country: %s', (text, published, title) => {
    expect(visitOf(text, published)?.title.en).toBe(title);
  });
  it('is nobody where the one it introduced holds another office then («الرئيس نبيه بري», the Speaker)', () => {
    const visit = visitOf('التقى الرئيس نبيه بري الرئيس الفرنسي إيمانويل ماكرون في بيروت أمس. وزار الرئيس اليوم الإمارات في زيارة رسمية.', '2019-06-12');
    expect(visit, 'no visit').toBeDefined();
    expect(visit!.participants.map((p) => p.entityId)).not.toContain('berri');
  });
  it('is nobody where it introduced both («الرئيس السيسي الرئيس ماكرون»)', () => {
    const visit = visitOf('استقبل الرئيس عبد الفتاح السيسي الرئيس إيمانويل ماكرون في القاهرة اليوم. وكان الرئيس قد وصل إلى القاهرة صباح اليوم في زيارة رسمية.', '2019-01-28');
    expect(visit, 'no visit').toBeDefined();
    expect(visit!.participants.map((p) => p.entityId)).toEqual([]);
  });
});

describe('the hosts of a trip', () => {
  it.each([
    ['وصل رئيس الوزراء العراقي حيدر العبادي إلى القاهرة يوم 11 يناير في زيارة رسمية استغرقت يومين، استقبله خلالها الرئيس عبد الفتاح السيسي ورئيس الوزراء إبراهيم محلب.', '2015-01-20', ['abadi', 'sisi', 'mahlab']],
    ['اجتمع الرئيس محمود عباس مع نظيره الفرنسي إيمانويل ماكرون في باريس اليوم. وكان الرئيس وصل أمس إلى باريس في زيارة تستمر يومين.', '2018-09-21', ['abbas', 'macron']],
  ])('who met the visitor in talks on its days are the visit\'s people too: %s', (text, published, people) => {
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).find((e) => e.type === 'visit');
    expect(visit, 'no visit').toBeDefined();
    expect(visit!.participants.filter((p) => p.kind === 'person').map((p) => p.entityId)).toEqual(people);
  });
  it('not those met on another day, nor people of another country', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر أمس في زيارة رسمية. والتقى لافروف في 3 مارس الماضي نظيره الجزائري رمطان لعمامرة في موسكو.', published: { value: '2022-05-11', precision: 'day' } });
    const visit = events.find((e) => e.type === 'visit' && e.date?.start === '2022-05-10');
    expect(visit, 'no visit').toBeDefined();
    expect(visit!.participants.filter((p) => p.kind === 'person').map((p) => p.entityId)).toEqual(['lavrov']);
  });
});

describe('the traveller of a visit whose words name only its hosts', () => {
  const run = (text: string, published: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
  it('is whoever of another country signed or held talks with them on its days', () => {
    const visit = run('وصل إلى سيول أمس في زيارة رسمية تستمر أربعة أيام بدعوة من الرئيس الكوري الجنوبي لي ميونغ باك. ووقع الرئيس لي ميونغ باك ورئيس الوزراء العراقي نوري المالكي اليوم اتفاقية للتعاون في مجال الطاقة.', '2011-04-28').find((e) => e.type === 'visit');
    expect(visit, 'no visit').toBeDefined();
    expect(visit!.title.en).toBe('al-Maliki visits Seoul');
  });
  it('is nobody when the article tells two such events with different people', () => {
    const visit = run('وصل إلى سيول أمس في زيارة رسمية تستمر أربعة أيام بدعوة من الرئيس الكوري الجنوبي لي ميونغ باك. ووقع الرئيس لي ميونغ باك ورئيس الوزراء العراقي نوري المالكي اليوم اتفاقية للتعاون. والتقى الرئيس لي ميونغ باك اليوم رئيس الوزراء الياباني ناوتو كان.', '2011-04-28').find((e) => e.type === 'visit');
    expect(visit, 'no visit').toBeDefined();
    expect(visit!.participants.filter((p) => p.kind === 'person').map((p) => p.entityId)).not.toContain('maliki');
  });
});

describe('where a trip told by its verb goes, set off by commas after its subject and day', () => {
  it.each([
    ['يتوجه الرئيس الفيتنامي، تران داي كوانج، غدًا السبت، إلى القاهرة، بعد إنهاء زيارته بإثيوبيا، وذلك استجابة لدعوة الرئيس عبد الفتاح السيسي.', '2018-08-24', 'Cairo'],
    ['يصل وزير الخارجية الإيراني، عباس عراقجي، مساء اليوم، إلى الرياض، في زيارة رسمية.', '2024-11-09', 'Riyadh'],
  ])('is that clause\'s place, not the place of the trip it comes after: %s', (text, published, expected) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    const trip = events.find((e) => e.type === 'visit' && e.modality === 'planned')!;
    expect(trip.location?.nameEn).toBe(expected);
  });
  it('the trip it comes after («بعد إنهاء زيارته بإثيوبيا») is not planned on its day', () => {
    const text = 'يتوجه الرئيس الفيتنامي، تران داي كوانج، غدًا السبت، إلى القاهرة، بعد إنهاء زيارته بإثيوبيا.';
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-08-24', precision: 'day' } });
    const ethiopia = events.find((e) => e.type === 'visit' && e.location?.nameEn === 'Ethiopia')!;
    expect(ethiopia.modality).toBe('occurred');
    expect(ethiopia.date?.start).not.toBe('2018-08-25');
  });
});

describe('who holds each of several talks told one after another', () => {
  const holdersOfTheTalksWith = (text: string, published: string, met: string) =>
    extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
      .find((e) => e.type === 'meeting' && e.participants.some((p) => p.entityId === met))?.participants.filter((p) => p.kind === 'person').map((p) => p.entityId).sort() ?? null;
  const LEAD = 'عقد وزير الشؤون الخارجية والهجرة والتونسيين بالخارج محمد علي النفطي، على هامش مشاركته في أشغال الدورة (164) لمجلس وزراء الخارجية العرب، الذي احتضنته القاهرة اليوم الخميس، عددا من اللقاءات مع نظرائه العرب. ';
  it.each([
    // a sentence opening on a verb of holding, with only the side met named, goes on with the one the sentence before was about
    [LEAD + 'وأجرى في هذا الإطار لقاءً مع وزير الخارجية والهجرة والمصريين بالخارج بدر عبد العاطي.', 'abdelatty', ['abdelatty', 'nafti']],
    [LEAD + 'وعقد لقاء مع وزير الخارجية المصري بدر عبد العاطي، تم خلاله استعراض التعاون الثنائي.', 'abdelatty', ['abdelatty', 'nafti']],
    [LEAD.replace('عقد وزير', 'شارك وزير').replace('عددا من اللقاءات مع نظرائه العرب', 'في الاجتماع') + 'وأجرى لقاء مع وزير الخارجية الأردني أيمن الصفدي.', 'safadi', ['nafti', 'safadi']],
    // «لدى اجتماعه»: not whom the talks before were with
    [LEAD + 'وأجرى لقاءً مع وزير الخارجية المصري بدر عبد العاطي. كما تبادل الجانبان وجهات النظر. ولدى اجتماعه مع وزير الشؤون الخارجية والتعاون الإفريقي والموريتانيين بالخارج محمد سالم ولد مرزوك، نوه الجانبان بالعلاقات.', 'merzoug', ['merzoug', 'nafti']],
    // «سيادته الوطنية», «دولته المستقلة» name a state's sovereignty, no dignitary
    [LEAD + 'وأجرى لقاءً مع بدر عبد العاطي. وأكد الجانبان دعم الشعب الفلسطيني في إقامة دولته المستقلة. ولدى اجتماعه مع محمد سالم ولد مرزوك، نوه الجانبان بالعلاقات.', 'merzoug', ['merzoug', 'nafti']],
  ])('%s', (text, met, expected) => {
    expect(holdersOfTheTalksWith(text, '2025-09-04', met)).toEqual(expected);
  });
  it('a ministry\'s name that goes on up to its holder\'s («وزير الشؤون الخارجية والتعاون الإفريقي والموريتانيين بالخارج محمد سالم ولد مرزوك») is his title, nobody else\'s', () => {
    const text = 'استقبل الرئيس عبد المجيد تبون اليوم وزير الشؤون الخارجية والتعاون الإفريقي والموريتانيين بالخارج محمد سالم ولد مرزوك.';
    const people = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-02-10', precision: 'day' } }).flatMap((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId));
    expect([...new Set(people)].sort()).toEqual(['merzoug', 'tebboune']);
  });
});

describe('whom talks on a trip are with, listed after «كلا من»', () => {
  const ofType = (text: string, type: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-10-13', precision: 'day' } })
    .find((e) => e.type === type)?.participants.filter((p) => p.kind === 'person').map((p) => p.entityId) ?? null;
  it.each([
    ['وسيلتقي وزير الخارجية الإيراني عباس عراقجي اليوم خلال زيارته كلا من: نظيره العراقي فؤاد حسين، ورئيس الجمهورية عبد اللطيف جمال رشيد.'],
    ['وسيلتقي وزير الخارجية الإيراني عباس عراقجي اليوم كلا من: نظيره العراقي فؤاد حسين، ورئيس الجمهورية عبد اللطيف جمال رشيد.'],
  ])('a colon after «كلا من» sets off the list, in the same clause: %s', (text) => {
    expect(ofType(text, 'meeting')).toEqual(expect.arrayContaining(['araghchi', 'fuadhussein']));
  });
  it('a trip named with «his» («خلال زيارته») is made by the one named before it, not by whom its clause names after it', () => {
    const text = 'وسيلتقي وزير الخارجية الإيراني عباس عراقجي اليوم خلال زيارته كلا من نظيره العراقي فؤاد حسين، ورئيس الجمهورية عبد اللطيف جمال رشيد.';
    expect(extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-10-13', precision: 'day' } }).find((e) => e.type === 'visit')?.title.en).toBe('Araghchi to visit');
  });
});
