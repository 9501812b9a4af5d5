import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDelimited } from '@/lib/export/testing';
import { screenshotPath } from './screenshots';

const MM = 96 / 25.4;

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

for (const [paper, orientation, widthMm, heightMm] of [
  ['a4', 'landscape', 297, 210],
  ['letter', 'portrait', 215.9, 279.4],
] as const) {
  test(`a ${paper} ${orientation} snapshot prints every event and source of the window`, async ({ page, baseURL }) => {
    const printable = { width: Math.floor((widthMm - 24) * MM), height: Math.floor((heightMm - 24) * MM) };
    await page.setViewportSize(printable);
    await page.goto(`/print?paper=${paper}&orientation=${orientation}`);
    const rows = await page.getByTestId('snapshot-list').locator(':scope > li').evaluateAll((items) =>
      items.map((li) => ({ title: li.querySelector('p')?.textContent ?? '', sources: [...li.querySelectorAll('li .break-all')].map((s) => s.textContent ?? '') })),
    );
    expect(rows.length).toBeGreaterThan(5);
    await expect(page.getByTestId('legend')).toBeVisible();
    await expect(page.getByTestId('view-permalink')).toContainText(`${baseURL}/?from=`);

    await page.emulateMedia({ media: 'print' });
    const contentHeight = await page.getByTestId('snapshot').evaluate((el) => el.getBoundingClientRect().height);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'snapshot-'));
    const file = path.join(dir, 'snapshot.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

    const flat = squeeze(text);
    for (const row of rows) {
      // Titles are English here; Arabic lines are checked by eye in the README picture.
      const english = row.title.replace(/^\d+\.\s*/, '').split('—').slice(1).join('—').replace(/\[.*\]$/, '');
      expect(flat, row.title).toContain(squeeze(english));
      for (const source of row.sources) expect(flat, source).toContain(squeeze(source.replace(/^local copy:\s*/, '')));
    }
    const expected = Math.ceil(contentHeight / printable.height);
    expect(pages).toBeGreaterThanOrEqual(expected);
    expect(pages).toBeLessThanOrEqual(expected + 1);

    if (paper === 'a4') {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, screenshotPath('print')]);
    }
  });
}

test('the print button opens the snapshot of the current view', async ({ page }) => {
  await page.goto('/?types=visit');
  const href = await page.getByTestId('print-link').getAttribute('href');
  expect(href).toMatch(/^\/print\?.*types=visit/);
  await page.goto(href!);
  const list = page.getByTestId('snapshot-list');
  await expect(list.locator(':scope > li').first()).toBeVisible();
  await expect(page.getByTestId('snapshot')).toContainText('Type: Visit');
});

test('exports carry the events of the current view', async ({ page, request }) => {
  await page.goto('/?types=visit');
  const csvHref = await page.getByTestId('export-csv').getAttribute('href');
  expect(csvHref).toContain('types=visit');
  const csv = await request.get(csvHref!);
  expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="diplomatic-events-.*\.csv"/);
  const [header, ...rows] = readDelimited((await csv.text()).slice(1), ',').filter((row) => row.some(Boolean));
  const start = header!.indexOf('start');
  // The dated events of the view as the chronology lists them, then the undated ones its last section counts.
  const chronology = await page.getByTestId('chronology').locator(':scope > li').count();
  const undated = Number(/(\d+)\s*$/.exec((await page.locator('#undated-heading').textContent()) ?? '')?.[1]);
  expect(rows.filter((row) => row[start] !== '')).toHaveLength(chronology);
  expect(rows.filter((row) => row[start] === '')).toHaveLength(undated);
  const svg = await request.get('/api/snapshot?types=visit');
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('<svg');
});
