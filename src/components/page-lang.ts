import type { Lang } from '../lib/content/schema.ts';

/**
 * The language a component renders in: its `lang` prop when given, else the language the article
 * page set in `Astro.locals` (MDX authors never pass it).
 */
export function componentLang(lang: Lang | undefined, locals: App.Locals): Lang {
  const resolved = lang ?? locals.lang;
  if (!resolved) throw new Error('component rendered outside an article: pass it a lang prop');
  return resolved;
}
