import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, goldAsSystem } from './agreement';
import { score, type Gold } from './score';

const seedsGold = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'seeds.gold.json'), 'utf8')) as Gold;

describe('a gold file read as a system output', () => {
  it('agrees with itself completely', () => {
    const s = score(seedsGold, goldAsSystem(seedsGold));
    expect(s.nonOptional).toBeGreaterThan(10);
    expect(s.f1).toBe(1);
    expect(s.completeF1).toBe(1);
    expect(s.forbiddenHits).toBe(0);
  });

  it('loses what a second writer dates, types or peoples otherwise, in both directions', () => {
    const moved = structuredClone(seedsGold);
    const dated = moved.events.find((e) => !e.optional && e.date.precision === 'day')!;
    dated.date = { ...dated.date, start: '1999-01-01', end: '1999-01-01' };
    dated.accept = { start: '1999-01-01', end: '1999-01-01' };
    const typed = moved.events.find((e) => !e.optional && e !== dated && !(e.types ?? []).includes('other'))!;
    typed.type = 'other'; delete typed.types;
    const a = agreement(seedsGold, moved, goldAsSystem(seedsGold));
    expect(a.secondOnFirst.f1).toBeLessThan(1);
    expect(a.secondOnFirst.completeF1).toBeLessThan(a.secondOnFirst.f1);
    expect(a.firstOnSecond.f1).toBeLessThan(1);
    expect(a.engineOnFirst.completeF1).toBe(1);
    expect(a.engineOnSecond.completeF1).toBeLessThan(1);
  });
});
