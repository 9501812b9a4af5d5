import type { Metadata } from 'next';
import Link from 'next/link';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './globals.css';
import { directionOf, messagesFor } from '@/lib/i18n/messages';
import { currentLocale } from '@/lib/server/locale';
import LanguageSwitch from './_components/LanguageSwitch';

export const metadata: Metadata = {
  title: { default: 'Diplomatic timeline', template: '%s · Diplomatic timeline' },
  description: 'Dated diplomatic events from Arabic-language news, with the words that support each one.',
  // The static assets live in public/: the icon, the web app manifest and robots.txt.
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
  manifest: '/manifest.webmanifest',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await currentLocale();
  const t = messagesFor(locale);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only">Skip to content</a>
        <header className="border-b border-stone-200 bg-white print:hidden">
          <nav className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3" aria-label="Main">
            <Link href="/" className="font-semibold text-stone-900">{t.appName}</Link>
            <Link href="/ingest" className="text-blue-800 hover:underline">{t.addArticle}</Link>
            <span className="ms-auto">
              <LanguageSwitch locale={locale} label={t.language} />
            </span>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-4">{children}</main>
      </body>
    </html>
  );
}
