// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { ogImageReport } from './src/integrations/og-image-report.ts';
import { siteBase, siteUrl } from './src/lib/deploy-env.ts';

// SITE_URL: the public origin the site is served from (canonical links, feeds).
// BASE_PATH: the sub-path it lives under, e.g. /explainer/ on GitHub Pages; "/" by default.
export default defineConfig({
  site: siteUrl(process.env),
  base: siteBase(process.env),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentIntegrity(), mdx(), ogImageReport()],
});
