/**
 * A page's own words around a story: the comment box, a subscription prompt, a list of links («تم إضافة تعليقك سوف يظهر
 * بعد المراجعة», «اشترك مجانا بقناة الديار على يوتيوب», «قد يهمك أيضا:»). A short line that holds one of them tells no
 * news: nothing on it is an event, a speaker or a headline. Pure.
 */
import functionWords from './lexicon/function-words.json';
import type { Span } from './spans';

const CHROME = functionWords.pageChrome;
const PHRASES = new RegExp(String.raw`(?<!\p{L})(?:${CHROME.phrases.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|')})(?!\p{L})`, 'u');

/** The lines of the folded text that are the page's own words, not the story's. */
export function pageChromeLines(folded: string): Span[] {
  const lines: Span[] = [];
  for (let start = 0; start < folded.length;) {
    const nl = folded.indexOf('\n', start);
    const end = nl < 0 ? folded.length : nl;
    const line = folded.slice(start, end);
    if (PHRASES.test(line) && line.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length <= CHROME.maxWords) lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}
