/**
 * The exports of the seed corpus through the app's whole request path (app/_testing/dispatch.ts): every event of a
 * view in JSON and CSV, undated ones included; the statuses a calendar shows; the header that lets another site's
 * TimelineJS load them.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { TEST_BACKENDS } from '@/lib/db/testing';
import type { EventRecord } from '@/lib/db/event-queries';
import { icsStatus } from '@/lib/export/status';
import { guessSeparator, readDelimited } from '@/lib/export/testing';
import { send } from '../_testing/dispatch';
import { seededServerDatabase } from '../_testing/server-database';

const EVERY_MODALITY = 'modalities=occurred,planned,hypothetical,postponed,cancelled,negated';

async function json(path: string): Promise<{ total: number; events: EventRecord[] }> {
  const response = await send(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as { total: number; events: EventRecord[] };
}

describe.each(TEST_BACKENDS)('exports on %s', (backend) => {
  seededServerDatabase(backend);

  it('JSON and CSV hold every event of the view: the dated ones of the window, then every undated one', async () => {
    for (const query of [EVERY_MODALITY, `${EVERY_MODALITY}&from=2020-07-01&to=2020-07-31`, 'types=meeting']) {
      const all = await json(`/api/events?${query}`);
      const dated = all.events.filter((event) => event.date);
      const undated = all.events.filter((event) => !event.date);
      expect(undated.length, query).toBeGreaterThan(0);
      expect(all.total).toBe(all.events.length);
      expect(all.events.slice(0, dated.length)).toEqual(dated);
      // The undated events do not depend on the window: the same ones with or without it.
      const withoutWindow = await json(`/api/events?${query.replace(/&from=.*$/, '')}`);
      expect(undated.map((event) => event.id)).toEqual(withoutWindow.events.filter((event) => !event.date).map((event) => event.id));

      const csv = await (await send(`/api/events?${query}&format=csv`)).text();
      expect(guessSeparator(csv.slice(1))).toBe(',');
      const [header, ...rows] = readDelimited(csv.slice(1), ',;\t').filter((row) => row.some(Boolean));
      expect(rows.map((row) => row[0])).toEqual(all.events.map((event) => event.id));
      const start = header!.indexOf('start');
      expect(rows.filter((row) => row[start] === '')).toHaveLength(undated.length);
    }
  });

  it('JSON with dated=only holds the dated events of the window alone, as the chronology lists them; another value is refused', async () => {
    for (const query of [EVERY_MODALITY, `${EVERY_MODALITY}&from=2020-07-01&to=2020-07-31`, 'types=visit&from=2018-11-13&to=2022-11-15']) {
      const all = await json(`/api/events?${query}`);
      const dated = await json(`/api/events?${query}&dated=only`);
      expect(dated.events.length, query).toBeGreaterThan(0);
      expect(dated.events.map((event) => event.id)).toEqual(all.events.filter((event) => event.date).map((event) => event.id));
      expect(dated.total).toBe(dated.events.length);
    }
    const refused = await send('/api/events?dated=yes');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('dated');
  });

  it('ICS gives each dated event the status its text gives it, and counts the undated ones it leaves out', async () => {
    const { events } = await json(`/api/events?${EVERY_MODALITY}`);
    const dated = events.filter((event) => event.date);
    expect(new Set(dated.map((event) => event.modality)).size).toBeGreaterThan(1);
    const calendar = new ICAL.Component(ICAL.parse(await (await send(`/api/events?${EVERY_MODALITY}&format=ics`)).text()));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(dated.map((event) => `${event.id}@diplomatic-timeline`));
    vevents.forEach((vevent, i) => expect(vevent.getFirstPropertyValue('status'), dated[i]!.id).toBe(icsStatus(dated[i]!.modality)));
    const undated = events.length - dated.length;
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain(`${undated} undated events of this view are not in this calendar`);
  });

  it('lets any site read the exports, one event and the chart, but nothing that writes', async () => {
    const { events } = await json('/api/events');
    for (const path of ['/api/events?format=timelinejs', '/api/events?format=csv', `/api/events/${encodeURIComponent(events[0]!.id)}`, '/api/snapshot', '/api/events?limit=0']) {
      const response = await send(path, { headers: { origin: 'https://timelinejs.example' } });
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(response.headers.get('access-control-expose-headers'), path).toContain('Link');
    }
    for (const [path, method] of [['/api/articles', 'POST'], ['/api/articles', 'GET'], ['/api/timeline', 'GET']] as const) {
      const response = await send(path, { method, headers: { origin: 'https://timelinejs.example' } });
      expect(response.headers.get('access-control-allow-origin'), `${method} ${path}`).toBeNull();
    }
  });
});
