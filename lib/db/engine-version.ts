import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the engine's output depends on: its own folder (code and lexicons) and the event-type registry. */
const ENGINE_SOURCES = [path.join('lib', 'extract'), path.join('lib', 'domain', 'event-types.ts')];

/** Files of a source (a folder, walked, or one file), tests left out, as paths relative to the root. */
function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!statSync(full).isDirectory()) return /\.(ts|json|tsv)$/.test(full) && !/\.test\.ts$/.test(full) ? [relative] : [];
  return readdirSync(full).flatMap((name) => filesUnder(root, path.join(relative, name)));
}

let cached: string | null = null;

/**
 * The running engine's version: a hash of its sources, so that any change to a rule or a lexicon marks every stored
 * analysis as older (tests aside). Articles analysed by another version are re-analysed by `npm run reextract`.
 */
export function engineVersion(root = process.cwd()): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of ENGINE_SOURCES.flatMap((source) => filesUnder(root, source)).sort()) {
    hash.update(file.split(path.sep).join('/')).update('\u0000').update(readFileSync(path.join(root, file))).update('\u0000');
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
