import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { EventDetails } from '@/app/_components/EventDetails';
import { getEvent } from '@/lib/db/event-queries';
import { readId } from '@/lib/http/request-shape';
import { resolveAlias } from '@/lib/db/aliases';
import { messagesFor } from '@/lib/i18n/messages';
import { getDb } from '@/lib/server/db';
import { currentLocale } from '@/lib/server/locale';
import { dateLabel } from '@/lib/timeline/items';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

/** Next hands the id over decoded; one that cannot name an event is simply not found. */
const loadEvent = cache(async (raw: string) => {
  const id = readId(raw);
  return id ? getEvent(await getDb(), id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  if (!event) return { title: 'Event not found' };
  const when = event.date ? dateLabel(event, 'en') : 'undated';
  const title = `${event.title.en} (${when})`;
  const description = `${event.title.ar} — ${when}. ${event.date?.explanation ?? 'No date in the text.'} Sources: ${event.sources.map((s) => s.outlet ?? 'unknown outlet').join(', ')}.`;
  return { title, description, openGraph: { title, description, type: 'article' } };
}

export default async function EventPage({ params }: Props) {
  const id = (await params).id;
  const event = await loadEvent(id);
  if (!event) {
    // An event merged into another by a later re-extraction keeps its old link working; a removed one answers 410
    // before this page is reached (proxy.ts).
    const known = readId(id);
    const mergedInto = known ? await resolveAlias(await getDb(), known) : null;
    if (mergedInto) redirect(`/events/${encodeURIComponent(mergedInto)}`);
    notFound();
  }
  const locale = await currentLocale();
  const t = messagesFor(locale);
  return (
    <article className="space-y-4">
      <EventDetails event={event} locale={locale} t={t} headingLevel={1} />
      <p className="flex gap-4">
        <Link href={`/?event=${encodeURIComponent(event.id)}`} className="btn" data-testid="show-on-timeline">{t.showOnTimeline}</Link>
      </p>
    </article>
  );
}
