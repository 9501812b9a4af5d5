import { NextResponse } from 'next/server';
import { getArticle } from '@/lib/db/articles';
import { eventsOfArticle } from '@/lib/db/event-queries';
import { removeArticle } from '@/lib/db/remove';
import { problemResponse } from '@/lib/http/problem';
import { readId } from '@/lib/http/request-shape';
import { getDb } from '@/lib/server/db';
import { refuseUnlessAllowed } from '@/lib/server/guard';
import { handled } from '@/lib/server/route';
import { articleSummary } from '../summary';

export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

const noSuchArticle = () => problemResponse(404, [{ field: 'id', message: 'no article with this id' }]);

export const GET = handled(async (_request: Request, { params }: Context) => {
  const id = readId((await params).id);
  const db = await getDb();
  const article = id ? await getArticle(db, id) : null;
  if (!article) return noSuchArticle();
  return NextResponse.json({ article: { ...articleSummary(article), text: article.text }, events: await eventsOfArticle(db, article.id) });
});

/** Removes the article and re-derives the events; those it alone reported are gone (their permalinks answer 410). */
export const DELETE = handled(async (request: Request, { params }: Context) => {
  const refused = refuseUnlessAllowed(request, 'write', { body: false });
  if (refused) return refused;
  const id = readId((await params).id);
  const removed = id ? await removeArticle(await getDb(), id) : null;
  if (!removed) return noSuchArticle();
  return NextResponse.json({ removed: articleSummary(removed.article), retiredEvents: removed.retired, events: removed.events });
});
