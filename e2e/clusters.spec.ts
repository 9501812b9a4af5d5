import { expect, test, type Page } from '@playwright/test';
import { SYNTHETIC_PORT } from './servers';

// A corpus of a few thousand synthetic events, served apart from the seed corpus (see playwright.config.ts).
test.use({ baseURL: `http://127.0.0.1:${SYNTHETIC_PORT}` });

const DAY = 86_400_000;

/** The chart's window in days, once the URL has caught up with it. */
async function windowDays(page: Page): Promise<number> {
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
  const url = new URL(page.url());
  return (Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!)) / DAY;
}

/** Clicks the middle of a cluster that lies wholly inside the chart's visible area (edge ones stick out of it). */
async function clickWholeCluster(page: Page): Promise<void> {
  const find = () => page.getByTestId('timeline-chart').evaluate((chart) => {
    const panel = chart.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    for (const item of chart.querySelectorAll('.vis-item.ev-cluster')) {
      const box = item.getBoundingClientRect();
      if (box.left >= panel.left && box.right <= panel.right && box.top >= panel.top && box.bottom <= panel.bottom) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  // Right after a zoom the previous window's clusters, stretched, may still be drawn while the new ones load.
  await expect.poll(find, { message: 'a cluster wholly inside the chart' }).not.toBeNull();
  const point = (await find())!;
  await page.mouse.click(point.x, point.y);
}

test('a dense window shows clusters with their counts, and clicking one zooms into it until its events show', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('timeline-chart');
  const clusters = chart.locator('.vis-item.ev-cluster');
  await expect(clusters.first()).toBeVisible();
  await expect(clusters.first()).toHaveText(/^\d+ events$/);
  await expect(chart.locator('.vis-item.ev')).toHaveCount(0);

  let before = Infinity;
  // Decades, then quarters, then weeks: each click narrows the window to the cluster's own period.
  for (let step = 0; step < 4 && (await clusters.count()) > 0; step++) {
    await clickWholeCluster(page);
    await expect.poll(() => windowDays(page)).toBeLessThan(Math.min(before, 4000));
    before = await windowDays(page);
    await expect(chart.locator('.vis-item').first()).toBeVisible();
  }
  await expect(chart.locator('.vis-item.ev').first()).toBeVisible();
  await expect(clusters).toHaveCount(0);
});
