/**
 * How far two gold writers agree: one writer's gold read as a system's output and scored against the other's with the
 * same rules (score.ts), in both directions, beside the engine scored against each. Pure.
 */
import { score, type Gold, type Score, type SystemOutput } from './score';

/** A gold file as a system would have output it: each event with its date, type, modality, people and mentions. */
export function goldAsSystem(gold: Gold): SystemOutput {
  return {
    articles: [],
    events: gold.events.map((e) => ({
      id: e.id, type: e.type, modality: e.modality,
      date: { start: e.date.start, end: e.date.end, precision: e.date.precision },
      participants: e.participants.map((nameEn) => ({ nameEn })),
      mentions: e.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end })),
    })),
  };
}

export interface Agreement {
  /** The second writer's events scored against the first writer's gold, and the reverse. */
  secondOnFirst: Score; firstOnSecond: Score;
  /** The engine's output scored against each writer's gold. */
  engineOnFirst: Score; engineOnSecond: Score;
}

export function agreement(first: Gold, second: Gold, engine: SystemOutput): Agreement {
  return {
    secondOnFirst: score(first, goldAsSystem(second)),
    firstOnSecond: score(second, goldAsSystem(first)),
    engineOnFirst: score(first, engine),
    engineOnSecond: score(second, engine),
  };
}
