import { uiStrings } from '../i18n/index.ts';
import type { Lang, Person } from './content/schema.ts';
import { formatDate } from './dates.ts';
import { LEVELS } from './content/schema.ts';
import type { MapLevel, MapOverview, OverviewState } from './map.ts';
import { capitalised } from './people.ts';
import { typeset } from './typography.ts';

/** A map on a card: the overview of the represented states (drawOverview), and its figure in words. */
export interface OgMap {
  drawing: MapOverview;
  /** The headline figure of the map, read from the data ("34 États représentés nommés…"). */
  figure: string;
}

/** The map a card shows under its title, in the map page's colours, with a key of the levels it shows. */
export interface OgCardMap {
  drawing: MapOverview;
  /** The levels drawn (those of at least one state), with their names. */
  key: readonly { level: MapLevel; label: string }[];
}

/** What an Open Graph card shows (drawn by `og-image.ts`). */
export interface OgCard {
  lang: Lang;
  /** The line above the title: the topic ("Ukraine") and the summit's date, in the card's language. */
  kicker: string;
  /** The page's title, typeset (curly apostrophes and quotes). */
  title: string;
  /** A line under the title: a person's role, a country's level of representation. */
  subtitle?: string | undefined;
  /** An article's standfirst, typeset: drawn under its title, in a line or two, when the card has room (`fitTitle`). */
  standfirst?: string | undefined;
  siteName: string;
  /** The overview map under the title (the home and map pages' cards). */
  map?: OgCardMap | undefined;
  /** The overview map drawn faded behind the card, seen in the side bands a square crop drops (no words). */
  backdrop?: MapOverview | undefined;
  /** A country's card: its state on the backdrop, framed in a side band and outlined (absent: Paris and Ukraine framed). */
  focus?: OverviewState | undefined;
  /** What the card shows, in words: its `og:image:alt`. */
  alt: string;
}

/**
 * The card of one page of the site, in its language: "Ukraine" and the summit's date above the
 * page's title (and its subtitle, if any), the map if any, the site's name below; and the same in
 * words for its alternative text, which quotes the title.
 * @param summitDate the summit's date, YYYY-MM-DD (content/summit.yaml)
 */
export function ogCard(lang: Lang, summitDate: string, title: string, subtitle?: string, map?: OgMap): OgCard {
  return card(lang, summitDate, title, true, subtitle, map);
}

/**
 * The card of a person's or a country's page: its name, as a title, and a line under it (a role, a
 * level of representation); its alternative text gives the name as it is, not quoted as a title.
 * @param summitDate the summit's date, YYYY-MM-DD (content/summit.yaml)
 */
export function ogNameCard(lang: Lang, summitDate: string, name: string, subtitle: string): OgCard {
  return card(lang, summitDate, name, false, subtitle);
}

/**
 * The card of an article: its title, quoted in the alternative text, and its standfirst under it
 * when the card has room.
 * @param summitDate the summit's date, YYYY-MM-DD (content/summit.yaml)
 */
export function ogArticleCard(lang: Lang, summitDate: string, title: string, standfirst: string): OgCard {
  return { ...card(lang, summitDate, title, true), standfirst: typeset(standfirst, lang) };
}

function card(lang: Lang, summitDate: string, title: string, quoted: boolean, subtitle?: string, map?: OgMap): OgCard {
  const t = uiStrings(lang);
  const date = formatDate(summitDate, lang);
  const typesetSubtitle = subtitle === undefined ? undefined : typeset(subtitle, lang);
  const typesetTitle = typeset(title, lang);
  return {
    lang,
    kicker: `${t.ogTopic} · ${date}`,
    title: typesetTitle,
    subtitle: typesetSubtitle,
    siteName: t.siteName,
    map: map && {
      drawing: map.drawing,
      key: LEVELS.filter((level) => map.drawing.levels[level] !== '').map((level) => ({ level, label: capitalised(t.level[level], lang) })),
    },
    alt: typeset(
      t.ogImageAlt({
        topic: t.ogTopic,
        date,
        title: typesetTitle,
        quoted,
        subtitle: typesetSubtitle,
        map: map?.figure,
        siteName: t.siteName,
      }),
      lang,
    ),
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

/**
 * The line under a person's name: their role (its first clause, capitalised: it starts the line), and,
 * unless the sources report them present, what they say of their presence, so that no card suggests
 * an absent person came.
 */
export function personLine(person: Person, lang: Lang): string {
  const role = capitalised(firstClause(person.role[lang]), lang);
  return person.presence.status === 'present' ? role : `${role} — ${uiStrings(lang).presence[person.presence.status]}`;
}
