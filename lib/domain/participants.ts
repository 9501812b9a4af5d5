import type { ExtractedEvent, Participant } from './event';

/** The participant an event is filed under in lanes: the first person, or else the first participant of any kind. */
export function mainParticipant(event: Pick<ExtractedEvent, 'participants'>): Participant | undefined {
  return event.participants.find((p) => p.kind === 'person') ?? event.participants[0];
}
