/**
 * "How this date was found" in the reader's language: the Arabic details explain a seed event's date in Arabic (the
 * article's phrase quoted, days and months in Arabic, no English word), the English ones in the engine's sentence;
 * either way the sentence is on screen, inside the viewport, on a desktop and on a phone.
 */
import { expect, test } from '@playwright/test';
import { MATRIX, boxOf, headlineEvents, inside, prepare } from './view';

for (const { screen, locale, name } of MATRIX) {
  test(`the details say how the date was found in the reader's language (${name})`, async ({ page, request, baseURL }) => {
    await prepare(page, baseURL, screen, locale);
    // The Lavrov–Boukadoum talks of Wednesday 22 July 2020.
    const [, , moscowTalks] = await headlineEvents(request);
    const { event: stored } = (await (await request.get(`/api/events/${encodeURIComponent(moscowTalks!.id)}`)).json()) as { event: { date: { text: string; explanation: string } } };
    await page.goto(`/?event=${encodeURIComponent(moscowTalks!.id)}`);
    const explanation = page.getByTestId('details-panel').getByTestId('event-explanation');
    await expect(explanation).toBeVisible();
    await explanation.scrollIntoViewIfNeeded();
    const text = (await explanation.innerText()).replace(/[\u2068\u2069]/g, '');
    if (locale === 'ar') {
      await expect(explanation).toHaveAttribute('lang', 'ar');
      await expect(explanation).toHaveAttribute('dir', 'rtl');
      // The article's phrase, then the day with its weekday and month in Arabic, then why.
      expect(text.startsWith(`«${stored.date.text}» ← الأربعاء 22 يوليو 2020: `), text).toBe(true);
      expect(text, 'no English word in the Arabic explanation').not.toMatch(/[A-Za-z]/);
    } else {
      await expect(explanation).toHaveAttribute('lang', 'en');
      expect(text).toBe(stored.date.explanation);
    }
    const box = await boxOf(explanation);
    expect(box.width).toBeGreaterThan(0);
    expect(inside(box, { x: 0, y: 0, width: screen.width, height: screen.height }), `explanation at ${JSON.stringify(box)}`).toBe(true);
  });
}
