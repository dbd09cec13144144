/**
 * Gives every page its context in `Astro.locals` (Starlight's `locals.ts` pattern): its language
 * (from the URL: English under `/en/`, French at the root), the interface strings of that
 * language, the site's data, and an empty citation numbering that `<Cite>` fills as the page
 * renders (src/data/citation-context.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { getSiteData } from './data/site-data.ts';
import { uiStrings } from './i18n/index.ts';
import { pathLang } from './lib/paths.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = pathLang(context.url.pathname, import.meta.env.BASE_URL);
  Object.assign(context.locals, {
    lang,
    t: uiStrings(lang),
    data: await getSiteData(),
    citations: { numbers: new Map(), seen: new Map() },
  } satisfies App.Locals);
  return next();
});
