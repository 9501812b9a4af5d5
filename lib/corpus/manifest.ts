/** The manifest format (seeds/manifest.json): a pure validator shared by the CLI, the evaluation and the database loader. */
import { z } from 'zod';
import { isoToday, publicationOutOfRange } from '../domain/date-limits';
import { parsePublished } from '../domain/published';

export interface ManifestEntry {
  file: string;
  title: string;
  titleEn: string | null;
  outlet: string | null;
  url: string | null;
  /** YYYY-MM-DD or YYYY-MM */
  published: string;
  publishedPrecision: 'day' | 'month';
  publishedNote: string | null;
  language: string | null;
  /** SHA-256 (hex) of the text exactly as stored, where the text lives outside the repository (real-news sets). */
  sha256: string | null;
}

const entrySchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().nullish(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string(),
  publishedPrecision: z.enum(['day', 'month']),
  publishedNote: z.string().nullish(),
  language: z.string().nullish(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullish(),
});

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.join('.') || 'entry';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `missing field "${field}"`;
  return `field "${field}": ${issue.message}`;
}

/** The entries of a parsed manifest (an object with `articles`, or a bare array), unchecked. */
export function manifestEntries(data: unknown): unknown[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as { articles?: unknown }).articles : undefined;
  if (!Array.isArray(list)) throw new Error('manifest: expected an object with an "articles" array');
  return list;
}

/** Validates one manifest entry (the i-th); throws an Error naming the entry and the problem. */
export function parseManifestEntry(raw: unknown, i: number, today: string = isoToday()): ManifestEntry {
  const name = raw && typeof raw === 'object' && typeof (raw as { file?: unknown }).file === 'string' ? `"${(raw as { file: string }).file}"` : `#${i}`;
  const where = `manifest entry ${i} (${name})`;
  if (!raw || typeof raw !== 'object') throw new Error(`${where}: not an object`);
  const r = raw as Record<string, unknown>;
  for (const f of ['file', 'title', 'published', 'publishedPrecision']) if (r[f] === undefined || r[f] === null) throw new Error(`${where}: missing field "${f}"`);
  const res = entrySchema.safeParse(raw);
  if (!res.success) throw new Error(`${where}: ${describe(res.error.issues[0]!)}`);
  const e = res.data;
  const pub = parsePublished(e.published);
  if (!pub) throw new Error(`${where}: unreadable date "${e.published}" (expected YYYY-MM-DD or YYYY-MM)`);
  if (pub.precision !== e.publishedPrecision) throw new Error(`${where}: published "${e.published}" does not match publishedPrecision "${e.publishedPrecision}"`);
  const outOfRange = publicationOutOfRange(e.published, today);
  if (outOfRange) throw new Error(`${where}: ${outOfRange}`);
  if (e.file.includes('..') || e.file.startsWith('/')) throw new Error(`${where}: file must be a plain relative path`);
  return { file: e.file, title: e.title, titleEn: e.titleEn ?? null, outlet: e.outlet, url: e.url, published: e.published, publishedPrecision: e.publishedPrecision, publishedNote: e.publishedNote ?? null, language: e.language ?? null, sha256: e.sha256 ?? null };
}

/**
 * Validates a parsed manifest (an object with `articles`, or a bare array); throws an Error naming the entry and the
 * problem. Publication dates run from 1900 to `today`, as for any write.
 */
export function parseManifest(data: unknown, today: string = isoToday()): ManifestEntry[] {
  const files = new Map<string, number>();
  return manifestEntries(data).map((raw, i) => {
    const entry = parseManifestEntry(raw, i, today);
    const prev = files.get(entry.file);
    if (prev !== undefined) throw new Error(`manifest entry ${i} ("${entry.file}"): duplicate file (also entry ${prev})`);
    files.set(entry.file, i);
    return entry;
  });
}

/** The article id of a manifest file: its name without directory and extension. */
export function articleIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
