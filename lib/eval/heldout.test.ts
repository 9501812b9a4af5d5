/**
 * Held-out dev set (lib/eval/heldout/): articles on other pairs, outlets and years than the seeds. The gold must be
 * well-formed (evidence = the text at its offsets), and the engine must not fall below the figures it had when the
 * set was written; raise the floors as the engine improves, never tune the engine on these articles' wording.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../extract';
import { readCorpusSync, toArticleInput } from '../corpus/load';
import { score, type Gold } from './score';

const dir = path.join(__dirname, 'heldout');
const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold & { events: Array<Gold['events'][number] & { mentions: Array<{ evidence: string }> }> };
const entries = readCorpusSync(path.join(dir, 'manifest.json'));

describe('held-out dev set', () => {
  it('gold offsets point at their evidence', () => {
    const texts = new Map(entries.map((e) => [e.file, readFileSync(path.join(dir, e.file), 'utf8')]));
    const spans = [...gold.events.flatMap((e) => e.mentions), ...(gold.forbidden ?? [])] as Array<{ file: string; start: number; end: number; evidence: string }>;
    for (const m of spans) {
      expect(texts.has(m.file), m.file).toBe(true);
      expect(texts.get(m.file)!.slice(m.start, m.end)).toBe(m.evidence);
    }
  });
  it('the engine stays at or above its recorded floor', () => {
    const out = { articles: entries.map((e) => ({ id: e.id, file: e.file })), events: extractCorpus(entries.map(toArticleInput)) };
    const s = score(gold, out as never);
    expect(s.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.forbiddenHits).toBe(0);
  });
});
