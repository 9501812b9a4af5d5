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

/**
 * Once the chart has settled after a zoom: the middle of a cluster lying wholly inside its visible area (edge ones
 * stick out of it), or 'events' when it draws events instead. Right after a zoom the previous window's clusters,
 * stretched, may still be drawn while the new window loads, so it waits for one or the other.
 */
async function nextCluster(page: Page): Promise<{ x: number; y: number } | 'events'> {
  const look = () =>
    page.getByTestId('timeline-chart').evaluate((chart) => {
      const clusters = [...chart.querySelectorAll('.vis-item.ev-cluster')];
      if (clusters.length === 0) return chart.querySelector('.vis-item.ev') ? ('events' as const) : null;
      const panel = chart.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      for (const item of clusters) {
        const box = item.getBoundingClientRect();
        if (box.left >= panel.left && box.right <= panel.right && box.top >= panel.top && box.bottom <= panel.bottom) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    });
  let found: Awaited<ReturnType<typeof look>> = null;
  await expect.poll(async () => (found = await look()), { message: 'a cluster wholly inside the chart, or its events' }).not.toBeNull();
  return found!;
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
  for (let step = 0; step < 5; step++) {
    if ((await nextCluster(page)) === 'events') break;
    // A tap the chart takes for the start of a drag does not select: click again until the window narrows.
    await expect(async () => {
      const next = await nextCluster(page);
      if (next !== 'events') await page.mouse.click(next.x, next.y);
      await expect.poll(() => windowDays(page), { timeout: 2000 }).toBeLessThan(Math.min(before, 4000));
    }).toPass({ timeout: 15_000 });
    before = await windowDays(page);
  }
  await expect(chart.locator('.vis-item.ev').first()).toBeVisible();
  await expect(clusters).toHaveCount(0);
});
