/**
 * Country names for ISO codes and role titles, in English and Arabic, from the gazetteer the engine reads (one
 * registry of places and titles). Server-side: the gazetteer is large, so pages and records carry the few names
 * the browser needs.
 */
import gazetteer from '@/lib/extract/lexicon/gazetteer.json';

export interface CountryName {
  en: string;
  ar: string;
}

const NAMES = new Map<string, CountryName>(gazetteer.countries.map((c) => [c.id, { en: c.en, ar: c.ar[0]! }]));

/** A country's names, or the code itself in both languages when the gazetteer does not know it. */
export function countryName(code: string): CountryName {
  return NAMES.get(code.toUpperCase()) ?? { en: code, ar: code };
}

const ROLES = new Map<string, string>(gazetteer.titles.filter((t) => t.en && t.ar[0]).map((t) => [t.en, t.ar[0]!]));

/** The Arabic for a role as events store it (the gazetteer's English title, "Foreign Minister"), or null. */
export function roleInArabic(role: string | null): string | null {
  return role ? (ROLES.get(role) ?? null) : null;
}

/** The names of several countries, keyed by code: what a page hands its client components. */
export function countryNames(codes: Iterable<string>): Record<string, CountryName> {
  return Object.fromEntries([...codes].map((code) => [code, countryName(code)]));
}
