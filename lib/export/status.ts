import type { Modality } from '@/lib/domain/event';
import { messagesFor, type Locale } from '@/lib/i18n/messages';

/**
 * A title that says what the text says of the event, for consumers that show nothing but the title (a calendar's
 * summary, a TimelineJS headline): "Hypothetical: Lavrov agreement", "Denied: Tebboune statement". Occurred events
 * need no word, and planned ones already read as announcements ("Putin to visit", "Planned: Talks": see
 * lib/extract/titles.ts).
 */
export function titleWithStatus(title: string, modality: Modality, locale: Locale): string {
  if (modality === 'occurred' || modality === 'planned') return title;
  return `${messagesFor(locale).modalities[modality]}: ${title}`;
}

/** The iCalendar STATUS of an event: confirmed only when it occurred, cancelled when called off or denied. */
export function icsStatus(modality: Modality): 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' {
  switch (modality) {
    case 'occurred':
      return 'CONFIRMED';
    case 'cancelled':
    case 'negated':
      return 'CANCELLED';
    default:
      return 'TENTATIVE';
  }
}
