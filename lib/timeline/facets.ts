import type { ExtractedEvent } from '@/lib/domain/event';

export interface FacetCounts {
  types: Map<string, number>;
  modalities: Map<string, number>;
  countries: Map<string, number>;
  participants: Map<string, { nameEn: string; nameAr: string; count: number }>;
}

function bump(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** How many of the given events fall under each filter value, for the counts beside the filters. */
export function countFacets(events: ExtractedEvent[]): FacetCounts {
  const facets: FacetCounts = { types: new Map(), modalities: new Map(), countries: new Map(), participants: new Map() };
  for (const event of events) {
    bump(facets.types, event.type);
    bump(facets.modalities, event.modality);
    const countries = new Set(event.participants.map((p) => p.country).filter((c): c is string => Boolean(c)));
    if (event.location?.country) countries.add(event.location.country);
    for (const country of countries) bump(facets.countries, country);
    for (const p of event.participants) {
      const entry = facets.participants.get(p.entityId);
      if (entry) entry.count++;
      else facets.participants.set(p.entityId, { nameEn: p.nameEn, nameAr: p.nameAr, count: 1 });
    }
  }
  return facets;
}
