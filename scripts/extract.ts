/** CLI: npm run extract -- <file.txt> [--published YYYY-MM-DD|YYYY-MM]  |  npm run extract -- --manifest <manifest.json> */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../lib/extract';
import { readCorpusSync, toArticleInput } from '../lib/corpus/load';
import { articleIdOf, parsePublished } from '../lib/corpus/manifest';
import type { ArticleInput } from '../lib/domain/event';

function fail(msg: string): never {
  process.stderr.write(`extract: ${msg}\nusage: extract <file.txt> [--published YYYY-MM-DD|YYYY-MM] | extract --manifest <manifest.json>\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let manifest: string | null = null;
let published: string | null = null;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--manifest') { manifest = args[++i] ?? fail('--manifest needs a path'); }
  else if (a === '--published') { published = args[++i] ?? fail('--published needs a date'); }
  else if (a.startsWith('--')) fail(`unknown flag ${a}`);
  else files.push(a);
}
if (manifest && files.length) fail('give either --manifest or article files, not both');
if (!manifest && !files.length) fail('no input');
if (manifest && published) fail('--published applies to single files only');

let articles: Array<ArticleInput & { title: string | null; published_: string | null }> = [];
let meta: Array<Record<string, unknown>> = [];
try {
  if (manifest) {
    const entries = readCorpusSync(manifest);
    articles = entries.map((e) => ({ ...toArticleInput(e), title: e.title, published_: e.published }));
    meta = entries.map((e) => ({ id: e.id, file: e.file, title: e.title, titleEn: e.titleEn, outlet: e.outlet, url: e.url, published: e.published, publishedPrecision: e.publishedPrecision }));
  } else {
    const pub = published ? parsePublished(published) : null;
    if (published && !pub) fail(`unreadable date "${published}" (expected YYYY-MM-DD or YYYY-MM)`);
    for (const f of files) {
      let text: string;
      try { text = readFileSync(f, 'utf8'); } catch { fail(`cannot read ${f}`); }
      const file = path.basename(f);
      articles.push({ id: articleIdOf(file), file, text, published: pub, title: null, published_: published });
      meta.push({ id: articleIdOf(file), file, title: null, published: published, publishedPrecision: pub?.precision ?? null });
    }
  }
} catch (e) {
  fail((e as Error).message);
}
const events = extractCorpus(articles.map(({ id, file, text, published: p }) => ({ id, file, text, published: p })));
process.stdout.write(JSON.stringify({ articles: meta, events }, null, 2) + '\n');
