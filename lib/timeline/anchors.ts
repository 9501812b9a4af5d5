/** The anchor of one mention in an article page; event pages and the details panel link to it. */
export function mentionAnchor(eventId: string, start: number): string {
  return `m-${start}-${eventId}`;
}
