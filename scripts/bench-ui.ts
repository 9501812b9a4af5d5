/**
 * The timeline in Chromium with 100,000 synthetic events: time until the first items are drawn and frame times
 * during a scripted sequence of zooms and pans — on the app (windowed loading, clusters) and, for comparison, on a
 * plain vis-timeline page given every item at once.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/lib/db/client';
import { chromiumLaunchOptions } from '../e2e/browser';
import { SYNTHETIC_DIR, ensureSyntheticDatabase, percentile, startServer, stopServer } from './bench-server';

const APP_PORT = 3212;
const PLAIN_PORT = 3213;

/** Records the time between animation frames while the script runs. */
const FRAME_PROBE = `
  window.__frames = [];
  let last = performance.now();
  const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

async function interact(page: Page): Promise<number[]> {
  const chart = page.locator('.vis-timeline').first();
  const box = (await chart.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(FRAME_PROBE);
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(250);
  }
  for (let i = 0; i < 6; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 250, cy, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(250);
  }
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(250);
  }
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(1));
}

async function measure(page: Page, url: string) {
  const started = Date.now();
  await page.goto(url);
  await page.locator('.vis-item').first().waitFor({ state: 'visible', timeout: 120_000 });
  const firstItems = Date.now() - started;
  const frames = (await interact(page)).sort((a, b) => a - b);
  return { firstItems, p50: percentile(frames, 50), p95: percentile(frames, 95), frames: frames.length };
}

/** The JavaScript `/` loads until its chart is drawn, gzipped: what the HTML names, and everything fetched. */
async function loadedJs(page: Page, url: string): Promise<{ namedKb: number; allKb: number }> {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(new URL(response.url()).pathname, gzipSync(await response.body()).length);
    } catch {
      // a response without a body (redirect, abort) carries no code
    }
  });
  await page.goto(url);
  await page.locator('.vis-item').first().waitFor({ state: 'visible', timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const named = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname));
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, p) => total + (scripts.get(p) ?? 0), 0) / 1024;
  return { namedKb: sum(named), allKb: sum(scripts.keys()) };
}

/** First-load JavaScript of `/` as the build reports it (.next/diagnostics), gzipped. */
function buildFirstLoadKb(): number {
  const stats = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'diagnostics', 'route-bundle-stats.json'), 'utf8')) as Array<{ route: string; firstLoadChunkPaths: string[] }>;
  const home = stats.find((entry) => entry.route === '/');
  if (!home) throw new Error('The build reports no first load for /.');
  return home.firstLoadChunkPaths.reduce((total, chunk) => total + gzipSync(readFileSync(path.join(process.cwd(), chunk))).length, 0) / 1024;
}

async function plainPage(): Promise<Server> {
  const handle = await openDatabase({ url: null, dataDir: SYNTHETIC_DIR });
  const result = await handle.db.execute(
    sql`select id, type as "group", title_en as content, to_char(date_start, 'YYYY-MM-DD') as start, case when precision = 'day' then null else to_char(date_end + 1, 'YYYY-MM-DD') end as "end" from events where date_start is not null`,
  );
  await handle.close();
  const items = JSON.stringify((result as unknown as { rows: unknown[] }).rows);
  const script = readFileSync(path.join(process.cwd(), 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'));
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>plain</title></head><body style="margin:0">
<div id="t" style="height:420px"></div><script src="/vis.js"></script><script>
fetch('/items.json').then(r => r.json()).then(items => {
  const groups = [...new Set(items.map(i => i.group))].map(id => ({ id, content: id }));
  new vis.Timeline(document.getElementById('t'), new vis.DataSet(items), new vis.DataSet(groups), { height: '420px', zoomMin: 7 * 864e5 });
});
</script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/vis.js') res.end(script);
    else if (req.url === '/items.json') res.end(items);
    else res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(PLAIN_PORT, '127.0.0.1', resolve));
  return server;
}

async function main() {
  await ensureSyntheticDatabase(100_000);
  // The plain page reads its items before the app's server opens the same PGlite folder: one process at a time.
  const plain = await plainPage();
  const app = await startServer(APP_PORT);
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const js = await loadedJs(await browser.newPage(), `http://127.0.0.1:${APP_PORT}/`); // also warms the server
    const ours = await measure(page, `http://127.0.0.1:${APP_PORT}/`);
    const plainPageResult = await measure(await browser.newPage({ viewport: { width: 1280, height: 900 } }), `http://127.0.0.1:${PLAIN_PORT}/`);
    console.log('bench:ui — 100,000 synthetic events, Chromium headless, 1280×900');
    console.log('page'.padEnd(34), 'first items ms'.padStart(15), 'frame p50 ms'.padStart(13), 'frame p95 ms'.padStart(13), 'frames'.padStart(7));
    for (const [name, r] of [['app (windowed + clusters)', ours], ['plain vis-timeline, all items', plainPageResult]] as const) {
      console.log(name.padEnd(34), String(r.firstItems).padStart(15), r.p50.toFixed(1).padStart(13), r.p95.toFixed(1).padStart(13), String(r.frames).padStart(7));
    }
    console.log(
      `JavaScript of / (gzipped; budget 300 KB): build's first load ${buildFirstLoadKb().toFixed(1)} KB; ` +
        `named by the HTML, with the chart's chunk it preloads, ${js.namedKb.toFixed(1)} KB; everything fetched until the chart is drawn ${js.allKb.toFixed(1)} KB`,
    );
  } finally {
    await browser.close();
    plain.close();
    stopServer(app);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
