import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { SEEDED_PORT, SYNTHETIC_PORT } from './servers';

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const arabicDay = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** Collects what the page's Content-Security-Policy blocked, and the page's uncaught errors. */
async function watch(page: Page): Promise<{ problems: () => Promise<string[]> }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  return { problems: async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))] };
}

test('every page carries the security headers, and the app, its chart and the print view run under its policy', async ({ page }) => {
  const watched = await watch(page);
  const first = await page.goto('/');
  const headers = first!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart.locator('.vis-item').first()).toBeVisible();
  await page.getByTestId('zoom-in').click();
  await chart.locator('.vis-item.ev').first().click();
  await expect(page.getByTestId('details-panel')).toBeVisible();
  const eventHref = await page.getByTestId('chronology').getByRole('link').first().getAttribute('href');
  for (const path of [eventHref!, '/articles/004_f1f19904a7b4aaa8', '/print', '/ingest']) {
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response!.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  await expect(page.getByTestId('ingest-text')).toBeVisible();
  await page.getByTestId('ingest-text').fill('زار وزير الخارجية الروسي سيرغي لافروف الجزائر يوم 10 مايو 2022.');
  await page.getByTestId('ingest-preview').click();
  await expect(page.getByTestId('ingest-preview-list')).toContainText('2022-05-10');
  expect(await watched.problems()).toEqual([]);
  for (const path of ['/api/events?format=csv', '/api/snapshot', '/icon.svg']) {
    const response = await page.request.get(path);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

test('a form on another site posting to the API in Chromium stores nothing', async ({ page, request }) => {
  const text = 'الرباط - التقى وزير الخارجية المغربي ناصر بوريطة يوم 9 أبريل 2024 نظيره الروسي في الرباط (نموذج من موقع آخر).';
  // name={"text":"…","x":" and value=1"}: text/plain encoding joins them with "=", making the body valid JSON.
  const [name, value] = [JSON.stringify({ text, x: '' }).slice(0, -2), '"}'];
  const html = `<!doctype html><meta charset="utf-8"><form method="post" action="http://127.0.0.1:${SEEDED_PORT}/api/articles" enctype="text/plain">
    <input name='${name}' value='${value}'><button>send</button></form>`;
  const other: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/articles')), page.getByRole('button', { name: 'send' }).click()]);
    expect([403, 415]).toContain(response.status());
    expect(await response.text()).toMatch(/Origin|Sec-Fetch-Site|Content-Type/);
  } finally {
    other.close();
  }
  const listed = (await (await request.get('/api/articles')).json()) as { articles: Array<{ title: string }> };
  expect(listed.articles.some((a) => a.title.includes('نموذج من موقع آخر'))).toBe(false);
});

test('no header makes a client the local machine', async ({ request }) => {
  const article = { text: 'الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون يوم 6 مارس 2024 وزير الخارجية الروسي سيرغي لافروف (ترويسة مزيفة).', published: '2024-03-07' };
  for (const headers of [{ 'X-Forwarded-For': '1.2.3.4' }, { 'X-Forwarded-For': '127.0.0.1' }, { 'X-Forwarded-For': 'localhost' }, { 'X-Real-IP': '127.0.0.1' }] as Array<Record<string, string>>) {
    const response = await request.post('/api/articles', { data: article, headers });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
  // From another interface of this machine the socket's peer is not loopback, whatever the headers claim.
  const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  test.skip(!external, 'this machine has no non-loopback IPv4 interface to connect from');
  const remote = await request.post(`http://${external}:${SEEDED_PORT}/api/articles`, { data: article, headers: { 'X-Forwarded-For': '127.0.0.1' } });
  expect(remote.status()).toBe(403);
  expect(await remote.text()).toMatch(/INGEST_TOKEN/);
  const listed = (await (await request.get('/api/articles')).json()) as { articles: Array<{ title: string }> };
  expect(listed.articles.some((a) => a.title.includes('ترويسة مزيفة'))).toBe(false);
});

test('after the most extreme dates a write may store, every page and export still answers', async ({ page, request }) => {
  // Twenty pages and seven exports, each a full render: on a busy machine that outlasts the default 30 s.
  test.slow();
  const watched = await watch(page);
  const today = new Date().toISOString().slice(0, 10);
  const horizon = `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  const posts = [
    { text: 'زار وزير الخارجية الروسي سيرغي لافروف الجزائر يوم 1 يناير 1900، وكان قد التقى نظيره الجزائري أمس.', published: '1900-01-02' },
    { text: 'زار وزير الخارجية الروسي سيرغي لافروف الجزائر أمس (مقال من 1900).', published: '1900-01-01' },
    { text: `أعلن وزير الخارجية الروسي سيرغي لافروف أنه سيزور الجزائر يوم ${arabicDay(horizon)}، وأن نظيره سيزور موسكو غدا.`, published: today },
  ];
  const ids: string[] = [];
  const articles: string[] = [];
  try {
    for (const data of posts) {
      const response = await request.post('/api/articles', { data });
      // 200 when a retry of this test finds the article its first try stored.
      expect([200, 201]).toContain(response.status());
      const body = (await response.json()) as { article: { id: string }; events: Array<{ id: string }> };
      articles.push(body.article.id);
      ids.push(...body.events.map((e) => e.id));
    }
    const pages = [
      '/', '/?from=1900-01-01&to=1900-12-31', `/?from=1900-01-01&to=${horizon}`, '/?lanes=participant', '/print', '/print?from=1900-01-01&to=1900-01-31',
      `/print?from=1900-01-01&to=${horizon}&paper=letter&orientation=portrait`, ...ids.map((id) => `/events/${encodeURIComponent(id)}`), ...articles.map((id) => `/articles/${id}`),
    ];
    for (const path of pages) expect((await page.goto(path))!.status(), path).toBe(200);
    await page.goto('/?from=1900-01-01&to=1900-12-31');
    await expect(page.getByTestId('chronology')).toContainText('1900');
    // The snapshot's own form carries its window: padded around an event of 1900, it must still be one the app reads.
    await page.goto('/print?types=visit');
    await page.getByTestId('orientation').selectOption('portrait');
    await page.getByTestId('paper-apply').click();
    await expect(page).toHaveURL(/orientation=portrait/);
    await expect(page.getByTestId('snapshot')).toHaveAttribute('data-orientation', 'portrait');
    expect(new URL(page.url()).searchParams.get('from')! >= '1900-01-01').toBe(true);
    for (const path of ['/api/events?format=csv', '/api/events?format=ics', '/api/events?format=timelinejs', '/api/events?format=json', '/api/snapshot', `/api/snapshot?from=1900-01-01&to=${horizon}`, '/api/timeline']) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
    expect(await watched.problems()).toEqual([]);
  } finally {
    // The other tests expect the seed corpus's span, whatever happened above.
    for (const id of articles) expect((await request.delete(`/api/articles/${id}`)).status()).toBe(200);
  }
});

test('a removed article takes its events with it; their pages answer 410 and say why', async ({ page, request }) => {
  const created = await request.post('/api/articles', { data: { text: 'تونس - أجرى وزير الخارجية الروسي سيرغي لافروف يوم 14 مارس 2023 محادثات في تونس مع نظيره التونسي نبيل عمار (للحذف).', published: '2023-03-15' } });
  const { article, events } = (await created.json()) as { article: { id: string }; events: Array<{ id: string }> };
  const eventPath = `/events/${encodeURIComponent(events[0]!.id)}`;
  expect((await page.goto(eventPath))!.status()).toBe(200);
  expect((await request.delete(`/api/articles/${article.id}`)).status()).toBe(200);
  const gone = await page.goto(eventPath);
  expect(gone!.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Removed');
  await expect(page.locator('body')).toContainText('was removed from the corpus');
  await page.goto('/?from=2023-03-01&to=2023-03-31');
  await expect(page.getByTestId('chronology').getByRole('link', { name: /Ammar/ })).toHaveCount(0);
});

test('a page asked for with a parameter it cannot read answers 400 naming it', async ({ page }) => {
  const response = await page.goto('/?from=0000-01-01');
  expect(response!.status()).toBe(400);
  await expect(page.locator('body')).toContainText('from: must be a day');
});

test('a snapshot of more events than it prints says so and offers the export of the view', async ({ page, request }) => {
  await page.goto(`http://127.0.0.1:${SYNTHETIC_PORT}/print`);
  const notice = page.getByTestId('snapshot-too-large');
  await expect(notice).toContainText('more than 300 events');
  await expect(page.getByTestId('snapshot-list')).toHaveCount(0);
  const csv = await notice.getByTestId('snapshot-export-csv').getAttribute('href');
  const exported = await request.get(`http://127.0.0.1:${SYNTHETIC_PORT}${csv}`);
  expect(exported.status()).toBe(200);
  expect((await exported.text()).split('\r\n').length).toBeGreaterThan(300);
});
