import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractCorpus } from '../extract';
import { readCorpusSync, toArticleInput } from '../corpus/load';
import { goldOfFiles, score, summaryLines, lastWord, type Gold, threeDecimals } from './score';

const root = path.resolve(__dirname, '..', '..');
const goldPath = path.join(root, 'lib', 'eval', 'fixtures', 'seeds.gold.json');
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
const scorer = path.resolve(root, '..', 'shared', 'tools', 'score-events.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;
let hasScorer = false;
try { readFileSync(scorer); hasScorer = true; } catch { hasScorer = false; }

describe('score', () => {
  it('keeps the gold of the files a partial copy of the texts holds', () => {
    const files = new Set([gold.events[0]!.mentions[0]!.file]);
    const part = goldOfFiles(gold, files);
    expect(part.events.length).toBeGreaterThan(0);
    expect(part.events.length).toBeLessThan(gold.events.length);
    expect(part.events.flatMap((e) => e.mentions).every((m) => files.has(m.file))).toBe(true);
    expect(part.events.every((e) => e.mentions.length > 0)).toBe(true);
  });
  it('last word of a name ignores accents and case', () => {
    expect(lastWord('Saïd Chanegriha')).toBe('chanegriha');
    expect(lastWord('Mevlüt Çavuşoğlu')).toBe('cavusoglu');
  });
  it('scores a perfect system made from the gold itself', () => {
    const sys = { events: gold.events.filter((g) => !g.optional).map((g) => ({ type: g.type, modality: g.modality, date: { ...g.date }, participants: g.participants, mentions: g.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end })) })) };
    const s = score(gold, sys);
    expect(s.recall).toBe(1);
    expect(s.forbiddenHits).toBe(0);
  });
  it('complete F1 drops what strict F1 keeps when type, modality or people are wrong, and honours `types`', () => {
    const events = gold.events.filter((g) => !g.optional);
    const asSystem = (g: (typeof events)[number]) => ({ type: g.type, modality: g.modality, date: { ...g.date }, participants: g.participants, mentions: g.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end })) });
    const right = score(gold, { events: events.map(asSystem) });
    expect(right.completeF1).toBe(right.f1);
    const wrongType = events.map((g, k) => ({ ...asSystem(g), type: k === 0 ? (g.type === 'visit' ? 'call' : 'visit') : g.type }));
    const nobody = events.map((g, k) => ({ ...asSystem(g), participants: k === 1 ? [] : g.participants }));
    expect(score(gold, { events: wrongType }).completeTp).toBe(right.completeTp - 1);
    expect(score(gold, { events: nobody }).completeTp).toBe(right.completeTp - (events[1]!.participants.length ? 1 : 0));
    expect(score(gold, { events: wrongType }).f1).toBe(right.f1);
    const lenient = { ...gold, events: gold.events.map((g) => (g === events[0] ? { ...g, types: [g.type, wrongType[0]!.type] } : g)) };
    expect(score(lenient, { events: wrongType }).completeTp).toBe(right.completeTp);
  });
  it.runIf(hasPython && hasScorer)('agrees with score-events.py on the current output', () => {
    const entries = readCorpusSync(path.join(root, 'seeds', 'manifest.json'));
    const out = { articles: entries.map((e) => ({ id: e.id, file: e.file })), events: extractCorpus(entries.map(toArticleInput)) };
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-'));
    const p = path.join(dir, 'out.json');
    writeFileSync(p, JSON.stringify(out));
    let py: string;
    try { py = execFileSync('python3', [scorer, goldPath, p], { encoding: 'utf8' }); } catch (e) { py = String((e as { stdout?: string }).stdout ?? ''); }
    const ours = summaryLines(score(gold, out as never));
    expect(py.trim().split('\n').slice(-4)).toEqual(ours);
  });
  it.skipIf(hasPython && hasScorer)('python3 or score-events.py missing: agreement check skipped', () => {
    console.warn('python3 or ../shared/tools/score-events.py not found; skipping the cross-check with the reference scorer');
  });
});

describe('figures printed as the reference scorer prints them', () => {
  it.each([
    [0.8125, '0.812'], [0.1875, '0.188'], [0.0625, '0.062'], [0.9375, '0.938'], [0.3125, '0.312'],
    [0.5, '0.500'], [0.7, '0.700'], [0.0005, '0.001'], [2 / 3, '0.667'], [1, '1.000'], [0, '0.000'],
  ])('%s → %s (an exact tie goes to the even digit, as Python formats it)', (x, printed) => {
    expect(threeDecimals(x)).toBe(printed);
  });
});
