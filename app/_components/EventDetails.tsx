import Link from 'next/link';
import type { EventRecord } from '@/lib/db/event-queries';
import type { EventDate, Mention } from '@/lib/domain/event';
import { isolateQuoted } from '@/lib/format/bidi';
import { formatPublished } from '@/lib/format/publication';
import { explainDate } from '@/lib/i18n/date-reasons';
import { directionOf, type Messages, type Locale } from '@/lib/i18n/messages';
import { independentOutlets } from '@/lib/timeline/outlets';
import { dateLabel, eventTitle } from '@/lib/timeline/items';
import { mentionAnchor } from '@/lib/timeline/anchors';
import { sourceCards } from '@/lib/timeline/sources';

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

/** One passage of an article about the event, and the way to it in the local copy. */
function Passage({ event, mention, t }: { event: EventRecord; mention: Mention; t: Messages }) {
  return (
    <div className="mt-2">
      <blockquote lang="ar" dir="rtl" className="font-[family-name:var(--font-arabic)] text-base leading-8">
        <Quote mention={mention} />
      </blockquote>
      <Link href={`/articles/${mention.articleId}#${mentionAnchor(event.id, mention.start)}`} className="text-blue-800 underline">
        {t.localCopy}
      </Link>
    </div>
  );
}

/**
 * How the date was found, in the reader's language when the date has a reason; a date stored with its English sentence
 * only shows that, marked English. English quotes Arabic phrases, isolated so that one holding digits keeps its order.
 */
function Explanation({ date, locale }: { date: EventDate; locale: Locale }) {
  const { text, lang } = explainDate(date, locale);
  return (
    <dd data-testid="event-explanation" lang={lang} dir={directionOf(lang)} className="text-start">
      {lang === 'en' ? isolateQuoted(text) : text}
    </dd>
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
  const outlets = independentOutlets(event.sources);
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
            <Explanation date={event.date} locale={locale} />
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
            : event.participants.map((p) => {
                const role = locale === 'ar' ? (p.roleAr ?? p.role) : p.role;
                return `${locale === 'ar' ? p.nameAr : p.nameEn}${role ? ` (${role})` : ''}`;
              }).join(locale === 'ar' ? '، ' : ', ')}
        </dd>
        <dt className="text-stone-600">{t.place}</dt>
        <dd>{event.location ? (locale === 'ar' ? event.location.nameAr : event.location.nameEn) : '—'}</dd>
      </dl>
      <section>
        <h3 className="mb-2 font-semibold">
          {t.sources} · {t.sourcesCount(event.sources.length, outlets)}
        </h3>
        <p className={`mb-2 inline-block rounded px-2 py-0.5 text-xs ${outlets > 1 ? 'bg-green-100 text-green-900' : 'bg-amber-100 text-amber-900'}`} data-testid="corroboration">
          {t.corroboration(outlets)}
        </p>
        <ul className="space-y-3">
          {sourceCards(event.sources, event.mentions).map(({ source, best, more }) => (
            <li key={source.id} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="source-card">
              <p className="text-stone-700">
                <bdi>{source.outlet ?? t.unknownOutlet}</bdi> · {formatPublished(source.published, source.publishedPrecision, locale)}
              </p>
              <p lang="ar" dir="rtl" className="font-[family-name:var(--font-arabic)] font-medium">{source.title}</p>
              <Passage event={event} mention={best} t={t} />
              {more.length > 0 && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-blue-800">{t.morePassages(more.length)}</summary>
                  {more.map((mention) => (
                    <Passage key={mention.start} event={event} mention={mention} t={t} />
                  ))}
                </details>
              )}
              {source.url && (
                <p className="mt-1">
                  <a href={source.url} className="text-blue-800 underline break-all" rel="noopener noreferrer">
                    {t.original}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
