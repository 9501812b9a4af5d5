/**
 * Country names for ISO codes, in English and Arabic, from the gazetteer the engine reads (one registry of
 * places). Server-side: the gazetteer is large, so pages pass the few names they need to the browser.
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

/** The names of several countries, keyed by code: what a page hands its client components. */
export function countryNames(codes: Iterable<string>): Record<string, CountryName> {
  return Object.fromEntries([...codes].map((code) => [code, countryName(code)]));
}
