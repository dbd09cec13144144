/** French interface strings: the reference dictionary; `en.ts` must provide every key. */
export const fr = {
  siteName: 'Sommet de Paris : l’explication',
  siteTagline: 'Le sommet de la coalition des volontaires, Élysée, 6 janvier 2026, expliqué source par source.',
  skipToContent: 'Aller au contenu',
  languageSwitchLabel: 'Read in English',
  languageName: 'Français',
  mainNav: 'Navigation principale',
  navHome: 'Accueil',
  homeTitle: 'Le sommet de Paris du 6 janvier 2026, expliqué',
  homeIntro: 'Qui est venu, ce qui a été décidé, ce qui reste en suspens : nos articles s’appuient sur des sources citées une à une.',
  articlesHeading: 'Les articles',
  published: 'Publié le',
  updated: 'Mis à jour le',
  keyPoints: 'L’essentiel',
  sourcesHeading: 'Sources',
  sourceNoUrl: 'texte de départ du site, non publié en ligne',
  relaying: 'reprend',
  corrections: 'Corrections',
  citationLabel: 'Source',
  backToCitation: 'Retour au texte',
  footerMethod: 'Chaque fait est rattaché à une source citée. Site statique, sans traceur.',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Cette adresse ne correspond à aucune page du site.',
  notFoundBack: 'Revenir à l’accueil',
  sourceKind: { primary: 'source officielle', press: 'presse', aggregator: 'agrégateur' },
};

export type UiStrings = typeof fr;
