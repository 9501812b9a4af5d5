/** The timeline as it opens: readable labels, a colour per type with its legend, the density strip, every lane. */
import { expect, test, type Page } from '@playwright/test';
import { MATRIX, chart, chartArea, chartSettled, headlineEvents, inside, listedEvents, overlap, prepare, urlWindow, type Box } from './view';

/** Every event item's label and dot on the chart, in page pixels. */
async function drawnItems(page: Page) {
  return chart(page)
    .locator('.vis-item.ev')
    .evaluateAll((items) =>
      items.map((item) => {
        const box = (el: Element | null) => {
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        const label = item.querySelector<HTMLElement>('.ev-label');
        return {
          id: item.getAttribute('data-id'),
          title: label?.querySelector('.ev-title')?.firstChild?.textContent ?? '',
          label: box(label),
          dot: box(item.querySelector('.vis-dot')),
          clipped: label ? label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1 : true,
        };
      }),
    );
}

for (const { screen, locale, name } of MATRIX) {
  test.describe(`the first view (${name})`, () => {
    test.beforeEach(async ({ page, baseURL }) => prepare(page, baseURL, screen, locale));

    test('labels the four headline events in full, inside the chart and the screen, overlapping nothing', async ({ page, request }) => {
      const headlines = await headlineEvents(request);
      await page.goto('/');
      const screenBox: Box = { x: 0, y: 0, width: screen.width, height: screen.height };
      await expect(async () => {
        const area = await chartArea(page);
        const items = await drawnItems(page);
        for (const event of headlines) {
          const item = items.find((i) => i.id === event.id);
          expect(item, event.title.en).toBeTruthy();
          expect(item!.title).toBe(event.title[locale]);
          expect(item!.clipped, event.title.en).toBe(false);
          expect(inside(item!.label!, area), `${event.title.en} inside the chart`).toBe(true);
          expect(inside(item!.label!, screenBox), `${event.title.en} on the first screen`).toBe(true);
          for (const other of items) {
            if (other.id === event.id) continue;
            for (const box of [other.label, other.dot]) if (box) expect(overlap(item!.label!, box), `${event.title.en} / ${other.title}`).toBe(false);
          }
        }
      }).toPass({ timeout: 15_000 });
      // A first window the app fitted stays out of the URL: reloading fits it again.
      expect(urlWindow(page)).toEqual({ from: null, to: null });
    });

    test('colours each type as its legend says, and explains dates, status and confidence on screen', async ({ page, request }) => {
      const [medvedev, berlin, moscowTalks] = await headlineEvents(request);
      await page.goto('/');
      await chartSettled(page);
      const colourOf = (id: string) => chart(page).locator(`.vis-item[data-id="${id}"] .vis-dot, .vis-item.vis-range[data-id="${id}"]`).first().evaluate((el) => getComputedStyle(el).borderTopColor);
      const swatch = (key: string) => page.getByTestId('legend').locator(`[data-legend="${key}"] .swatch`).evaluate((el) => getComputedStyle(el).borderTopColor);
      await expect(async () => {
        const colours = { visit: await colourOf(medvedev!.id), conference: await colourOf(berlin!.id), meeting: await colourOf(moscowTalks!.id) };
        expect(new Set(Object.values(colours)).size).toBe(3);
        for (const [type, colour] of Object.entries(colours)) {
          expect(colour).toMatch(/^rgb/);
          expect(await swatch(type)).toBe(colour);
        }
      }).toPass({ timeout: 10_000 });

      const legend = page.getByTestId('legend');
      await legend.scrollIntoViewIfNeeded();
      await expect(legend).toBeInViewport();
      for (const key of ['point', 'hatched', 'faint', 'approximate', 'planned', 'postponed', 'cancelled', 'low-confidence']) await expect(legend.locator(`[data-legend="${key}"]`)).toBeVisible();
      await expect(legend).toContainText(locale === 'ar' ? 'مقرر' : 'Planned');

      // Planned events are outlined and dashed, as the legend (and the README) say.
      const planned = chart(page).locator('.vis-item.ev.ev-status-planned.vis-range').first();
      await expect(planned).toBeVisible();
      expect(await planned.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).backgroundImage])).toEqual(['dashed', 'none']);
      expect(await legend.locator('[data-legend="planned"] .swatch').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    });

    test('opens where the events are dense; the density strip shows the rest and moves the window', async ({ page, request }) => {
      const stray = (await listedEvents(request)).find((e) => e.date?.start.startsWith('2011'))!;
      await page.goto('/');
      await chartSettled(page);
      const strip = page.getByTestId('density-strip');
      const marker = page.getByTestId('density-window');
      await expect(strip).toBeInViewport();
      // 2011 (two events, years before the rest) lies outside the first window: its bar is outside the marker.
      const early = chart(page).locator(`.vis-item[data-id="${stray.id}"]`);
      await expect(early).toHaveCount(0);
      const stripBox = (await strip.boundingBox())!;
      const markerBox = (await marker.boundingBox())!;
      const bars = await strip.locator('.density-bar').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, width: r.width })));
      const outside = bars.filter((bar) => bar.x + bar.width < markerBox.x || bar.x > markerBox.x + markerBox.width);
      expect(outside.length).toBeGreaterThan(0);

      // A click on that bar brings its events into the window, and the window into the URL.
      const target = outside[0]!;
      await page.mouse.click(target.x + target.width / 2, stripBox.y + stripBox.height / 2);
      await expect(early).toBeVisible();
      await expect.poll(() => urlWindow(page).from).not.toBeNull();
      expect(urlWindow(page).from! <= '2011-12-31' && urlWindow(page).to! >= '2011-01-01').toBe(true);

      // Dragging the marker towards later dates moves the window later.
      const before = urlWindow(page).from!;
      const moved = (await marker.boundingBox())!;
      const later = locale === 'ar' ? -1 : 1;
      await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
      await page.mouse.down();
      await page.mouse.move(moved.x + moved.width / 2 + later * stripBox.width * 0.3, moved.y + moved.height / 2, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => urlWindow(page).from).not.toBe(before);
      expect(urlWindow(page).from! > before).toBe(true);
    });

    test('shows every lane on the page, none hidden in a scrolled box', async ({ page }) => {
      await page.goto('/');
      await chartSettled(page);
      // The lanes' heights settle after the axis does (the chart stacks its items, then sizes the lanes to them): what
      // counts is the view the reader is left with, so the whole check is retried until it holds or times out.
      const lanesOutside = async () => {
        const root = (await chart(page).boundingBox())!;
        const lanes = await chart(page).locator('.vis-labelset .vis-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
        return lanes.length > 3 ? lanes.filter((lane) => !inside(lane, root)).length : -1;
      };
      await expect.poll(lanesOutside, { message: 'lanes outside the chart (-1: fewer than four lanes)' }).toBe(0);
      await expect.poll(() => chart(page).locator('.vis-panel.vis-center').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    });
  });
}
