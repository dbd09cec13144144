import { uiStrings } from '../i18n/index.ts';
import type { Lang } from './content/schema.ts';
import { formatDate } from './dates.ts';
import { typeset } from './typography.ts';

/** What an Open Graph card shows (drawn by `og-image.ts`). */
export interface OgCard {
  lang: Lang;
  /** The line above the title: the topic ("Ukraine") and the summit's date, in the card's language. */
  kicker: string;
  /** The page's title, typeset (curly apostrophes and quotes). */
  title: string;
  /** A line under the title: a person's role, a country's level of representation. */
  subtitle?: string | undefined;
  siteName: string;
}

/**
 * The card of one page of the site, in its language: "Ukraine" and the summit's date above the
 * page's title (and its subtitle, if any), the site's name below.
 * @param summitDate the summit's date, YYYY-MM-DD (content/summit.yaml)
 */
export function ogCard(lang: Lang, summitDate: string, title: string, subtitle?: string): OgCard {
  const t = uiStrings(lang);
  return {
    lang,
    kicker: `${t.ogTopic} · ${formatDate(summitDate, lang)}`,
    title: typeset(title, lang),
    subtitle: subtitle === undefined ? undefined : typeset(subtitle, lang),
    siteName: t.siteName,
  };
}

/**
 * The first clause of a text, up to its first semicolon: a person's role on their card, without
 * the circumstances that follow it ("Secretary of State; first named to lead…"), which a card
 * would have to cut mid-sentence.
 */
export function firstClause(text: string): string {
  return text.split(/\s*;/u)[0] ?? text;
}
