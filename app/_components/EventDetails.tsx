import Link from 'next/link';
import type { EventRecord } from '@/lib/db/event-queries';
import type { Mention } from '@/lib/domain/event';
import { formatPublished } from '@/lib/format/publication';
import type { Messages, Locale } from '@/lib/i18n/messages';
import { independentOutlets } from '@/lib/timeline/outlets';
import { dateLabel, eventTitle } from '@/lib/timeline/items';
import { mentionAnchor } from '@/lib/timeline/anchors';

/** The quote, with the date phrase marked when it falls inside it. Text is rendered by React, so it is always escaped. */
export function Quote({ mention }: { mention: Mention }) {
  const span = mention.dateSpan;
  if (!span || span.start < mention.start || span.end > mention.end) return <>{mention.quote}</>;
  const a = span.start - mention.start;
  const b = span.end - mention.start;
  return (
    <>
      {mention.quote.slice(0, a)}
      <mark className="rounded bg-amber-200 px-0.5">{mention.quote.slice(a, b)}</mark>
      {mention.quote.slice(b)}
    </>
  );
}

interface Props {
  event: EventRecord;
  locale: Locale;
  t: Messages;
  /** Heading level of the title: h1 on the event page, h2 in the panel. */
  headingLevel?: 1 | 2;
}

/** Everything known about one event: shared by the timeline's details panel and the permalink page. */
export function EventDetails({ event, locale, t, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const other = locale === 'ar' ? event.title.en : event.title.ar;
  return (
    <div className="space-y-4" data-testid="event-details">
      <div>
        <Heading className="text-xl font-semibold" data-testid="event-title">{eventTitle(event, locale)}</Heading>
        <p lang={locale === 'ar' ? 'en' : 'ar'} dir={locale === 'ar' ? 'ltr' : 'rtl'} className="text-stone-700">{other}</p>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">{t.date}</dt>
        <dd data-testid="event-date">
          {event.date ? (
            <>
              <time dateTime={event.date.start}>{dateLabel(event, locale)}</time> ({t.precisions[event.date.precision]})
            </>
          ) : (
            '—'
          )}
        </dd>
        {event.date && (
          <>
            <dt className="text-stone-600">{t.howDated}</dt>
            <dd data-testid="event-explanation">{event.date.explanation}</dd>
          </>
        )}
        <dt className="text-stone-600">{t.type}</dt>
        <dd>{t.types[event.type]}</dd>
        <dt className="text-stone-600">{t.modality}</dt>
        <dd>{t.modalities[event.modality]}</dd>
        <dt className="text-stone-600">{t.participants}</dt>
        <dd>
          {event.participants.length === 0
            ? '—'
            : event.participants.map((p) => `${locale === 'ar' ? p.nameAr : p.nameEn}${p.role ? ` (${p.role})` : ''}`).join(', ')}
        </dd>
        <dt className="text-stone-600">{t.place}</dt>
        <dd>{event.location ? (locale === 'ar' ? event.location.nameAr : event.location.nameEn) : '—'}</dd>
      </dl>
      <section>
        <h3 className="mb-2 font-semibold">
          {t.sources} · {t.sourcesCount(event.sources.length, independentOutlets(event.sources))}
        </h3>
        <ul className="space-y-3">
          {event.mentions.map((mention) => {
            const source = event.sources.find((s) => s.id === mention.articleId);
            return (
              <li key={`${mention.articleId}-${mention.start}`} className="rounded border border-stone-200 bg-white p-3 text-sm">
                <p className="text-stone-700">
                  {source?.outlet ?? t.unknownOutlet} · {formatPublished(source?.published ?? null, source?.publishedPrecision ?? null)}
                </p>
                <blockquote lang="ar" dir="rtl" className="my-2 font-[family-name:var(--font-arabic)] text-base leading-8">
                  <Quote mention={mention} />
                </blockquote>
                <p className="flex flex-wrap gap-x-4">
                  <Link href={`/articles/${mention.articleId}#${mentionAnchor(event.id, mention.start)}`} className="text-blue-800 underline">
                    {t.localCopy}
                  </Link>
                  {source?.url && (
                    <a href={source.url} className="text-blue-800 underline" rel="noopener noreferrer">
                      {t.original}
                    </a>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
