/** CLI: npm run extract -- <file.txt> [--published YYYY-MM-DD|YYYY-MM]  |  npm run extract -- --manifest <manifest.json> */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../lib/extract';
import { readCorpusSync, toArticleInput } from '../lib/corpus/load';
import { articleIdOf } from '../lib/corpus/manifest';
import { parsePublished } from '../lib/domain/published';
import type { ArticleInput } from '../lib/domain/event';
import { parseArgs, runCli, UsageError } from './cli-args';

const USAGE = 'usage: npm run extract -- <file.txt> [--published YYYY-MM-DD|YYYY-MM]  |  npm run extract -- --manifest <manifest.json>';

runCli(async () => {
  const { positional: files, flags } = parseArgs(process.argv.slice(2), ['manifest', 'published']);
  const manifest = flags.get('manifest');
  const published = flags.get('published') ?? null;
  if (manifest && files.length) throw new UsageError('Give either --manifest or article files, not both.');
  if (!manifest && !files.length) throw new UsageError('No input.');
  if (manifest && published) throw new UsageError('--published applies to single files only.');

  let articles: ArticleInput[] = [];
  let meta: Array<Record<string, unknown>> = [];
  if (manifest) {
    let entries;
    try {
      entries = readCorpusSync(manifest);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    articles = entries.map(toArticleInput);
    meta = entries.map((e) => ({ id: e.id, file: e.file, title: e.title, titleEn: e.titleEn, outlet: e.outlet, url: e.url, published: e.published, publishedPrecision: e.publishedPrecision }));
  } else {
    const pub = published ? parsePublished(published) : null;
    if (published && !pub) throw new UsageError(`Unreadable date "${published}" (expected YYYY-MM-DD or YYYY-MM).`);
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        throw new UsageError(`Cannot read ${f}.`);
      }
      const file = path.basename(f);
      articles.push({ id: articleIdOf(file), file, text, published: pub });
      meta.push({ id: articleIdOf(file), file, title: null, published, publishedPrecision: pub?.precision ?? null });
    }
  }
  process.stdout.write(`${JSON.stringify({ articles: meta, events: extractCorpus(articles) }, null, 2)}\n`);
}, USAGE);
