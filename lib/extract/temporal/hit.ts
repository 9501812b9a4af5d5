/** What every parser family returns: a span of the folded text and a recipe that resolves it to days. */
import type { DateMod, Precision } from '@/lib/domain/event';
import type { Day } from './calendar';
import type { Tense } from './types';

/** One possible publication day and the tense of the clause around the phrase. */
export interface Anchor {
  day: Day;
  tense: Tense;
}

export interface Resolution {
  start: Day;
  end: Day;
  precision: Precision;
  approximate: boolean;
  mod: DateMod | null;
  /** Why this range: the part of the explanation after the label (e.g. "month and year stated"). */
  why: string;
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

/** Runs a global regex over the text and yields every match (non-overlapping, left to right). */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}
