import { describe, expect, it } from 'vitest';
import { clusterId, clustersToItems, toTimelineItems, type TimelineEvent } from './items';

const event = (id: string, start: string, end: string, precision: 'day' | 'month'): TimelineEvent => ({
  id,
  type: 'visit',
  modality: 'occurred',
  title: { en: id, ar: id },
  confidence: 0.9,
  participants: [],
  location: null,
  date: { start, end, precision, approximate: false, mod: null },
});

describe('timeline items', () => {
  it('gives a point no end key at all (vis-timeline focus() reads any it finds) and a range the day after its last', () => {
    const { items } = toTimelineItems([event('p', '2020-01-19', '2020-01-19', 'day'), event('r', '2020-10-01', '2020-10-31', 'month')], 'type', 'en');
    expect('end' in items[0]!).toBe(false);
    expect(items[1]!.end).toBe('2020-11-01');
  });

  it('names a cluster item by its lane and first day', () => {
    const cluster = { start: '1990-01-01', end: '1999-12-31', lane: 'visit', laneLabel: { en: 'visit', ar: 'visit' }, count: 12 };
    const { items } = clustersToItems([cluster], 'type', 'en');
    expect(items[0]!.id).toBe(clusterId(cluster));
    expect(items[0]).toMatchObject({ content: '12 events', start: '1990-01-01', end: '2000-01-01', className: 'ev-cluster' });
  });
});
