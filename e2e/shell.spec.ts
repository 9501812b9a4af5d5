import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const manifest = JSON.parse(readFileSync(path.join(process.cwd(), 'seeds', 'manifest.json'), 'utf8')) as { articles: Array<{ title: string }> };

test('the home page lists the five seed articles', async ({ page }) => {
  await page.goto('/');
  const list = page.getByTestId('article-list');
  // Other tests may add articles to the same server; the five seeds must all be there.
  expect(manifest.articles).toHaveLength(5);
  for (const { title } of manifest.articles) await expect(list.getByText(title, { exact: true })).toHaveCount(1);
  await expect(page.getByText('January 2018').first()).toBeVisible();
});

test('an article page shows its Arabic text right-to-left', async ({ page }) => {
  await page.goto('/articles/004_f1f19904a7b4aaa8');
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('dir', 'rtl');
  await expect(text).toContainText('سيرغي لافروف');
  const direction = await text.evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
});

test('an unknown article id answers 404', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('the static assets are served from public/: icon, web app manifest, robots.txt', async ({ page, request }) => {
  await page.goto('/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe('/manifest.webmanifest');
  const webManifest = await request.get(manifestHref!);
  expect(webManifest.status()).toBe(200);
  const body = (await webManifest.json()) as { name: string; icons: Array<{ src: string }> };
  expect(body.name).toBe('Diplomatic timeline');
  const icon = await request.get(body.icons[0]!.src);
  expect(icon.status()).toBe(200);
  expect(await icon.text()).toContain('<svg');
  expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toBe('/icon.svg');
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain('User-agent: *');
});
