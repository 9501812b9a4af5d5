/**
 * npm run eval:agreement -- --real-texts DIR: for every real-news round with a second writer's gold
 * (lib/eval/real/rN/gold-second.json) and its texts in DIR/rN/texts, how far the two writers agree — each one's events
 * scored as a system's against the other's gold — beside the engine scored against each writer. A Markdown table, then
 * the means over the rounds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../lib/extract';
import { readCorpusSync, toArticleInput } from '../lib/corpus/load';
import { agreement, type Agreement } from '../lib/eval/agreement';
import { threeDecimals, type Gold, type Score } from '../lib/eval/score';
import { parseArgs, runCli, UsageError } from './cli-args';

const USAGE = 'usage: npm run eval:agreement -- --real-texts DIR';
const realDir = path.join(__dirname, '..', 'lib', 'eval', 'real');
const COLUMNS: Array<[string, keyof Agreement]> = [
  ['second writer on the first\'s gold', 'secondOnFirst'], ['first writer on the second\'s gold', 'firstOnSecond'],
  ['engine on the first\'s gold', 'engineOnFirst'], ['engine on the second\'s gold', 'engineOnSecond'],
];
const pair = (s: Score) => `${threeDecimals(s.f1)} / ${threeDecimals(s.completeF1)}`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main(): Promise<void> {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['real-texts']);
  if (positional.length) throw new UsageError(`Unexpected argument ${positional[0]}.`);
  const texts = flags.get('real-texts');
  if (!texts) throw new UsageError('--real-texts is required: the folder holding each round\'s texts as DIR/rN/texts.');
  const read = (round: string, file: string) => JSON.parse(readFileSync(path.join(realDir, round, file), 'utf8')) as Gold;
  const rounds = readdirSync(realDir).filter((r) => existsSync(path.join(realDir, r, 'gold-second.json')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const rows: Agreement[] = [];
  console.log(`| round (strict F1 / complete F1) | ${COLUMNS.map(([title]) => title).join(' | ')} |`);
  console.log(`| --- |${' --- |'.repeat(COLUMNS.length)}`);
  for (const round of rounds) {
    const dir = path.join(texts, round, 'texts');
    if (!existsSync(dir)) { console.log(`| ${round} | texts not available |${' |'.repeat(COLUMNS.length - 1)}`); continue; }
    // Both writers worked on every text of the round, so the round is scored whole or not at all.
    const files = (JSON.parse(readFileSync(path.join(realDir, round, 'manifest.json'), 'utf8')) as { articles: Array<{ file: string }> }).articles.map((a) => a.file);
    const atHand = files.filter((f) => existsSync(path.join(dir, f))).length;
    if (atHand < files.length) { console.log(`| ${round} | ${atHand} of ${files.length} texts at hand: not scored |${' |'.repeat(COLUMNS.length - 1)}`); continue; }
    const entries = readCorpusSync(path.join(realDir, round, 'manifest.json'), dir);
    const engine = { articles: entries.map((e) => ({ id: e.id, file: e.file })), events: extractCorpus(entries.map(toArticleInput)) as never };
    const a = agreement(read(round, 'gold.json'), read(round, 'gold-second.json'), engine);
    rows.push(a);
    console.log(`| ${round} | ${COLUMNS.map(([, k]) => pair(a[k])).join(' | ')} |`);
  }
  if (!rows.length) return;
  const means = COLUMNS.map(([, k]) => `${threeDecimals(mean(rows.map((r) => r[k].f1)))} / ${threeDecimals(mean(rows.map((r) => r[k].completeF1)))}`);
  console.log(`| mean of ${rows.length} rounds | ${means.join(' | ')} |`);
}

runCli(main, USAGE);
