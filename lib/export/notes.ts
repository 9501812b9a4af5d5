import type { MatchCount } from '@/lib/db/event-queries';
import { countText } from '@/lib/i18n/messages';

/** "1 dated event", "20 dated events". */
export function eventCount(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/**
 * What a format that places events in time says of the view's undated events, which it leaves out: "" when there
 * are none, otherwise a sentence (with a leading space) that counts them and says where they are.
 */
export function undatedNote(undated: MatchCount, where: 'in this calendar' | 'on this timeline'): string {
  if (undated.n === 0) return '';
  const one = undated.n === 1 && undated.exact;
  const count = `${countText(undated.n, undated.exact)} undated event${one ? '' : 's'}`;
  return ` ${count} of this view ${one ? 'is' : 'are'} not ${where}, which can place only dated events; the CSV and JSON exports list them.`;
}
