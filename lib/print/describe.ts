import type { ViewState } from '@/lib/domain/filters';
import { DEFAULT_MODALITIES } from '@/lib/domain/filters';
import { countryName } from '@/lib/domain/countries';
import type { Locale, Messages } from '@/lib/i18n/messages';

/** The filters of a view in words, for the head of a printed snapshot and its running head. */
export function describeFilters(view: ViewState, t: Messages, participantNames: Map<string, string>, locale: Locale): string[] {
  const lines: string[] = [];
  const and = locale === 'ar' ? '، ' : ', ';
  if (view.types.length) lines.push(`${t.type}: ${view.types.map((type) => t.types[type]).join(and)}`);
  const modalities = [...view.modalities].sort().join(',');
  if (modalities !== [...DEFAULT_MODALITIES].sort().join(',')) lines.push(`${t.modality}: ${view.modalities.map((m) => t.modalities[m]).join(and)}`);
  if (view.participants.length) lines.push(`${t.participants}: ${view.participants.map((id) => participantNames.get(id) ?? id).join(and)}`);
  if (view.countries.length) lines.push(`${t.country}: ${view.countries.map((code) => countryName(code)[locale]).join(and)}`);
  if (view.q) lines.push(`${t.search}: “${view.q}”`);
  lines.push(`${t.lanes}: ${t.laneKinds[view.lanes]}`);
  return lines;
}
