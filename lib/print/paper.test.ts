import { describe, expect, it } from 'vitest';
import { documentLink, shareableOrigin } from './links';
import { cssString, pageStyle, shorten } from './page-style';
import { printableWidthPx, readPaper, sheet } from './paper';

describe('the paper of a snapshot', () => {
  it('is read from the address, A4 landscape unless it says otherwise or says something unknown', () => {
    expect(readPaper({})).toEqual({ paper: 'a4', orientation: 'landscape' });
    expect(readPaper({ paper: 'letter', orientation: 'portrait' })).toEqual({ paper: 'letter', orientation: 'portrait' });
    expect(readPaper({ paper: ['letter', 'a4'], orientation: 'sideways' })).toEqual({ paper: 'letter', orientation: 'landscape' });
    expect(readPaper({ paper: 'A3' })).toEqual({ paper: 'a4', orientation: 'landscape' });
  });

  it('turns the sheet for landscape, and draws the chart at the printable width', () => {
    expect(sheet({ paper: 'a4', orientation: 'landscape' })).toMatchObject({ width: 297, height: 210 });
    expect(sheet({ paper: 'letter', orientation: 'portrait' })).toMatchObject({ width: 215.9, height: 279.4 });
    // 297 mm less two 12 mm margins, at 96 px to the inch.
    expect(printableWidthPx({ paper: 'a4', orientation: 'landscape' })).toBe(Math.floor((273 * 96) / 25.4));
    expect(printableWidthPx({ paper: 'letter', orientation: 'portrait' })).toBeLessThan(printableWidthPx({ paper: 'a4', orientation: 'landscape' }));
  });

  it('writes the page size and a running head, filters and page number on the side reading starts from', () => {
    const running = { head: 'Snapshot · 1 Jul 2020 to 31 Jul 2020', filters: 'Type: Visit', pageWords: ['Page ', ' of ', ''] as [string, string, string] };
    const ltr = pageStyle({ paper: 'letter', orientation: 'portrait' }, { ...running, direction: 'ltr' });
    expect(ltr).toContain('size: 215.9mm 279.4mm');
    expect(ltr).toMatch(/@top-left \{ content: "Snapshot/);
    expect(ltr).toMatch(/@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\)/);
    const rtl = pageStyle({ paper: 'a4', orientation: 'landscape' }, { ...running, direction: 'rtl' });
    expect(rtl).toContain('size: 297mm 210mm');
    expect(rtl).toMatch(/@top-right \{ content: "Snapshot/);
    expect(rtl).toMatch(/@bottom-left \{/);
  });

  it('quotes text for CSS so that no filter can close the string or the rule', () => {
    expect(cssString('Search: “a” "b" \\ } <x>')).toBe('"Search: \\201c a\\201d  \\22 b\\22  \\5c  \\7d  \\3c x\\3e "');
    expect(cssString('لافروف')).toBe('"لافروف"');
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});

describe('links in a document that leaves the building', () => {
  it('start with a public origin, never a loopback one (paths then)', () => {
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3101', 'http://[::1]:8080', 'http://app.localhost']) {
      expect(shareableOrigin(origin), origin).toBeNull();
    }
    expect(shareableOrigin('https://timeline.example.org')).toBe('https://timeline.example.org');
    expect(documentLink('https://timeline.example.org', '/events/x')).toBe('https://timeline.example.org/events/x');
    expect(documentLink(null, '/events/x')).toBe('/events/x');
  });
});
