/**
 * The committed real-news rounds hold no article text, so what can be checked without it is their form: every gold
 * event carries what both scorers (score.ts and ../shared/tools/score-events.py) read — above all a `group`, which the
 * reference scorer requires of every event — and every manifest names each text by its SHA-256.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const rounds = readdirSync(__dirname, { withFileTypes: true }).filter((d) => d.isDirectory() && /^r\d+$/.test(d.name)).map((d) => d.name);
type GoldFile = { events: Array<Record<string, unknown> & { mentions: Array<{ file: string; start: number; end: number }> }> };
const read = (round: string, file: string) => JSON.parse(readFileSync(path.join(__dirname, round, file), 'utf8'));

it('finds the committed rounds, some with a second writer\'s gold', () => {
  expect(rounds.length).toBeGreaterThanOrEqual(90);
  expect(rounds.filter((r) => existsSync(path.join(__dirname, r, 'gold-second.json'))).length).toBeGreaterThanOrEqual(4);
});

describe.each(rounds)('real round %s', (round) => {
  const manifest = read(round, 'manifest.json') as { articles: Array<{ file: string; sha256: string; published: string }> };
  const files = new Set(manifest.articles.map((a) => a.file));

  it('names every text by its SHA-256 and publication date', () => {
    expect(manifest.articles.length).toBeGreaterThan(0);
    for (const a of manifest.articles) {
      expect(a.sha256, a.file).toMatch(/^[0-9a-f]{64}$/);
      expect(a.published, a.file).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  // A second writer's gold (gold-second.json, npm run eval:agreement) is held to the same form as the first's.
  const golds = ['gold.json', ...(existsSync(path.join(__dirname, round, 'gold-second.json')) ? ['gold-second.json'] : [])];
  it.each(golds)('gives every event of %s the fields the scorers read, with spans in the round’s texts', (file) => {
    const gold = read(round, file) as GoldFile;
    expect(gold.events.length).toBeGreaterThan(0);
    for (const e of gold.events) {
      const where = String(e.id);
      for (const field of ['id', 'type', 'modality', 'group']) expect(typeof e[field], `${where} ${field}`).toBe('string');
      for (const field of ['key', 'optional']) expect(typeof e[field], `${where} ${field}`).toBe('boolean');
      // The scorers accept only what `types` lists when it lists any, so it must hold the event's own type.
      if (Array.isArray(e.types) && e.types.length > 0) expect(e.types, `${where} types`).toContain(e.type);
      expect(e.mentions.length, where).toBeGreaterThan(0);
      for (const m of e.mentions) {
        expect(files.has(m.file), `${where} ${m.file}`).toBe(true);
        expect(m.end, where).toBeGreaterThan(m.start);
      }
    }
  });
});
