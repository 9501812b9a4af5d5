import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, validateSubmission } from './validate';

const ARABIC = 'زار وزير الخارجية الروسي الجزائر أمس.';

describe('validateSubmission', () => {
  it('accepts an Arabic article with its metadata', () => {
    const result = validateSubmission({ text: ARABIC, title: 'عنوان', outlet: 'El Watan', url: 'https://example.org/a', published: '2022-05-11' });
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
  ])('refuses %s, naming the field', (_name, input, status, field, message) => {
    const result = validateSubmission(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(status);
    expect(result.errors.find((e) => e.field === field)?.message).toMatch(message);
  });

  it('answers 413 with the limit for a text over 1 MB', () => {
    const result = validateSubmission({ text: 'ا'.repeat(MAX_TEXT_BYTES / 2 + 1) });
    expect(result).toMatchObject({ ok: false, status: 413 });
    if (!result.ok) expect(result.errors[0]!.message).toContain(String(MAX_TEXT_BYTES));
  });

  it.each([null, 'text', 42, [], { text: null }])('never throws on %j', (input) => {
    expect(() => validateSubmission(input)).not.toThrow();
    expect(validateSubmission(input).ok).toBe(false);
  });
});
