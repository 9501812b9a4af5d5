/**
 * npm run eval [-- --verbose] [--gold path] [--manifest path] [--texts dir] [--system out.json]: extracts the seeds (or
 * another set) and scores them against its gold. `--texts` names the folder holding a real-news set's texts, which are
 * not committed (lib/eval/real/README.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../lib/extract';
import { readCorpusSync, toArticleInput } from '../lib/corpus/load';
import { score, summaryLines, type Gold, type SystemOutput } from '../lib/eval/score';
import { parseArgs, UsageError } from './cli-args';

const USAGE = 'usage: npm run eval [-- --verbose] [--gold gold.json] [--manifest manifest.json] [--texts dir] [--system out.json]';
let parsed;
try {
  parsed = parseArgs(process.argv.slice(2), ['gold', 'manifest', 'texts', 'system'], ['verbose']);
  if (parsed.positional.length) throw new UsageError(`Unexpected argument ${parsed.positional[0]}.`);
} catch (error) {
  process.stderr.write(`eval: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const verbose = parsed.flags.has('verbose');
const goldPath = parsed.flags.get('gold') ?? path.join(__dirname, '..', 'lib', 'eval', 'fixtures', 'seeds.gold.json');
const manifestPath = parsed.flags.get('manifest') ?? path.join(__dirname, '..', 'seeds', 'manifest.json');
const systemPath = parsed.flags.get('system') ?? null;
const textDir = parsed.flags.get('texts');
let sys: SystemOutput;
let gold: Gold;
try {
  gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  if (systemPath) sys = JSON.parse(readFileSync(systemPath, 'utf8')) as SystemOutput;
  else {
    const entries = readCorpusSync(manifestPath, textDir);
    sys = { articles: entries.map((e) => ({ id: e.id, file: e.file })), events: extractCorpus(entries.map(toArticleInput)) as unknown as SystemOutput['events'] };
  }
} catch (e) {
  process.stderr.write(`eval: ${(e as Error).message}\n`);
  process.exit(2);
}
const s = score(gold, sys);
if (verbose) {
  console.log('-- gold events');
  for (const g of s.goldLines) console.log(`${g.flag.padEnd(3)} ${g.status.padEnd(9)} ${g.id}: gold ${g.gold}${g.system ? ' | sys ' + g.system : ''}`);
  console.log('-- system events matching no gold event');
  for (const u of s.unmatched) console.log(`  FP ${u}`);
  for (const f of s.forbiddenList) console.log(`  FORBIDDEN ${f}`);
}
for (const l of summaryLines(s)) console.log(l);
process.exit(s.forbiddenHits === 0 ? 0 : 1);
