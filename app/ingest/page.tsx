import type { Metadata } from 'next';
import { messagesFor } from '@/lib/i18n/messages';
import { currentLocale } from '@/lib/server/locale';
import IngestForm from './IngestForm';

export const metadata: Metadata = { title: 'Add an article' };

export default async function IngestPage() {
  const locale = await currentLocale();
  const t = messagesFor(locale);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.ingest.heading}</h1>
      <p className="text-stone-700">{t.ingest.intro}</p>
      <IngestForm locale={locale} />
    </section>
  );
}
