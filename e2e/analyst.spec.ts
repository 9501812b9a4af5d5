/**
 * The analyst's three jobs on `/`: links that keep their view (window, selection, back/forward), a keyboard walk
 * through the whole chronology, and the details of a selection in view, one card per source article.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './screenshots';
import { MATRIX, backwardKey, boxOf, chart, chartArea, chartItem, chartSettled, forwardKey, headlineEvents, inside, listedEvents, prepare, urlEvent, urlWindow, type Box } from './view';

const panel = (page: Page) => page.getByTestId('details-panel');

/** Whether the element at the middle of a box is (inside) the given element: nothing covers it. */
async function uncovered(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 8));
    return top !== null && (el === top || el.contains(top));
  });
}

for (const { screen, locale, name } of MATRIX) {
  test.describe(`the analyst's screen (${name})`, () => {
    test.beforeEach(async ({ page, baseURL }) => prepare(page, baseURL, screen, locale));

    test('keeps a hand-made window exactly, across reload, zoom, back and forward', async ({ page, request }) => {
      const [medvedev, berlin] = await headlineEvents(request);
      await page.goto('/?from=2019-06-01&to=2021-06-01');
      await chartSettled(page);
      expect(urlWindow(page)).toEqual({ from: '2019-06-01', to: '2021-06-01' });
      await expect(chartItem(page, medvedev!.id)).toHaveCount(0);
      const berlinItem = chartItem(page, berlin!.id);
      await expect(berlinItem).toBeVisible();
      const linkedX = (await boxOf(berlinItem)).x;

      await page.reload();
      await chartSettled(page);
      expect(urlWindow(page)).toEqual({ from: '2019-06-01', to: '2021-06-01' });
      expect(Math.abs((await boxOf(berlinItem)).x - linkedX)).toBeLessThan(2);

      // A zoom is a step of its own: Back returns to the link's window, Forward to the zoomed one.
      await page.getByTestId('zoom-in').click();
      await expect.poll(() => urlWindow(page).from).not.toBe('2019-06-01');
      const zoomed = urlWindow(page);
      await chartSettled(page);
      const zoomedX = (await boxOf(berlinItem)).x;
      expect(Math.abs(zoomedX - linkedX)).toBeGreaterThan(10);

      await page.goBack();
      await expect.poll(() => urlWindow(page)).toEqual({ from: '2019-06-01', to: '2021-06-01' });
      await expect.poll(async () => Math.abs((await boxOf(berlinItem)).x - linkedX)).toBeLessThan(2);
      await page.goForward();
      await expect.poll(() => urlWindow(page)).toEqual(zoomed);
      await expect.poll(async () => Math.abs((await boxOf(berlinItem)).x - zoomedX)).toBeLessThan(2);
    });

    test('a selection is a history entry: back closes it, forward opens it again, reload keeps it', async ({ page, request }) => {
      const [, berlin] = await headlineEvents(request);
      await page.goto('/?from=2019-06-01&to=2021-06-01');
      await chartSettled(page);
      await chartItem(page, berlin!.id).locator('.ev-label').click();
      await expect(panel(page)).toContainText(berlin!.title[locale]);
      await expect.poll(() => urlEvent(page)).toBe(berlin!.id);
      await page.goBack();
      await expect(panel(page)).toHaveCount(0);
      expect(urlWindow(page)).toEqual({ from: '2019-06-01', to: '2021-06-01' });
      await page.goForward();
      await expect(panel(page)).toContainText(berlin!.title[locale]);
      await page.reload();
      await expect(panel(page)).toContainText(berlin!.title[locale]);
      expect(urlWindow(page)).toEqual({ from: '2019-06-01', to: '2021-06-01' });
      await expect(chart(page).locator(`.vis-item.vis-selected[data-id="${berlin!.id}"]`)).toBeVisible();
    });

    test('a link to one event centres it with what happened around it', async ({ page, request }) => {
      const [, , moscowTalks] = await headlineEvents(request);
      await page.goto(`/?event=${encodeURIComponent(moscowTalks!.id)}`);
      await chartSettled(page);
      await expect(async () => {
        // Both boxes at the same moment: on a phone the page scrolls to the opened details while the chart settles.
        const area = await chartArea(page);
        const item = await boxOf(chartItem(page, moscowTalks!.id).locator('.ev-label'));
        expect(inside(item, area)).toBe(true);
        // Its day sits in the middle half of the chart, not against an edge.
        const dot = await boxOf(chartItem(page, moscowTalks!.id));
        const at = (locale === 'ar' ? area.x + area.width - (dot.x + dot.width) : dot.x - area.x) / area.width;
        expect(at).toBeGreaterThan(0.2);
        expect(at).toBeLessThan(0.75);
      }).toPass({ timeout: 10_000 });
      expect(await chart(page).locator('.vis-item.ev').count()).toBeGreaterThan(2);
      await expect(panel(page)).toContainText(moscowTalks!.title[locale]);
    });

    test('→ walks twenty events in date order across the whole chronology, ← walks back, Enter opens', async ({ page, request }) => {
      // The walk visits dated events only; the list puts the undated ones last.
      const dated = (await listedEvents(request)).filter((e) => e.date !== null);
      const ordered = dated.map((e) => e.id);
      const steps = Math.min(20, ordered.length);
      expect(steps).toBeGreaterThanOrEqual(15);
      await page.goto('/');
      await chartSettled(page);
      await page.getByTestId('timeline-region').focus();
      await page.keyboard.press('Home');
      await expect.poll(() => urlEvent(page)).toBe(ordered[0]);
      const visited = [urlEvent(page)!];
      for (let i = 1; i < steps; i++) {
        await page.keyboard.press(forwardKey(locale));
        await expect.poll(() => urlEvent(page)).toBe(ordered[i]);
        visited.push(urlEvent(page)!);
        // The window follows: the selected event is on the chart.
        await expect(chart(page).locator(`.vis-item.vis-selected[data-id="${ordered[i]}"]`)).toBeVisible();
      }
      expect(new Set(visited).size).toBe(steps);
      await expect(panel(page)).toContainText(dated[steps - 1]!.title[locale]);

      for (let i = steps - 2; i >= steps - 5; i--) {
        await page.keyboard.press(backwardKey(locale));
        await expect.poll(() => urlEvent(page)).toBe(ordered[i]);
      }
      await page.keyboard.press('End');
      await expect.poll(() => urlEvent(page)).toBe(ordered.at(-1));
      // At the end, → stays on the last event; ← still moves.
      await page.keyboard.press(forwardKey(locale));
      await page.keyboard.press(backwardKey(locale));
      await expect.poll(() => urlEvent(page)).toBe(ordered.at(-2));
      // Enter right after an arrow opens the event that arrow reached.
      await page.keyboard.press(backwardKey(locale));
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/events/${encodeURIComponent(ordered.at(-3)!)}`);
    });

    test('Esc closes the details and + / − zoom, from the keyboard', async ({ page }) => {
      await page.goto('/');
      await chartSettled(page);
      await page.getByTestId('timeline-region').focus();
      await page.keyboard.press(forwardKey(locale));
      await expect(panel(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel(page)).toHaveCount(0);
      await page.keyboard.press('+');
      await expect.poll(() => urlWindow(page).from).not.toBeNull();
      const zoomedIn = urlWindow(page);
      await page.keyboard.press('-');
      await expect.poll(() => urlWindow(page)).not.toEqual(zoomedIn);
    });

    test('a click opens the details in view, beside the chart or over its lower half, one card per source article', async ({ page, request }) => {
      const [, berlin, moscowTalks] = await headlineEvents(request);
      await page.goto('/');
      await chartSettled(page);
      await chartItem(page, moscowTalks!.id).locator('.ev-label').click();
      const details = panel(page);
      await expect(details.getByTestId('event-title')).toHaveText(moscowTalks!.title[locale]);
      const viewport: Box = { x: 0, y: 0, width: screen.width, height: screen.height };
      // The pointer leaves the item, taking its tooltip with it: what is left on the item is what covers it.
      await page.mouse.move(1, screen.height / 2);
      // The title, date and first source are on screen without scrolling; the event clicked is not covered.
      await expect(async () => {
        for (const part of [details.getByTestId('event-title'), details.getByTestId('event-date')]) {
          const box = await boxOf(part);
          expect(inside(box, viewport), `details at ${JSON.stringify(box)}`).toBe(true);
        }
        expect(await uncovered(page, `.vis-item[data-id="${moscowTalks!.id}"] .ev-label`), 'the item clicked is not covered').toBe(true);
      }).toPass({ timeout: 5_000 });
      if (screen.width >= 1024) {
        const chartBox = (await chart(page).boundingBox())!;
        const panelBox = (await details.boundingBox())!;
        expect(panelBox.y).toBeLessThan(chartBox.y + chartBox.height);
        expect(panelBox.height).toBeLessThanOrEqual(screen.height);
      }

      // The README shows the desktop in English and the phone in Arabic.
      if ((screen.name === 'desktop') === (locale === 'en')) await page.screenshot({ path: screenshotPath(`details-${screen.name}-${locale}.png`) });

      // Mentions are not sources: one card per article, the rest of its passages folded.
      const cards = details.getByTestId('source-card');
      await expect(cards).toHaveCount(moscowTalks!.sources.length);
      expect(moscowTalks!.mentions.length).toBeGreaterThan(moscowTalks!.sources.length);
      await expect(details.getByTestId('corroboration')).toBeVisible();
      await expect(cards.first().locator('details')).toBeVisible();
      await expect(cards.first().locator('details blockquote').first()).toBeHidden();

      await page.keyboard.press('Escape');
      await chartItem(page, berlin!.id).locator('.ev-label').click();
      await expect(details.getByTestId('event-title')).toHaveText(berlin!.title[locale]);
      await expect(details.getByTestId('source-card')).toHaveCount(berlin!.sources.length);
    });

    test('the wheel over the chart scrolls the page; Ctrl+wheel zooms', async ({ page }) => {
      await page.goto('/');
      await chartSettled(page);
      const area = await chartArea(page);
      await page.mouse.move(area.x + area.width / 2, area.y + Math.min(area.height / 2, 60));
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => globalThis.scrollY)).toBeGreaterThan(100);
      await page.waitForTimeout(500);
      expect(urlWindow(page)).toEqual({ from: null, to: null });
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      const box = await chartArea(page);
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 60));
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      await expect.poll(() => urlWindow(page).from).not.toBeNull();
      await expect(page.locator('#timeline-keys')).toContainText(locale === 'ar' ? 'Ctrl' : 'Ctrl+wheel');
    });
  });
}

for (const { screen, locale, name } of MATRIX) {
  test(`names countries, roles, dates and axis months in the reader's language (${name})`, async ({ page, baseURL, request }) => {
    await prepare(page, baseURL, screen, locale);
    const [, , moscowTalks] = await headlineEvents(request);
    // Lanes by country carry names, never ISO codes.
    await page.goto('/?lanes=country');
    await chartSettled(page);
    const lanes = await chart(page).locator('.vis-labelset .vis-label').allInnerTexts();
    expect(lanes.map((l) => l.trim())).toContain(locale === 'ar' ? 'الجزائر' : 'Algeria');
    for (const lane of lanes) expect(lane.trim()).not.toMatch(/^[A-Z]{2}$/);

    // A month-wide window: the axis names its months in the reader's language.
    await page.goto('/?from=2020-06-01&to=2020-09-30');
    await chartSettled(page);
    await expect(chart(page).locator('.vis-time-axis.vis-foreground')).toContainText(locale === 'ar' ? 'يوليو' : 'Jul');

    await page.goto(`/?event=${encodeURIComponent(moscowTalks!.id)}`);
    const details = page.getByTestId('details-panel');
    await expect(details).toContainText(locale === 'ar' ? 'وزير الخارجية' : 'Foreign Minister');
    await expect(details.getByTestId('source-card').first()).toContainText(locale === 'ar' ? 'يوليو 2020' : 'July 2020');
    if (locale === 'ar') await expect(details).not.toContainText('Foreign Minister');
  });
}
