/** Lists the stored articles, or removes one and re-derives the events from those that remain. */
import { listArticleSummaries } from '@/lib/db/articles';
import { openDatabase } from '@/lib/db/client';
import { removeArticle } from '@/lib/db/remove';
import { parseArgs, runCli, UsageError } from './cli-args';

const USAGE = `usage: npm run articles -- list
       npm run articles -- remove <article id>`;

runCli(async () => {
  const { positional } = parseArgs(process.argv.slice(2), []);
  const [command, id, ...rest] = positional;
  if (rest.length || !((command === 'list' && !id) || (command === 'remove' && id))) throw new UsageError('Give "list", or "remove" and an article id.');
  const handle = await openDatabase();
  try {
    if (command === 'list') {
      for (const a of await listArticleSummaries(handle.db, Number.MAX_SAFE_INTEGER)) console.log(`${a.id}\t${a.published ?? 'date unknown'}\t${a.outlet ?? 'unknown outlet'}\t${a.title}`);
      return;
    }
    const result = await removeArticle(handle.db, id!);
    if (!result) throw new UsageError(`No article with id ${id}; npm run articles -- list shows them.`);
    console.log(`Removed article ${result.article.id} (${result.article.title}); ${result.events} event(s) remain.`);
    if (result.retired.length) console.log(`Gone with it (their permalinks answer 410): ${result.retired.join(', ')}`);
  } finally {
    await handle.close();
  }
}, USAGE);
