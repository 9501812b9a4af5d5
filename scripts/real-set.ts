/**
 * npm run real-set -- import SOURCE_DIR NAME
 * npm run real-set -- import-second SOURCE_DIR NAME
 *
 * `import` turns a blind real-news set written outside the repository (SOURCE_DIR/manifest.json, gold.json, texts/)
 * into what the repository may hold (lib/eval/real/NAME/): the articles' addresses, outlets, dates, our English titles
 * and the SHA-256 of each text; the gold events with their offsets and our own notes, but not a word of the articles.
 * Every gold offset is checked against its evidence before the evidence is dropped.
 *
 * `import-second` adds a second writer's gold for a round already imported (gold-second.json), written without sight
 * of the first: SOURCE_DIR/texts must be the round's texts, byte for byte (their SHA-256 is checked against the
 * round's manifest). `npm run eval:agreement` scores the two writers against each other.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseManifest } from '../lib/corpus/manifest';
import { parseArgs, runCli, UsageError } from './cli-args';

const USAGE = 'usage: npm run real-set -- import|import-second SOURCE_DIR NAME';
const ARABIC_RUN = /[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+){3,}/u;

interface Span { file: string; start: number; end: number; evidence?: string; why?: string }
interface GoldFile { about?: string; events: Array<Record<string, unknown> & { id: string; note?: string; mentions: Span[] }>; forbidden?: Span[] }

function checkedSpan(span: Span, texts: Map<string, string>, where: string): Span {
  const text = texts.get(span.file);
  if (text === undefined) throw new Error(`${where}: no text ${span.file}`);
  if (span.evidence !== undefined && text.slice(span.start, span.end) !== span.evidence) throw new Error(`${where}: offsets ${span.start}..${span.end} do not hold the evidence`);
  return { file: span.file, start: span.start, end: span.end, ...(span.why ? { why: span.why } : {}) };
}

/** Notes are ours; a quotation of four or more Arabic words is the article's, and is left out («…»). */
function ownWords(note: string | undefined, where: string): string | undefined {
  if (!note || !ARABIC_RUN.test(note)) return note;
  console.warn(`${where}: a quotation of the article was left out of the note`);
  return note.replace(new RegExp(ARABIC_RUN.source, 'gu'), '…');
}

/**
 * Both scorers read `types` as the whole list of types accepted for an event, so a writer who lists only the
 * alternatives to the event's own `type` would have that type scored wrong; the event's own type always leads the list.
 */
function typesWithOwnType(ev: Record<string, unknown>): { types?: unknown[] } {
  const types = ev.types;
  if (!Array.isArray(types) || types.length === 0) return {};
  return { types: types.includes(ev.type) ? types : [ev.type, ...types] };
}

/** What the repository keeps of a gold file: offsets checked against the evidence, our notes, no article words. */
function goldForRepository(gold: GoldFile, texts: Map<string, string>, about: string) {
  return {
    about,
    events: gold.events.map((ev) => ({
      ...ev,
      // The scoring rules need every event in a group; one no other event may be folded with is a group of its own.
      group: typeof ev.group === 'string' && ev.group ? ev.group : ev.id,
      ...typesWithOwnType(ev),
      note: ownWords(ev.note, ev.id),
      mentions: ev.mentions.map((m, k) => checkedSpan(m, texts, `${ev.id} mention ${k}`)),
    })),
    forbidden: (gold.forbidden ?? []).map((f, k) => checkedSpan(f, texts, `forbidden ${k}`)),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const writeJson = (file: string, value: unknown) => writeFileSync(file, JSON.stringify(value, null, 1) + '\n');

function importRound(source: string, name: string, dir: string): void {
  const entries = parseManifest(JSON.parse(readFileSync(path.join(source, 'manifest.json'), 'utf8')));
  const texts = new Map(entries.map((e) => [e.file, readFileSync(path.join(source, 'texts', e.file), 'utf8')]));
  const gold = JSON.parse(readFileSync(path.join(source, 'gold.json'), 'utf8')) as GoldFile;
  const manifest = {
    about: `Blind real-news set ${name}: addresses, outlets, publication dates, our English titles and each text's SHA-256. The texts are not ours to commit; score with npm run eval -- --texts DIR (lib/eval/real/README.md).`,
    articles: entries.map((e) => ({
      file: e.file, language: e.language ?? 'ar', title: e.titleEn ?? e.file, titleEn: e.titleEn, outlet: e.outlet, url: e.url,
      published: e.published, publishedPrecision: e.publishedPrecision, publishedNote: ownWords(e.publishedNote ?? undefined, e.file) ?? null,
      sha256: sha256(texts.get(e.file)!),
    })),
  };
  const out = goldForRepository(gold, texts, `Gold events of the blind real-news set ${name}, written before the engine was run on it. Offsets are JavaScript string indices into the texts the manifest's SHA-256 names.`);
  mkdirSync(dir, { recursive: true });
  writeJson(path.join(dir, 'manifest.json'), manifest);
  writeJson(path.join(dir, 'gold.json'), out);
  console.log(`${dir}: ${entries.length} articles, ${out.events.length} gold events, ${out.forbidden.length} forbidden spans`);
}

function importSecondGold(source: string, name: string, dir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { articles: Array<{ file: string; sha256: string }> };
  const texts = new Map<string, string>();
  for (const a of manifest.articles) {
    const text = readFileSync(path.join(source, 'texts', a.file), 'utf8');
    if (sha256(text) !== a.sha256) throw new Error(`${a.file}: not the text round ${name} was written on (SHA-256 differs)`);
    texts.set(a.file, text);
  }
  const gold = JSON.parse(readFileSync(path.join(source, 'gold.json'), 'utf8')) as GoldFile;
  const out = goldForRepository(gold, texts, `A second writer's gold for the real-news set ${name}, written without sight of the first writer's gold or of any engine output, to measure how far two writers agree (npm run eval:agreement). Offsets as in gold.json.`);
  writeJson(path.join(dir, 'gold-second.json'), out);
  console.log(`${dir}/gold-second.json: ${out.events.length} gold events, ${out.forbidden.length} forbidden spans`);
}

async function main(): Promise<void> {
  const { positional } = parseArgs(process.argv.slice(2), []);
  const [command, source, name] = positional;
  if ((command !== 'import' && command !== 'import-second') || !source || !name || !/^[a-z0-9-]+$/.test(name)) {
    throw new UsageError('Expected: import|import-second SOURCE_DIR NAME (NAME in lower-case letters, digits and dashes).');
  }
  const dir = path.join(__dirname, '..', 'lib', 'eval', 'real', name);
  if (command === 'import') importRound(source, name, dir);
  else importSecondGold(source, name, dir);
}

runCli(main, USAGE);
