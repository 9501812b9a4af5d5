/** What the timeline tests share: languages, screen sizes, the seed corpus's headline events, and what is on screen. */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export type Locale = 'en' | 'ar';
export const LOCALES: Locale[] = ['en', 'ar'];

export const SCREENS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
export type Screen = (typeof SCREENS)[number];

/** Every screen size in both languages: the matrix the analyst's screen is tested on. */
export const MATRIX = SCREENS.flatMap((screen) => LOCALES.map((locale) => ({ screen, locale, name: `${screen.name}, ${locale}` })));

/** Opens the app at a size and in a language, as the language switch leaves it (a cookie). */
export async function prepare(page: Page, baseURL: string | undefined, screen: Screen, locale: Locale): Promise<void> {
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await page.context().addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
}

export interface ListedEvent {
  id: string;
  type: string;
  modality: string;
  date: { start: string; end: string; precision: string } | null;
  title: { en: string; ar: string };
  sources: Array<{ id: string }>;
  mentions: Array<{ articleId: string }>;
}

/** Every dated event of the default view, in chronological order, as the API lists them. */
export async function listedEvents(request: APIRequestContext, search = ''): Promise<ListedEvent[]> {
  const response = await request.get(`/api/events?limit=5000${search ? `&${search}` : ''}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { events: ListedEvent[] }).events;
}

/**
 * The four events an analyst reads the seed corpus for, found by type and first day (their ids and titles follow
 * the engine): Medvedev's visit (Oct 2017), the Berlin conference, the Lavrov–Boukadoum talks in Moscow and the
 * Lavrov–Tebboune talks in Algiers.
 */
export async function headlineEvents(request: APIRequestContext): Promise<ListedEvent[]> {
  const events = await listedEvents(request);
  const find = (type: string, start: string) => {
    const found = events.find((e) => e.type === type && e.date?.start === start);
    expect(found, `${type} on ${start}`).toBeTruthy();
    return found!;
  };
  return [find('visit', '2017-10-01'), find('conference', '2020-01-19'), find('meeting', '2020-07-22'), find('meeting', '2022-05-10')];
}

export const chart = (page: Page): Locator => page.getByTestId('timeline-chart');

/** The chart item of an event. */
export const chartItem = (page: Page, id: string): Locator => chart(page).locator(`.vis-item[data-id="${id}"]`);

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const inside = (inner: Box, outer: Box, slack = 1): boolean =>
  inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;

export const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** The chart's drawing area (between the lane names and the edge, below the axis), in page pixels. */
export async function chartArea(page: Page): Promise<Box> {
  return (await chart(page).locator('.vis-panel.vis-center').boundingBox())!;
}

/** The `from`/`to` the URL carries now. */
export function urlWindow(page: Page): { from: string | null; to: string | null } {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from'), to: params.get('to') };
}

/** The event the URL selects now. */
export const urlEvent = (page: Page): string | null => new URL(page.url()).searchParams.get('event');

/** Waits until the chart has drawn its events and fitted its first window (it widens it once for the labels). */
export async function chartSettled(page: Page): Promise<void> {
  await expect(chart(page).locator('.vis-item').first()).toBeVisible();
  let last = '';
  await expect
    .poll(async () => {
      const now = await chart(page).evaluate((el) => el.querySelector('.vis-time-axis')?.textContent ?? '');
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [300, 300, 300, 500, 500, 1000] })
    .toBe(true);
}

/** The arrow key that walks to the next event in the reading direction: → in English, ← in Arabic. */
export const forwardKey = (locale: Locale): string => (locale === 'ar' ? 'ArrowLeft' : 'ArrowRight');
export const backwardKey = (locale: Locale): string => (locale === 'ar' ? 'ArrowRight' : 'ArrowLeft');

/** An element's box in page pixels, read in one go (vis-timeline may replace the element between two reads). */
export async function boxOf(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}
