/** Modality of a trigger from the cues around it (lexicon/modality.json), and the tense the temporal module needs. */
import type { Modality } from '../domain/event';
import type { Segmentation } from './segment';

export interface CueHit { start: number; end: number; modality: Exclude<Modality, 'occurred'>; scope: 'clause' | 'after' | 'sentence' | 'next'; window: number }

function inRange<T extends { start: number }>(sorted: T[], a: number, b: number): T[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < a) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < b; i++) out.push(sorted[i]!);
  return out;
}

function groupHead(seg: Segmentation, cl: { index: number; group: number }) {
  let i = cl.index;
  while (i > 0 && seg.clauses[i - 1]!.group === cl.group) i--;
  return seg.clauses[i]!;
}

const RANK: Record<Modality, number> = { occurred: 0, planned: 1, hypothetical: 2, negated: 3 };

/** Number of word starts in text[a, b). */
function wordsBetween(text: string, a: number, b: number): number {
  let n = 0;
  let prev = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const w = c > 0x0620 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (w && !prev) n++;
    prev = w;
  }
  return n;
}

export function modalityAt(text: string, seg: Segmentation, cues: CueHit[], pos: number, future: boolean): Modality {
  const cl = seg.clauseAt(pos);
  let best: Modality = future ? 'planned' : 'occurred';
  if (!cl) return best;
  const sent = seg.sentences[cl.sentence]!;
  for (const c of inRange(cues, sent.start, sent.end)) {
    const cc = seg.clauseAt(c.start);
    if (!cc || cc.sentence !== cl.sentence) continue;
    let applies = false;
    switch (c.scope) {
      case 'sentence': applies = c.start < pos; break;
      case 'after': applies = c.start < pos && cc.group === cl.group; break;
      case 'clause': applies = cc.group === cl.group || (c.start < pos && cl.group === cc.group + 1 && groupHead(seg, cl).startKind === 'comp'); break;
      case 'next': applies = c.end <= pos && cc.index === cl.index && wordsBetween(text, c.end, pos) <= c.window; break;
    }
    if (applies && RANK[c.modality] > RANK[best]) best = c.modality;
  }
  return best;
}

/** 'future' when the clause group carries a planned cue or a future verb, else 'past' (news reports the past). */
export function tenseAtFolded(seg: Segmentation, cues: CueHit[], futurePositions: number[], pos: number): 'past' | 'future' {
  const cl = seg.clauseAt(pos);
  if (!cl) return 'past';
  const sent = seg.sentences[cl.sentence]!;
  for (const c of inRange(cues, sent.start, sent.end)) {
    if (c.modality !== 'planned') continue;
    const cc = seg.clauseAt(c.start);
    if (cc && cc.group === cl.group && cc.sentence === cl.sentence) return 'future';
  }
  for (const f of inRange(futurePositions.map((start) => ({ start })), sent.start, sent.end).map((x) => x.start)) {
    const cc = seg.clauseAt(f);
    if (cc && cc.group === cl.group && cc.sentence === cl.sentence) return 'future';
  }
  return 'past';
}
