import type { UiStrings } from './fr.ts';

/** English interface strings. */
export const en: UiStrings = {
  siteName: 'The Paris summit, explained',
  siteTagline: 'The coalition of the willing summit at the Élysée on 6 January 2026, explained source by source.',
  skipToContent: 'Skip to content',
  languageSwitchLabel: 'Lire en français',
  languageName: 'English',
  mainNav: 'Main navigation',
  navHome: 'Home',
  homeTitle: 'The Paris summit of 6 January 2026, explained',
  homeIntro: 'Who came, what was decided and what is still open: every article rests on sources cited one by one.',
  articlesHeading: 'Articles',
  published: 'Published',
  updated: 'Updated',
  keyPoints: 'Key points',
  sourcesHeading: 'Sources',
  sourceNoUrl: 'the site’s starting text, not published online',
  relaying: 'carrying',
  corrections: 'Corrections',
  citationLabel: 'Source',
  backToCitation: 'Back to the text',
  footerMethod: 'Every fact is tied to a cited source. A static site, with no tracking.',
  notFoundTitle: 'Page not found',
  notFoundText: 'This address matches no page on the site.',
  notFoundBack: 'Back to the home page',
  sourceKind: { primary: 'official source', press: 'press', aggregator: 'aggregator' },
};
