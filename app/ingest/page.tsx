import type { Metadata } from 'next';
import { messagesFor } from '@/lib/i18n/messages';
import { currentLocale } from '@/lib/server/locale';
import IngestForm from './IngestForm';

export const metadata: Metadata = { title: 'Add an article' };

export default async function IngestPage() {
  const t = messagesFor(await currentLocale());
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.ingest.heading}</h1>
      <p className="text-stone-700">{t.ingest.intro}</p>
      <IngestForm
        labels={{
          text: t.ingest.text,
          title: t.ingest.title,
          outlet: t.outlet,
          url: t.original,
          published: t.published,
          publishedHelp: t.ingest.publishedHelp,
          token: t.ingest.token,
          tokenHelp: t.ingest.tokenHelp,
          preview: t.ingest.preview,
          save: t.ingest.save,
          found: t.ingest.found,
          undated: t.ingest.undated,
        }}
      />
    </section>
  );
}
