import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import type { Lang } from './content/schema.ts';
import { memoized } from './memo.ts';

/** The summit's time zone: dates are read as calendar days in Paris, whatever the reader's zone. */
const SITE_TIME_ZONE = 'Europe/Paris';

const LOCALES = { fr, en: enGB } as const;

/**
 * Formats a content date for readers: `2026-01-06` gives "6 janvier 2026" / "6 January 2026";
 * a month-only date (`2025-07`) gives "juillet 2025" / "July 2025". With `monthStyle` `'short'`, the
 * month abbreviated as the language does ("25 nov. 2026" / "25 Nov 2026"), for a line of meta
 * data. Remembered by language, date and style: every page lists dates, and TZDate + format cost
 * tens of µs a call.
 * @param isoDate a date written YYYY-MM-DD or YYYY-MM
 * @param lang the reader's language
 * @param monthStyle the month's name in full (the default) or abbreviated
 */
export const formatDate: (isoDate: string, lang: Lang, monthStyle?: 'long' | 'short') => string = memoized(
  (isoDate: string, lang: Lang, monthStyle: 'long' | 'short' = 'long') => `${lang} ${monthStyle} ${isoDate}`,
  (isoDate: string, lang: Lang, monthStyle: 'long' | 'short' = 'long') => {
    const [year, month, day] = isoDate.split('-').map(Number);
    if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) {
      throw new Error(`formatDate: "${isoDate}" is not a date written YYYY-MM-DD or YYYY-MM`);
    }
    const date = new TZDate(year, month - 1, day ?? 1, SITE_TIME_ZONE);
    const monthPattern = monthStyle === 'short' ? 'MMM' : 'MMMM';
    return format(date, day === undefined ? `${monthPattern} yyyy` : `d ${monthPattern} yyyy`, { locale: LOCALES[lang] });
  },
);

/** The name of a month alone, from a date written YYYY-MM: `2026-01` gives "janvier" / "January". */
export function monthName(isoMonth: string, lang: Lang): string {
  const [year, month] = isoMonth.split('-').map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) {
    throw new Error(`monthName: "${isoMonth}" is not a month written YYYY-MM`);
  }
  return format(new TZDate(year, month - 1, 1, SITE_TIME_ZONE), 'MMMM', { locale: LOCALES[lang] });
}
