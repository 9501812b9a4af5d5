import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { extractCorpus } from './index';
import { readCorpusSync, toArticleInput } from '../corpus/load';
import { score, type Gold } from '../eval/score';

const root = path.resolve(__dirname, '..', '..');
const entries = readCorpusSync(path.join(root, 'seeds', 'manifest.json'));
const gold = JSON.parse(readFileSync(path.join(root, 'lib', 'eval', 'fixtures', 'seeds.gold.json'), 'utf8')) as Gold;
const events = extractCorpus(entries.map(toArticleInput));
const s = score(gold, { articles: entries.map((e) => ({ id: e.id, file: e.file })), events: events as unknown as Record<string, unknown>[] });

describe('engine on the seed articles', () => {
  it('reaches strict F1 ≥ 0.9', () => {
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('finds every key event on the right date', () => {
    const bad = s.goldLines.filter((g) => g.flag === 'KEY' && g.status !== 'ok').map((g) => `${g.id}: ${g.status}`);
    expect(bad).toEqual([]);
  });
  it('never lets a forbidden (hypothetical/denied) span reach a scored event', () => {
    expect(s.forbiddenList).toEqual([]);
  });
  it('keeps mentions honest: in bounds, quote = text slice, ≤ 400 chars', () => {
    const texts = new Map(entries.map((e) => [e.id, e.text]));
    for (const e of events) for (const m of e.mentions) {
      const t = texts.get(m.articleId)!;
      expect(m.end).toBeLessThanOrEqual(t.length);
      expect(t.slice(m.start, m.end)).toBe(m.quote);
      expect(m.end - m.start).toBeLessThanOrEqual(400);
    }
  });
  it('is deterministic with unique ids', () => {
    const again = extractCorpus(entries.map(toArticleInput));
    expect(JSON.stringify(again)).toBe(JSON.stringify(events));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});
