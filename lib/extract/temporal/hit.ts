/** What every parser family returns: a span of the folded text and a recipe that resolves it to days. */
import type { DateReason, ReasonAnchor } from '@/lib/domain/date-reason';
import type { DateMod, Precision } from '@/lib/domain/event';
import type { Day } from './calendar';
import type { Tense } from './types';
import { indexStretches, type ScanAnchor, type StretchIndex } from './stretch-index';

/** One possible publication day and the tense of the clause around the phrase. */
export interface Anchor {
  day: Day;
  tense: Tense;
  /** How explanations name the day, when it is not the publication's («the date before it, …»). */
  from?: ReasonAnchor;
}

export interface Resolution {
  start: Day;
  end: Day;
  precision: Precision;
  approximate: boolean;
  mod: DateMod | null;
  /** Why this range: the part of the explanation after the label (e.g. "month and year stated"). */
  why: DateReason;
}

export interface Hit {
  /** Offsets into the folded text, end exclusive. */
  start: number;
  end: number;
  kind: 'absolute' | 'relative' | 'vague';
  /** Breaks ties between equally long hits (higher wins). */
  priority: number;
  /**
   * absolute hits resolve without an anchor (they may use it to pick a century); relative and vague hits get
   * one call per possible publication day. null: understood but not placeable.
   */
  resolve: (anchor: Anchor | null) => Resolution | null;
}

export interface Parser {
  name: string;
  find: (folded: string) => Hit[];
}

export type Groups = Record<string, string | undefined>;

/** What a rule reads in one match: the hit's kind, priority and recipe. */
export type Reading = Pick<Hit, 'kind' | 'priority' | 'resolve'>;

/** One pattern of a family and what a match of it means; `read` returns null to drop a match that is not a date. */
export interface Rule {
  pattern: Pattern;
  read: (g: Groups, m: RegExpExecArray, text: string) => Reading | null;
}

/**
 * A family of date expressions as a list of rules. The base owns the scan: every match of every rule, in rule order,
 * becomes a hit spanning the whole match unless the rule drops it.
 */
export function parserOf(name: string, rules: Rule[]): Parser {
  return {
    name,
    find(text) {
      const hits: Hit[] = [];
      for (const rule of rules) {
        for (const m of execAll(rule.pattern, text)) {
          const reading = rule.read(m.groups ?? {}, m, text);
          if (reading) hits.push({ start: m.index, end: m.index + m[0].length, ...reading });
        }
      }
      return hits;
    },
  };
}

/**
 * A global regex compiled for speed. `rx` is the pattern without its leading lookbehind and `lead` that lookbehind (sticky),
 * checked only where `rx` matches: V8 cannot skip ahead over a pattern that opens with a lookbehind (it evaluates it at every
 * position), but without it jumps between the possible first characters. With an `anchor`, `rx` runs only on the stretches
 * between barriers that contain one of its words. Either way the matches are exactly those of the whole pattern run over the whole text.
 */
export interface Pattern {
  rx: RegExp;
  lead: RegExp | null;
  anchor: ScanAnchor | null;
  /** The whole pattern, as written. */
  source: string;
}

/** The text the cached index belongs to (the parsers of one call share it). */
let cachedText: string | null = null;
let cachedIndex: StretchIndex | null = null;

function stretchIndex(text: string): StretchIndex {
  if (cachedText !== text || cachedIndex === null) {
    cachedText = text;
    cachedIndex = indexStretches(text);
  }
  return cachedIndex;
}

/** Forgets the text the stretch index was computed for. */
export function releaseScanCache(): void {
  cachedText = null;
  cachedIndex = null;
}

/** Every match of a pattern in the text (non-overlapping, left to right), as the whole global regex would find them. */
export function execAll(p: Pattern, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (p.anchor === null) {
    execRange(p, text, text, 0, out);
    return out;
  }
  const { pairs, masks } = stretchIndex(text);
  for (let k = 0; k < masks.length; k++) {
    if ((masks[k]! & p.anchor.bit) === 0) continue;
    const start = pairs[2 * k]!, end = pairs[2 * k + 1]!;
    execRange(p, text, start === 0 && end === text.length ? text : text.slice(start, end), start, out);
  }
  return out;
}

/** Adds the matches of the pattern in `part`, the stretch of `text` beginning at `offset`, with indices given in `text`. */
function execRange(p: Pattern, text: string, part: string, offset: number, out: RegExpExecArray[]): void {
  const { rx, lead } = p;
  rx.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(part)) !== null) {
    const local = m.index;
    if (lead !== null) {
      lead.lastIndex = local + offset;
      if (!lead.test(text)) {
        // The whole pattern cannot match here: try again one character on, as the global regex would.
        rx.lastIndex = local + 1;
        continue;
      }
    }
    if (m[0].length === 0) {
      rx.lastIndex++;
      continue;
    }
    m.index = local + offset;
    out.push(m);
  }
}
