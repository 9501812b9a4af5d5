import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusSync } from '@/lib/corpus/load';
import type { EventDate, EventType, Modality, Participant, Place } from '@/lib/domain/event';
import { generateEngineCorpus } from '@/lib/synthetic/articles';
import { blockingKeys, compatible, mergeItems, type MergeItem, type ReportKeys } from './corpus-merge';
import type { Cluster } from './merge';
import { NO_FLAGS } from './candidate';
import { articleReports, type Report } from './index';
import type { ReportCandidate } from './reports';

/**
 * The keys may only narrow what a write reads and locks, never what it finds: every pair of reports of two articles
 * that the merge rule would let be one event (`compatible`, asked of every pair, not through the keys) must be found
 * both ways — one's index keys meet the other's probe keys — and must hold a common lock that one of them holds alone.
 */
function missedPairs(items: MergeItem[], keysOf: (cluster: Cluster) => ReportKeys = blockingKeys): string[] {
  const keys = new Map(items.map((item) => [item, keysOf(item.cluster)]));
  const meet = (a: string[], b: string[]) => { const set = new Set(a); return b.some((k) => set.has(k)); };
  const missed: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.report.articleId === b.report.articleId || !compatible(a, b)) continue;
      const [ka, kb] = [keys.get(a)!, keys.get(b)!];
      const found = meet(ka.index, kb.probe) && meet(kb.index, ka.probe);
      const locked = meet(ka.locks.alone, [...kb.locks.alone, ...kb.locks.shared]) || meet(kb.locks.alone, [...ka.locks.alone, ...ka.locks.shared]);
      if (!found || !locked) missed.push(`${a.report.articleId}#${a.report.index} ${b.report.articleId}#${b.report.index}${found ? ' (locks)' : ''}`);
    }
  }
  return missed;
}

const FLAGS = { ...NO_FLAGS, verbPast: true };
const person = (id: string): Participant => ({ entityId: id, kind: 'person', nameEn: id, nameAr: id, role: null, country: null });
const place = (entityId: string, country: string | null): Place => ({ entityId, nameEn: entityId, nameAr: entityId, country });
const dated = (start: string, end: string, precision: EventDate['precision']): EventDate => ({ start, end, precision, approximate: false, mod: null, text: '', basis: 'explicit', explanation: '' });

/** A one-candidate report of its own article. */
function report(n: number, type: EventType, modality: Modality, date: EventDate, people: string[], location: Place | null): Report {
  const member: ReportCandidate = { order: 0, type, modality, date, dateKind: 'clause', participants: people.map(person), location, topic: null, label: null, flags: FLAGS, mentions: [{ start: 0, end: 1, dateSpan: null }], apartFrom: null };
  return { articleId: `a${String(n).padStart(4, '0')}`, file: `a${n}.txt`, index: 0, members: [member], attached: [] };
}

describe('blocking keys', () => {
  it('find every pair of reports that could be one event, on every kind of date and place', () => {
    // Dates on the edges of months and years, ranges across them, and every width the engine gives.
    const dates = [
      dated('2020-01-31', '2020-01-31', 'day'), dated('2020-02-01', '2020-02-01', 'day'), dated('2020-12-31', '2020-12-31', 'day'),
      dated('2021-01-01', '2021-01-01', 'day'), dated('2020-01-27', '2020-02-02', 'week'), dated('2020-12-28', '2021-01-03', 'week'),
      dated('2020-01-01', '2020-01-31', 'month'), dated('2020-02-01', '2020-02-29', 'month'), dated('2020-12-01', '2020-12-31', 'month'),
      dated('2020-10-01', '2020-12-31', 'quarter'), dated('2020-11-15', '2021-02-15', 'month'), dated('2020-01-01', '2020-06-30', 'half'),
      dated('2020-01-01', '2020-12-31', 'year'), dated('2021-01-01', '2021-12-31', 'year'), dated('2020-01-01', '2029-12-31', 'decade'),
    ];
    const places = [null, place('DZ', 'DZ'), place('algiers', 'DZ'), place('oran', 'DZ'), place('moscow', 'RU'), place('nowhere-land', null)];
    const reports: Report[] = [];
    for (const date of dates) {
      for (const location of places) {
        for (const [type, people] of [['visit', ['lavrov']], ['meeting', ['lavrov', 'tebboune']], ['call', ['tebboune']], ['conference', []]] as Array<[EventType, string[]]>) {
          for (const modality of ['occurred', 'planned'] as Modality[]) reports.push(report(reports.length, type, modality, date, people, location));
        }
      }
    }
    const items = mergeItems(reports);
    let pairs = 0;
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (compatible(items[i]!, items[j]!)) pairs++;
    expect(pairs).toBeGreaterThan(1000);
    expect(missedPairs(items)).toEqual([]);
  });

  it('find every pair of reports that could be one event in the seeds, the development sets and synthetic articles', () => {
    const manifests = ['seeds/manifest.json', 'lib/eval/heldout/manifest.json', 'lib/eval/heldout2/manifest.json'];
    const written = manifests.flatMap((m) => readCorpusSync(path.join(process.cwd(), m)))
      .map((e) => ({ id: e.id, file: e.file, text: e.text, published: e.published && e.publishedPrecision ? { value: e.published, precision: e.publishedPrecision } : null }));
    const synthetic = generateEngineCorpus({ articles: 300, seed: 15, people: 12, years: [2019, 2020], lines: 6, retold: 0.35, month: 0.15, year: 0.1 })
      .map((a) => ({ id: a.id, file: a.id, text: a.text, published: { value: a.published, precision: 'day' as const } }));
    const items = mergeItems([...written, ...synthetic].flatMap((article) => articleReports(article)));
    expect(items.length).toBeGreaterThan(1500);
    expect(missedPairs(items)).toEqual([]);
  });

  it('would notice keys that miss a pair', () => {
    const items = mergeItems([
      report(0, 'visit', 'occurred', dated('2020-03-14', '2020-03-14', 'day'), ['lavrov'], place('algiers', 'DZ')),
      report(1, 'visit', 'occurred', dated('2020-01-01', '2020-12-31', 'year'), ['lavrov'], place('DZ', 'DZ')),
    ]);
    expect(compatible(items[0]!, items[1]!)).toBe(true);
    expect(missedPairs(items)).toEqual([]);
    // A day that no longer looks up the years it is in, or a year that no longer locks its own bucket alone.
    const blind = (cluster: Cluster) => { const keys = blockingKeys(cluster); return { ...keys, probe: keys.probe.filter((k) => !k.includes('|Y')) }; };
    expect(missedPairs(items, blind)).toEqual(['a0000#0 a0001#0']);
    const timid = (cluster: Cluster) => { const keys = blockingKeys(cluster); return { ...keys, locks: { alone: [], shared: [...keys.locks.alone, ...keys.locks.shared] } }; };
    expect(missedPairs(items, timid)).toEqual(['a0000#0 a0001#0 (locks)']);
  });
});
