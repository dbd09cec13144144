/**
 * schema.org JSON-LD for search engines and link previews: `NewsArticle` on articles, `Event`
 * for the summit, `Person` on who's-who pages. Plain objects; pages serialise them with
 * `jsonLdText`.
 */
import type { Lang, Source } from './content/schema.ts';
import { publisherName } from './sources.ts';

const CONTEXT = 'https://schema.org';

export type JsonLd = { '@context': typeof CONTEXT; '@type': string } & Record<string, unknown>;

/** The newsroom behind the site: author and publisher of every article. */
export function siteOrganisation(name: string, homeUrl: string) {
  return { '@type': 'NewsMediaOrganization', name, url: homeUrl };
}

/** A cited source as a schema.org `CreativeWork`, its publisher named in the article's language. */
function citedWork(source: Source, lang: Lang) {
  const publisher = publisherName(source, lang);
  return {
    '@type': 'CreativeWork',
    name: source.title ?? publisher,
    publisher: { '@type': 'Organization', name: publisher },
    ...(source.date ? { datePublished: source.date } : {}),
    inLanguage: source.language,
    url: source.url,
  };
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  lang: Lang;
  /** Absolute URL of the article. */
  url: string;
  published: string;
  updated?: string | undefined;
  /** Absolute URL of the article's preview image, when it has one. */
  image?: string | undefined;
  /** The newsroom (see `siteOrganisation`). */
  publisher: ReturnType<typeof siteOrganisation>;
  /** The sources the article cites, in citation order. */
  sources: readonly Source[];
}

/** `NewsArticle` for one article. */
export function newsArticle(input: NewsArticleInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: input.published,
    dateModified: input.updated ?? input.published,
    ...(input.image ? { image: [input.image] } : {}),
    author: input.publisher,
    publisher: input.publisher,
    citation: input.sources.map((source) => citedWork(source, input.lang)),
  };
}

export interface SummitEventInput {
  name: string;
  description: string;
  /** ISO date of the summit. */
  date: string;
  place: string;
  hostName: string;
  url: string;
  lang: Lang;
}

/** `Event` for the summit itself. */
export function summitEvent(input: SummitEventInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: input.name,
    description: input.description,
    startDate: input.date,
    endDate: input.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: input.place, address: input.place },
    organizer: { '@type': 'Person', name: input.hostName },
    inLanguage: input.lang,
    url: input.url,
  };
}

export interface PersonInput {
  name: string;
  /** The person's role on the day of the summit, in the page language. */
  jobTitle: string;
  url: string;
  /** The organisation they represented (EU, NATO), if not a state. */
  organisation?: string | undefined;
}

/** `Person` for a who's-who page. */
export function personLd(input: PersonInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: input.name,
    jobTitle: input.jobTitle,
    url: input.url,
    ...(input.organisation ? { affiliation: { '@type': 'Organization', name: input.organisation } } : {}),
  };
}

/**
 * The text of a `<script type="application/ld+json">` block: JSON with `<` escaped, so no
 * value can close the script element early.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
