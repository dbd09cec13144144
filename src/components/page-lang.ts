import type { Lang } from '../lib/content/schema.ts';

/**
 * The language a component renders in: its `lang` prop when given, else the language its page set
 * in `Astro.locals` (MDX authors never pass it).
 */
export function componentLang(lang: Lang | undefined, locals: App.Locals): Lang {
  const resolved = lang ?? locals.lang;
  if (!resolved) throw new Error('component rendered on a page that sets no language in Astro.locals: pass it a lang prop');
  return resolved;
}
