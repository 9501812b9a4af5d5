/**
 * From the tagged article to event candidates: triggers grouped per clause group, dated (same clause → same group →
 * coreference with a dated event → the lead paragraph's date or the publication date), with participants, place and
 * the clause that states them.
 */
import type { ArticleInput, EventDate, EventType, Modality, Participant, Place } from '../domain/event';
import { normalizeArabic, toOriginalSpan, type NormalizedText } from './normalize';
import { findTemporalMentions, publicationDate, type TemporalMention } from './temporal';
import { getLexicon, type LexEntry, type TriggerPos } from './lexicon';
import { isWordCode, scanLexicon, type LexMatch } from './match';
import { segment, type Clause, type Segmentation } from './segment';
import { extractEntities, type EntityMention } from './entities';
import { modalityAt, tenseAtFolded, type CueHit } from './modality';

export interface TriggerHit { start: number; end: number; type: EventType; pos: TriggerPos; weak: boolean; future: boolean; suffix: string; form: string }

export interface Span { start: number; end: number }

export interface Candidate {
  articleId: string;
  file: string;
  order: number;
  type: EventType;
  modality: Modality;
  triggers: TriggerHit[];
  /** Mention spans in original offsets with their date span. */
  mentions: Array<{ start: number; end: number; dateSpan: Span | null }>;
  date: EventDate | null;
  dateKind: 'clause' | 'group' | 'event' | 'lead' | 'publication' | null;
  participants: Participant[];
  location: Place | null;
  topic: string | null;
  sentence: number;
  group: number;
  flags: { anaphoric: boolean; pluperfect: boolean; reference: boolean; noFallback: boolean; headline: boolean; verbPast: boolean; complement: boolean; weak: boolean };
  /** Set when the candidate was dated through another one; they are merged. */
  corefWith: Candidate | null;
  /** Speech or headline: only joins an existing event. */
  attachOnly: boolean;
  speaker: string | null;
}

export interface ArticleAnalysis {
  article: ArticleInput;
  norm: NormalizedText;
  seg: Segmentation;
  candidates: Candidate[];
  /** «قال X» clauses that carry no trigger: mentions of whatever communication event X took part in. */
  speech: Candidate[];
  articleDate: EventDate | null;
}

export function tripFamily(t: EventType): string {
  return getLexicon().tripFamily.has(t) ? 'trip' : t;
}

const TYPE_RANK: EventType[] = ['visit', 'meeting', 'conference', 'call', 'agreement', 'invitation', 'appointment', 'statement', 'opening', 'military', 'aid', 'anniversary', 'other'];

export function participantKey(p: Participant): string { return p.kind + ':' + p.entityId; }

function toParticipant(e: EntityMention): Participant {
  return { entityId: e.id, kind: e.kind, nameEn: e.nameEn, nameAr: e.nameAr, role: e.role, country: e.country };
}

function toPlace(e: EntityMention): Place {
  return { entityId: e.id, nameEn: e.nameEn, nameAr: e.nameAr, country: e.country };
}

const MAX_QUOTE = 400;

/** Items of a list sorted by `start` whose start lies in [a, b). */
function within<T extends { start: number }>(sorted: T[], a: number, b: number): T[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < a) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < b; i++) out.push(sorted[i]!);
  return out;
}

const VERBAL_KINDS = new Set<LexEntry['kind']>(['trigger', 'speech', 'clauseVerb']);

/** «وزارة» also reads as و + زار + ه: a match that is a lookalike keeps none of its verbal readings. */
function withoutLookalikeReadings(m: LexMatch): LexMatch {
  if (!m.entries.some((e) => e.kind === 'lookalike')) return m;
  return { ...m, entries: m.entries.filter((e) => !VERBAL_KINDS.has(e.kind)) };
}

export function analyseArticle(article: ArticleInput): ArticleAnalysis {
  const lex = getLexicon();
  const text = typeof article.text === 'string' ? article.text : '';
  const norm = normalizeArabic(text);
  const f = norm.text;
  const matches = scanLexicon(f).map(withoutLookalikeReadings);
  const origSpan = (s: number, e: number) => toOriginalSpan(norm, s, e);
  // original offset → folded offset
  const o2f = new Int32Array(text.length + 1);
  {
    let k = 0;
    for (let i = 0; i <= text.length; i++) {
      while (k < norm.toOriginal.length - 1 && norm.toOriginal[k]! < i) k++;
      o2f[i] = k;
    }
  }
  const firstOf = <K extends LexEntry['kind']>(m: LexMatch, kind: K) => m.entries.find((e) => e.kind === kind) as Extract<LexEntry, { kind: K }> | undefined;
  const clauseVerbAt = new Set<number>();
  for (const m of matches) if (m.entries.some((e) => e.kind === 'clauseVerb' || e.kind === 'speech' || (e.kind === 'trigger' && e.pos !== 'noun'))) clauseVerbAt.add(m.start);
  const seg = segment(f, (s) => clauseVerbAt.has(s));
  const sentenceOf = (pos: number) => seg.clauseAt(pos)?.sentence ?? -1;

  const published = article.published ?? null;
  const refDate = published ? (published.value.length === 7 ? published.value + '-15' : published.value) : null;
  const entities = extractEntities(f, matches, refDate, sentenceOf, (s, e) => { const o = origSpan(s, e); return text.slice(o.start, o.end); });

  const cues: CueHit[] = [];
  const futurePos: number[] = [];
  const triggers: TriggerHit[] = [];
  const speechAt: number[] = [];
  const markers: Array<{ start: number; end: number; marker: string }> = [];
  for (const m of matches) {
    const cue = firstOf(m, 'cue');
    if (cue) cues.push({ start: m.start, end: m.end, modality: cue.modality, scope: cue.scope, window: cue.window });
    const t = firstOf(m, 'trigger');
    if (t) {
      if (m.future) futurePos.push(m.start);
      triggers.push({ start: m.start, end: m.end, type: t.type, pos: t.pos, weak: t.weak, future: m.future, suffix: m.suffix, form: t.form });
      (t as { requires: unknown }).requires && checkRequires(t, m) === false && triggers.pop();
    }
    if (firstOf(m, 'speech')) speechAt.push(m.start);
    const mk = firstOf(m, 'marker');
    if (mk) markers.push({ start: m.start, end: m.end, marker: mk.marker });
  }
  function checkRequires(t: Extract<LexEntry, { kind: 'trigger' }>, m: LexMatch): boolean {
    const r = t.requires!;
    let p = m.end, n = 0;
    while (p < f.length && n < r.window) {
      while (p < f.length && !isWordCode(f.charCodeAt(p))) { if (f[p] === '\n' || f[p] === '.') return false; p++; }
      const s = p;
      while (p < f.length && isWordCode(f.charCodeAt(p))) p++;
      n++;
      const tok = f.slice(s, p);
      const bare = tok.startsWith('و') ? tok.slice(1) : tok;
      if (r.after.includes(tok) || r.after.includes(bare)) return true;
      if (r.after.includes('PERSON') && entities.some((e) => e.kind === 'person' && e.start <= s && e.end >= p)) return true;
      for (const w of r.after) if (w.includes(' ') && f.startsWith(w, s)) return true;
    }
    return false;
  }

  const tenseAt = (orig: number) => tenseAtFolded(seg, cues, futurePos, o2f[Math.max(0, Math.min(orig, text.length))]!);
  let temporal: TemporalMention[] = [];
  try { temporal = findTemporalMentions(text, published, { tenseAt }); } catch { temporal = []; }
  const dates = temporal.map((t) => ({ ...t, fs: o2f[t.start]!, fe: o2f[t.end]! }));
  const usable = dates.filter((d) => d.kind !== 'vague' && d.date !== null);

  const pubDate = published ? safePublication(published) : null;
  // Lead date: a relative day in the first body sentences («أمس», «الأربعاء») dates the article's news.
  let leadDate: EventDate | null = null;
  {
    const body = seg.sentences.filter((s) => !s.headline).slice(0, 2);
    for (const s of body) {
      const d = usable.find((x) => x.fs >= s.start && x.fs < s.end && x.kind === 'relative' && x.date!.precision === 'day');
      if (d) { leadDate = { ...d.date!, explanation: `${d.date!.explanation} (the date the lead paragraph gives)` }; break; }
    }
  }
  const articleDate = leadDate ?? pubDate;

  // Speakers per sentence.
  const speakerAtSentence = new Map<number, EntityMention>();
  let lastSpeaker: EntityMention | null = null;
  const speech: Candidate[] = [];
  entities.sort((a, b) => a.start - b.start);
  const personsIn = (s: number, e: number) => within(entities, s, e).filter((x) => x.kind === 'person');
  const groupClausesOf = new Map<number, Clause[]>();
  for (const c of seg.clauses) { const g = groupClausesOf.get(c.group) ?? []; g.push(c); groupClausesOf.set(c.group, g); }
  const speechPos = speechAt.map((s) => ({ start: s }));
  for (const sp of speechAt) {
    const cl = seg.clauseAt(sp);
    if (!cl) continue;
    const subj = personsIn(sp, cl.end)[0] ?? null;
    const who = subj ?? lastSpeaker;
    if (who) speakerAtSentence.set(cl.sentence, who);
    if (subj) lastSpeaker = subj;
    if (who && within(triggers, cl.start, cl.end).length === 0) {
      const o = origSpan(cl.start, cl.end);
      const span = trimSpan(text, o.start, o.end);
      if (span && span.end - span.start <= MAX_QUOTE) {
        speech.push(blank(article, cl, span, toParticipant(who), who.id));
      }
    }
  }

  // Candidates per clause group.
  const candidates: Candidate[] = [];
  const byGroup = new Map<number, TriggerHit[]>();
  for (const t of triggers) {
    const cl = seg.clauseAt(t.start);
    if (!cl) continue;
    const arr = byGroup.get(cl.group) ?? [];
    arr.push(t);
    byGroup.set(cl.group, arr);
  }
  // Sorted by folded start for lookups by clause; the phrase's original span stays in `original`.
  const usableS = usable.map((d) => ({ ...d, start: d.fs, original: { start: d.start, end: d.end } })).sort((a, b) => a.start - b.start);
  const datesS = dates.map((d) => ({ ...d, start: d.fs })).sort((a, b) => a.start - b.start);
  const clauseDates = (cl: Clause) => within(usableS, cl.start, cl.end);
  let order = 0;
  for (const [group, trs] of byGroup) {
    // A visit the invitation is about is not an event of its own.
    const inv = trs.filter((t) => t.type === 'invitation');
    let list = trs.filter((t) => !(t.type === 'visit' && inv.some((i) => t.start > i.start && t.start - i.end < 60)));
    const items = list.map((t) => {
      const cl = seg.clauseAt(t.start)!;
      return { t, cl, modality: modalityAt(f, seg, cues, t.start, t.future) };
    }).filter((x) => !x.t.weak || clauseDates(x.cl).length > 0);
    if (!items.length) continue;
    const groups = new Map<string, typeof items>();
    for (const it of items) {
      const key = tripFamily(it.t.type) + '|' + it.modality;
      const arr = groups.get(key) ?? [];
      arr.push(it);
      groups.set(key, arr);
    }
    // A statement that only sources a trip («حسبما أفاد بيان…، بدأ زيارة») folds into it.
    for (const [key, arr] of [...groups]) {
      const [fam, mod] = key.split('|');
      if (fam === 'statement' && groups.has('trip|' + mod)) { groups.get('trip|' + mod)!.push(...arr); groups.delete(key); }
    }
    for (const arr of groups.values()) {
      arr.sort((a, b) => a.t.start - b.t.start);
      const first = arr[0]!;
      let type = first.t.type;
      for (const it of arr) if (TYPE_RANK.indexOf(it.t.type) < TYPE_RANK.indexOf(type) && it.t.type !== 'statement') type = it.t.type;
      if (arr.every((x) => x.t.type === 'statement')) type = 'statement';
      const clauses = [...new Map(arr.map((x) => [x.cl.index, x.cl])).values()].sort((a, b) => a.start - b.start);
      // Date: same clause, else nearest in the group outside other triggers' clauses.
      let chosen: (typeof usableS)[number] | null = null;
      let kind: Candidate['dateKind'] = null;
      let bestDist = Infinity;
      for (const x of arr) for (const d of clauseDates(x.cl)) {
        const dist = Math.abs(d.fs - x.t.start);
        if (dist < bestDist) { bestDist = dist; chosen = d; kind = 'clause'; }
      }
      if (!chosen) {
        const otherClauses = new Set(trs.filter((t) => !arr.some((x) => x.t === t)).map((t) => seg.clauseAt(t.start)!.index));
        const gcs = groupClausesOf.get(group)!;
        for (const d of within(usableS, gcs[0]!.start, gcs[gcs.length - 1]!.end)) {
          const dc = seg.clauseAt(d.fs);
          if (!dc || dc.group !== group || otherClauses.has(dc.index)) continue;
          const dist = Math.abs(d.fs - first.t.start);
          if (dist < bestDist) { bestDist = dist; chosen = d; kind = 'group'; }
        }
      }
      const spanClauses = [...clauses];
      if (chosen) { const dc = seg.clauseAt(chosen.fs)!; if (!spanClauses.includes(dc)) spanClauses.push(dc); }
      let fs = Math.min(...spanClauses.map((c) => c.start)), fe = Math.max(...spanClauses.map((c) => c.end));
      let o = origSpan(fs, fe);
      if (o.end - o.start > MAX_QUOTE) { o = origSpan(first.cl.start, first.cl.end); }
      if (o.end - o.start > MAX_QUOTE) {
        const ts = origSpan(first.t.start, first.t.end);
        o = { start: Math.max(o.start, ts.start - 180), end: Math.min(o.end, ts.end + 180) };
      }
      const span = trimSpan(text, o.start, o.end) ?? o;
      const sentIdx = first.cl.sentence;
      const sent = seg.sentences[sentIdx]!;
      const inSpan = (x: { start: number }) => spanClauses.some((c) => x.start >= c.start && x.start < c.end);
      const anaphoric = clauses.some((c) => within(markers, c.start, c.end).some((mk) => mk.marker === 'anaphoric'));
      const reference = arr.every((x) => within(markers, x.t.start - 40, x.t.start).some((mk) => mk.marker === 'reference' && mk.end <= x.t.start && x.t.start - mk.end <= 16 && wordsIn(f, mk.end, x.t.start) <= 1));
      const sentMarkers = within(markers, sent.start, sent.end);
      const plu = sentMarkers.filter((mk) => mk.marker === 'pluAux' && mk.start < first.t.start)
        .some((aux) => sentMarkers.some((p) => p.marker === 'pluParticle' && p.start > aux.start && wordsIn(f, aux.end, p.start) <= lex.pluperfectWindow));
      const gcl = groupClausesOf.get(group)!;
      const groupStart = gcl[0]!.start;
      const groupEnd = gcl[gcl.length - 1]!.end;
      const noFallback = within(markers, groupStart, groupEnd).some((mk) => mk.marker === 'noFallback')
        || within(datesS, sent.start, sent.end).some((d) => d.kind === 'vague' && d.date === null);

      // Participants and place.
      const groupClauses = gcl;
      const inGroup = (x: { start: number }) => groupClauses.some((c) => x.start >= c.start && x.start < c.end);
      const ents = within(entities, Math.min(...spanClauses.map((c) => c.start)), Math.max(...spanClauses.map((c) => c.end))).filter(inSpan);
      let persons = ents.filter((e) => e.kind === 'person' || e.kind === 'organisation');
      if (!persons.some((e) => e.kind === 'person')) persons = persons.concat(within(entities, groupStart, groupEnd).filter((e) => e.kind === 'person' && inGroup(e) && !inSpan(e)));
      const speaker = speakerAtSentence.get(sentIdx) ?? null;
      const hasPerson = persons.some((e) => e.kind === 'person');
      const firstPerson = arr.some((x) => x.t.suffix === 'نا' || x.t.form.endsWith('نا'));
      const inReporting = within(speechPos, groupStart, first.t.start).length > 0;
      let extra: EntityMention[] = [];
      if (!hasPerson && speaker && (firstPerson || inReporting || type === 'statement')) extra = [speaker];
      else if (!hasPerson && arr.some((x) => x.t.suffix && x.t.suffix !== 'نا')) {
        const prev = within(entities, seg.sentences[Math.max(0, sentIdx - 2)]!.start, first.t.start).filter((e) => e.kind === 'person');
        const p = prev[prev.length - 1];
        if (p && sentenceOf(p.start) >= sentIdx - 2) extra = [p];
      }
      // Place: a city after a place preposition or «العاصمة», or what a visit goes to.
      const inTrig = (x: { start: number }) => clauses.some((c) => x.start >= c.start && x.start < c.end);
      // «مؤتمر برلين», «زيارة عمل إلى روسيا»: the place right after a trigger of the candidate's own type.
      const namedAfter = (e: EntityMention, t: EventType, maxWords: number) =>
        type === t && arr.some((x) => x.t.type === t && e.start > x.t.start && wordsIn(f, x.t.end, e.start) <= maxWords);
      const places = ents.filter((e) => (e.kind === 'city' || e.kind === 'country') && inTrig(e) && (e.locative || lex.placeIntroducer.test(f.slice(Math.max(0, e.start - 24), e.start)) || namedAfter(e, 'conference', 1) || namedAfter(e, 'visit', 3)));
      const city = places.find((e) => e.kind === 'city');
      // An agreement or a statement «في ليبيا» is about that country; where it was made is a city.
      const place = city ?? (type === 'agreement' || type === 'statement' ? null : places.find((e) => e.kind === 'country')) ?? null;
      const participants: Participant[] = [];
      const seen = new Set<string>();
      const push = (e: EntityMention) => { const p = toParticipant(e); const k = participantKey(p); if (!seen.has(k)) { seen.add(k); participants.push(p); } };
      for (const e of persons.concat(extra)) push(e);
      for (const e of ents) {
        if (e.kind === 'country' && !e.locative && (!place || place.country !== e.id || place.kind === 'city' && e.id !== place.country)) {
          if (!(place && place.id === e.id)) push(e);
        }
        if (e.kind === 'city' && e !== place && !e.locative && e.country) {
          const c = lex.countries.get(e.country);
          if (c) push({ ...e, kind: 'country', id: c.id, nameEn: c.en, nameAr: c.ar });
        }
      }
      const topicTok = nextToken(f, first.t.end);
      const cand: Candidate = {
        articleId: article.id, file: article.file, order: order++, type, modality: first.modality,
        triggers: arr.map((x) => x.t), mentions: [{ start: span.start, end: span.end, dateSpan: chosen ? chosen.original : null }],
        date: chosen ? chosen.date : null, dateKind: kind, participants, location: place ? toPlace(place) : null,
        topic: topicTok && topicTok.length > 3 && !/^(في|مع|حول|بين|الي|علي|عن)$/.test(topicTok) ? first.t.form.replace(/^ال/, '') + ':' + topicTok.replace(/^(ال|لل|ب|ل)/, '') : null,
        sentence: sentIdx, group,
        flags: { anaphoric, pluperfect: plu, reference, noFallback, headline: sent.headline, verbPast: arr.some((x) => x.t.pos === 'verb' && !x.t.future), complement: first.cl.startKind === 'comp' || first.cl.startKind === 'quote' || groupClauses[0]?.startKind === 'comp' || groupClauses[0]?.startKind === 'quote', weak: arr.every((x) => x.t.weak) },
        corefWith: null, attachOnly: sent.headline, speaker: speaker?.id ?? null,
      };
      if (cand.mentions[0]!.end - cand.mentions[0]!.start > MAX_QUOTE) cand.mentions[0]!.end = cand.mentions[0]!.start + MAX_QUOTE;
      candidates.push(cand);
    }
  }
  candidates.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.order - b.order);
  candidates.forEach((c, i) => { c.order = i; });

  resolveUndated(candidates, leadDate, pubDate);
  return { article, norm, seg, candidates, speech, articleDate };
}

function safePublication(p: NonNullable<ArticleInput['published']>): EventDate | null {
  try { return publicationDate(p); } catch { return null; }
}

function wordsIn(text: string, a: number, b: number): number {
  let n = 0, prev = false;
  for (let i = a; i < b; i++) { const w = isWordCode(text.charCodeAt(i)); if (w && !prev) n++; prev = w; }
  return n;
}

function nextToken(text: string, p: number): string | null {
  while (p < text.length && !isWordCode(text.charCodeAt(p))) { if (text[p] === '\n' || text[p] === '.' || text[p] === '،') return null; p++; }
  const s = p;
  while (p < text.length && isWordCode(text.charCodeAt(p))) p++;
  return p > s ? text.slice(s, p) : null;
}

/** Trims spaces and dangling punctuation off both ends of an original span. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  const junk = /[\s،,.:;؛"'«»“”’‘\-–—]/;
  while (start < end && junk.test(text[start]!)) start++;
  while (end > start && junk.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function blank(article: ArticleInput, cl: Clause, span: Span, who: Participant, speaker: string): Candidate {
  return {
    articleId: article.id, file: article.file, order: -1, type: 'statement', modality: 'occurred', triggers: [],
    mentions: [{ start: span.start, end: span.end, dateSpan: null }], date: null, dateKind: null, participants: [who], location: null,
    topic: null, sentence: cl.sentence, group: cl.group,
    flags: { anaphoric: false, pluperfect: false, reference: false, noFallback: false, headline: false, verbPast: true, complement: false, weak: false },
    corefWith: null, attachOnly: true, speaker,
  };
}

function sharedActors(a: Candidate, b: Candidate): number {
  const ka = new Set(a.participants.filter((p) => p.kind === 'person' || p.kind === 'organisation').map(participantKey));
  return b.participants.filter((p) => (p.kind === 'person' || p.kind === 'organisation') && ka.has(participantKey(p))).length;
}

function placeConflict(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return false;
  if (a.entityId === b.entityId) return false;
  if (a.country && b.country && a.country === b.country && (a.entityId === a.country || b.entityId === b.country)) return false;
  return true;
}

/** Coreference with a dated event, then the lead paragraph's or the publication date, else stays undated. */
function resolveUndated(cands: Candidate[], lead: EventDate | null, pub: EventDate | null): void {
  const lex = getLexicon();
  const articleDate = lead ?? pub;
  // 1. Fallback for plain past-tense reports.
  for (const c of cands) {
    if (c.date || c.modality !== 'occurred') continue;
    const f = c.flags;
    const eligible = lex.fallbackTypes.has(c.type) && !f.anaphoric && !f.pluperfect && !f.reference && !f.noFallback && !f.weak
      && (c.type !== 'agreement' || f.verbPast) && c.participants.some((p) => p.kind === 'person' || p.kind === 'organisation');
    if (eligible && articleDate) {
      const basisText = lead ? 'the date the lead paragraph gives' : 'the publication date';
      c.date = { ...articleDate, explanation: `No date of its own; reported in the past tense, so it takes ${basisText}. ${articleDate.explanation}` };
      c.dateKind = lead ? 'lead' : 'publication';
    }
  }
  // 2. Coreference: «زيارة ميدفيديف الأخيرة», «وكان لافروف قد قال خلال لقائه… في موسكو».
  for (const c of cands) {
    if (c.date || c.modality === 'negated' || c.modality === 'hypothetical') continue;
    if (!(c.flags.anaphoric || c.flags.pluperfect || c.flags.reference)) continue;
    let best: Candidate | null = null;
    let bestScore = 0;
    for (const d of cands) {
      if (d === c || !d.date || d.modality !== c.modality) continue;
      if (tripFamily(d.type) !== tripFamily(c.type)) continue;
      if (c.flags.pluperfect && (d.dateKind === 'lead' || d.dateKind === 'publication')) continue;
      if (placeConflict(c.location, d.location)) continue;
      const shared = sharedActors(c, d);
      const samePlace = c.location && d.location && !placeConflict(c.location, d.location) ? 1 : 0;
      if (!shared && !(c.type === 'conference' && samePlace)) continue;
      let score = shared * 2 + samePlace * 2 + (d.dateKind === 'clause' || d.dateKind === 'group' ? 0 : 1);
      if (score > bestScore) { bestScore = score; best = d; }
    }
    if (best && best.date) {
      c.date = { ...best.date, basis: 'event', explanation: `Refers back to an event dated elsewhere in the article («${best.date.text || 'article date'}»): ${best.date.explanation}` };
      c.dateKind = 'event';
      c.corefWith = best;
    }
  }
}
