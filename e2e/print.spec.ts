/**
 * Printed snapshots as a reader holds them: the page printed to PDF by Chromium (A4 landscape and Letter portrait,
 * English and Arabic, the whole corpus and a filtered window), then read back with poppler. Every event has one
 * label on the chart, no label or mark lies over another (the SVG's own boxes, measured in the page), the axis runs
 * right to left in Arabic, and every page carries its title, window and number, in the snapshot's language, with no
 * loopback address anywhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDelimited } from '@/lib/export/testing';
import { screenshotPath } from './screenshots';
import { chartSettled } from './view';
import { SNAPSHOT_CASES, firstPagePng, holdsCharacters, marginText, openSnapshot, pdfPages, pdfText, pdfWords, printToPdf, readable } from './snapshot-pdf';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const ARABIC = /[\u0600-\u06ff]/;

function overlap(a: Box, b: Box): boolean {
  // Half a pixel of anti-aliasing is not an overlap.
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

async function boxes(page: Page, selector: string): Promise<Array<Box & { id: string; text: string; callout: boolean; time: number }>> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return {
        id: element.getAttribute('data-event') ?? '',
        text: element.textContent ?? '',
        callout: element.classList.contains('ev-callout'),
        time: Number(element.getAttribute('data-time')),
        left: r.left, right: r.right, top: r.top, bottom: r.bottom,
      };
    }),
  );
}

for (const c of SNAPSHOT_CASES) {
  test(`${c.name}${c.query ? ' (a filtered window)' : ' (the whole corpus)'}: every event labelled once and legibly, the axis in reading order, page furniture on every page`, async ({ context, baseURL }) => {
    test.setTimeout(60_000);
    const page = await openSnapshot(context, baseURL!, c);
    const rows = await page.getByTestId('snapshot-list').locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-event')!));
    expect(rows.length).toBeGreaterThan(3);

    // The chart: one label per event of the list, none over another or over another event's mark.
    const svg = (await page.locator('.snapshot-chart svg').first().boundingBox())!;
    const labels = await boxes(page, '.snapshot-chart .ev-label');
    const marks = await boxes(page, '.snapshot-chart .ev-mark');
    expect(labels.map((label) => label.id).sort()).toEqual([...rows].sort());
    expect(marks.map((mark) => mark.id).sort()).toEqual([...rows].sort());
    const key = await page.locator('.snapshot-chart .callout-key').allTextContents();
    for (const label of labels) {
      expect(label.left, label.text).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(label.right, label.text).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      if (label.callout) expect(key.some((entry) => entry.startsWith(`${label.text}.`)), label.text).toBe(true);
    }
    const clashes: string[] = [];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) if (overlap(a, b)) clashes.push(`label "${a.text}" over label "${b.text}"`);
      for (const m of marks) if (m.id !== a.id && overlap(a, m)) clashes.push(`label "${a.text}" over the mark of ${m.id}`);
    }
    for (const [i, a] of marks.entries()) for (const b of marks.slice(i + 1)) if (overlap(a, b)) clashes.push(`mark of ${a.id} over mark of ${b.id}`);
    const ticks = (await boxes(page, '.snapshot-chart .axis-minor')).sort((a, b) => a.time - b.time);
    for (const [i, a] of ticks.entries()) {
      expect(a.left, `tick ${a.text}`).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(a.right, `tick ${a.text}`).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      for (const b of ticks.slice(i + 1)) if (overlap(a, b)) clashes.push(`tick "${a.text}" over tick "${b.text}"`);
    }
    expect(clashes).toEqual([]);
    expect(ticks.length).toBeGreaterThan(2);
    // Time runs in reading order: right to left in Arabic.
    const centres = ticks.map((tick) => (tick.left + tick.right) / 2);
    const ordered = centres.slice(1).every((x, i) => (c.locale === 'ar' ? x < centres[i]! : x > centres[i]!));
    expect(ordered, centres.join(', ')).toBe(true);

    // The PDF as a reader gets it.
    const file = await printToPdf(page, c.name);
    firstPagePng(file, screenshotPath(`print-${c.name}`));
    const text = pdfText(file);
    const flat = readable(pdfText(file, { layout: false }));
    for (const label of labels) {
      const title = label.callout ? key.find((entry) => entry.startsWith(`${label.text}.`))! : label.text;
      expect(flat, title).toContain(readable(title.replace(/^\d+\.\s*/, '').replace(/^[≈?]\s*/g, '')));
    }
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/);
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(1);
    const windowText = (await page.getByTestId('snapshot-window').textContent())!;
    const title = c.locale === 'ar' ? 'لقطة من الخط الزمني' : 'Timeline snapshot';
    for (let n = 1; n <= pages; n++) {
      const head = marginText(file, n, c, 'head');
      const foot = marginText(file, n, c, 'foot');
      expect(holdsCharacters(head, `${title} ${windowText}`), `head of page ${n}: ${head}`).toBe(true);
      expect(holdsCharacters(foot, c.locale === 'ar' ? `صفحة ${n} من ${pages}` : `Page ${n} of ${pages}`), `foot of page ${n}: ${foot}`).toBe(true);
      if (c.locale === 'en') expect(readable(pdfText(file, { page: n })), `page ${n}`).toContain(readable(`Page ${n} of ${pages}`));
    }
    if (c.locale === 'ar') {
      for (const words of ['لقطة من الخط الزمني', 'المصادر', 'دليل الرموز', 'الرابط الدائم']) expect(flat, words).toContain(readable(words));
      expect(text).not.toMatch(/Snapshot|snapshot|Legend|Sources|Page \d|events in this window|local copy|UTC/);
    }

    // The axis as printed: in each of its two rows the numbers (days or years) run in reading order, and in Arabic
    // its months are Arabic. The axis is found in the PDF as the row holding most of its labels: on the first page,
    // or on the next when the chart is too tall to follow the heading.
    const minorTexts = new Set(ticks.map((tick) => readable(tick.text)));
    const located = Array.from({ length: pages }, (_, i) => i + 1).map((n) => {
      const onPage = pdfWords(file, n);
      const rows = new Map<number, number>();
      for (const word of onPage) if (minorTexts.has(readable(word.text))) rows.set(Math.round(word.yMin), (rows.get(Math.round(word.yMin)) ?? 0) + 1);
      const [y, hits] = [...rows].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
      return { words: onPage, y, hits };
    }).find((candidate) => candidate.hits >= Math.min(3, ticks.length));
    expect(located, 'the axis labels in the PDF').toBeDefined();
    const { words, y } = located!;
    // The minor row's text starts about 3 px below the chart's top; the major row lies 15 px under it.
    const chartTop = y - 3 * 0.75;
    const band = { top: chartTop, bottom: chartTop + 17 * 0.75 };
    const axisBand = { top: chartTop, bottom: chartTop + 32 * 0.75 };
    let counted = 0;
    for (const row of [band, { top: band.bottom, bottom: axisBand.bottom }]) {
      const inRow = words.filter((word) => word.yMin >= row.top - 2 && word.yMax <= row.bottom + 2 && /^\d+$/.test(word.text));
      // A number met twice (the 1st of two months) says nothing of the order.
      const numbers = inRow.filter((word) => inRow.filter((other) => other.text === word.text).length === 1).sort((a, b) => Number(a.text) - Number(b.text));
      const printedOrder = numbers.slice(1).every((word, i) => (c.locale === 'ar' ? word.xMin < numbers[i]!.xMin : word.xMin > numbers[i]!.xMin));
      expect(printedOrder, numbers.map((w) => `${w.text}@${w.xMin}`).join(' ')).toBe(true);
      counted = Math.max(counted, new Set(numbers.map((word) => word.text)).size);
    }
    expect(counted).toBeGreaterThan(2);
    const axisRows = words.filter((word) => word.yMin >= axisBand.top - 2 && word.yMax <= axisBand.bottom + 2);
    const named = axisRows.filter((word) => !/^\d+$/.test(word.text)).map((word) => word.text);
    if (c.locale === 'ar') expect(named.filter((word) => !ARABIC.test(word)), 'month names in Latin letters on an Arabic axis').toEqual([]);
    if (c.locale === 'ar' && c.query) expect(named.length, 'the month of a one-month window is named').toBeGreaterThan(0);
  });
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  for (const locale of ['en', 'ar'] as const) {
    test(`paper and orientation are chosen on the page and kept in its address (${locale}, ${viewport.width}×${viewport.height})`, async ({ context, page, baseURL }) => {
      await context.addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
      await page.setViewportSize(viewport);
      await page.goto('/print?types=visit');
      const form = page.getByTestId('paper-form');
      const box = (await form.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await expect(page.getByTestId('snapshot')).toHaveAttribute('data-paper', 'a4');
      await page.getByTestId('paper').selectOption('letter');
      await page.getByTestId('orientation').selectOption('portrait');
      await page.getByTestId('paper-apply').click();
      await expect(page).toHaveURL(/paper=letter/);
      expect(new URL(page.url()).searchParams.get('orientation')).toBe('portrait');
      expect(new URL(page.url()).searchParams.get('types')).toBe('visit');
      await expect(page.getByTestId('snapshot')).toHaveAttribute('data-orientation', 'portrait');
      expect(await page.locator('[data-testid="snapshot"] style').first().textContent()).toContain('size: 215.9mm 279.4mm');
      await expect(page.getByTestId('print-button')).toBeVisible();
    });
  }
}

test('the print button opens the snapshot of the current view', async ({ page }) => {
  await page.goto('/?types=visit');
  const href = await page.getByTestId('print-link').getAttribute('href');
  expect(href).toMatch(/^\/print\?.*types=visit/);
  await page.goto(href!);
  const list = page.getByTestId('snapshot-list');
  await expect(list.locator(':scope > li').first()).toBeVisible();
  await expect(page.getByTestId('snapshot-filters')).toContainText('Type: Visit');
  // This server knows no public address: links are paths, and the page says why.
  await expect(page.getByTestId('view-permalink')).toHaveText(/^\/\?from=/);
  await expect(page.getByTestId('relative-links')).toBeVisible();
});

test('exports carry the events of the current view', async ({ page, request }) => {
  await page.goto('/?types=visit');
  // The export follows the window the chart settles on (it widens its first one for the labels): read it after that,
  // or a busy machine hands over the export of the first window.
  await chartSettled(page);
  const csvHref = await page.getByTestId('export-csv').getAttribute('href');
  expect(csvHref).toContain('types=visit');
  const csv = await request.get(csvHref!);
  expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="diplomatic-events-.*\.csv"/);
  const [header, ...rows] = readDelimited((await csv.text()).slice(1), ',').filter((row) => row.some(Boolean));
  const start = header!.indexOf('start');
  // The dated events of the view as the chronology lists them (once the page has drawn its window), then the
  // undated ones its last section counts.
  const dated = rows.filter((row) => row[start] !== '').length;
  await expect(page.getByTestId('chronology').locator(':scope > li')).toHaveCount(dated);
  const undated = Number(/(\d+)\s*$/.exec((await page.locator('#undated-heading').textContent()) ?? '')?.[1]);
  expect(rows.filter((row) => row[start] === '')).toHaveLength(undated);
  // The snapshot of the same view: its filters and the window the page opened on.
  const view = new URL(csvHref!, 'http://view.invalid').searchParams;
  view.delete('format');
  const svg = await request.get(`/api/snapshot?${view.toString()}`);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const body = await svg.text();
  expect(body).toContain('<svg');
  expect(body.match(/class="ev-label/g)).toHaveLength(dated);
});

test('Download PDF gives the same snapshot printed on the server, on the chosen paper and in the reader\'s language', async ({ context, page, baseURL }) => {
  test.setTimeout(60_000);
  await context.addCookies([{ name: 'lang', value: 'ar', url: baseURL! }]);
  await page.goto('/print?paper=letter&orientation=portrait&from=2020-07-01&to=2020-07-31');
  const link = page.getByTestId('download-pdf');
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('timeline-snapshot-letter-portrait.pdf');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'server-pdf-')), 'snapshot.pdf');
  await download.saveAs(file);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts/);
  expect(pdfPages(file)).toBeGreaterThan(1);
  const flat = readable(pdfText(file, { layout: false }));
  const titles = await page.locator('.snapshot-chart .ev-label:not(.ev-callout)').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  for (const title of titles) expect(flat, title).toContain(readable(title.replace(/^\d+\.\s*/, '')));
  for (const words of ['لقطة من الخط الزمني', 'المصادر']) expect(flat, words).toContain(readable(words));
  expect(pdfText(file)).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]|Snapshot|Sources/);
});
