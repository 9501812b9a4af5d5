import { NextResponse } from 'next/server';
import { getArticle } from '@/lib/db/articles';
import { eventsOfArticle } from '@/lib/db/event-queries';
import { getDb } from '@/lib/server/db';
import { articleSummary } from '../summary';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const db = await getDb();
  const article = await getArticle(db, (await params).id);
  if (!article) return NextResponse.json({ error: 'No article with this id.' }, { status: 404 });
  return NextResponse.json({ article: { ...articleSummary(article), text: article.text }, events: await eventsOfArticle(db, article.id) });
}
