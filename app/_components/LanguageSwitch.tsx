'use client';

import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/messages';

/** Switches the interface language; the choice lives in a cookie so URLs stay the same. */
export default function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const next: Locale = locale === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="btn"
      lang={next}
      data-testid="language-switch"
      onClick={() => {
        // The page's current language, not the prop: a click during a refresh must still toggle the right way.
        const target: Locale = document.documentElement.lang === 'ar' ? 'en' : 'ar';
        document.cookie = `${LOCALE_COOKIE}=${target}; path=/; max-age=31536000; samesite=lax`;
        // A full reload: the whole page (direction, chart, server-rendered text) changes language at once.
        globalThis.location.reload();
      }}
    >
      {label}
    </button>
  );
}
