import Link from 'next/link';
import { messagesFor } from '@/lib/i18n/messages';
import { currentLocale } from '@/lib/server/locale';

export default async function NotFound() {
  const t = messagesFor(await currentLocale());
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">{t.notFound}</h1>
      <p>
        <Link href="/" className="text-blue-800 underline">{t.backToTimeline}</Link>
      </p>
    </section>
  );
}
