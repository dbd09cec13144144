import { uiStrings } from '../i18n/index.ts';
import type { Lang } from './content/schema.ts';
import { formatDate } from './dates.ts';

/** What an Open Graph card shows (drawn by `og-image.ts`). */
export interface OgCard {
  title: string;
  siteName: string;
  /** The date line, already formatted in the card's language. */
  date: string;
  lang: Lang;
}

/** The card of an article: its title, the site's name and the publication date, in its language. */
export function articleCard(article: { title: string; published: string; lang: Lang }): OgCard {
  const t = uiStrings(article.lang);
  return {
    title: article.title,
    siteName: t.siteName,
    date: `${t.published} ${formatDate(article.published, article.lang)}`,
    lang: article.lang,
  };
}
