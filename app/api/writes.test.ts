/**
 * What writes may and may not do, through the app's whole request path (app/_testing/dispatch.ts), on every test
 * database: no header makes a client local, no other site writes, the most extreme dates a write may store leave
 * every reader answering, and a removed article takes its events with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHorizon, isoToday } from '@/lib/domain/date-limits';
import { TEST_BACKENDS } from '@/lib/db/testing';
import { queueDrained } from '@/lib/server/ingest-queue';
import { jsonBody, send, TEST_ORIGIN } from '../_testing/dispatch';
import { seededServerDatabase, storedCounts } from '../_testing/server-database';

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
/** A day as an Arabic article writes it: «30 نوفمبر 2036». */
const arabicDay = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface Created {
  created: boolean;
  article: { id: string };
  events: Array<{ id: string; date: { start: string } | null }>;
  warnings: Array<{ field: string; message: string }>;
}

describe.each(TEST_BACKENDS)('writes on %s', (backend) => {
  seededServerDatabase(backend);
  const saved = { ...process.env };
  beforeAll(() => {
    process.env.WRITE_RATE_LIMIT = '100000/60';
    process.env.PREVIEW_RATE_LIMIT = '100000/60';
  });
  afterAll(() => {
    process.env = saved;
  });

  it('cannot be made local by any header: spoofed requests store nothing, the same request from the machine does', async () => {
    const article = { text: 'الرباط - التقى وزير الخارجية المغربي ناصر بوريطة يوم 2 أبريل 2024 سفير روسيا في الرباط.', published: '2024-04-03' };
    const before = await storedCounts();
    for (const [from, headers] of [
      ['203.0.113.9', { 'x-forwarded-for': '127.0.0.1' }],
      ['203.0.113.9', { 'x-forwarded-for': 'localhost' }],
      ['203.0.113.9', { 'x-forwarded-for': '127.0.0.1, 1.2.3.4' }],
      ['203.0.113.9', { 'x-real-ip': '127.0.0.1', forwarded: 'for=127.0.0.1' }],
      ['127.0.0.1', { 'x-forwarded-for': '1.2.3.4' }],
    ] as const) {
      const response = await send('/api/articles', jsonBody(article, { from, headers }));
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await storedCounts()).toEqual(before);
    expect((await send('/api/articles', jsonBody(article))).status).toBe(201);
  });

  it('cannot be made by another site: its cross-origin form posts store nothing, the app\'s own page does', async () => {
    const article = { text: 'القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي يوم 3 فبراير 2021 وزير الخارجية الروسي سيرغي لافروف.', published: '2021-02-04' };
    const before = await storedCounts();
    // What a <form enctype="text/plain"> on another origin sends: its fields as name=value lines.
    const formBody = `{"text":"${article.text}","x":"=1"}`;
    for (const [origin, site] of [['http://evil.example', 'cross-site'], ['http://localhost:3001', 'same-site'], ['null', 'cross-site']]) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=b']) {
        const response = await send('/api/articles', { method: 'POST', headers: { origin: origin!, 'sec-fetch-site': site!, 'content-type': type }, body: formBody });
        expect([403, 415]).toContain(response.status);
      }
    }
    expect(await storedCounts()).toEqual(before);
    const own = await send('/api/articles', jsonBody(article, { headers: { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin' } }));
    expect(own.status).toBe(201);
  });

  it('stores the most extreme dates it accepts, sets aside those beyond with a warning, and every reader still answers', async () => {
    const today = isoToday();
    const horizon = eventHorizon(today, today);
    const oldest = (await (
      await send('/api/articles', jsonBody({ text: 'زار وزير الخارجية الروسي سيرغي لافروف الجزائر يوم 1 يناير 1900، وكان قد التقى نظيره الجزائري أمس.', published: '1900-01-02', title: '1900' }))
    ).json()) as Created;
    const before1900 = (await (await send('/api/articles', jsonBody({ text: 'زار وزير الخارجية الروسي سيرغي لافروف الجزائر أمس.', published: '1900-01-01' }))).json()) as Created;
    const furthest = (await (
      await send(
        '/api/articles',
        jsonBody({ text: `أعلن وزير الخارجية الروسي سيرغي لافروف أنه سيزور الجزائر يوم ${arabicDay(horizon)}، وسيزور تونس يوم ${arabicDay(dayAfter(horizon))}.`, published: today }),
      )
    ).json()) as Created;

    expect(oldest.events.map((e) => e.date?.start)).toContain('1900-01-01');
    expect(before1900.events.map((e) => e.date)).toEqual([null]);
    expect(before1900.warnings).toEqual([{ field: 'text', message: expect.stringContaining('1899-12-31') }]);
    expect(furthest.events.map((e) => e.date?.start ?? null).sort()).toEqual([horizon, null]);
    expect(furthest.warnings).toEqual([{ field: 'text', message: expect.stringContaining(dayAfter(horizon)) }]);

    const stored = [...oldest.events, ...before1900.events, ...furthest.events];
    const paths = [
      '/api/events', '/api/events?format=csv', '/api/events?format=ics', '/api/events?format=timelinejs', '/api/events?format=json',
      '/api/events?from=1900-01-01&to=1900-12-31', `/api/events?from=${horizon}&to=9999-12-31&format=ics`,
      '/api/timeline', '/api/timeline?lanes=country', '/api/timeline?lanes=participant', '/api/timeline?from=1900-01-01&to=9999-12-31',
      '/api/timeline?from=1900-01-01&to=1900-01-01', `/api/timeline?from=${horizon}&to=${horizon}`,
      '/api/snapshot', '/api/snapshot?from=1900-01-01&to=9999-12-31', `/api/snapshot?from=1900-01-01&to=${horizon}`,
      '/api/articles', ...[oldest, before1900, furthest].map((c) => `/api/articles/${c.article.id}`),
      ...stored.map((e) => `/api/events/${encodeURIComponent(e.id)}`),
    ];
    for (const path of paths) expect((await send(path)).status, path).toBe(200);
  });

  it('removes an article with DELETE, re-deriving the events: those it alone reported answer 410 with a note', async () => {
    const tunis = (await (
      await send('/api/articles', jsonBody({ text: 'تونس - أجرى وزير الخارجية الروسي سيرغي لافروف يوم 14 مارس 2023 محادثات في تونس مع نظيره التونسي نبيل عمار.', published: '2023-03-15' }))
    ).json()) as Created;
    const [talks] = tunis.events;
    expect((await send(`/api/events/${talks!.id}`)).status).toBe(200);

    const removed = await send(`/api/articles/${tunis.article.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ removed: { id: tunis.article.id }, retiredEvents: [talks!.id] });
    const gone = await send(`/api/events/${talks!.id}`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ errors: [{ field: 'id', message: expect.stringContaining('was removed') }] });
    expect((await send(`/events/${talks!.id}`)).status).toBe(410);
    const listed = (await (await send('/api/events?from=2023-03-01&to=2023-03-31')).json()) as { events: Array<{ id: string }> };
    expect(listed.events.map((e) => e.id)).not.toContain(talks!.id);
    expect((await send(`/api/articles/${tunis.article.id}`)).status).toBe(404);
  });

  it('measures the size limit on the decoded text: a text under 1 MB sent as 2 MB of escaped JSON is accepted', async () => {
    const sentence = 'التقى وزير الخارجية الروسي سيرغي لافروف يوم 5 مايو 2019 نظيره الجزائري في موسكو لبحث العلاقات الثنائية. ';
    const text = sentence.repeat(Math.floor(790_000 / Buffer.byteLength(sentence)));
    const escaped = JSON.stringify({ text, published: '2019-05-06' }).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(Buffer.byteLength(escaped)).toBeGreaterThan(2_000_000);
    const response = await send('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: escaped });
    // Accepted, and queued: a text this large is stored by the queue worker rather than within the request.
    expect(response.status).toBe(202);
    const { statusUrl } = (await response.json()) as { statusUrl: string };
    await queueDrained();
    expect(await (await send(statusUrl)).json()).toMatchObject({ status: 'done', created: true });
  }, 120_000);

  it('limits how often one client writes, saying when to come back', async () => {
    process.env.WRITE_RATE_LIMIT = '3/60';
    // Addresses of this backend's own: the limiter outlives a describe block.
    const [client, another] = backend === 'pglite' ? ['127.0.0.7', '127.0.0.8'] : ['127.0.0.9', '127.0.0.10'];
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await send('/api/articles', { method: 'POST', from: client, headers: { 'content-type': 'application/json' }, body: '{' })).status);
    const limited = await send('/api/articles', { method: 'POST', from: client, headers: { 'content-type': 'application/json' }, body: '{' });
    const other = await send('/api/articles', { method: 'POST', from: another, headers: { 'content-type': 'application/json' }, body: '{' });
    process.env.WRITE_RATE_LIMIT = '100000/60';
    expect(statuses).toEqual([400, 400, 400, 429]);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ errors: [{ field: '(client)' }] });
    expect(other.status).toBe(400);
  });
});
