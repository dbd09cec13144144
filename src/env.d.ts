declare namespace App {
  /** Set for every page by src/middleware.ts. */
  interface Locals {
    /** The page's language, from its URL. */
    lang: import('./lib/content/schema.ts').Lang;
    /** The interface strings of the page's language. */
    t: import('./i18n/fr.ts').UiStrings;
    /** The site's data, for the page and its data components. */
    data: import('./data/site-data.ts').SiteData;
    /** The number of each source cited so far, in order of first use, and how often each was cited. */
    citations: { numbers: Map<string, number>; seen: Map<string, number> };
    /** The MDX file an article page renders, for the errors of its components. */
    file?: string | undefined;
  }
}
