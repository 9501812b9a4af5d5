/**
 * Keeping mixed-direction text in order. A date or a number written after an Arabic name takes the name's direction
 * in the Unicode bidirectional algorithm, so "(نوفوستي), 2020-07-22" shows as "22-07-2020" and «"العام 2011" → 2011»
 * as «2011 → "2011 العام"». Each piece of text that may hold the other direction is isolated: between U+2068 FIRST
 * STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE in plain text, in <bdi> in HTML. An isolate takes its own
 * direction from its first strong letter and is a neutral for what surrounds it.
 */

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Letters of the right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** A quoted phrase holding right-to-left letters: "…" as the engine's date explanations quote the article. */
const QUOTED_RTL = /"([^"]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc][^"]*)"/g;

export function hasRtl(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** Plain text isolated from its neighbours; the empty string stays empty. */
export function isolate(text: string): string {
  return text ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}

/** Already-escaped HTML isolated from its neighbours. */
export function isolateHtml(html: string): string {
  return html ? `<bdi>${html}</bdi>` : html;
}

/**
 * A sentence with quoted right-to-left phrases, each phrase isolated inside its quotes:
 * «"العام 2011" → 2011: year stated» keeps the phrase whole and the year after the arrow in place. `wrap` isolates
 * (`isolate`, or `isolateHtml` after escaping) and `plain` treats the text between phrases (identity, or escaping).
 */
export function isolateQuoted(sentence: string, wrap: (phrase: string) => string = isolate, plain: (text: string) => string = (text) => text): string {
  let out = '';
  let last = 0;
  for (const match of sentence.matchAll(QUOTED_RTL)) {
    out += `${plain(sentence.slice(last, match.index))}"${wrap(plain(match[1]!))}"`;
    last = match.index + match[0].length;
  }
  return out + plain(sentence.slice(last));
}
