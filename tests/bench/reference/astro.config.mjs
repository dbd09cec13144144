// @ts-check
// The bare reference site of `npm run bench`: the same synthetic MDX through the same Astro and
// MDX versions, one page route with a minimal layout, the same output format as the site.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
