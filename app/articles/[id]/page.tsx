import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getArticle } from '@/lib/db/articles';
import { readId } from '@/lib/http/request-shape';
import { eventsOfArticle } from '@/lib/db/event-queries';
import { formatPublished } from '@/lib/format/publication';
import { messagesFor } from '@/lib/i18n/messages';
import { getDb } from '@/lib/server/db';
import { currentLocale } from '@/lib/server/locale';
import { mentionAnchor } from '@/lib/timeline/anchors';
import { segmentByMarks } from '@/lib/timeline/highlight';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

/** Next hands the id over decoded; one that cannot name an article is simply not found. */
const loadArticle = cache(async (raw: string) => {
  const id = readId(raw);
  return id ? getArticle(await getDb(), id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article ? (article.titleEn ?? article.title) : 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const locale = await currentLocale();
  const t = messagesFor(locale);
  const events = await eventsOfArticle(await getDb(), article.id);
  const titles = new Map(events.map((event) => [event.id, locale === 'ar' ? event.title.ar : event.title.en]));
  const marks = events.flatMap((event) =>
    event.mentions.filter((m) => m.articleId === article.id).map((m) => ({ start: m.start, end: m.end, eventId: event.id })),
  );
  const segments = segmentByMarks(article.text.length, marks);

  return (
    <article className="space-y-4">
      <header className="space-y-1">
        <h1 lang="ar" dir="rtl" className="font-[family-name:var(--font-arabic)] text-2xl font-bold">{article.title}</h1>
        {article.titleEn && <p lang="en" className="text-stone-700">{article.titleEn}</p>}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{t.outlet}</dt>
          <dd>{article.outlet ?? t.unknownOutlet}</dd>
          <dt className="text-stone-600">{t.published}</dt>
          <dd>
            <time dateTime={article.published ?? undefined}>{formatPublished(article.published, article.publishedPrecision)}</time>
            {article.publishedNote && <span className="block text-stone-600">{article.publishedNote}</span>}
          </dd>
          <dt className="text-stone-600">{t.original}</dt>
          <dd>
            {article.url ? (
              <a href={article.url} className="break-all text-blue-800 underline" rel="noopener noreferrer">{article.url}</a>
            ) : (
              t.addressUnknown
            )}
          </dd>
        </dl>
      </header>
      <div lang="ar" dir="rtl" className="article-text rounded border border-stone-200 bg-white p-6 text-lg" data-testid="article-text">
        {segments.map((segment) => {
          const text = article.text.slice(segment.start, segment.end);
          const anchors = segment.opening.map((m) => <span key={m.eventId} id={mentionAnchor(m.eventId, m.start)} className="mention-anchor" />);
          const inner = segment.marks[segment.marks.length - 1];
          if (!inner) return <span key={segment.start}>{anchors}{text}</span>;
          return (
            <span key={segment.start}>
              {anchors}
              <Link href={`/events/${encodeURIComponent(inner.eventId)}`} title={titles.get(inner.eventId)} className="mention" data-event-id={inner.eventId}>
                <mark className={segment.marks.length > 1 ? 'bg-amber-300' : 'bg-amber-100'}>{text}</mark>
              </Link>
            </span>
          );
        })}
      </div>
    </article>
  );
}
