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
import { mentionColours, segmentByMarks, type Mark } from '@/lib/timeline/highlight';
import { dateLabel } from '@/lib/timeline/items';
import TargetPassage from './TargetPassage';

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
  const mentions = events.flatMap((event) => event.mentions.filter((m) => m.articleId === article.id).map((m) => ({ ...m, eventId: event.id })));
  const marks: Mark[] = mentions.map((m) => ({ start: m.start, end: m.end, eventId: m.eventId }));
  const colours = mentionColours(marks);
  const datePhrases: Mark[] = mentions.flatMap((m) => (m.dateSpan ? [{ ...m.dateSpan, eventId: m.eventId, date: true as const }] : []));
  const segments = segmentByMarks(article.text.length, [...marks, ...datePhrases]);
  const mentionCount = (id: string) => marks.filter((m) => m.eventId === id).length;
  // The article's events in the order the text first mentions them, as their colours are given.
  const listed = [...colours.keys()].map((id) => events.find((event) => event.id === id)!);

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
            <time dateTime={article.published ?? undefined}>{formatPublished(article.published, article.publishedPrecision, locale)}</time>
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
      <div className="article-layout">
      <div lang="ar" dir="rtl" className="article-text rounded border border-stone-200 bg-white p-6 text-lg" data-testid="article-text">
        {segments.map((segment) => {
          const raw = article.text.slice(segment.start, segment.end);
          const covering = segment.marks.filter((m) => !m.date);
          const text = segment.marks.some((m) => m.date) ? <span className="date-phrase">{raw}</span> : raw;
          const anchors = segment.opening.filter((m) => !m.date).map((m) => <span key={m.eventId} id={mentionAnchor(m.eventId, m.start)} className="mention-anchor" />);
          const inner = covering[covering.length - 1];
          if (!inner) return <span key={segment.start}>{anchors}{text}</span>;
          return (
            <span key={segment.start}>
              {anchors}
              <Link
                href={`/events/${encodeURIComponent(inner.eventId)}`}
                title={titles.get(inner.eventId)}
                className="mention"
                data-event-id={inner.eventId}
                data-anchors={covering.map((m) => mentionAnchor(m.eventId, m.start)).join(' ')}
              >
                <mark className={covering.length > 1 ? 'mention-overlap' : undefined} style={{ backgroundColor: colours.get(inner.eventId) }}>{text}</mark>
              </Link>
            </span>
          );
        })}
      </div>
      <aside aria-labelledby="article-events" className="rounded border border-stone-200 bg-white p-4 text-sm" data-testid="article-events">
        <h2 id="article-events" className="mb-2 font-semibold">{t.eventsInArticle}</h2>
        <ol className="space-y-2">
          {listed.map((event) => (
            <li key={event.id} className="flex items-start gap-2" data-event-id={event.id}>
              <span aria-hidden="true" className="mt-1 inline-block size-3 shrink-0 rounded-sm border border-stone-400" style={{ backgroundColor: colours.get(event.id) }} data-testid="mention-swatch" />
              <span>
                <Link href={`/events/${encodeURIComponent(event.id)}`} className="text-blue-800 hover:underline">{titles.get(event.id)}</Link>
                <span className="block text-stone-600">{dateLabel(event, locale) || t.undatedEvent} · {t.passages(mentionCount(event.id))}</span>
              </span>
            </li>
          ))}
        </ol>
      </aside>
      </div>
      <TargetPassage />
    </article>
  );
}
