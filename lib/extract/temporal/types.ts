import type { EventDate, PublicationDate } from '@/lib/domain/event';

/**
 * Whether the clause around a date phrase reports the past or announces the future; decides which Wednesday «الأربعاء» is.
 * 'present': a headline in the present («ماكرون يزور المغرب ما بين 28 و30 أكتوبر»), a relative clause or reported speech in
 * the present («قالت الرئاسة إن الرئيس يصل لبنان مساء 31 أغسطس»), which tell what has just happened
 * and what is about to alike; a date or month without a year is the one nearest publication. 'putOff': what a plan put off or
 * called off was set for («أجّل … الذي كان من المقرر أن يجتمع مع ترامب يوم 12 أيلول»), which may lie on either side of
 * the article's day: a date without a year is the nearest one, a weekday the coming one (a plan is put off as it nears).
 */
export type Tense = 'past' | 'future' | 'present' | 'putOff' | 'unknown';

/** A date phrase found in an article, resolved against the publication date where it needs one. */
export interface TemporalMention {
  /** Offsets into the original text (UTF-16 indices, end exclusive). */
  start: number;
  end: number;
  /** `text.slice(start, end)` of the original. */
  text: string;
  /** absolute: the phrase names its own date; relative: counted from the publication date; vague: «قريبا», «في وقت سابق». */
  kind: 'absolute' | 'relative' | 'vague';
  /** The resolved range, or null when the phrase is understood but cannot be placed (a weekday with no publication date). */
  date: EventDate | null;
}

export interface TemporalOptions {
  /** The tense of the clause at an original offset; the engine supplies it from its modality rules. Defaults to 'past' (news reports the past). */
  tenseAt?: (offset: number) => Tense;
}

export type FindTemporalMentions = (
  text: string,
  published: PublicationDate | null,
  options?: TemporalOptions,
) => TemporalMention[];
