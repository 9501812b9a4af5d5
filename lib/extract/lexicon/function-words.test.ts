import { describe, expect, it } from 'vitest';
import functionWords from './function-words.json';
import { foldForMatch } from '../normalize';

/** The word lists of the entries whose description says they are folded (their 'about' texts are prose, not lists). */
function foldedLists(): [string, string[]][] {
  const lists: [string, string[]][] = [];
  const walk = (path: string, v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'string')) lists.push([path, v as string[]]);
      return;
    }
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!/about/i.test(k)) walk(`${path}.${k}`, x);
  };
  for (const [name, entry] of Object.entries(functionWords)) {
    if (name !== 'about' && /Folded/.test((entry as { about?: string }).about ?? '')) walk(name, entry);
  }
  return lists;
}

describe('function words said to be folded', () => {
  const lists = foldedLists();
  it('are found', () => {
    expect(lists.length).toBeGreaterThan(20);
  });
  // A word written as the text has it («على وقع», «رؤساء») is compared with folded text («علي وقع», «روساء») and never matches.
  it.each(lists)('%s: every word is written folded, once', (_, words) => {
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => foldForMatch(w) !== w)).toEqual([]);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});
