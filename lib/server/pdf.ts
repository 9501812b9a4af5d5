import 'server-only';
import type { Browser } from 'playwright-core';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/messages';
import { printableHeightPx, printableWidthPx, type PaperChoice } from '@/lib/print/paper';

/**
 * Snapshots printed to PDF on the server by the Chromium PDF_CHROMIUM names: the browser opens /print on the server's
 * own address, in the reader's language, as a reader's browser would print it, so the file is the same document.
 * One Chromium serves every request (started on the first) and prints one snapshot at a time.
 */

const LAUNCH_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** How long a snapshot may take to load and print before the request gives up. */
const PRINT_TIMEOUT_MS = 30_000;

/** Snapshots waiting to print beyond which a request is turned away to come back later. */
const MAX_WAITING = 4;

const slot = globalThis as unknown as { pdfBrowser?: { path: string; browser: Promise<Browser> }; pdfQueue?: Promise<unknown>; pdfWaiting?: number };

/** Thrown when too many snapshots already wait to print. */
export class PdfQueueFull extends Error {}

async function browserAt(executablePath: string): Promise<Browser> {
  if (slot.pdfBrowser?.path !== executablePath) {
    const browser = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: LAUNCH_ARGS }));
    slot.pdfBrowser = { path: executablePath, browser };
    // A browser that fails to start or dies later is started afresh on the next request.
    const forget = () => {
      if (slot.pdfBrowser?.browser === browser) delete slot.pdfBrowser;
    };
    browser.then((started) => started.on('disconnected', forget), forget);
  }
  return slot.pdfBrowser.browser;
}

/** Runs `job` after every job queued before it: one Chromium page prints at a time. */
function queued<T>(job: () => Promise<T>): Promise<T> {
  if ((slot.pdfWaiting ?? 0) >= MAX_WAITING) return Promise.reject(new PdfQueueFull(`${MAX_WAITING} snapshots are already waiting to print`));
  slot.pdfWaiting = (slot.pdfWaiting ?? 0) + 1;
  const run = (slot.pdfQueue ?? Promise.resolve()).then(job).finally(() => {
    slot.pdfWaiting = (slot.pdfWaiting ?? 1) - 1;
  });
  slot.pdfQueue = run.catch(() => undefined);
  return run;
}

export interface PdfRequest {
  /** The snapshot's address on the server itself: `http://127.0.0.1:3000/print?…`. */
  url: string;
  locale: Locale;
  paper: PaperChoice;
  chromium: string;
}

/** The snapshot at `url` as a PDF, on its own paper (the page's CSS @page size). */
export function printSnapshotPdf(request: PdfRequest): Promise<Buffer> {
  return queued(async () => {
    const browser = await browserAt(request.chromium);
    const context = await browser.newContext({ viewport: { width: printableWidthPx(request.paper), height: printableHeightPx(request.paper) } });
    try {
      await context.addCookies([{ name: LOCALE_COOKIE, value: request.locale, url: request.url }]);
      const page = await context.newPage();
      page.setDefaultTimeout(PRINT_TIMEOUT_MS);
      const response = await page.goto(request.url, { timeout: PRINT_TIMEOUT_MS });
      if (!response?.ok()) throw new Error(`the snapshot page answered ${response?.status() ?? 'nothing'}`);
      await page.evaluate(() => document.fonts.ready);
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await context.close();
    }
  });
}
