// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fontSubset } from './src/integrations/font-subset.ts';
import { notFoundRedirects } from './src/integrations/not-found-pages.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { publicUrlGuard } from './src/integrations/public-url.ts';
import { markdownProcessor } from './src/lib/markdown/processor.ts';
import { siteBase, siteUrl } from './src/lib/deploy-env.ts';

const base = siteBase(process.env);
const site = siteUrl(process.env);

// SITE_URL (or the host's own variable: Netlify URL, Cloudflare CF_PAGES_URL, Vercel
// VERCEL_PROJECT_PRODUCTION_URL): the public origin the site is served from (canonical links,
// feeds); `astro build` stops without one (publicUrlGuard), dev and tests use a local URL.
// BASE_PATH: the sub-path it lives under, e.g. /explainer/ on GitHub Pages; "/" by default.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline <style>: the Content-Security-Policy allows styles from the site only.
  // Two pages at a time: while one waits on the disk (its module, its file), the other renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  devToolbar: { enabled: false },
  // Fewer render-blocking stylesheets (each one delays the first paint on a slow connection;
  // an article had nine): CSS is grouped into files, not per component.
  // - `site`: the global stylesheet with every component style used by five routes or more
  //   (layouts, citations, source list): one cached file, on every page.
  // - `reading`: the data components articles share with the countries and timeline pages.
  // The rest stays per page or component, so the map page loads no style it does not use.
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'site', test: /\.css$/, minShareCount: 5, priority: 2 },
              { name: 'reading', test: /[\\/](CountryList|PersonCard|Timeline)\.astro\?astro&type=style/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  // MDX bodies: the headings' links to themselves are compiled, not rendered as components.
  markdown: { processor: markdownProcessor },
  integrations: [
    publicUrlGuard(),
    mdx(),
    securityHeadersFile(),
    notFoundRedirects(),
    fontSubset(),
    // The search index reads the pages as they are served.
    pagefindIndex(),
  ],
});
