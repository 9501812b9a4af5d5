/** How many independent outlets report an event: articles of one outlet count once; articles of unknown outlets each count. */
export function independentOutlets(sources: Array<{ id: string; outlet: string | null }>): number {
  return new Set(sources.map((s) => (s.outlet ? `outlet:${s.outlet.trim().toLowerCase()}` : `article:${s.id}`))).size;
}
