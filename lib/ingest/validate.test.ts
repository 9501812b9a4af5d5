import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, validateSubmission } from './validate';

const LIMITS = { today: '2026-11-30' };

const ARABIC = 'زار وزير الخارجية الروسي الجزائر أمس.';

describe('validateSubmission', () => {
  it('accepts an Arabic article with its metadata', () => {
    const result = validateSubmission({ text: ARABIC, title: 'عنوان', outlet: 'El Watan', url: 'https://example.org/a', published: '2022-05-11' }, LIMITS);
    expect(result).toMatchObject({ ok: true, value: { published: '2022-05-11' } });
  });

  it.each([
    ['an empty text', { text: '   ' }, 400, 'text', /empty/],
    ['a missing text', { title: 'x' }, 400, 'text', /required/],
    ['a text with no Arabic', { text: 'Lavrov visited Algiers yesterday.' }, 400, 'text', /no Arabic/],
    ['an impossible day', { text: ARABIC, published: '2022-02-30' }, 400, 'published', /real date/],
    ['a date in another format', { text: ARABIC, published: '11/05/2022' }, 400, 'published', /YYYY-MM-DD/],
    ['a month out of range', { text: ARABIC, published: '2022-13' }, 400, 'published', /YYYY-MM/],
    ['a precision that contradicts the date', { text: ARABIC, published: '2022-05', publishedPrecision: 'day' }, 400, 'publishedPrecision', /does not match/],
    ['an unknown precision', { text: ARABIC, published: '2022-05', publishedPrecision: 'week' }, 400, 'publishedPrecision', /day.*month/],
    ['a javascript: URL', { text: ARABIC, url: 'javascript:alert(1)' }, 400, 'url', /http or https/],
    ['an ftp URL', { text: ARABIC, url: 'ftp://example.org/a' }, 400, 'url', /http or https/],
    ['a URL that is not one', { text: ARABIC, url: 'not a url' }, 400, 'url', /http or https/],
    ['an unknown field', { text: ARABIC, author: 'x' }, 400, 'author', /unknown field/],
    ['a text that is not a string', { text: 42 }, 400, 'text', /./],
    ['a text of tatweel alone', { text: 'ـــــ ـــ' }, 400, 'text', /no Arabic/],
    ['a NUL in the text', { text: `${ARABIC}\u0000` }, 400, 'text', /U\+0000/],
    ['a vertical tab in the text', { text: `${ARABIC}\u000b` }, 400, 'text', /U\+000B/],
    ['half a surrogate pair in the text', { text: `${ARABIC}\ud800` }, 400, 'text', /surrogate/],
    ['a NUL in the title', { text: ARABIC, title: 'a\u0000b' }, 400, 'title', /control character U\+0000/],
    ['a line break inside the outlet', { text: ARABIC, outlet: 'El\nWatan' }, 400, 'outlet', /U\+000A/],
    ['an escape in titleEn', { text: ARABIC, titleEn: '\u001b[31m' }, 400, 'titleEn', /U\+001B/],
    ['a DEL in the url', { text: ARABIC, url: 'https://example.org/\u007f' }, 400, 'url', /U\+007F/],
    ['a NUL in the note', { text: ARABIC, publishedNote: '\u0000' }, 400, 'publishedNote', /U\+0000/],
    ['a NUL in published', { text: ARABIC, published: '2022-05-11\u0000' }, 400, 'published', /U\+0000/],
    ['year 0', { text: ARABIC, published: '0000-01-01' }, 400, 'published', /before 1900/],
    ['a publication before 1900', { text: ARABIC, published: '1899-12' }, 400, 'published', /before 1900/],
    ['the last day there is', { text: ARABIC, published: '9999-12-31' }, 400, 'published', /after today/],
    ['a publication two months ahead', { text: ARABIC, published: '2027-01' }, 400, 'published', /after today/],
  ])('refuses %s, naming the field', (_name, input, status, field, message) => {
    const result = validateSubmission(input, LIMITS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(status);
    expect(result.errors.find((e) => e.field === field)?.message).toMatch(message);
  });

  it.each([
    ['the first day there is room for', '1900-01-01'],
    ['today', '2026-11-30'],
    ['tomorrow, as a paper ahead of UTC dates itself', '2026-12-01'],
    ['this month', '2026-11'],
  ])('accepts a publication date on %s', (_name, published) => {
    expect(validateSubmission({ text: ARABIC, published }, LIMITS).ok).toBe(true);
  });

  it('keeps line breaks and tabs in the text, and trims a pasted line ending off a title', () => {
    const result = validateSubmission({ text: `${ARABIC}\r\n\t${ARABIC}`, title: 'عنوان\n' }, LIMITS);
    expect(result).toMatchObject({ ok: true, value: { text: `${ARABIC}\r\n\t${ARABIC}`, title: 'عنوان' } });
  });

  it('measures the limit on the decoded text, with a smaller one when asked', () => {
    const text = 'ا'.repeat(60_000);
    expect(validateSubmission({ text }, LIMITS).ok).toBe(true);
    expect(validateSubmission({ text }, { ...LIMITS, maxTextBytes: 100_000 })).toMatchObject({ ok: false, status: 413, errors: [{ field: 'text' }] });
  });

  it('answers 413 with the limit for a text over 1 MB', () => {
    const result = validateSubmission({ text: 'ا'.repeat(MAX_TEXT_BYTES / 2 + 1) }, LIMITS);
    expect(result).toMatchObject({ ok: false, status: 413 });
    if (!result.ok) expect(result.errors[0]!.message).toContain(String(MAX_TEXT_BYTES));
  });

  it.each([null, 'text', 42, [], { text: null }])('never throws on %j', (input) => {
    expect(() => validateSubmission(input, LIMITS)).not.toThrow();
    expect(validateSubmission(input, LIMITS).ok).toBe(false);
  });
});
