/**
 * The database away: every route answers 503 with a message (JSON for the API, a page for people) and Retry-After,
 * never an empty 500, and the app recovers by itself when the database returns.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/db/client';
import { loadCorpusFromManifest } from '@/lib/db/seed';
import { createTestDatabase, type TestDatabase } from '@/lib/db/testing';
import { closeDb } from '@/lib/server/db';
import { jsonBody, send } from '../_testing/dispatch';
import { useServerDatabase } from '../_testing/server-database';

const API = ['/api/events', '/api/events?format=csv', '/api/timeline', '/api/snapshot', '/api/articles', '/api/articles/004_f1f19904a7b4aaa8', '/api/events/some-event', '/api/health'];
const PAGES = ['/', '/print', '/events/some-event', '/articles/004_f1f19904a7b4aaa8'];
const WRITE = { text: 'زار وزير الخارجية الروسي سيرغي لافروف الجزائر يوم 3 مارس 2021.', published: '2021-03-04' };

/** Every route answers 503, says so, and says when to retry. */
async function expectUnavailable(): Promise<void> {
  for (const route of API) {
    const response = await send(route);
    expect(response.status, route).toBe(503);
    expect(response.headers.get('retry-after'), route).toBe('5');
    expect(JSON.stringify(await response.json()), route).toMatch(/unavailable/);
  }
  const write = await send('/api/articles', jsonBody(WRITE));
  expect(write.status).toBe(503);
  for (const page of PAGES) {
    const response = await send(page);
    expect(response.status, page).toBe(503);
    expect(response.headers.get('content-type'), page).toContain('text/html');
    expect(response.headers.get('retry-after'), page).toBe('5');
    expect(await response.text(), page).toContain('unavailable');
  }
}

describe('with the database away', () => {
  const quiet = [vi.spyOn(console, 'warn').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})];
  const saved = { ...process.env };
  afterAll(async () => {
    await closeDb();
    process.env = saved;
    for (const spy of quiet) spy.mockRestore();
  });

  it('PGlite: whose folder cannot be opened, the app answers 503 until it can', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'outage-'));
    const blocker = path.join(dir, 'data');
    writeFileSync(blocker, 'a file where the database folder should be');
    try {
      await useServerDatabase({ url: null, dataDir: path.join(blocker, 'pglite') });
      await expectUnavailable();
      rmSync(blocker);
      expect((await send('/api/health')).status).toBe(200);
      expect((await send('/api/events')).status).toBe(200);
    } finally {
      await closeDb();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL', () => {
    /** A TCP relay in front of the test server: closing it is the server going away, as far as the app can tell. */
    let relay: net.Server | null = null;
    const sockets = new Set<net.Socket>();
    let port = 0;
    let created: TestDatabase;
    const target = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://localhost');

    const openRelay = () =>
      new Promise<void>((resolve) => {
        relay = net.createServer((client) => {
          const upstream = net.connect(Number(target.port || 5432), target.hostname);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
        });
        relay.listen(port, '127.0.0.1', () => {
          port = (relay!.address() as net.AddressInfo).port;
          resolve();
        });
      });
    const closeRelay = () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        relay!.close(() => resolve());
      });

    beforeAll(async () => {
      created = await createTestDatabase('postgres');
      const seeding = await openDatabase(created.options);
      await loadCorpusFromManifest(seeding.db, path.join(process.cwd(), 'seeds', 'manifest.json'));
      await seeding.close();
      await openRelay();
      const url = new URL(created.options.url!);
      url.host = `127.0.0.1:${port}`;
      await useServerDatabase({ url: url.toString() });
    }, 120_000);
    afterEach(async () => {
      if (!relay?.listening) await openRelay();
    });
    afterAll(async () => {
      await closeDb();
      await closeRelay();
      await created.drop();
    });

    it('stopped while the app runs, the app answers 503, and serves again once it is back, without a restart', async () => {
      expect((await send('/api/events')).status).toBe(200);
      expect((await send('/')).status).toBe(200);
      await closeRelay();
      await expectUnavailable();
      await openRelay();
      // Connections the outage broke are dropped from the pool as they are met; fresh ones follow.
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5 && statuses.at(-1) !== 200; attempt++) statuses.push((await send('/api/events')).status);
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      for (const route of [...API.filter((r) => !r.includes('some-event')), '/api/events/no-such-event']) expect([200, 404], route).toContain((await send(route)).status);
      expect((await send('/')).status).toBe(200);
    });
  });
});
