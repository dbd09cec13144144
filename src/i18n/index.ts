import type { Lang } from '../lib/content/schema.ts';
import type { Section } from '../lib/routes.ts';
import { typesetStrings } from '../lib/typography.ts';
import { en } from './en.ts';
import { fr, type UiStrings } from './fr.ts';

// The dictionaries are written as plain text, like the content, and typeset once here.
const DICTIONARIES: Record<Lang, UiStrings> = { fr: typesetStrings(fr, 'fr'), en: typesetStrings(en, 'en') };

/** The interface strings of one language, typeset (src/lib/typography.ts). */
export function uiStrings(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}

/** A section index page's title and standfirst in one language (its page and its sharing card). */
export function sectionText(section: Exclude<Section, 'articles'>, lang: Lang): { title: string; intro: string } {
  const t = uiStrings(lang);
  const text: Record<Exclude<Section, 'articles'>, { title: string; intro: string }> = {
    people: { title: t.peopleTitle, intro: t.peopleIntro },
    countries: { title: t.countriesTitle, intro: t.countriesIntro },
    map: { title: t.mapTitle, intro: t.mapIntro },
    timeline: { title: t.timelineTitle, intro: t.timelineIntro },
    sources: { title: t.sourcesTitle, intro: t.sourcesIntro },
    about: { title: t.aboutTitle, intro: t.aboutIntro },
    corrections: { title: t.correctionsTitle, intro: t.correctionsIntro },
    data: { title: t.dataTitle, intro: t.dataIntro },
    search: { title: t.searchTitle, intro: t.searchIntro },
  };
  return text[section];
}
