/**
 * The bad-input corpus: requests a careless or hostile client may send, each through the app's whole request path
 * (app/_testing/dispatch.ts), on every test database. Every one must be refused with the 4xx it deserves and a
 * message naming the field, parameter or header at fault; none may answer 5xx or store anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '@/lib/db/testing';
import { jsonBody, send, type Sent } from '../_testing/dispatch';
import { seededServerDatabase, storedCounts } from '../_testing/server-database';

const ARTICLE = { text: 'زار وزير الخارجية الروسي سيرغي لافروف الجزائر يوم 3 مارس 2021 والتقى نظيره.', published: '2021-03-04' };
const SEED_ARTICLE = '004_f1f19904a7b4aaa8';

interface Case {
  name: string;
  path: string;
  sent?: Sent;
  status: number;
  /** The field, parameter or header the answer must name. */
  field: string;
  /** Settings in force for this request. */
  env?: Record<string, string>;
}

const cases: Case[] = [];
const add = (c: Case) => cases.push(c);
const post = (path: string, value: unknown, extra: Omit<Sent, 'body'> = {}) => jsonBody(value, extra);

// 1. Write access cannot be claimed with a header.
const spoofs: Array<[string, string, Record<string, string>]> = [
  ['a remote client', '203.0.113.9', {}],
  ['a remote client claiming 127.0.0.1', '203.0.113.9', { 'x-forwarded-for': '127.0.0.1' }],
  ['a remote client claiming localhost', '::ffff:192.0.2.2', { 'x-forwarded-for': 'localhost' }],
  ['a remote client claiming a chain from 127.0.0.1', '203.0.113.9', { 'x-forwarded-for': '127.0.0.1, 1.2.3.4' }],
  ['a remote client with X-Real-IP', '203.0.113.9', { 'x-real-ip': '127.0.0.1' }],
  ['a remote client with Forwarded', '203.0.113.9', { forwarded: 'for=127.0.0.1' }],
  ['a remote client with True-Client-IP', '198.51.100.1', { 'true-client-ip': '::1' }],
  ['a local proxy forwarding a remote client', '127.0.0.1', { 'x-forwarded-for': '1.2.3.4' }],
  ['a local proxy forwarding itself', '127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }],
  ['a local proxy forwarding a host', '::1', { 'x-forwarded-host': 'localhost:3000' }],
];
for (const [name, from, headers] of spoofs) {
  add({ name: `POST by ${name}`, path: '/api/articles', sent: post('/api/articles', ARTICLE, { from, headers }), status: 403, field: 'Authorization' });
  add({ name: `DELETE by ${name}`, path: `/api/articles/${SEED_ARTICLE}`, sent: { method: 'DELETE', from, headers }, status: 403, field: 'Authorization' });
}
const TOKEN = { INGEST_TOKEN: 'correct horse battery staple' };
for (const [name, authorization] of [['no token', undefined], ['a wrong token', 'Bearer wrong'], ['the token as Basic', `Basic ${TOKEN.INGEST_TOKEN}`], ['an empty bearer', 'Bearer ']] as const) {
  const headers: Record<string, string> = authorization ? { authorization } : {};
  add({ name: `POST with INGEST_TOKEN set and ${name}`, path: '/api/articles', sent: post('/api/articles', ARTICLE, { headers }), status: 401, field: 'Authorization', env: TOKEN });
  add({ name: `DELETE with INGEST_TOKEN set and ${name}`, path: `/api/articles/${SEED_ARTICLE}`, sent: { method: 'DELETE', headers }, status: 401, field: 'Authorization', env: TOKEN });
}
add({ name: 'POST from the machine itself when proxies are trusted', path: '/api/articles', sent: post('/api/articles', ARTICLE), status: 403, field: 'Authorization', env: { TRUSTED_PROXIES: '127.0.0.1' } });
add({ name: 'POST through a trusted proxy for 127.0.0.1', path: '/api/articles', sent: post('/api/articles', ARTICLE, { headers: { 'x-forwarded-for': '127.0.0.1' } }), status: 403, field: 'Authorization', env: { TRUSTED_PROXIES: '127.0.0.1' } });

// 2. Cross-site writes, and bodies that are not JSON.
const crossSite: Array<[Record<string, string>, string]> = [
  [{ origin: 'http://evil.example' }, 'Origin'],
  [{ origin: 'null' }, 'Origin'],
  [{ origin: 'http://localhost:3001' }, 'Origin'],
  [{ origin: 'https://localhost:3000' }, 'Origin'],
  [{ 'sec-fetch-site': 'cross-site' }, 'Sec-Fetch-Site'],
  [{ 'sec-fetch-site': 'same-site' }, 'Sec-Fetch-Site'],
];
for (const [headers, field] of crossSite) {
  const label = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join();
  add({ name: `POST /api/articles, ${label}`, path: '/api/articles', sent: post('/api/articles', ARTICLE, { headers }), status: 403, field });
  add({ name: `POST /api/preview, ${label}`, path: '/api/preview', sent: post('/api/preview', ARTICLE, { headers }), status: 403, field });
  add({ name: `DELETE, ${label}`, path: `/api/articles/${SEED_ARTICLE}`, sent: { method: 'DELETE', headers }, status: 403, field });
}
for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'text/json', null]) {
  for (const path of ['/api/articles', '/api/preview']) {
    const headers: Record<string, string> = type ? { 'content-type': type } : {};
    add({ name: `POST ${path} as ${type ?? 'no content type'}`, path, sent: { method: 'POST', headers, body: JSON.stringify(ARTICLE) }, status: 415, field: 'Content-Type' });
  }
}

// 3. Dates the readers could not draw.
const badPublished: Array<[unknown, string]> = [
  ['9999-12-31', 'published'], ['0000-01-01', 'published'], ['1899-12-31', 'published'], ['1899-12', 'published'], ['2999-01', 'published'],
  ['2022-02-30', 'published'], ['2022-5-1', 'published'], ['', 'published'], [20220501, 'published'],
];
for (const [published, field] of badPublished) {
  for (const path of ['/api/articles', '/api/preview']) add({ name: `${path} with published ${JSON.stringify(published)}`, path, sent: post(path, { ...ARTICLE, published }), status: 400, field });
}
add({ name: 'a precision that contradicts the date', path: '/api/articles', sent: post('/api/articles', { ...ARTICLE, published: '2021-03', publishedPrecision: 'day' }), status: 400, field: 'publishedPrecision' });
for (const value of ['0000-01-01', '10000-01-01', '1899-12-31', '2020-02-30', 'yesterday', '2020-1-1']) {
  for (const name of ['from', 'to']) {
    for (const route of ['/', '/print', '/api/events', '/api/timeline', '/api/snapshot']) {
      add({ name: `${route}?${name}=${value}`, path: `${route}?${name}=${encodeURIComponent(value)}`, status: 400, field: name });
    }
  }
}

// 4. NUL and other control characters, in every field and parameter.
const FIELDS: Record<string, string> = { text: ARTICLE.text, title: 'عنوان', titleEn: 'Title', outlet: 'El Watan', url: 'https://example.org/a', published: '2021-03-04', publishedNote: 'note' };
for (const [field, value] of Object.entries(FIELDS)) {
  for (const ch of ['\u0000', '\u001b', '\u007f']) {
    add({ name: `${field} holding U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`, path: '/api/articles', sent: post('/api/articles', { ...ARTICLE, [field]: `${value}${ch}x` }), status: 400, field });
  }
}
for (const [field, value] of [['text', `${ARTICLE.text}\ud800`], ['title', '\udc00عنوان'], ['text', `${ARTICLE.text}\u000b`]] as const) {
  for (const path of ['/api/articles', '/api/preview']) add({ name: `${path}: ${field} with ${JSON.stringify(value.slice(-1))}`, path, sent: post(path, { ...ARTICLE, [field]: value }), status: 400, field });
}
const PARAMETERS = ['q', 'from', 'to', 'types', 'modalities', 'participants', 'countries', 'lanes', 'event', 'format', 'vague', 'limit', 'offset', 'locale', 'paper', 'orientation'];
for (const parameter of PARAMETERS) {
  for (const route of ['/', '/api/events']) add({ name: `${route}?${parameter}=%00`, path: `${route}?${parameter}=%00`, status: 400, field: parameter });
}
for (const route of ['/', '/print', '/api/events', '/api/timeline', '/api/snapshot', '/events/x', '/api/articles']) {
  add({ name: `${route} with a NUL in a parameter's name`, path: `${route}?q%00=1`, status: 400, field: 'q\\u0000' });
  add({ name: `${route}?q= with an escape character`, path: `${route}?q=%1B%5B2J`, status: 400, field: 'q' });
}

// 5. Ids that cannot name anything.
for (const path of ['/events/%00', '/events/%ED%A0%80', '/events/%E0%A4%A', '/articles/%00', '/articles/%FF', '/api/events/%00', '/api/events/%ED%A0%80', '/api/events/a%1Fb', '/api/articles/%00', '/api/articles/%C0%AF']) {
  add({ name: `GET ${path}`, path, status: 404, field: 'path' });
}
add({ name: 'GET an event id of 201 characters', path: `/api/events/${'x'.repeat(201)}`, status: 404, field: 'id' });
add({ name: 'GET an article that does not exist', path: '/api/articles/no-such-article', status: 404, field: 'id' });
add({ name: 'DELETE a malformed article id', path: '/api/articles/%00', sent: { method: 'DELETE' }, status: 404, field: 'path' });
add({ name: 'DELETE an article that does not exist', path: '/api/articles/no-such-article', sent: { method: 'DELETE' }, status: 404, field: 'id' });

// 6. Sizes, measured on the decoded text.
add({ name: 'a text of 1,000,001 bytes', path: '/api/articles', sent: post('/api/articles', { text: `${ARTICLE.text}${'ا'.repeat(500_001)}` }), status: 413, field: 'text' });
add({ name: 'a body larger than any article could be', path: '/api/articles', sent: { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"text":"${' '.repeat(6_100_000)}"}` }, status: 413, field: 'text' });
add({ name: 'a Content-Length past the limit', path: '/api/articles', sent: { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '99999999' }, body: '{}' }, status: 413, field: 'text' });
add({ name: 'a preview of 200,001 bytes', path: '/api/preview', sent: post('/api/preview', { text: `${ARTICLE.text}${'ب'.repeat(100_001)}` }), status: 413, field: 'text' });

// 7. Lists longer than fifty.
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(',');
for (const route of ['/', '/print', '/api/events', '/api/timeline', '/api/snapshot']) {
  add({ name: `${route} with 51 participants`, path: `${route}?participants=${many('person-', 51)}`, status: 400, field: 'participants' });
}
add({ name: '51 countries', path: `/api/events?countries=${many('C', 51)}`, status: 400, field: 'countries' });
add({ name: '51 types over repeated keys', path: `/api/timeline?types=${many('t', 30)}&types=${many('u', 21)}`, status: 400, field: 'types' });
add({ name: '51 modalities', path: `/?modalities=${many('m', 51)}`, status: 400, field: 'modalities' });
add({ name: '1,500 participants', path: `/api/timeline?participants=${many('p', 1500)}`, status: 400, field: 'participants' });

// 8. Paging and formats.
for (const [query, field] of [['limit=0', 'limit'], ['limit=5001', 'limit'], ['limit=-1', 'limit'], ['limit=1.5', 'limit'], ['limit=abc', 'limit'], ['offset=-1', 'offset'], ['offset=1e3', 'offset'], ['format=xml', 'format'], ['format=', 'format'], ['format=ics&vague=week', 'vague'], ['vague=', 'vague']] as const) {
  add({ name: `/api/events?${query}`, path: `/api/events?${query}`, status: 400, field });
}

// 9. Bodies that are not an article.
const shapes: Array<[string, string | Uint8Array, string]> = [
  ['malformed JSON', '{"text": ', '(body)'],
  ['an empty body', '', '(body)'],
  ['a JSON array', '[]', '(body)'],
  ['JSON null', 'null', '(body)'],
  ['a JSON string', '"text"', '(body)'],
  ['a text that is a number', '{"text":42}', 'text'],
  ['a text that is an object', '{"text":{"ar":"زار"}}', 'text'],
  ['an unknown field', JSON.stringify({ ...ARTICLE, author: 'x' }), 'author'],
  ['bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), '(body)'],
  ['a text of tatweel alone', JSON.stringify({ text: 'ـــــ' }), 'text'],
  ['an empty text', JSON.stringify({ text: '  ' }), 'text'],
];
for (const [name, body, field] of shapes) {
  for (const path of ['/api/articles', '/api/preview']) add({ name: `${path}: ${name}`, path, sent: { method: 'POST', headers: { 'content-type': 'application/json' }, body }, status: 400, field });
}

/** The fields an answer names: from its JSON, or in the words of a page. */
async function namedFields(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { error?: string; errors?: Array<{ field: string }> };
    return `${body.errors?.map((e) => e.field).join(' | ')} || ${body.error}`;
  } catch {
    return text;
  }
}

describe.each(TEST_BACKENDS)('the bad-input corpus on %s', (backend) => {
  seededServerDatabase(backend);
  let before: Record<string, number>;
  const saved = { ...process.env };
  beforeAll(async () => {
    // The corpus sends far more from one address than a person would; the rate limit has a test of its own.
    process.env.WRITE_RATE_LIMIT = '100000/60';
    process.env.PREVIEW_RATE_LIMIT = '100000/60';
    before = await storedCounts();
  });
  afterAll(() => {
    process.env = saved;
  });

  it(`holds at least 150 requests`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it('refuses every request with its 4xx, naming the field, and never answers 5xx', async () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const settings = { ...process.env };
      Object.assign(process.env, c.env);
      const response = await send(c.path, c.sent);
      process.env = settings;
      const named = await namedFields(response);
      if (response.status !== c.status || !named.includes(c.field)) wrong.push(`${c.name}: ${response.status} (expected ${c.status} naming ${c.field}) — ${named.slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('stored nothing', async () => {
    expect(await storedCounts()).toEqual(before);
  });
});
