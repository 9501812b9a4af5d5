/** Scoring rules of shared/gold/README.md, exactly as the reference scorer score-events.py applies them. Pure. */

export interface GoldMention { file: string; start: number; end: number; evidence?: string }
export interface GoldEvent {
  id: string; type: string; modality: string;
  /** Where the text honestly allows more than one type, every type that counts as right. */
  types?: string[];
  date: { start: string; end: string; precision: string; approximate?: boolean };
  accept: { start: string; end: string };
  participants: string[]; location?: string | null;
  mentions: GoldMention[]; key: boolean; optional: boolean; group: string;
}
export interface Gold { events: GoldEvent[]; forbidden?: Array<GoldMention & { why?: string }> }

/** The gold of the given files only: their mentions and forbidden spans, and the events that keep a mention. */
export function goldOfFiles(gold: Gold, files: ReadonlySet<string>): Gold {
  return {
    events: gold.events.map((e) => ({ ...e, mentions: e.mentions.filter((m) => files.has(m.file)) })).filter((e) => e.mentions.length > 0),
    forbidden: (gold.forbidden ?? []).filter((f) => files.has(f.file)),
  };
}

type Obj = Record<string, unknown>;
export interface SystemOutput { articles?: Obj[]; events?: Obj[] }

export interface GoldLine { id: string; flag: 'KEY' | 'opt' | ''; status: 'ok' | 'mis-dated' | 'missed'; gold: string; system: string | null }
export interface Score {
  scored: number; gold: number; nonOptional: number; keys: number;
  tp: number; precision: number; recall: number; f1: number;
  /** Strict true positives whose type, modality and at least half the gold participants are also right (rule 5). */
  completeTp: number; completePrecision: number; completeRecall: number; completeF1: number;
  keyFound: number; dateAccuracy: number; typeAccuracy: number; modalityAccuracy: number; participantRecall: number;
  merged: number; multi: number; mergeRate: number; forbiddenHits: number;
  goldLines: GoldLine[]; unmatched: string[]; forbiddenList: string[];
}

function sIn(d: unknown, ...keys: string[]): unknown {
  for (const k of keys) if (d && typeof d === 'object' && (d as Obj)[k] !== undefined && (d as Obj)[k] !== null) return (d as Obj)[k];
  return null;
}

function englishName(p: unknown): string {
  if (typeof p === 'string') return p;
  const o = p as Obj;
  let n = o.name as unknown;
  if (n && typeof n === 'object') n = (n as Obj).en || (n as Obj).english;
  return String(n || o.nameEn || o.name_en || o.en || o.id || '');
}

export function lastWord(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase();
  const words = ascii.match(/[a-z0-9]+/g);
  return words ? words[words.length - 1]! : '';
}

const base = (f: string) => f.split('/').pop()!;

export function score(gold: Gold, sys: SystemOutput): Score {
  const gev = gold.events;
  const artFile = new Map<string, string>();
  for (const a of sys.articles ?? []) {
    const id = sIn(a, 'id', 'articleId'); const f = sIn(a, 'file', 'path');
    if (id !== null && f) artFile.set(String(id), base(String(f)));
  }
  const spans = (e: Obj): Array<[string, number, number]> => {
    const out: Array<[string, number, number]> = [];
    for (const m of (e.mentions as Obj[] | undefined) ?? []) {
      let f = sIn(m, 'file') as string | null;
      if (!f) f = artFile.get(String(sIn(m, 'article', 'articleId'))) ?? null;
      if (!f) continue;
      const st = m.start as number | undefined, en = m.end as number | undefined;
      if (st === undefined || en === undefined || st === null || en === null || en - st > 400 || en <= st) continue;
      out.push([base(f), st, en]);
    }
    return out;
  };
  const scored = (sys.events ?? []).filter((e) => {
    const d = e.date as Obj | null | undefined;
    if (!d || !d.start || !d.end) return false;
    return ['occurred', 'planned'].includes((e.modality as string | undefined) ?? 'occurred');
  });
  const overlap = (sp: [string, number, number], gm: GoldMention) => (sp[0] !== gm.file ? 0 : Math.max(0, Math.min(sp[2], gm.end) - Math.max(sp[1], gm.start)));
  const matches = new Map<number, Array<[number, number]>>();
  scored.forEach((e, i) => {
    const sps = spans(e);
    let lst: Array<[number, number]> = [];
    gev.forEach((g, j) => {
      let ov = 0;
      for (const sp of sps) for (const gm of g.mentions) ov += overlap(sp, gm);
      if (ov > 0) lst.push([j, ov]);
    });
    if (lst.length) {
      let best = lst[0]!;
      for (const x of lst) if (x[1] > best[1]) best = x;
      const grp = gev[best[0]]!.group;
      lst = lst.filter((x) => gev[x[0]]!.group === grp);
      matches.set(i, lst);
    }
  });
  const dateRight = (e: Obj, g: GoldEvent) => {
    const d = e.date as Obj;
    let ok = (d.start as string) >= g.accept.start && (d.end as string) <= g.accept.end;
    if (ok && !g.date.approximate) ok = d.precision === g.date.precision;
    return ok;
  };
  const goldBest = new Map<number, [number, boolean]>();
  for (const [i, lst] of [...matches.entries()].sort((a, b) => a[0] - b[0])) {
    for (const [j] of lst) {
      const dr = dateRight(scored[i]!, gev[j]!);
      const prev = goldBest.get(j);
      if (!prev || (dr && !prev[1])) goldBest.set(j, [i, dr]);
    }
  }
  const nonopt = gev.map((g, j) => (!g.optional ? j : -1)).filter((j) => j >= 0);
  const keys = gev.map((g, j) => (g.key ? j : -1)).filter((j) => j >= 0);
  const tp = nonopt.filter((j) => goldBest.get(j)?.[1]).length;
  const sysOptOnly = [...matches.values()].filter((lst) => lst.every(([j]) => gev[j]!.optional)).length;
  const denomP = scored.length - sysOptOnly;
  const P = denomP ? tp / denomP : 0;
  const R = nonopt.length ? tp / nonopt.length : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const keyOk = keys.filter((j) => goldBest.get(j)?.[1]);
  // Python dicts keep insertion order; the ratios below do not depend on it.
  const matched = [...goldBest.entries()];
  const frac = (n: number) => (matched.length ? n / matched.length : 0);
  const dateAcc = frac(matched.filter(([, [, dr]]) => dr).length);
  const typeAcc = frac(matched.filter(([j, [i]]) => scored[i]!.type === gev[j]!.type).length);
  const modAcc = frac(matched.filter(([j, [i]]) => ((scored[i]!.modality as string | undefined) ?? 'occurred') === gev[j]!.modality).length);
  const namesOf = (e: Obj) => new Set(((e.participants as unknown[] | undefined) ?? []).map((p) => lastWord(englishName(p))));
  let pf = 0, pt = 0;
  for (const [j, [i]] of matched) {
    const names = namesOf(scored[i]!);
    for (const gp of gev[j]!.participants) { pt++; if (names.has(lastWord(gp))) pf++; }
  }
  const complete = (e: Obj, g: GoldEvent) => {
    if (!(g.types?.length ? g.types : [g.type]).includes(e.type as string)) return false;
    if (((e.modality as string | undefined) ?? 'occurred') !== g.modality) return false;
    const names = namesOf(e);
    return 2 * g.participants.filter((gp) => names.has(lastWord(gp))).length >= g.participants.length;
  };
  const ctp = nonopt.filter((j) => { const gb = goldBest.get(j); return gb !== undefined && gb[1] && complete(scored[gb[0]]!, gev[j]!); }).length;
  const cP = denomP ? ctp / denomP : 0;
  const cR = nonopt.length ? ctp / nonopt.length : 0;
  const multi = gev.map((g, j) => (g.mentions.length > 1 && !g.optional ? j : -1)).filter((j) => j >= 0);
  let merged = 0;
  for (const j of multi) {
    const g = gev[j]!;
    if (scored.some((e) => { const sps = spans(e); return g.mentions.every((gm) => sps.some((sp) => overlap(sp, gm) > 0)); })) merged++;
  }
  let forb = 0;
  const forbList: string[] = [];
  for (const fb of gold.forbidden ?? []) {
    const e = scored.find((e) => spans(e).some((sp) => overlap(sp, fb) > 0));
    if (e) { forb++; forbList.push(`${fb.file} ${(fb.evidence ?? '').slice(0, 50)} ${String(e.type)} ${String((e.date as Obj).start)}`); }
  }
  const goldLines: GoldLine[] = gev.map((g, j) => {
    const flag = g.key ? 'KEY' : g.optional ? 'opt' : '';
    const gb = goldBest.get(j);
    if (!gb) return { id: g.id, flag, status: 'missed', gold: `${g.date.start}..${g.date.end} ${g.date.precision}`, system: null };
    const e = scored[gb[0]]!; const d = e.date as Obj;
    return { id: g.id, flag, status: gb[1] ? 'ok' : 'mis-dated', gold: `${g.accept.start}..${g.accept.end} ${g.date.precision}`, system: `${String(d.start)}..${String(d.end)} ${String(d.precision)} type=${String(e.type)} mod=${String(e.modality)}` };
  });
  const unmatched = scored.map((e, i) => (matches.has(i) ? null : e)).filter((e): e is Obj => e !== null).map((e) => {
    const q = String(((e.mentions as Obj[] | undefined)?.[0]?.quote as string | undefined) ?? '').slice(0, 90);
    const d = e.date as Obj;
    return `${String(e.type)} ${String(d.start)}..${String(d.end)} ${String(d.precision)} | ${q}`;
  });
  return {
    scored: scored.length, gold: gev.length, nonOptional: nonopt.length, keys: keys.length, tp, precision: P, recall: R, f1: F,
    completeTp: ctp, completePrecision: cP, completeRecall: cR, completeF1: cP + cR ? (2 * cP * cR) / (cP + cR) : 0,
    keyFound: keyOk.length, dateAccuracy: dateAcc, typeAccuracy: typeAcc, modalityAccuracy: modAcc, participantRecall: pt ? pf / pt : 0,
    merged, multi: multi.length, mergeRate: multi.length ? merged / multi.length : 1, forbiddenHits: forb,
    goldLines, unmatched, forbiddenList: forbList,
  };
}

/** The complete-F1 line and the three summary lines score-events.py ends with, formatted the same way. */
/**
 * A figure to three decimals as the reference scorer prints it (Python's format): an exact tie goes to the even digit.
 * The only doubles that tie at the fourth decimal are odd sixteenths (0.8125: Python 0.812, toFixed 0.813).
 */
export function threeDecimals(x: number): string {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const below = Math.floor(x * 1000);
    return ((below % 2 === 0 ? below : below + 1) / 1000).toFixed(3);
  }
  return x.toFixed(3);
}

export function summaryLines(s: Score): string[] {
  const f = threeDecimals;
  return [
    `complete F1 ${f(s.completeF1)} (precision ${f(s.completePrecision)}, recall ${f(s.completeRecall)}: strict, and type, modality and at least half the participants right)`,
    `scored system events: ${s.scored}; gold: ${s.gold} (${s.nonOptional} non-optional, ${s.keys} key)`,
    `precision ${f(s.precision)}  recall ${f(s.recall)}  key recall ${s.keyFound}/${s.keys}  date acc ${f(s.dateAccuracy)}  type acc ${f(s.typeAccuracy)}  modality acc ${f(s.modalityAccuracy)}  participant recall ${f(s.participantRecall)}  merge ${s.merged}/${s.multi}  forbidden ${s.forbiddenHits}`,
    `strict F1 ${f(s.f1)} (keys ${s.keyFound}/${s.keys}, forbidden ${s.forbiddenHits})`,
  ];
}
