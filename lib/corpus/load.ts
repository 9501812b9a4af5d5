/** Reads a manifest and its article texts from disk (I/O here; validation in manifest.ts). */
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ArticleInput } from '../domain/event';
import { articleIdOf, parseManifest, type ManifestEntry } from './manifest';

export interface CorpusEntry extends ManifestEntry {
  id: string;
  text: string;
}

function parseJson(raw: string, manifestPath: string): unknown {
  try { return JSON.parse(raw); } catch (e) { throw new Error(`${manifestPath}: not valid JSON (${(e as Error).message})`); }
}

/** An entry with its text; throws when the manifest names the text's SHA-256 and this text is not it. */
export function corpusEntry(e: ManifestEntry, text: string): CorpusEntry {
  if (e.sha256 && createHash('sha256').update(text, 'utf8').digest('hex') !== e.sha256) {
    throw new Error(`article file ${e.file}: not the text the manifest was written for (its SHA-256 differs)`);
  }
  return { ...e, id: articleIdOf(e.file), text };
}

function build(entries: ManifestEntry[], texts: string[]): CorpusEntry[] {
  return entries.map((e, i) => corpusEntry(e, texts[i]!));
}

/** Reads the manifest and every text it lists (files are relative to the manifest). Throws a clear Error for a missing file. */
export async function readCorpus(manifestPath: string): Promise<CorpusEntry[]> {
  let raw: string;
  try { raw = await readFile(manifestPath, 'utf8'); } catch { throw new Error(`manifest not found: ${manifestPath}`); }
  const entries = parseManifest(parseJson(raw, manifestPath));
  const dir = path.dirname(manifestPath);
  const texts = await Promise.all(entries.map(async (e) => {
    const p = path.join(dir, e.file);
    try { return await readFile(p, 'utf8'); } catch { throw new Error(`article file missing: ${p} (manifest entry "${e.file}")`); }
  }));
  return build(entries, texts);
}

/**
 * The same, synchronously. `textDir` reads the texts from another folder than the manifest's: the real-news evaluation
 * sets commit only their manifests and gold, and their texts stay outside the repository.
 */
export function readCorpusSync(manifestPath: string, textDir?: string): CorpusEntry[] {
  let raw: string;
  try { raw = readFileSync(manifestPath, 'utf8'); } catch { throw new Error(`manifest not found: ${manifestPath}`); }
  const entries = parseManifest(parseJson(raw, manifestPath));
  const dir = textDir ?? path.dirname(manifestPath);
  const texts = entries.map((e) => {
    const p = path.join(dir, e.file);
    try { return readFileSync(p, 'utf8'); } catch { throw new Error(`article file missing: ${p} (manifest entry "${e.file}")`); }
  });
  return build(entries, texts);
}

/**
 * The entries of a manifest whose texts are in `textDir`, and the files that are not: a real-news set's texts come from
 * outside the repository, and a copy may hold only some of them.
 */
export function readAvailableCorpusSync(manifestPath: string, textDir: string): { entries: CorpusEntry[]; missing: string[] } {
  let raw: string;
  try { raw = readFileSync(manifestPath, 'utf8'); } catch { throw new Error(`manifest not found: ${manifestPath}`); }
  const all = parseManifest(parseJson(raw, manifestPath));
  const present = all.filter((e) => existsSync(path.join(textDir, e.file)));
  return {
    entries: build(present, present.map((e) => readFileSync(path.join(textDir, e.file), 'utf8'))),
    missing: all.filter((e) => !present.includes(e)).map((e) => e.file),
  };
}

export function toArticleInput(e: CorpusEntry): ArticleInput {
  return { id: e.id, file: e.file, text: e.text, published: { value: e.published, precision: e.publishedPrecision } };
}
