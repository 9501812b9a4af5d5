import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parsePublished } from '../domain/published';
import { articleIdOf, parseManifest } from './manifest';
import { readAvailableCorpusSync, readCorpus, readCorpusSync } from './load';

const ok = { file: 'a.txt', title: 'ت', outlet: null, url: null, published: '2020-07-22', publishedPrecision: 'day', publishedNote: 'n' };

describe('manifest', () => {
  it('parses dates of both precisions and rejects impossible ones', () => {
    expect(parsePublished('2020-07-22')).toEqual({ value: '2020-07-22', precision: 'day' });
    expect(parsePublished('2018-01')).toEqual({ value: '2018-01', precision: 'month' });
    expect(parsePublished('2021-02-29')).toBeNull();
    expect(parsePublished('2020-13')).toBeNull();
    expect(parsePublished('22/07/2020')).toBeNull();
  });
  it('accepts valid entries', () => {
    expect(parseManifest({ articles: [ok, { ...ok, file: 'b.txt', published: '2018-01', publishedPrecision: 'month' }] })).toHaveLength(2);
  });
  it('names the entry and the problem', () => {
    expect(() => parseManifest({ articles: [ok, { ...ok, file: 'b.txt', title: undefined }] })).toThrow(/entry 1 \("b.txt"\).*missing field "title"/);
    expect(() => parseManifest({ articles: [{ ...ok, published: '2020/07/22' }] })).toThrow(/"a.txt".*unreadable date/);
    expect(() => parseManifest({ articles: [ok, ok] })).toThrow(/entry 1 .*duplicate file/);
    expect(() => parseManifest({ articles: [{ ...ok, publishedPrecision: 'month' }] })).toThrow(/does not match/);
    expect(() => parseManifest({})).toThrow(/articles/);
    expect(() => parseManifest({ articles: [{ ...ok, published: '1899-12-31' }] }, '2026-11-30')).toThrow(/"a.txt".*before 1900/);
    expect(() => parseManifest({ articles: [{ ...ok, published: '2030-01', publishedPrecision: 'month' }] }, '2026-11-30')).toThrow(/"a.txt".*after today/);
  });
  it('article id is the file name without extension', () => {
    expect(articleIdOf('seeds/000_abc.txt')).toBe('000_abc');
  });
  it('loads texts and reports a missing file clearly', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'man-'));
    writeFileSync(path.join(dir, 'a.txt'), 'نص');
    writeFileSync(path.join(dir, 'm.json'), JSON.stringify({ articles: [ok] }));
    expect((await readCorpus(path.join(dir, 'm.json')))[0]).toMatchObject({ id: 'a', text: 'نص' });
    writeFileSync(path.join(dir, 'm2.json'), JSON.stringify({ articles: [{ ...ok, file: 'missing.txt' }] }));
    await expect(readCorpus(path.join(dir, 'm2.json'))).rejects.toThrow(/missing\.txt/);
    expect(() => readCorpusSync(path.join(dir, 'nope.json'))).toThrow(/manifest not found/);
  });
  it('reads the texts a folder holds and names the ones it does not', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'man-'));
    const texts = mkdtempSync(path.join(tmpdir(), 'texts-'));
    writeFileSync(path.join(texts, 'a.txt'), 'نص');
    writeFileSync(path.join(dir, 'm.json'), JSON.stringify({ articles: [ok, { ...ok, file: 'b.txt' }] }));
    const { entries, missing } = readAvailableCorpusSync(path.join(dir, 'm.json'), texts);
    expect(entries.map((e) => [e.id, e.text])).toEqual([['a', 'نص']]);
    expect(missing).toEqual(['b.txt']);
  });
});
