import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './screenshots';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

async function firstEventHref(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.getByTestId('chronology').getByRole('link').first().getAttribute('href');
  return href!;
}

for (const locale of ['en', 'ar'] as const) {
  test.describe(`in ${locale === 'ar' ? 'Arabic' : 'English'}`, () => {
    test.beforeEach(async ({ page, baseURL }) => page.context().addCookies([{ name: 'lang', value: locale, url: baseURL! }]));

    test('the timeline has no serious accessibility violations, with an event selected too', async ({ page }) => {
      // Two full axe runs over the chart and the details: slow on a busy machine.
      test.setTimeout(90_000);
      await page.goto('/');
      await expect(page.getByTestId('timeline-chart').locator('.vis-item').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('timeline-chart').locator('.vis-item.ev .ev-label').first().click();
      await expect(page.getByTestId('details-panel')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an event page has no serious accessibility violations', async ({ page }) => {
      await page.goto(await firstEventHref(page));
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an article page has no serious accessibility violations', async ({ page }) => {
      await page.goto('/articles/004_f1f19904a7b4aaa8');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the print snapshot, the form that adds an article and a page not found have no serious accessibility violations', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/print');
      await expect(page.getByTestId('snapshot-list')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto('/ingest');
      await expect(page.getByRole('heading').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto('/events/no-such-event');
      await expect(page.getByRole('link').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

for (const width of [1280, 390]) {
  test(`the timeline works at ${width} px wide and is pictured for the README`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByTestId('timeline-chart').locator('.vis-item').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    if (width === 1280) {
      await page.screenshot({ path: screenshotPath('timeline.png') });
      await page.goto(await firstEventHref(page));
      await page.screenshot({ path: screenshotPath('event.png'), fullPage: true });
    }
  });
}
