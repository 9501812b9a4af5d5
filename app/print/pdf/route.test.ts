import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '@/lib/server/settings';
import { GET } from './route';

describe('server PDFs of snapshots', () => {
  const saved = process.env.PDF_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.PDF_CHROMIUM;
    else process.env.PDF_CHROMIUM = saved;
  });

  it('are off unless PDF_CHROMIUM is set, and the answer says how to turn them on', async () => {
    delete process.env.PDF_CHROMIUM;
    const response = await GET(new NextRequest('http://timeline.example.org/print/pdf?paper=letter'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('PDF_CHROMIUM=/usr/bin/chromium');
    expect(page).toContain('Save as PDF');
  });

  it('refuse to start on a PDF_CHROMIUM that is not a file, naming the setting', () => {
    const env = (settings: Record<string, string>) => ({ NODE_ENV: 'production', ...settings }) as NodeJS.ProcessEnv;
    expect(() => readSettings(env({ PDF_CHROMIUM: '/nonexistent/chromium' }))).toThrow(/PDF_CHROMIUM: "\/nonexistent\/chromium" is not a file/);
    expect(readSettings(env({})).pdfChromium).toBeNull();
    expect(readSettings(env({ PDF_CHROMIUM: process.execPath })).pdfChromium).toBe(process.execPath);
  });
});
