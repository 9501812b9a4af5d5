/** Countries by name in the reader's language, from their ISO 3166 codes (Node's and the browser's ICU data). */
const names = new Map<string, Intl.DisplayNames>();

/** "Russia" / «روسيا» for RU; the code itself when it names no region. */
export function countryName(code: string, locale: 'en' | 'ar'): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    names.set(locale, display);
  }
  try {
    return display.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
