declare namespace App {
  interface Locals {
    /** Set by the page with `startCitations`: its language, for the components that do not take one. */
    lang?: import('./lib/content/schema.ts').Lang;
    /** Set by the page with `startCitations`: the number of each cited source, and how often each was cited so far. */
    citations?: { numbers: Map<string, number>; seen: Map<string, number> };
    /** Set by the page with `startCitations`: the site's data, for the data components. */
    data?: import('./data/site-data.ts').SiteData;
  }
}
