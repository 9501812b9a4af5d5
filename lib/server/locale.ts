import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, isLocale, type Locale } from '@/lib/i18n/messages';

/** The interface language lives in a cookie, so permalinks stay the same in both languages. */
export async function currentLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : 'en';
}
