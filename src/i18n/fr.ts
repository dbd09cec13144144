import { countryName } from '../lib/country-names.ts';
import type { OpenDataText } from '../lib/open-data.ts';
import type { StateCount } from '../lib/tallies.ts';

/** The label of each kind of note, as the pages show it (`noteKind`). */
const NOTE_KIND = {
  disputed: 'Contesté',
  interpretation: 'Notre lecture',
  unknown: 'Inconnu',
  correction: 'Erreur d’une source',
  background: 'Contexte',
};

/** What the notes fields of the open data hold (three datasets carry them). */
const NOTES_FR = `Le texte de chaque note, en français, précédé de son étiquette (${Object.values(NOTE_KIND).join(', ')}), comme sur les pages du site ; en CSV, une note par ligne. Vide quand l’entrée n’a pas de note.`;
const NOTES_EN = 'Les mêmes notes, en anglais, précédées de leur étiquette anglaise, comme sur les pages en anglais du site.';

/** A state whose place in the count is unsettled, as a sentence names it (« les États-Unis »). */
const ARTICLES_FR: Partial<Record<string, string>> = { US: 'les' };
/** The unsettled states as a sentence names them, and whether the verb after them is plural. */
const unsettledFr = (unsettled: readonly string[]): { names: string; plural: boolean } => ({
  names: new Intl.ListFormat('fr', { type: 'conjunction' }).format(
    unsettled.map((code) => [ARTICLES_FR[code], countryName(code, 'fr')].filter(Boolean).join(' ')),
  ),
  plural: unsettled.length > 1 || ARTICLES_FR[unsettled[0] ?? ''] === 'les',
});

/** The count's clause on the states present whose place in it is unsettled: « les États-Unis, dont on ignore s’ils comptent parmi les 35 ». */
const unsettledClauseFr = ({ reported, unsettled }: StateCount): string =>
  `${unsettledFr(unsettled).names}, dont on ignore ${unsettledFr(unsettled).plural ? 's’ils comptent' : 's’il compte'} parmi les ${reported}`;

/** The count's one wording (`of`: a clause on the named states): « nos sources en nomment 34, plus les États-Unis, dont on ignore s’ils comptent parmi les 35 ». */
const countNamedFr = (count: StateCount, of = ''): string =>
  `nos sources en nomment ${count.named}${of}` + (count.unsettled.length === 0 ? '' : `, plus ${unsettledClauseFr(count)}`);

/** French interface strings: the reference dictionary; `en.ts` must provide every key. */
/** The heading of the states present whose place in the count is unsettled (« Présents, comptés ou non parmi les 35 »). */
const unsettledHeadingFr = (reported: number): string => `Présents, comptés ou non parmi les ${reported}`;

export const fr = {
  siteName: 'Sommet de Paris : l’explication',
  siteTagline: 'Le sommet de la coalition des volontaires, Élysée, 6 janvier 2026, expliqué source par source.',
  skipToContent: 'Aller au contenu',
  languageSwitchLabel: 'Read in English',
  mainNav: 'Navigation principale',
  // Header (mobile menu, language toggle).
  menuButton: 'Menu',
  menuClose: 'Fermer',
  languageChoice: 'Langue',
  summitEventName: 'Sommet de la coalition des volontaires',
  summitEventDescription:
    'Réunion à l’Élysée des pays de la coalition des volontaires, consacrée aux garanties de sécurité pour l’Ukraine.',
  homeKicker: 'Guerre en Ukraine',
  homeTitle: 'La coalition se dit prête à garantir la sécurité de l’Ukraine après un cessez-le-feu',
  homeNews: (date: string, host: string) =>
    `Réunis à l’Élysée par ${host} le ${date}, les pays de la coalition des volontaires l’ont écrit dans la déclaration de Paris.`,
  homeFiguresHeading: 'En chiffres',
  homeFigureStates: ({ named }: StateCount) => `États représentés ; ${named} nommés`,
  /** The note under the states figure on the states present whose place in the count is unsettled; empty when none. */
  homeFigureUnsettled: (count: StateCount) =>
    count.unsettled.length === 0 ? '' : `S’y ${unsettledFr(count.unsettled).plural ? 'ajoutent' : 'ajoute'} ${unsettledClauseFr(count)}.`,
  homeFigureLeaders: 'chefs d’État ou de gouvernement',
  homeFigureOrganisations: (names: readonly string[]) => `organisations (${names.join(', ')})`,
  homeFiguresExplained: 'Qui a compté quoi, source par source',
  /** The id of the heading « Qui a compté quoi » in the article on who came. */
  homeCountsAnchor: 'qui-a-compte-quoi',
  homeLeadLabel: 'À lire en premier',
  published: 'Publié le',
  updated: 'Mis à jour le',
  factsAsOf: 'Faits établis au',
  // Home page: who counted each figure, the teasers after the articles.
  /** Who counted a figure: up to three names, else two and how many others (the comparison names them all). */
  homeFigureBy: (names: readonly string[]) =>
    `${names.length > 1 ? 'Sources' : 'Source'} : ${names.length > 3 ? `${names.slice(0, 2).join(', ')} et ${names.length - 2} autres` : names.join(', ')}`,
  homeFollowedHeading: 'Ce qui a suivi',
  homeFollowedAll: (month: string) => `Toute la chronologie (notre relevé s’arrête en ${month})`,
  homeWhoAll: 'Toutes les délégations',
  keyPoints: 'L’essentiel',
  sourcesHeading: 'Sources',
  via: 'via',
  corrections: 'Corrections',
  backToCitation: 'Retour au texte',
  footerMethod: 'Chaque fait est rattaché à une source citée. Site statique, sans traceur.',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Cette adresse ne correspond à aucune page du site.',
  notFoundBack: 'Revenir à l’accueil',
  notFoundSiteInLang: 'Le site en français',
  // Sharing cards and the 404 page (og, 404).
  ogTopic: 'Ukraine',
  /** The home card's headline, under the kicker « Ukraine »: shorter than the page's, to fit whole beside the map. */
  ogHomeTitle: 'La coalition se dit prête à garantir la sécurité de Kyiv',
  /**
   * A sharing card in words (its og:image:alt): what it says, and its map with the map's figure.
   * A page's title is quoted; a name (a person's, a country's: `quoted` false) is not. The line
   * under it (a role, a level) follows as a sentence of its own, as the card starts it capitalised.
   */
  ogImageAlt: ({
    topic,
    date,
    title,
    quoted,
    subtitle,
    map,
    siteName,
  }: {
    topic: string;
    date: string;
    title: string;
    quoted: boolean;
    subtitle: string | undefined;
    map: string | undefined;
    siteName: string;
  }) =>
    `${topic}, ${date} : ${quoted ? `« ${title} »` : title}${subtitle === undefined ? '' : `. ${subtitle}`}.` +
    (map === undefined ? '' : ` Carte de l’Europe, les États représentés en bleu, Paris marqué. ${map}.`) +
    (title === siteName ? '' : ` ${siteName}.`),
  notFoundLinks: 'Pour commencer',
  notFoundArticles: 'Nos articles',
  sourceKind: { primary: 'source officielle', press: 'presse', aggregator: 'agrégateur' },
  sourceGroup: {
    primary: {
      heading: 'Sources officielles',
      text: 'Les textes des institutions elles-mêmes (présidences, gouvernements, parlements) : communiqués, déclarations, comptes rendus ; quand un site tiers en reproduit un, l’institution est nommée en tête.',
    },
    press: {
      heading: 'Presse',
      text: 'Les journaux, agences de presse, radios, télévisions et médias en ligne qui ont leur propre rédaction, y compris quand ils publient la dépêche d’une agence : celle-ci est alors nommée en tête.',
    },
    aggregator: {
      heading: 'Agrégateurs',
      text: 'Des sites sans rédaction connue qui republient le texte d’autres médias ; le média d’origine, quand il est connu, est nommé en tête.',
    },
  },
  level: {
    leader: 'chef d’État ou de gouvernement',
    minister: 'ministre',
    envoy: 'ambassadeur ou envoyé spécial',
    'not-given': 'niveau non précisé',
  },
  levelHeading: {
    leader: 'Au niveau des chefs d’État ou de gouvernement',
    minister: 'Au niveau ministériel',
    envoy: 'Au niveau des ambassadeurs ou envoyés',
    'not-given': 'Niveau de représentation non précisé',
  },
  membership: {
    member: 'membre de la coalition (liste publiée avant le sommet)',
    observer: 'observateur (et non membre), selon la source',
    'non-member': 'non membre de la coalition',
  },
  /** A person's presence as a short tag (the who's who roster); `presenceBy` words it in full, naming the outlets. */
  presence: {
    present: 'présence rapportée',
    announced: 'venue annoncée, non confirmée',
    'agency-list': 'sur la seule liste Anadolu',
    absent: 'absence rapportée',
  },
  noteKind: NOTE_KIND,
  calloutKind: { note: 'À noter', disputed: 'Contesté', unknown: 'Ce que l’on ne sait pas' },
  coChair: 'coprésident',
  coChairLabel: 'Présidence du sommet',
  coChairOfSummit: 'coprésident du sommet',
  noRepresentativeNamed: 'représentant non nommé par les sources',
  unnamedStates: (n: number, { reported, unsettled }: StateCount) =>
    (n === 1 ? 'Un État représenté n’est nommé par aucune source' : `${n} États représentés ne sont nommés par aucune source`) +
    (unsettled.length === 0
      ? '.'
      : `, à moins que ${unsettledFr(unsettled).names} ne ${unsettledFr(unsettled).plural ? 'soient comptés' : 'soit compté'} parmi les ${reported}.`),
  countComparison: {
    caption: 'Les décomptes publiés, source par source',
    figure: 'Chiffre',
    reportedBy: 'Rapporté par',
    what: 'Ce qui est compté',
    measure: {
      states: 'États représentés',
      'leader-level-states': 'États représentés par leur chef d’État ou de gouvernement',
      'leaders-expected': 'Dirigeants attendus avant la réunion',
      'ministerial-states': 'États représentés par un ministre',
      'envoy-states': 'États représentés par un ambassadeur ou un envoyé',
      organisations: 'Organisations internationales',
    },
  },
  timelineLabel: 'Chronologie',
  timelineSummitDay: 'Jour du sommet',
  figureCredit: 'Crédit :',
  readingTime: (minutes: number) => `${minutes} min`,
  tocHeading: 'Sommaire',
  relatedHeading: 'À lire aussi',
  share: {
    label: 'Partager cet article',
    email: 'Courriel',
    whatsapp: 'WhatsApp',
    bluesky: 'Bluesky',
    x: 'X',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
    native: 'Partager…',
    copy: 'Copier le lien',
    copied: 'Lien copié dans le presse-papiers.',
  },
  /** Article furniture: format label, byline, roster folding, printed address. */
  articleFormat: 'Décryptage',
  byline: { by: 'Par', desk: 'la rédaction' },
  rosterShow: (n: number) => (n === 1 ? 'Voir l’État' : `Voir la liste des ${n} États`),
  printedUrl: 'Adresse de cet article :',
  nav: {
    home: 'Articles',
    people: 'Qui est qui',
    countries: 'Pays',
    map: 'Carte',
    timeline: 'Chronologie',
    sources: 'Sources',
    data: 'Données',
    about: 'Méthode',
    search: 'Recherche',
  },
  peopleTitle: 'Qui est qui',
  peopleIntro: 'Les acteurs clés du sommet, puis les dirigeants, ministres et envoyés des autres délégations que les sources nomment.',
  countriesTitle: 'Les pays représentés',
  countriesIntro: 'Chaque État nommé par une source, avec son niveau de représentation.',
  timelineTitle: 'Chronologie',
  timelineIntro:
    'De la création de la coalition, en mars 2025, à fin mars 2026 : les dates qui comptent, jusqu’au dernier événement trouvé dans nos sources.',
  sourcesTitle: 'Toutes les sources',
  sourcesIntro: 'Chaque source du site, classée selon sa nature, avec les pages qui la citent.',
  citedOn: 'Citée sur :',
  notCitedYet: 'pas encore citée',
  sourceUnrecorded: 'titre et date non relevés',
  // An official text carried by a third-party site (its source has `relays`): said beside its kind.
  viaThirdParty: 'via un site tiers',
  // An article's source list, after a source whose page shows no date.
  noDateShown: 'date non indiquée',
  presenceLabel: 'Au sommet',
  statementsHeading: 'Déclarations rapportées',
  representedBy: 'Représenté par',
  levelLabel: 'Niveau de représentation',
  // A state whose place in the count is unsettled (the US): no level, the number of its representatives.
  representationLabel: 'Représentation',
  envoys: (count: string, n: number) => `${count} émissaire${n > 1 ? 's' : ''}`,
  statusLabel: 'Statut dans la coalition',
  /** The states present whose place in the count no source settles (the US): a label, then what the "?" of the table means. */
  countUnsettledHeading: unsettledHeadingFr,
  countUnsettledLabel: (reported: number) => `${unsettledHeadingFr(reported)} :`,
  countUnsettledNote: ({ reported, unsettled }: StateCount) =>
    `? : aucune source ne dit si ${unsettledFr(unsettled).names} ${unsettledFr(unsettled).plural ? 'sont comptés' : 'est compté'} parmi les ${reported}.`,
  // Who's who, person and country pages
  keyActorsHeading: 'Les acteurs clés',
  otherDelegationsHeading: 'Les autres délégations',
  rosterGroup: {
    leader: 'Chefs d’État ou de gouvernement',
    minister: 'Ministres',
    envoy: 'Ambassadeurs et envoyés',
    'not-given': 'Niveau non précisé',
    organisation: 'Organisations internationales',
    absent: 'Attendus, mais absents',
  },
  articlesMentioningPerson: (name: string) => `Articles qui mentionnent ${name}`,
  articlesMentioningCountry: 'Articles qui mentionnent ce pays',
  // Places: the country, countries-list and person pages, and the "who offers what" table
  /** What the sources say of a person's presence, naming the outlets that say it (`outlets`: "RNZ", "l’AFP et Reuters"). */
  presenceBy: {
    present: (outlets: string) => `présence rapportée par ${outlets}`,
    announced: (outlets: string) => `venue annoncée par ${outlets}, non confirmée`,
    'agency-list': (outlets: string) => `présence rapportée par la seule liste des participants de ${outlets}`,
    absent: (outlets: string) => `venue prévue, puis annulée, selon ${outlets}`,
  },
  offersCaption: 'Ce que chacun a proposé ou dit, d’après nos sources',
  offersColumns: { who: 'Pays ou institution', offer: 'Proposition ou déclaration' },
  countryOfferHeading: 'Propositions et déclarations au sommet',
  countryNoOffer: 'Les sources que nous avons lues ne rapportent aucune proposition ni déclaration de ce pays sur les garanties.',
  afterSummitHeading: 'Après le sommet',
  countryNothingMore:
    'Au-delà de sa présence, les sources que nous avons lues ne disent rien de ce que ce pays a proposé au sommet ni de ce qu’il a fait ensuite.',
  personNothingMore:
    'Au-delà de sa fonction et de sa présence, les sources que nous avons lues ne rapportent rien de ce que cette personne a dit au sommet ni de ce qu’elle a fait ensuite.',
  personAfterIntro: (name: string) => `Les événements de notre chronologie qui nomment ${name} :`,
  fullTimeline: 'Toute la chronologie',
  /** "After the summit" on a country or person page, when it shows only the most recent entries. */
  afterSummitLatest: (shown: number, total: number) =>
    `Les ${shown} entrées les plus récentes sur ${total} ; les autres sont dans la chronologie.`,
  countriesSummary: (count: StateCount) =>
    `${count.reported} États représentés au sommet selon le décompte publié ; ${countNamedFr(count)}. Par niveau de représentation :`,
  countriesMapLink: 'Voir la carte',
  // Countries list and country pages
  countriesSummaryColumns: { level: 'Niveau', reported: 'Décompte publié', named: 'Nommés par nos sources' },
  countriesSummaryTotal: 'Total',
  countriesSummaryWhose: (what: string) => `Décompte publié : ${what}`,
  countriesSummaryWhy: 'pourquoi ?',
  levelGap: (reported: number, named: number) =>
    `Le décompte publié range ${reported} États à ce niveau ; nos sources en nomment ${named}, ci-dessous. Les notes de la liste disent ce que l’on sait des autres.`,
  countryListColumns: { country: 'Pays', representative: 'Représenté par', presence: 'Présence' },
  rosterLevelSource: (publishers: string) => `Niveau de représentation selon ${publishers}`,
  countryLeadHeading: 'Ce que le sommet a signifié pour ce pays',
  countryReadMore: 'À lire :',
  /** The country page's locator map: its accessible name, and the link under it to the map page. */
  locatorName: (country: string) => `${country}, sur la carte des États représentés`,
  locatorLink: 'Voir la carte des États représentés',
  /** The summit's day on a country or person page: the timeline's entries of that day that name them. */
  summitDayHeading: 'Le jour du sommet, dans notre chronologie',
  summitDayTimeline: 'Toute la journée dans la chronologie',
  /** A person page: the level of representation of the person's state. */
  delegationLevelLabel: 'Niveau de la délégation',
  /** A person page: the delegation that attended in place of an absent person, and the other states' representatives of the same level. */
  delegationInsteadLabel: 'Délégation présente au sommet',
  sameLevelPeers: (level: string) => `Les autres représentants de même rang (${level}) :`,
  aboutTitle: 'Méthode : comment ce site est fait',
  aboutIntro:
    'Qui fait ce site, d’où viennent les faits, ce que veulent dire nos dates et nos étiquettes, comment nous corrigeons nos erreurs et ce que le site ne fait pas.',
  aboutSections: [
    {
      topic: 'who',
      id: 'qui',
      heading: 'Qui fait ce site',
      paragraphs: [
        'Ce site explique un seul événement : le sommet de la coalition des volontaires réuni à l’Élysée le 6 janvier 2026, ce qui l’a précédé et ce qui l’a suivi.',
        'Les articles ne portent pas de signature individuelle : « la rédaction », sous leur titre, renvoie à cette page. Aucun n’est publié sans ses sources.',
      ],
    },
    {
      topic: 'sources',
      id: 'sources',
      heading: 'Chaque fait a sa source',
      paragraphs: [
        'Chaque affirmation renvoie à une source précise : textes de l’Élysée et de la présidence ukrainienne, agences de presse, journaux. Les numéros entre crochets mènent à la liste des sources en bas de page ; chaque note soutient la phrase qu’elle suit, et non une phrase voisine.',
        'Quand nous n’avons trouvé le texte d’une agence ou d’un journal que sur un site qui le reprend, nous citons ce site en nommant en tête le média d’origine ; la page Sources range ce site selon sa nature : « presse » s’il a sa propre rédaction, sinon « agrégateurs ».',
        'Les médias d’État, comme l’agence russe TASS, sont la voix de leur gouvernement : nous le signalons chaque fois que nous les citons.',
      ],
    },
    {
      topic: 'dates',
      id: 'dates',
      heading: 'Ce que veut dire « Faits établis au »',
      paragraphs: [
        'Sous le titre de chaque article, « Faits établis au » donne la date du dernier événement dont nos sources rendent compte pour cet article. Ce n’est pas la date de publication : un article publié plus tard peut porter sur des faits plus anciens.',
      ],
    },
    {
      topic: 'counts',
      id: 'chiffres',
      heading: 'Pourquoi les décomptes diffèrent',
      paragraphs: [
        'Les sources ne comptent pas toutes la même chose : les États représentés, ceux qui l’étaient par leur chef d’État ou de gouvernement, les organisations internationales, ou les dirigeants attendus la veille. Nous ne retenons pas un chiffre en silence : chaque décompte publié est donné avec sa source et ce qu’il mesure.',
        'Pays, participants et décomptes sont stockés une seule fois, dans des fichiers de données, avec leurs sources. Articles, pages et carte les lisent à la construction du site : un chiffre corrigé l’est partout à la fois.',
      ],
    },
    {
      topic: 'conventions',
      id: 'conventions',
      heading: 'Nos conventions',
      paragraphs: ['Les étiquettes et les mots qui reviennent sur les pages du site, et ce qu’ils veulent dire.'],
    },
    {
      topic: 'corrections',
      id: 'corrections',
      heading: 'Corrections',
      paragraphs: [
        'Quand nous corrigeons une erreur dans un article, une rubrique « Corrections » s’ajoute à la fin du texte, avant les sources : elle donne la date et la nature de chaque correction. La date de mise à jour s’affiche alors sous le titre, à côté de la date de publication.',
        `Quand c’est une source qui se trompe, la note « ${NOTE_KIND.correction} » l’indique à l’endroit même où la source est citée.`,
      ],
    },
    {
      topic: 'contact',
      id: 'contact',
      heading: 'Nous contacter',
      paragraphs: [
        'Pour nous écrire, en particulier pour signaler une erreur : donnez l’adresse de la page et la phrase en cause, et, si vous en avez une, la source qui la contredit.',
      ],
    },
    {
      topic: 'legal',
      id: 'mentions-legales',
      heading: 'Mentions légales',
      paragraphs: [],
    },
    {
      topic: 'data',
      id: 'donnees',
      heading: 'Données ouvertes et licence',
      paragraphs: [
        'Les pays, les personnes, les organisations, les sources et la chronologie du site se téléchargent en JSON et en CSV, générés à chaque construction à partir des mêmes fichiers que les pages ; chacun de leurs champs est décrit.',
        'Ils sont publiés sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0) : vous pouvez les réutiliser en citant le site. Les articles de nos sources restent la propriété de leurs éditeurs : nous n’en donnons que le titre, l’éditeur, la date et le lien.',
      ],
    },
    {
      topic: 'privacy',
      id: 'vie-privee',
      heading: 'Ce que le site ne fait pas',
      paragraphs: [
        'Pas de publicité, pas de contenu sponsorisé, pas de traceur : ni cookie, ni mesure d’audience, ni script d’un tiers.',
        'Le site est fait de pages statiques ; ses polices sont hébergées avec lui, et la recherche fonctionne dans votre navigateur, à partir d’un index publié avec les pages.',
      ],
    },
  ],
  // About page: table of contents and sentences read from the data.
  aboutContents: 'Sur cette page',
  aboutSourcesCount: (total: number, kinds: { primary: number; press: number; aggregator: number }) =>
    `Le site cite ${total} sources : ${kinds.primary} ${kinds.primary === 1 ? 'source officielle' : 'sources officielles'}, ${kinds.press} de presse et ${kinds.aggregator} ${kinds.aggregator === 1 ? 'agrégateur' : 'agrégateurs'}. La page Sources les présente toutes, par nature, avec les pages qui citent chacune.`,
  aboutLatestEvent: (month: string) =>
    `Notre relevé des suites du sommet s’arrête en ${month}, mois du dernier événement de la chronologie : ce qui a suivi n’y figure pas, ce qui ne veut pas dire que rien ne s’est passé.`,
  aboutCountsLink: 'Le tableau « Qui a compté quoi »',
  aboutMapLink: 'La carte et ses conventions de frontières',
  // About page: the conventions as definition lists, the contact and legal notice (publisher set at deploy).
  aboutConventionGroups: {
    notes: 'Les étiquettes des notes',
    presence: 'La présence d’une personne au sommet',
    level: 'Le niveau de représentation d’un État',
    writing: 'Notre écriture',
  },
  aboutNoteKinds: {
    disputed: 'Les sources se contredisent : nous donnons chaque version, avec sa source.',
    unknown: 'Aucune des sources que nous avons lues ne l’établit.',
    interpretation: 'Une déduction de la rédaction, qu’aucune source ne formule telle quelle.',
    correction: 'Une source s’est trompée : la note dit en quoi, à l’endroit où la source est citée.',
    background: 'Ce qui éclaire une fonction ou une présence (un programme changé, par exemple), avec sa source.',
  },
  aboutPresence: {
    present: 'Une source au moins dit que la personne a assisté à la réunion ou qu’elle s’est exprimée après.',
    announced: 'Une source annonçait sa venue ; aucune de celles que nous avons lues ne confirme qu’elle était là.',
    'agency-list':
      'Seule la liste des dirigeants publiée par l’agence Anadolu le jour du sommet la nomme. Sur un point au moins, cette liste contredit une autre source : elle donne pour la Finlande le premier ministre, là où la presse finlandaise rapporte la présence du président.',
    absent: 'Sa venue était attendue, mais les sources rapportent qu’elle n’a pas eu lieu.',
  },
  aboutLevelsNote: 'Chaque niveau est celui que rapportent les sources citées pour l’État.',
  aboutLevels: {
    leader: 'L’État était représenté par son chef d’État ou de gouvernement.',
    minister: 'L’État était représenté par un ministre.',
    envoy: 'L’État était représenté par un ambassadeur ou un envoyé spécial.',
    'not-given': 'Une source dit que l’État était représenté, sans préciser par qui.',
  },
  aboutWriting: [
    { term: 'Kyiv', definition: 'Notre graphie du nom de la capitale ukrainienne, en français comme en anglais.' },
    { term: 'Citations', definition: 'Traduites dans la langue de la page et attribuées à la personne qui les a prononcées.' },
  ],
  aboutPublishedBy: (name: string) => `Le site est publié par ${name}.`,
  aboutReportError: 'Signaler une erreur',
  aboutCorrectionsLog:
    'Chaque correction reste consignée, avec sa date, dans la rubrique « Corrections » de l’article qu’elle touche. Le journal des corrections les réunit toutes, de la plus récente à la plus ancienne, chacune avec le titre de son article.',
  aboutNoPublisher:
    'Le nom de l’éditeur et une adresse de contact sont des réglages de publication, non renseignés pour cette version du site. Quand ils le sont, ils s’affichent sur cette page, avec les mentions légales.',
  // Corrections log (/corrections/): every article correction, by date; linked from each article's Corrections block, the method page and the footer.
  correctionsTitle: 'Journal des corrections',
  correctionsIntro:
    'Toutes les corrections apportées aux articles du site, de la plus récente à la plus ancienne. Chacune figure aussi, avec sa date, à la fin de l’article qu’elle touche.',
  correctionsEmpty: 'Aucun article n’a été corrigé à ce jour.',
  correctionsAllLink: 'Toutes les corrections du site',
  correctionsMethodLink: 'Comment nous corrigeons nos erreurs',
  aboutLegal: {
    publisher: 'Éditeur',
    director: 'Direction de la publication',
    contact: 'Contact',
    host: 'Hébergeur',
  },
  // Timeline (month jumps, entry links) and sources page (summary, finders, state media).
  timelineMonths: 'Aller au mois',
  timelineEventCount: (n: number): string => (n === 1 ? 'événement' : 'événements'),
  timelineToSummitDay: (date: string) => `Aller au jour du sommet, le ${date}`,
  timelineSummitMonth: 'mois du sommet',
  timelinePeople: 'Personnes :',
  timelineArticles: 'À lire :',
  sourcesSummaryHeading: 'Les sources en bref',
  sourcesTotal: (n: number, languages: number) => `${n} sources en ${languages} langues, classées en trois groupes`,
  sourcesStateMedia: (n: number) =>
    n === 1
      ? 'Une source est un média d’État ou en reprend un : elle est signalée comme telle.'
      : `${n} sources sont des médias d’État ou en reprennent un : elles sont signalées comme telles.`,
  sourcesByArticle: 'Trouver les sources d’un article',
  sourcesCount: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  sourcesByPublisher: (n: number) => `Trouver une source par éditeur ou par média d’origine (${n} noms)`,
  // Sources page: each entry's site, the filters, and how a site is classed.
  sourcesRule:
    'Nous classons un site, et non une page : toutes les pages d’un même site sont dans le même groupe. Un média qui a sa propre rédaction reste dans « Presse » quand il publie la dépêche d’une agence ou le texte d’un autre média, nommé alors en tête (« AP, via Dunya News ») ; « Agrégateurs » ne réunit que les sites qui republient des textes d’autres médias sans rédaction connue.',
  sourcesFilter: 'Filtrer la liste',
  sourcesFilterKind: 'Nature',
  sourcesFilterLanguage: 'Langue',
  sourcesFilterAll: 'toutes',
  sourcesFilterOtherLanguages: 'autres langues',
  sourcesFilterNone: 'Aucune source de cette nature dans cette langue : choisissez une autre nature ou une autre langue.',
  stateMedia: { RU: 'média d’État russe', CN: 'média d’État chinois' },
  stateMediaRelay: { RU: 'relais d’un média d’État russe', CN: 'relais d’un média d’État chinois' },
  searchTitle: 'Rechercher',
  searchIntro: 'Cherchez un nom, un pays ou un thème dans toutes les pages en français du site.',
  searchFallback: 'La recherche a besoin de JavaScript. Sans lui, voici toutes les pages du site :',
  mapTitle: 'La carte des pays représentés',
  mapIntro: 'Les États nommés par une source, colorés selon leur niveau de représentation au sommet du 6 janvier 2026.',
  mapName: 'Carte de l’Europe et des partenaires lointains : les pays représentés au sommet, colorés par niveau de représentation',
  mapLegend: 'Niveau de représentation',
  /** The label beside Crimea on the map, one entry per line (short lines: it stands in a narrow column). */
  mapAnnexedLines: ['Crimée,', 'annexée', 'par la', 'Russie', 'en 2014'],
  /** Crimea's label on a narrow map, its name alone (the key and the note on borders say it is annexed). */
  mapAnnexedShort: 'Crimée',
  mapBorders:
    'Frontières : celles que reconnaissent les Nations unies. La Crimée, annexée par la Russie en 2014, est dessinée dans l’Ukraine et hachurée ; le reste de l’Ukraine, l’Est compris, est dessiné dans ses frontières reconnues. Chypre est dessinée entière, nord compris. La frontière, contestée, entre le Kosovo et la Serbie est en pointillé.',
  mapHeadline: ({ leaders, ...count }: StateCount & { leaders: number }) =>
    `${count.reported} États représentés ; ${countNamedFr(count, `, dont ${leaders} par leur dirigeant`)}`,
  mapSymbols: 'Symboles',
  mapAllSymbols: 'Tous les symboles',
  mapNotRepresented: 'pays non représenté ou non nommé',
  mapSmallState: 'petit État, marqué d’un cercle',
  mapParis: 'Paris, où s’est tenu le sommet',
  mapTeaserRepresented: 'États représentés',
  /** The states present whose place in the count is unsettled (the US), drawn with no level: after their name on the map, in their row of the key (their names follow in brackets). */
  mapUnsettled: 'présents, sans rang établi',
  /** Small numbers in words, for figures in running text (masculine: they count États). */
  smallNumbers: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  mapDisputedBorder: 'frontière contestée (Kosovo, Serbie)',
  mapTableHeading: 'Les pays, par niveau de représentation',
  mapCountry: 'Pays',
  mapRepresentedBy: 'Représenté par',
  mapFullLink: 'Voir la carte complète et le tableau des pays',
  mapUnnamedLink: 'Tous les pays et leurs délégations',
  searchLabel: 'Rechercher dans le site',
  searchResultCount: { one: '{n} résultat', other: '{n} résultats' },
  searchButton: 'Chercher',
  searchKind: { article: 'Article', person: 'Personne', country: 'Pays', source: 'Sources', home: 'Accueil', page: 'Page' },
  searchEmpty: 'Vérifiez l’orthographe ou essayez un autre mot.',
  searchVariants: 'Essayez aussi :',
  searchAnyWord: 'Aucune page ne contient tous ces mots ; voici celles qui en contiennent au moins un.',
  searchOtherLang: 'Chercher dans les pages en anglais',
  searchBrowse: 'Ou parcourez les pages du site :',
  ogLocale: 'fr_FR',
  feedTitle: 'Sommet de Paris : l’explication (articles en français)',
  feedUpdated: 'Mis à jour le',
  footerData: 'Données ouvertes (JSON, CSV)',
  sourcesData: 'Ces sources, comme les pays, les personnes et la chronologie du site, sont aussi téléchargeables en JSON et en CSV :',
  dataTitle: 'Données ouvertes',
  dataIntro:
    'Les pays, les personnes, les organisations, les sources et la chronologie du site, à télécharger en JSON ou en CSV, avec la signification de chaque champ.',
  dataGenerated:
    'Ces fichiers sont générés à chaque construction du site à partir des mêmes collections que les pages : une donnée corrigée sur le site l’est aussi dans les fichiers.',
  dataFormatsHeading: 'Formats',
  dataLicence: {
    heading: 'Licence',
    text: (siteName: string) =>
      `Ces fichiers sont publiés sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0) : vous pouvez les réutiliser et les modifier, y compris à des fins commerciales, en citant « ${siteName} » et l’adresse de cette page. Les articles que nos sources désignent restent la propriété de leurs éditeurs : nous n’en donnons que le titre, l’éditeur, la date et le lien.`,
    linkText: 'Le texte de la licence CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.fr',
  },
  dataJsonNote:
    'JSON : un objet qui décrit le jeu de données (titre, description, fichier d’origine, champs avec leur type et leur signification en français et en anglais), puis, sous « records », la liste des entrées.',
  dataCsvNote: (separator: string) =>
    `CSV : encodé en UTF-8, séparé par des virgules, avec une ligne d’en-tête qui donne le nom des champs. Les listes sont jointes par « ${separator} », les textes d’une liste de textes (les notes) vont chacun à la ligne dans la même case, une case vide signifie que le champ n’est pas renseigné, et les booléens valent true ou false.`,
  dataScopeNote:
    'Les entrées sont triées par identifiant, et celles de la chronologie par date, puis, pour un même jour, dans l’ordre de la journée. Les notes (contesté, inconnu, notre lecture, correction) sont dans les fichiers, avec leur texte ; leurs sources, comme les déclarations rapportées, sont sur les pages du site.',
  dataDownload: 'Télécharger :',
  dataRecordCount: (n: number) => (n === 1 ? '1 entrée' : `${n} entrées`),
  dataCountriesCount: ({ reported, named, unsettled }: StateCount) =>
    `Chaque fichier compte ${named + unsettled.length} entrées : les ${named} États que nos sources nomment` +
    (unsettled.length === 0
      ? ` parmi les ${reported} représentés.`
      : ` et ${unsettledFr(unsettled).names}, dont on ignore ${unsettledFr(unsettled).plural ? 's’ils comptent' : 's’il compte'} parmi les ${reported} États représentés.`),
  dataFieldsCaption: (dataset: string) => `Les champs du jeu « ${dataset} »`,
  dataColumns: { field: 'Champ (type)', description: 'Signification' },
  dataTypes: {
    string: 'texte',
    enum: 'code',
    date: 'date',
    url: 'adresse web',
    boolean: 'booléen',
    list: 'liste',
    texts: 'liste de textes',
  },
  dataOptional: 'facultatif',
  openData: {
    countries: {
      title: 'Pays',
      description:
        'Chaque État qu’une source nomme comme représenté au sommet, avec son niveau de représentation et, quand une source la précise, sa place dans la coalition, y compris les États présents sans être membres de la coalition. Les États représentés qu’aucune source ne nomme n’y figurent pas.',
      fields: {
        id: 'Code ISO 3166-1 alpha-2 de l’État, en capitales (écrit en minuscules, c’est l’adresse de sa page sur le site).',
        name_fr: 'Nom de l’État en français, tiré du code ISO (jamais saisi à la main).',
        name_en: 'Nom de l’État en anglais, tiré du code ISO.',
        level:
          'Niveau de représentation au sommet : leader (chef d’État ou de gouvernement), minister (ministre), envoy (ambassadeur ou envoyé spécial), not-given (niveau non précisé par les sources).',
        level_sources: 'Identifiants (jeu « Sources ») des sources qui disent que l’État était représenté à ce niveau.',
        co_chair: 'true si l’État coprésidait le sommet, false sinon.',
        membership:
          'Place dans la coalition, seulement quand une source la précise : member (membre, selon une liste publiée avant le sommet), observer (observateur), non-member (présent sans être membre) ; vide sinon.',
        representatives: 'Identifiants (jeu « Personnes ») des représentants qu’une source nomme ; vide si aucun n’est nommé.',
        note_kinds:
          'Types des notes que le site attache à l’entrée : disputed (contesté), unknown (inconnu), interpretation (notre lecture), correction (erreur d’une source), background (contexte) ; leur texte est dans notes_fr et notes_en.',
        notes_fr: NOTES_FR,
        notes_en: NOTES_EN,
        sources: 'Identifiants (jeu « Sources ») des sources de l’entrée.',
      },
    },
    people: {
      title: 'Personnes',
      description:
        'Les dirigeants, ministres, envoyés et représentants d’organisations que les sources nomment, avec leur fonction le 6 janvier 2026 et ce que les sources disent de leur présence. Les déclarations rapportées sont sur leurs fiches, pas dans ce fichier.',
      fields: {
        id: 'Identifiant de la personne (c’est aussi l’adresse de sa fiche sur le site).',
        name: 'Nom de la personne.',
        role_fr: 'Fonction le 6 janvier 2026, en français.',
        role_en: 'Fonction le 6 janvier 2026, en anglais.',
        country:
          'Code ISO 3166-1 alpha-2 de l’État de sa délégation ; vide quand la personne fait partie de la délégation d’une organisation.',
        organisation:
          'Identifiant (jeu « Organisations ») de l’organisation de sa délégation ; vide quand la personne fait partie de la délégation d’un État.',
        role_sources: 'Identifiants (jeu « Sources ») des sources qui donnent sa fonction.',
        presence:
          'Ce que les sources disent de sa présence : present (présence rapportée par la source), announced (venue annoncée, présence non confirmée), agency-list (présence rapportée par la seule liste de l’agence Anadolu), absent (attendu, mais absent).',
        presence_sources:
          'Identifiants (jeu « Sources ») des sources qui disent s’il était présent : ce sont elles que cite chaque mention de sa présence.',
        note_kinds:
          'Types des notes que le site attache à l’entrée : disputed (contesté), unknown (inconnu), interpretation (notre lecture), correction (erreur d’une source), background (contexte) ; leur texte est dans notes_fr et notes_en.',
        notes_fr: NOTES_FR,
        notes_en: NOTES_EN,
      },
    },
    organisations: {
      title: 'Organisations',
      description: 'Les organisations internationales représentées au sommet ; leurs représentants sont dans le jeu « Personnes ».',
      fields: {
        id: 'Identifiant de l’organisation, repris par le champ organisation du jeu « Personnes ».',
        name_fr: 'Nom de l’organisation en français.',
        name_en: 'Nom de l’organisation en anglais.',
        short_name_fr: 'Sigle en français.',
        short_name_en: 'Sigle en anglais.',
        sources: 'Identifiants (jeu « Sources ») des sources de l’entrée.',
      },
    },
    sources: {
      title: 'Sources',
      description: 'Toutes les sources du site, avec leur éditeur, leur date, leur langue et leur adresse.',
      fields: {
        id: 'Identifiant de la source, repris par le champ sources des autres jeux.',
        publisher_fr: 'Le site ou l’institution qui a publié la page, nommé en français.',
        publisher_en: 'Le site ou l’institution qui a publié la page, nommé en anglais.',
        title: 'Titre de la page, dans sa langue, quand nous l’avons relevé ; vide sinon.',
        url: 'Adresse de la page.',
        date: 'Date de publication, AAAA-MM-JJ, ou AAAA-MM quand seul le mois est connu ; vide quand la page n’en montre pas.',
        language: 'Langue de la page, en code à deux lettres.',
        kind: 'Nature du site, la même pour toutes les sources d’un même éditeur : primary (source officielle), press (média qui a sa propre rédaction, même quand la page reprend une dépêche), aggregator (site sans rédaction connue qui republie les textes d’autres médias).',
        relays: 'Le média dont la page reprend le texte, le cas échéant ; vide sinon.',
      },
    },
    timeline: {
      title: 'Chronologie',
      description: 'Les événements datés de la chronologie du site, avec leur texte en français et en anglais.',
      fields: {
        id: 'Identifiant de l’événement.',
        date: 'Date de l’événement, AAAA-MM-JJ, ou AAAA-MM quand la source ne donne que le mois.',
        text_fr: 'Ce qui s’est passé, en français.',
        text_en: 'Ce qui s’est passé, en anglais.',
        note_kinds:
          'Types des notes que le site attache à l’événement : disputed (contesté), unknown (inconnu), interpretation (notre lecture), correction (erreur d’une source), background (contexte) ; leur texte est dans notes_fr et notes_en.',
        notes_fr: NOTES_FR,
        notes_en: NOTES_EN,
        sources: 'Identifiants (jeu « Sources ») des sources de l’événement.',
      },
    },
  } satisfies OpenDataText,
};

export type UiStrings = typeof fr;
