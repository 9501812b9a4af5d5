import { expect, test } from '@playwright/test';

const ARTICLE = `وزير الخارجية الروسي يزور تونس
تونس - أجرى وزير الخارجية الروسي سيرغي لافروف يوم 14 مارس 2023 محادثات في تونس مع نظيره التونسي نبيل عمار حول التعاون الثنائي.`;

const PAYLOAD = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">`;
const HOSTILE = `${PAYLOAD}
القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي يوم 3 فبراير 2021 وزير الخارجية الروسي سيرغي لافروف ${PAYLOAD} في القاهرة.`;

test('an article added through the form joins the timeline and gets a permalink', async ({ page }) => {
  await page.goto('/ingest');
  await page.getByTestId('ingest-text').fill(ARTICLE);
  await page.getByLabel('Published').fill('2023-03-15');
  await page.getByLabel('Outlet').fill('E2E Press');
  await page.getByTestId('ingest-preview').click();
  await expect(page.getByTestId('ingest-preview-list')).toContainText('2023-03-14');
  await page.getByTestId('ingest-save').click();
  await expect(page).toHaveURL(/\/\?(.*&)?event=/);
  const panel = page.getByTestId('details-panel');
  await expect(panel).toContainText('14 Mar 2023');
  await expect(panel).toContainText('E2E Press');
  const permalink = await panel.getByTestId('permalink').getAttribute('href');
  await page.goto(permalink!);
  await expect(page.getByTestId('event-date')).toContainText('14 Mar 2023');
});

test('the API refuses bad input with the fields named, never a 500', async ({ request }) => {
  const cases: Array<[unknown, number, RegExp]> = [
    [{ text: '' }, 400, /text/],
    [{ text: 'English only' }, 400, /Arabic/],
    [{ text: 'نص عربي', published: '2022-02-30' }, 400, /published/],
    [{ text: 'نص عربي', url: 'javascript:alert(1)' }, 400, /url/],
    [{ text: 'نص عربي', extra: 1 }, 400, /extra/],
    [{ text: 'ا'.repeat(600_000) }, 413, /1 MB/],
  ];
  for (const [body, status, message] of cases) {
    const response = await request.post('/api/articles', { data: body });
    expect(response.status()).toBe(status);
    expect(JSON.stringify(await response.json())).toMatch(message);
  }
  const malformed = await request.post('/api/articles', { data: '{"text": ', headers: { 'Content-Type': 'application/json' } });
  expect(malformed.status()).toBe(400);
});

test('markup inside an article is shown as text on every page, never run', async ({ page, request }) => {
  const created = await request.post('/api/articles', { data: { text: HOSTILE, published: '2021-02-04', title: `<b>${PAYLOAD}</b>` } });
  expect(created.status()).toBe(201);
  const { article, events } = (await created.json()) as { article: { id: string }; events: Array<{ id: string }> };
  expect(events.length).toBeGreaterThan(0);
  const pages = [`/articles/${article.id}`, `/events/${encodeURIComponent(events[0]!.id)}`, `/?event=${encodeURIComponent(events[0]!.id)}`, '/print'];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    await expect(page.locator('img[src="x"]'), path).toHaveCount(0);
  }
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByTestId('article-text')).toContainText('<script>window.__xss = 1</script>');
});

test('20 parallel posts of different articles store all 20; of the same article, one', async ({ request }) => {
  const text = (n: number) => `الرباط - التقى وزير الخارجية المغربي ناصر بوريطة يوم ${(n % 27) + 1} أبريل 2024 سفير روسيا في الرباط (${n}).`;
  const different = await Promise.all(Array.from({ length: 20 }, (_, n) => request.post('/api/articles', { data: { text: text(n), published: '2024-04-30' } })));
  expect(different.map((r) => r.status())).toEqual(Array(20).fill(201));
  expect(new Set(await Promise.all(different.map(async (r) => ((await r.json()) as { article: { id: string } }).article.id))).size).toBe(20);

  const same = await Promise.all(Array.from({ length: 20 }, () => request.post('/api/articles', { data: { text: text(100), published: '2024-04-30' } })));
  const statuses = same.map((r) => r.status()).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 200)).toHaveLength(19);
  const ids = await Promise.all(same.map(async (r) => ((await r.json()) as { article: { id: string } }).article.id));
  expect(new Set(ids).size).toBe(1);
});
