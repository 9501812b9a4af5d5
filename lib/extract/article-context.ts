/** An article once tagged: what every assembly step reads. Positions are in the folded text unless named original. */
import type { ArticleInput } from '../domain/event';
import type { EntityMention } from './entities';
import type { Segmentation } from './segment';
import type { Span } from './spans';
import type { Tags } from './tags';

export interface ArticleContext {
  article: ArticleInput;
  /** The text exactly as stored. */
  text: string;
  /** The normalised copy every rule matches on. */
  folded: string;
  seg: Segmentation;
  /** Sorted by start. */
  entities: EntityMention[];
  tags: Tags;
  /** A folded span in original offsets. */
  original: (start: number, end: number) => Span;
}

/** A quote is the clause or sentence that states an event, at most this many characters. */
export const MAX_QUOTE = 400;

/** The day roles and offices are looked up on: the publication day, or the middle of its month. */
export function referenceDay(published: ArticleInput['published']): string | null {
  if (!published) return null;
  return published.value.length === 7 ? published.value + '-15' : published.value;
}
