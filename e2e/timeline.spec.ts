import { expect, test, type Page } from '@playwright/test';

/** The chronology items, in page order, as "title | date" lines. */
async function chronology(page: Page): Promise<string[]> {
  return page.getByTestId('chronology').locator('li').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
}

function indexOf(lines: string[], ...patterns: RegExp[]): number {
  return lines.findIndex((line) => patterns.every((pattern) => pattern.test(line)));
}

test('the four headline events appear in order with their dates', async ({ page }) => {
  await page.goto('/');
  const lines = await chronology(page);
  const medvedev = indexOf(lines, /Medvedev/, /Oct 2017/);
  const berlin = indexOf(lines, /Berlin/, /19 Jan 2020/);
  const moscowTalks = indexOf(lines, /Lavrov/, /Boukadoum/, /22 Jul 2020/);
  const algiers = indexOf(lines, /Lavrov/, /Algiers|Algeria/, /10 May 2022/);
  expect([medvedev, berlin, moscowTalks, algiers].every((i) => i >= 0), lines.join('\n')).toBe(true);
  expect(medvedev).toBeLessThan(berlin);
  expect(berlin).toBeLessThan(moscowTalks);
  expect(moscowTalks).toBeLessThan(algiers);
  await expect(page.getByTestId('timeline-chart').locator('.vis-item').first()).toBeVisible();
});

test('zoom buttons change the visible window and keys move the selection', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('timeline-chart').locator('.vis-item').first()).toBeVisible();
  const windowOf = async () => {
    await page.waitForTimeout(700);
    const url = new URL(page.url());
    return `${url.searchParams.get('from')}..${url.searchParams.get('to')}`;
  };
  await page.getByTestId('zoom-in').click();
  const zoomedIn = await windowOf();
  await page.getByTestId('zoom-out').click();
  await page.getByTestId('zoom-out').click();
  const zoomedOut = await windowOf();
  expect(zoomedIn).not.toBe('null..null');
  expect(zoomedOut).not.toBe(zoomedIn);

  await page.getByTestId('timeline-region').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('details-panel')).toBeVisible();
  const first = new URL(page.url()).searchParams.get('event');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('details-panel')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('details-panel')).toBeVisible();
  const chosen = new URL(page.url()).searchParams.get('event')!;
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/events/${encodeURIComponent(chosen)}`);
});

test('a filter and a search round-trip through the URL', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('filter-toggle').click();
  await page.getByLabel('Visit').check();
  await page.getByTestId('search').fill('لافروف');
  await page.getByTestId('apply-filters').click();
  await expect(page).toHaveURL(/types=visit/);
  await expect(page).toHaveURL(/q=/);
  const before = await chronology(page);
  expect(before.length).toBeGreaterThan(0);
  for (const line of before) expect(line).toMatch(/Visit/);
  await page.reload();
  expect(await chronology(page)).toEqual(before);
  await expect(page.getByTestId('filter-summary')).toContainText('Visit');
  await page.getByTestId('filter-toggle').click();
  await expect(page.getByLabel('Visit')).toBeChecked();
  await expect(page.getByTestId('search')).toHaveValue('لافروف');
});

test('search ignores the spelling differences people type', async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent('تبـــون')}`);
  const withTatweel = await chronology(page);
  await page.goto(`/?q=${encodeURIComponent('تبون')}`);
  expect(await chronology(page)).toEqual(withTatweel);
  expect(withTatweel.length).toBeGreaterThan(0);
});

test('an event page leads back to the timeline with the event selected, and to its source', async ({ page }) => {
  await page.goto('/');
  const href = await page.getByTestId('chronology').getByRole('link').filter({ hasText: /Berlin/ }).first().getAttribute('href');
  expect(href).toMatch(/^\/events\//);
  await page.goto(href!);
  await expect(page.getByTestId('event-date')).toContainText('19 Jan 2020');
  await expect(page).toHaveTitle(/Berlin/);
  const id = decodeURIComponent(href!.replace('/events/', ''));
  await page.getByTestId('show-on-timeline').click();
  await expect(page).toHaveURL(new RegExp(`event=${encodeURIComponent(id)}`));
  await expect(page.getByTestId('details-panel')).toContainText(/Berlin/);
  await expect(page.getByTestId('timeline-chart').locator('.vis-item.vis-selected').first()).toBeVisible();

  await page.goto(href!);
  await page.getByRole('link', { name: 'Local copy at this passage' }).first().click();
  await expect(page).toHaveURL(/\/articles\/.+#m-/);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
  await expect(page.locator('.mention mark').first()).toBeVisible();
});

test('switching to Arabic mirrors the page and back again', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الخط الزمني');
  await expect(page.getByTestId('language-switch')).toHaveText('English');
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
});

test('an unknown event id answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/events/no-such-event');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Back to the timeline' })).toBeVisible();
});
