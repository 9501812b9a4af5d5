/**
 * npm run eval:sets [-- --real-texts DIR]: one line per evaluation set (seeds, the written development sets, and each
 * real-news round whose texts are in DIR/<round>/texts), as a Markdown table of the scorer's figures. The real-news
 * texts are not in the repository (lib/eval/real/README.md); rounds without them are listed as not scored, and a round
 * with only some of them is scored on those, against their gold, and labelled with how many.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../lib/extract';
import { readAvailableCorpusSync, readCorpusSync, toArticleInput } from '../lib/corpus/load';
import { goldOfFiles, score, threeDecimals, type Gold } from '../lib/eval/score';
import { parseArgs, runCli, UsageError } from './cli-args';

const USAGE = 'usage: npm run eval:sets [-- --real-texts DIR]';
const root = path.join(__dirname, '..');

interface EvalSet { name: string; gold: string; manifest: string; texts?: string }

function sets(realTexts: string | undefined): Array<EvalSet & { available: boolean }> {
  const fixed: EvalSet[] = [
    { name: 'seeds', gold: 'lib/eval/fixtures/seeds.gold.json', manifest: 'seeds/manifest.json' },
    { name: 'heldout (written, development)', gold: 'lib/eval/heldout/gold.json', manifest: 'lib/eval/heldout/manifest.json' },
    { name: 'heldout2 (written, development)', gold: 'lib/eval/heldout2/gold.json', manifest: 'lib/eval/heldout2/manifest.json' },
  ];
  const realDir = path.join(root, 'lib', 'eval', 'real');
  const rounds = readdirSync(realDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const tunedOn = (JSON.parse(readFileSync(path.join(realDir, 'tuned-on.json'), 'utf8')) as { rounds: Record<string, string> }).rounds;
  const label = (r: string) => (tunedOn[r] ? `blind once, development since ${tunedOn[r]}` : 'blind once, not tuned on');
  const real = rounds.map((r) => ({ name: `real ${r} (${label(r)})`, gold: `lib/eval/real/${r}/gold.json`, manifest: `lib/eval/real/${r}/manifest.json`, texts: realTexts ? path.join(realTexts, r, 'texts') : undefined }));
  return [...fixed, ...real].map((s) => ({ ...s, available: !('texts' in s) || (s.texts !== undefined && existsSync(s.texts)) }));
}

async function main(): Promise<void> {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['real-texts']);
  if (positional.length) throw new UsageError(`Unexpected argument ${positional[0]}.`);
  // Printed as the reference scorer prints them (ties to even), so a set's row agrees with `npm run eval`.
  const f3 = threeDecimals;
  console.log('| set | strict F1 (P / R) | complete F1 | key recall | date acc | merge | forbidden |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const s of sets(flags.get('real-texts'))) {
    if (!s.available) { console.log(`| ${s.name} | texts not available | | | | | |`); continue; }
    // A copy of a real set's texts may hold only some of them: those are scored, against their own gold, and said so.
    const { entries, missing } = s.texts ? readAvailableCorpusSync(path.join(root, s.manifest), s.texts) : { entries: readCorpusSync(path.join(root, s.manifest)), missing: [] };
    if (!entries.length) { console.log(`| ${s.name} | texts not available | | | | | |`); continue; }
    const gold = JSON.parse(readFileSync(path.join(root, s.gold), 'utf8')) as Gold;
    const out = { articles: entries.map((e) => ({ id: e.id, file: e.file })), events: extractCorpus(entries.map(toArticleInput)) };
    const r = score(missing.length ? goldOfFiles(gold, new Set(entries.map((e) => e.file))) : gold, out as never);
    const name = missing.length ? `${s.name}, ${entries.length} of ${entries.length + missing.length} texts` : s.name;
    console.log(`| ${name} | ${f3(r.f1)} (${f3(r.precision)} / ${f3(r.recall)}) | ${f3(r.completeF1)} | ${r.keyFound}/${r.keys} | ${f3(r.dateAccuracy)} | ${r.merged}/${r.multi} | ${r.forbiddenHits} |`);
  }
}

runCli(main, USAGE);
