/**
 * Submissions that wait their turn: a large text, or any text while others wait, is queued (202 with a status
 * address) and stored by the server's queue worker; a text already stored answers 200 at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueArticles } from '@/lib/db/jobs';
import { articleFromSubmission } from '@/lib/db/ingest';
import { TEST_BACKENDS } from '@/lib/db/testing';
import { getDb } from '@/lib/server/db';
import { QUEUED_TEXT_BYTES, queueDrained } from '@/lib/server/ingest-queue';
import { jsonBody, send } from '../_testing/dispatch';
import { seededServerDatabase } from '../_testing/server-database';

const FILLER = 'وتناولت الصحف المحلية في تعليقاتها جوانب مختلفة من العلاقات الثنائية ومن تاريخها الطويل. ';
const VISIT = 'زار وزير الخارجية الروسي سيرغي لافروف تونس يوم 14 مارس 2023 والتقى نظيره التونسي نبيل عمار. ';

interface Queued {
  status: string;
  job: number;
  ahead: number;
  statusUrl: string;
}

async function finished(statusUrl: string) {
  await queueDrained();
  const response = await send(statusUrl);
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; created: boolean; article: { id: string; url: string }; eventIds: string[] };
}

describe.each(TEST_BACKENDS)('queued submissions on %s', (backend) => {
  seededServerDatabase(backend);
  const saved = { ...process.env };
  beforeAll(() => {
    process.env.WRITE_RATE_LIMIT = '100000/60';
  });
  afterAll(async () => {
    await queueDrained();
    process.env = saved;
  });

  it('queues a large text, answers 202 with a status address, and stores it with its events', async () => {
    const text = VISIT + FILLER.repeat(Math.ceil(QUEUED_TEXT_BYTES / Buffer.byteLength(FILLER)));
    const response = await send('/api/articles', jsonBody({ text, published: '2023-03-15' }));
    expect(response.status).toBe(202);
    const queued = (await response.json()) as Queued;
    expect(queued).toMatchObject({ status: 'queued', ahead: 0, statusUrl: `/api/jobs/${queued.job}` });
    expect(response.headers.get('location')).toBe(queued.statusUrl);

    const done = await finished(queued.statusUrl);
    expect(done).toMatchObject({ status: 'done', created: true });
    expect(done.eventIds.length).toBeGreaterThan(0);
    const article = (await (await send(done.article.url)).json()) as { events: Array<{ id: string; participants: Array<{ name: { en: string } }> }> };
    expect(article.events.map((e) => e.id).sort()).toEqual([...done.eventIds].sort());

    const again = await send('/api/articles', jsonBody({ text, published: '2023-03-15' }));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { article: { id: string } }).article.id).toBe(done.article.id);
  });

  it('queues a small text while others wait, behind them', async () => {
    const db = await getDb();
    const waiting = { text: `${VISIT.replace('14 مارس', '2 أبريل')}(انتظار)`, published: '2023-04-03' };
    await enqueueArticles(db, [{ article: articleFromSubmission(waiting), origin: 'test' }]);
    const response = await send('/api/articles', jsonBody({ text: `${VISIT.replace('14 مارس', '5 أبريل')}(تالٍ)`, published: '2023-04-06' }));
    expect(response.status).toBe(202);
    const queued = (await response.json()) as Queued;
    expect(queued.ahead).toBe(1);
    expect(await finished(queued.statusUrl)).toMatchObject({ status: 'done', created: true });
    // The queue is empty again: the next text is stored within its request.
    const direct = await send('/api/articles', jsonBody({ text: `${VISIT.replace('14 مارس', '9 أبريل')}(مباشر)`, published: '2023-04-10' }));
    expect(direct.status).toBe(201);
  });

  it('answers 404 for a job that does not exist', async () => {
    for (const id of ['999999', 'abc', '0', '1e3']) expect((await send(`/api/jobs/${id}`)).status, id).toBe(404);
  });
});
