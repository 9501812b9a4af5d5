import { describe, expect, it } from 'vitest';
import type { Report } from '@/lib/extract';
import { ReportCache } from './report-cache';

const payload = (articleId: string) => ({ articleId, file: `${articleId}.txt`, index: 0, members: [{ order: 0, participants: [{ entityId: 'x' }] }], attached: [] }) as unknown as Report;

describe('ReportCache', () => {
  it('answers a report for the row version it was read in, and no other', () => {
    const cache = new ReportCache();
    const report = cache.remember('a#0', '100', payload('a'));
    expect(report.articleId).toBe('a');
    expect(cache.get('a#0', '100')).toBe(report);
    expect(cache.get('a#0', '101')).toBeUndefined();
    expect(cache.get('b#0', '100')).toBeUndefined();
  });

  it('keeps at most its bound of reports, forgetting the least recently used', () => {
    const cache = new ReportCache(2);
    cache.remember('a#0', '1', payload('a'));
    cache.remember('b#0', '1', payload('b'));
    cache.get('a#0', '1');
    cache.remember('c#0', '1', payload('c'));
    expect(cache.get('a#0', '1')).toBeDefined();
    expect(cache.get('b#0', '1')).toBeUndefined();
    expect(cache.get('c#0', '1')).toBeDefined();
  });

  it('hands out reports nothing can change, down to their participants', () => {
    const report = new ReportCache().remember('a#0', '1', payload('a'));
    expect(() => { (report.members[0]!.participants as Array<{ entityId: string }>)[0]!.entityId = 'y'; }).toThrow(TypeError);
    expect(() => { report.members.push(report.members[0]!); }).toThrow(TypeError);
  });
});
