/**
 * The exports opened in the programs people open them in. TimelineJS 3 (its npm package) runs on a page of another
 * origin and loads the export's address directly, as a site embedding it would: one slide per dated event, no error,
 * statuses in the headlines, ends on the last day of their period, Arabic aligned right, sources in reading order.
 * (ICS through ical.js and CSV through a separator-guessing reader: app/api/exports.test.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventRecord } from '@/lib/db/event-queries';

const TIMELINEJS = path.join(process.cwd(), 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const EVERY_MODALITY = 'modalities=occurred,planned,hypothetical,postponed,cancelled,negated';

/**
 * Another site embedding TimelineJS from its npm package, pointed at the address in its `source` parameter: a web
 * server of the test's own on a free port of the machine (another origin than the app's; a loopback address, as
 * Chromium lets only pages of the local network fetch from it).
 */
async function startConsumerSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://consumer');
    const source = searchParams.get('source') ?? '';
    if (pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/css/timeline.css"></head>
<body style="margin:0"><div id="timeline" style="width:100vw;height:100vh"></div><script src="/js/timeline.js"></script>
<script>window.timelineLoaded = new Promise((resolve) => {
  window.timeline = new TL.Timeline('timeline', ${JSON.stringify(source)}, { hash_bookmark: false, font: null, script_path: location.origin + '/js/' });
  window.timeline.on('loaded', () => resolve(true));
});</script></body></html>`);
      return;
    }
    const file = path.join(TIMELINEJS, path.normalize(pathname));
    const type = { '.css': 'text/css', '.js': 'text/javascript' }[path.extname(file)] ?? 'application/octet-stream';
    if (!file.startsWith(`${TIMELINEJS}${path.sep}`) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Opens the consumer site on `source` and waits for TimelineJS to have built its slides; the page's errors, as they come. */
async function openConsumer(page: Page, source: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${site.origin}/?source=${encodeURIComponent(source)}`);
  await page.waitForFunction(() => (window as unknown as { timelineLoaded?: Promise<boolean> }).timelineLoaded, null, { timeout: 15_000 });
  return errors;
}

let site: Awaited<ReturnType<typeof startConsumerSite>>;
test.beforeAll(async () => {
  site = await startConsumerSite();
});
test.afterAll(async () => {
  await site.close();
});

interface TimelineOnPage {
  config: { events: Array<{ unique_id: string; end_date?: { getTime(): number } }>; messages: { errors: unknown[] } };
  _storyslider: { _slides: unknown[] };
  goToId(id: string): void;
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`TimelineJS on another site loads the export at ${viewport.width}×${viewport.height}: a slide per dated event, statuses, ends, Arabic and sources in order`, async ({ page, request, baseURL }) => {
    await page.setViewportSize(viewport);
    const { events } = (await (await request.get(`/api/events?${EVERY_MODALITY}`)).json()) as { events: EventRecord[] };
    const dated = events.filter((event) => event.date);
    expect(dated.length).toBeGreaterThan(5);
    const errors = await openConsumer(page, `${baseURL}/api/events?${EVERY_MODALITY}&format=timelinejs`);

    const built = await page.evaluate(() => {
      const timeline = (window as unknown as { timeline: TimelineOnPage }).timeline;
      return { ids: timeline.config.events.map((event) => event.unique_id), slides: timeline._storyslider._slides.length, errors: timeline.config.messages.errors.length };
    });
    expect(errors).toEqual([]);
    expect(built.errors).toBe(0);
    expect([...built.ids].sort()).toEqual(dated.map((event) => event.id).sort());
    expect(built.slides).toBe(dated.length + 1);

    // A hypothetical event reads as one in its headline.
    const hypothetical = dated.find((event) => event.modality === 'hypothetical');
    expect(hypothetical, 'the seed corpus holds a dated hypothetical event').toBeDefined();
    await page.evaluate((id) => (window as unknown as { timeline: TimelineOnPage }).timeline.goToId(id), hypothetical!.id);
    const slide = page.locator(`[id="${hypothetical!.id}"]`);
    await expect(slide.locator('h2.tl-headline')).toContainText(`Hypothetical: ${hypothetical!.title.en}`);

    // A period ends on its last day, not on the first of its last month.
    const ranged = dated.filter((event) => event.date!.start !== event.date!.end);
    expect(ranged.length).toBeGreaterThan(0);
    const ends = await page.evaluate((ids) => {
      const timeline = (window as unknown as { timeline: TimelineOnPage }).timeline;
      return ids.map((id) => {
        const end = new Date(timeline.config.events.find((event) => event.unique_id === id)!.end_date!.getTime());
        return `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
      });
    }, ranged.map((event) => event.id));
    expect(ends).toEqual(ranged.map((event) => event.date!.end));

    // On a slide with an Arabic outlet: the Arabic title is aligned right, and the outlet, the article's title and
    // its date follow each other left to right in the English line.
    const cited = dated.find((event) => event.sources.some((source) => source.outlet && /[\u0600-\u06ff]/.test(source.outlet)));
    expect(cited, 'the seed corpus cites an outlet with an Arabic name').toBeDefined();
    await page.evaluate((id) => (window as unknown as { timeline: TimelineOnPage }).timeline.goToId(id), cited!.id);
    const citedSlide = page.locator(`[id="${cited!.id}"]`);
    const arabic = citedSlide.locator('p[dir="rtl"]');
    await expect(arabic).toBeVisible();
    const alignment = await arabic.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = range.getBoundingClientRect();
      const box = p.getBoundingClientRect();
      return { gapRight: box.right - text.right, gapLeft: text.left - box.left };
    });
    expect(alignment.gapRight).toBeLessThan(2);
    expect(alignment.gapLeft).toBeGreaterThan(alignment.gapRight);
    const line = citedSlide.locator('li', { hasText: cited!.sources.find((source) => source.outlet && /[\u0600-\u06ff]/.test(source.outlet))!.outlet! }).first();
    const pieces = await line.locator('bdi').evaluateAll((bdis) => bdis.map((bdi) => bdi.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
    expect(pieces).toHaveLength(3);
    for (let i = 1; i < pieces.length; i++) {
      const [before, after] = [pieces[i - 1]!, pieces[i]!];
      // Later in the line: to the right on the same line, or on a line below.
      expect(after.top > before.top + 1 || after.left >= before.right - 1, JSON.stringify(pieces)).toBe(true);
    }
  });
}
