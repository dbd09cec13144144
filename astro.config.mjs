// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { publicUrlGuard } from './src/integrations/public-url.ts';
import { markdownProcessor } from './src/lib/markdown/processor.ts';
import { siteBase, siteUrl } from './src/lib/deploy-env.ts';
import { addAlternates } from './src/lib/sitemap-alternates.ts';

const base = siteBase(process.env);

// SITE_URL (or the host's own variable: Netlify URL, Cloudflare CF_PAGES_URL, Vercel
// VERCEL_PROJECT_PRODUCTION_URL): the public origin the site is served from (canonical links,
// feeds); `astro build` stops without one (publicUrlGuard), dev and tests use a local URL.
// BASE_PATH: the sub-path it lives under, e.g. /explainer/ on GitHub Pages; "/" by default.
export default defineConfig({
  site: siteUrl(process.env),
  base,
  trailingSlash: 'always',
  // No inline <style>: the Content-Security-Policy allows styles from the site only.
  // Two pages at a time: while one waits on the disk (its module, its file), the other renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // One stylesheet for the whole site (about 4 KB compressed), cached after the first page,
  // rather than one small file per component.
  vite: { build: { cssCodeSplit: false } },
  devToolbar: { enabled: false },
  // MDX bodies: the headings' links to themselves are compiled, not rendered as components.
  markdown: { processor: markdownProcessor },
  integrations: [
    publicUrlGuard(),
    contentIntegrity(),
    mdx(),
    securityHeadersFile(),
    ogImages(),
    fontSubset(),
    // Last: the search index reads the pages as they are served.
    pagefindIndex(),
    // The sitemap lists every page but the 404, each with the hreflang alternates its head declares.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html'), serialize: addAlternates() }),
  ],
});
