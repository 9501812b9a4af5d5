/** The article page as a reader reaches it from an event: the passage marked, each event in its own colour. */
import { expect, test } from '@playwright/test';
import { screenshotPath } from './screenshots';
import { MATRIX, boxOf, headlineEvents, inside, prepare } from './view';

for (const { screen, locale, name } of MATRIX) {
  test.describe(`an article (${name})`, () => {
    test.beforeEach(async ({ page, baseURL }) => prepare(page, baseURL, screen, locale));

    test('marks the passage an event page links to, after a client-side navigation, in view', async ({ page, request }) => {
      const [, , moscowTalks] = await headlineEvents(request);
      await page.goto(`/events/${encodeURIComponent(moscowTalks!.id)}`);
      const links = page.locator(`a[href^="/articles/"][href*="#m-"]`);
      // The second passage of the first source: not the top of the article.
      const link = links.nth(Math.min(1, (await links.count()) - 1));
      const hash = decodeURIComponent(new URL((await link.getAttribute('href'))!, 'http://x').hash.slice(1));
      if (!(await link.isVisible())) await page.locator('details summary').first().click();
      await link.click();
      await expect(page).toHaveURL(/\/articles\/.+#m-/);
      const target = page.locator(`[data-anchors~="${hash}"]`).first();
      await expect(target).toHaveClass(/mention-target/);
      const outline = await target.locator('mark').evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
      // Only that mention is marked, and it is on screen.
      const marked = await page.locator('.mention-target').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-anchors')!.split(' ')).flat())]);
      expect(marked).toContain(hash);
      await expect.poll(async () => inside(await boxOf(target.locator('mark')), { x: 0, y: 0, width: screen.width, height: screen.height })).toBe(true);
    });

    test('colours each event’s mentions apart and lists the article’s events with the same colours', async ({ page, request }) => {
      const [, , moscowTalks] = await headlineEvents(request);
      const articleId = moscowTalks!.sources[0]!.id;
      await page.goto(`/articles/${articleId}`);
      const list = page.getByTestId('article-events');
      const items = list.locator('li');
      expect(await items.count()).toBeGreaterThan(1);
      const swatches = await items.evaluateAll((lis) => lis.map((li) => ({ id: li.getAttribute('data-event-id')!, colour: getComputedStyle(li.querySelector('[data-testid="mention-swatch"]')!).backgroundColor })));
      const firstTwo = swatches.slice(0, 2);
      expect(firstTwo[0]!.colour).not.toBe(firstTwo[1]!.colour);
      for (const { id, colour } of firstTwo) {
        const mark = page.locator(`.mention[data-event-id="${id}"]:not(:has(.mention-overlap)) mark`).first();
        expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(colour);
      }
      await expect(list).toContainText(moscowTalks!.title[locale]);
      await expect(page.locator('.date-phrase').first()).toBeVisible();
      if (screen.width >= 1024) {
        // Beside the text, not under it.
        const text = (await page.getByTestId('article-text').boundingBox())!;
        const aside = (await list.boundingBox())!;
        expect(Math.abs(aside.y - text.y)).toBeLessThan(4);
        if (locale === 'en') await page.screenshot({ path: screenshotPath('article-en.png') });
      }
    });
  });
}
