declare namespace App {
  interface Locals {
    /** Set by the article page for the MDX components it renders: the article's language. */
    lang?: import('./lib/content/schema.ts').Lang;
    /** Set by the article page: the number of each cited source, and how often each was cited so far. */
    citations?: { numbers: Map<string, number>; seen: Map<string, number> };
    /** Set by the page with `startCitations`: the site's data, for the data components. */
    data?: import('./data/site-data.ts').SiteData;
  }
}
