import { countryName } from '../lib/country-names.ts';
import type { StateCount } from '../lib/tallies.ts';
import type { UiStrings } from './fr.ts';

/** What the notes fields of the open data hold (three datasets carry them). */
/** The label of each kind of note, as the pages show it (`noteKind`). */
const NOTE_KIND = {
  disputed: 'Disputed',
  interpretation: 'Our reading',
  unknown: 'Unknown',
  correction: 'Source error',
  background: 'Background',
};

const NOTES_FR =
  'The text of each note, in French, after its French label, as the French pages show it; in CSV, one note per line. Empty when the entry has no note.';
const NOTES_EN = `The same notes, in English, each after its label as the site’s pages show it (${Object.values(NOTE_KIND).join(', ')}).`;

/** A state whose place in the count is unsettled, as a sentence names it ("the United States"). */
const ARTICLES_EN: Partial<Record<string, string>> = { US: 'the' };
const unsettledEn = (unsettled: readonly string[]): string =>
  new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(
    unsettled.map((code) => [ARTICLES_EN[code], countryName(code, 'en')].filter(Boolean).join(' ')),
  );

/** The count's clause on the states present whose place in it is unsettled: "the United States, which may or may not be among the 35". */
const unsettledClauseEn = ({ reported, unsettled }: StateCount): string =>
  `${unsettledEn(unsettled)}, which may or may not be among the ${reported}`;

/** The count's one wording (`of`: a clause on the named states): "our sources name 34, plus the United States, which may or may not be among the 35". */
const countNamedEn = (count: StateCount, of = ''): string =>
  `our sources name ${count.named}${of}` + (count.unsettled.length === 0 ? '' : `, plus ${unsettledClauseEn(count)}`);

/** English interface strings. */
/** The heading of the states present whose place in the count is unsettled ("Present, counted among the 35 or not"). */
const unsettledHeadingEn = (reported: number): string => `Present, counted among the ${reported} or not`;

export const en: UiStrings = {
  siteName: 'The Paris summit, explained',
  siteTagline: 'The coalition of the willing summit at the Élysée on 6 January 2026, explained source by source.',
  skipToContent: 'Skip to content',
  languageSwitchLabel: 'Lire en français',
  mainNav: 'Main navigation',
  // Header (mobile menu, language toggle).
  menuButton: 'Menu',
  menuClose: 'Close',
  languageChoice: 'Language',
  summitEventName: 'Summit of the coalition of the willing',
  summitEventDescription: 'Meeting at the Élysée of the countries of the coalition of the willing, on security guarantees for Ukraine.',
  homeKicker: 'War in Ukraine',
  homeTitle: 'The coalition says it is ready to guarantee Ukraine’s security after a ceasefire',
  homeNews: (date: string, host: string) =>
    `Hosted by ${host} at the Élysée on ${date}, the countries of the coalition of the willing set this out in the Paris Declaration.`,
  homeFiguresHeading: 'In figures',
  homeFigureStates: ({ named }: StateCount) => `states represented; ${named} named`,
  /** The note under the states figure on the states present whose place in the count is unsettled; empty when none. */
  homeFigureUnsettled: (count: StateCount) => (count.unsettled.length === 0 ? '' : `Also present: ${unsettledClauseEn(count)}.`),
  homeFigureLeaders: 'heads of state or government',
  homeFigureOrganisations: (names: readonly string[]) => `organisations (${names.join(', ')})`,
  homeFiguresExplained: 'Who counted what, source by source',
  /** The id of the heading "Who counted what" in the article on who came. */
  homeCountsAnchor: 'who-counted-what',
  homeLeadLabel: 'Start here',
  published: 'Published',
  updated: 'Updated',
  factsAsOf: 'Facts as of',
  // Home page: who counted each figure, the teasers after the articles.
  /** Who counted a figure: up to three names, else two and how many others (the comparison names them all). */
  homeFigureBy: (names: readonly string[]) =>
    `${names.length > 1 ? 'Sources' : 'Source'}: ${names.length > 3 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} others` : names.join(', ')}`,
  homeFollowedHeading: 'What followed',
  homeFollowedAll: (month: string) => `The whole timeline (our record stops in ${month})`,
  homeWhoAll: 'All the delegations',
  keyPoints: 'Key points',
  sourcesHeading: 'Sources',
  via: 'via',
  corrections: 'Corrections',
  backToCitation: 'Back to the text',
  footerMethod: 'Every fact is tied to a cited source. A static site, with no tracking.',
  notFoundTitle: 'Page not found',
  notFoundText: 'This address matches no page on the site.',
  notFoundBack: 'Back to the home page',
  notFoundSiteInLang: 'The site in English',
  // Sharing cards and the 404 page (og, 404).
  ogTopic: 'Ukraine',
  ogHomeTitle: 'Coalition says it is ready to guarantee Kyiv’s security',
  /** A sharing card in words (its og:image:alt): what it says, and its map with the map's figure. */
  ogImageAlt: ({ topic, date, title, quoted, subtitle, map, siteName }) =>
    `${topic}, ${date}: ${quoted ? `“${title}”` : title}${subtitle === undefined ? '' : `. ${subtitle}`}.` +
    (map === undefined ? '' : ` Map of Europe, the states represented in blue, Paris marked. ${map}.`) +
    (title === siteName ? '' : ` ${siteName}.`),
  notFoundLinks: 'Where to start',
  notFoundArticles: 'Our articles',
  sourceKind: { primary: 'official source', press: 'press', aggregator: 'aggregator' },
  sourceGroup: {
    primary: {
      heading: 'Official sources',
      text: 'Texts from the institutions themselves (presidencies, governments, parliaments): statements, declarations, transcripts; where a third-party site carries one, the institution is named first.',
    },
    press: {
      heading: 'Press',
      text: 'Newspapers, news agencies, radio, television and online media with a newsroom of their own, including when they publish an agency’s report: the agency is then named first.',
    },
    aggregator: {
      heading: 'Aggregators',
      text: 'Sites with no known newsroom that republish other outlets’ texts; the original outlet, when known, is named first.',
    },
  },
  level: {
    leader: 'head of state or government',
    minister: 'minister',
    envoy: 'ambassador or special envoy',
    'not-given': 'level not given',
  },
  levelHeading: {
    leader: 'At head of state or government level',
    minister: 'At ministerial level',
    envoy: 'At ambassador or envoy level',
    'not-given': 'Level of representation not given',
  },
  membership: {
    member: 'member of the coalition (list published before the summit)',
    observer: 'observer (not a member), according to the source',
    'non-member': 'not a member of the coalition',
  },
  /** A person's presence as a short tag (the who's who roster); `presenceBy` words it in full, naming the outlets. */
  presence: {
    present: 'attendance reported',
    announced: 'attendance announced, not confirmed',
    'agency-list': 'on the Anadolu list only',
    absent: 'absence reported',
  },
  noteKind: NOTE_KIND,
  calloutKind: { note: 'Note', disputed: 'Disputed', unknown: 'What we don’t know' },
  coChair: 'co-chair',
  coChairLabel: 'Chairing',
  coChairOfSummit: 'co-chair of the summit',
  noRepresentativeNamed: 'representative not named by the sources',
  unnamedStates: (n: number, { reported, unsettled }: StateCount) =>
    (n === 1 ? 'One represented state is named by no source' : `${n} represented states are named by no source`) +
    (unsettled.length === 0
      ? '.'
      : `, unless ${unsettledEn(unsettled)} ${unsettled.length === 1 ? 'is' : 'are'} counted among the ${reported}.`),
  countComparison: {
    caption: 'The published counts, source by source',
    figure: 'Figure',
    reportedBy: 'Reported by',
    what: 'What it counts',
    measure: {
      states: 'States represented',
      'leader-level-states': 'States represented by their head of state or government',
      'leaders-expected': 'Leaders expected before the meeting',
      'ministerial-states': 'States represented by a minister',
      'envoy-states': 'States represented by an ambassador or envoy',
      organisations: 'International organisations',
    },
  },
  timelineLabel: 'Timeline',
  timelineSummitDay: 'Summit day',
  figureCredit: 'Credit:',
  readingTime: (minutes: number) => `${minutes} min read`,
  tocHeading: 'Contents',
  relatedHeading: 'Read next',
  share: {
    label: 'Share this article',
    email: 'Email',
    whatsapp: 'WhatsApp',
    bluesky: 'Bluesky',
    x: 'X',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
    native: 'Share…',
    copy: 'Copy link',
    copied: 'Link copied to the clipboard.',
  },
  /** Article furniture: format label, byline, roster folding, printed address. */
  articleFormat: 'Explainer',
  byline: { by: 'By', desk: 'the editors' },
  rosterShow: (n: number) => (n === 1 ? 'Show the state' : `Show the list of ${n} states`),
  printedUrl: 'This article’s address:',
  nav: {
    home: 'Articles',
    people: 'Who’s who',
    countries: 'Countries',
    map: 'Map',
    timeline: 'Timeline',
    sources: 'Sources',
    data: 'Data',
    about: 'Method',
    search: 'Search',
  },
  peopleTitle: 'Who’s who',
  peopleIntro: 'The key players of the summit, then the leaders, ministers and envoys of the other delegations that the sources name.',
  countriesTitle: 'The countries represented',
  countriesIntro: 'Every state a source names, with its level of representation.',
  timelineTitle: 'Timeline',
  timelineIntro:
    'From the coalition’s creation in March 2025 to late March 2026: the dates that matter, up to the latest event found in our sources.',
  sourcesTitle: 'All sources',
  sourcesIntro: 'Every source on the site, grouped by kind, with the pages that cite it.',
  citedOn: 'Cited on:',
  notCitedYet: 'not cited yet',
  sourceUnrecorded: 'headline and date not recorded',
  // An official text carried by a third-party site (its source has `relays`): said beside its kind.
  viaThirdParty: 'via a third-party site',
  // An article's source list, after a source whose page shows no date.
  noDateShown: 'no date shown',
  presenceLabel: 'At the summit',
  statementsHeading: 'Statements on record',
  representedBy: 'Represented by',
  levelLabel: 'Level of representation',
  // A state whose place in the count is unsettled (the US): no level, the number of its representatives.
  representationLabel: 'Representation',
  envoys: (count: string, n: number) => `${count} envoy${n > 1 ? 's' : ''}`,
  statusLabel: 'Status in the coalition',
  countUnsettledHeading: unsettledHeadingEn,
  countUnsettledLabel: (reported: number) => `${unsettledHeadingEn(reported)}:`,
  countUnsettledNote: ({ reported, unsettled }: StateCount) =>
    `?: no source says whether ${unsettledEn(unsettled)} ${unsettled.length === 1 ? 'is' : 'are'} counted among the ${reported}.`,
  // Who's who, person and country pages
  keyActorsHeading: 'The key players',
  otherDelegationsHeading: 'The other delegations',
  rosterGroup: {
    leader: 'Heads of state or government',
    minister: 'Ministers',
    envoy: 'Ambassadors and envoys',
    'not-given': 'Level not given',
    organisation: 'International organisations',
    absent: 'Expected, but absent',
  },
  articlesMentioningPerson: (name: string) => `Articles mentioning ${name}`,
  articlesMentioningCountry: 'Articles mentioning this country',
  // Places: the country, countries-list and person pages, and the "who offers what" table
  /** What the sources say of a person's presence, naming the outlets that say it (`outlets`: "RNZ", "AFP and Reuters"). */
  presenceBy: {
    present: (outlets: string) => `attendance reported by ${outlets}`,
    announced: (outlets: string) => `attendance announced by ${outlets}, not confirmed`,
    'agency-list': (outlets: string) => `attendance reported only on ${outlets}’s list of participants`,
    absent: (outlets: string) => `visit planned, then called off, according to ${outlets}`,
  },
  offersCaption: 'What each offered or said, according to our sources',
  offersColumns: { who: 'Country or institution', offer: 'Offer or statement' },
  countryOfferHeading: 'Offers and statements at the summit',
  countryNoOffer: 'The sources we read report no offer or statement by this country on the guarantees.',
  afterSummitHeading: 'After the summit',
  countryNothingMore:
    'Beyond its presence, the sources we read say nothing about what this country offered at the summit or did afterwards.',
  personNothingMore:
    'Beyond their role and their presence, the sources we read report nothing of what this person said at the summit or did afterwards.',
  personAfterIntro: (name: string) => `The events of our timeline that name ${name}:`,
  fullTimeline: 'The full timeline',
  /** "After the summit" on a country or person page, when it shows only the most recent entries. */
  afterSummitLatest: (shown: number, total: number) => `The ${shown} most recent of ${total} entries; the others are in the timeline.`,
  countriesSummary: (count: StateCount) =>
    `${count.reported} states represented at the summit, per the published count; ${countNamedEn(count)}. By level of representation:`,
  countriesMapLink: 'See the map',
  // Countries list and country pages
  countriesSummaryColumns: { level: 'Level', reported: 'Published count', named: 'Named by our sources' },
  countriesSummaryTotal: 'Total',
  countriesSummaryWhose: (what: string) => `Published count: ${what}`,
  countriesSummaryWhy: 'why?',
  levelGap: (reported: number, named: number) =>
    `The published count puts ${reported} states at this level; our sources name ${named}, below. The notes in the list say what is known of the others.`,
  countryListColumns: { country: 'Country', representative: 'Represented by', presence: 'Attendance' },
  rosterLevelSource: (publishers: string) => `Level of representation according to ${publishers}`,
  countryLeadHeading: 'What the summit meant for this country',
  countryReadMore: 'Read:',
  locatorName: (country: string) => `${country}, on the map of the states represented`,
  locatorLink: 'See the map of the states represented',
  summitDayHeading: 'Summit day, on our timeline',
  summitDayTimeline: 'The whole day on the timeline',
  delegationLevelLabel: 'Level of the delegation',
  /** A person page: the delegation that attended in place of an absent person, and the other states' representatives of the same level. */
  delegationInsteadLabel: 'Delegation at the summit',
  sameLevelPeers: (level: string) => `Others at the same level (${level}):`,
  aboutTitle: 'Method: how this site is made',
  aboutIntro:
    'Who makes this site, where the facts come from, what our dates and labels mean, how we correct our mistakes and what the site does not do.',
  aboutSections: [
    {
      topic: 'who',
      id: 'who',
      heading: 'Who makes this site',
      paragraphs: [
        'This site explains a single event: the summit of the coalition of the willing held at the Élysée on 6 January 2026, what led to it and what followed.',
        'The articles carry no individual byline: “the editors”, under their headline, links to this page. None is published without its sources.',
      ],
    },
    {
      topic: 'sources',
      id: 'sources',
      heading: 'Every fact has a source',
      paragraphs: [
        'Every claim points to a specific source: texts from the Élysée and Ukraine’s presidency, news agencies, newspapers. The numbers in brackets lead to the list of sources at the foot of the page; each footnote supports the sentence it follows, not a neighbouring one.',
        'Where we found an agency’s or a newspaper’s text only on a site that republishes it, we cite that site and name the original outlet first; the Sources page files that site by what it is: “press” if it has a newsroom of its own, otherwise “aggregators”.',
        'State media, such as Russia’s TASS agency, speak for their government: we say so every time we cite them.',
      ],
    },
    {
      topic: 'dates',
      id: 'dates',
      heading: 'What “Facts as of” means',
      paragraphs: [
        'Under each article’s headline, “Facts as of” gives the date of the latest event our sources report for that article. It is not the publication date: an article published later can deal with earlier facts.',
      ],
    },
    {
      topic: 'counts',
      id: 'counts',
      heading: 'Why the counts differ',
      paragraphs: [
        'Sources do not all count the same thing: the states represented, those represented by their head of state or government, the international organisations, or the leaders expected the day before. We do not quietly pick one figure: each published count is given with its source and what it measures.',
        'Countries, participants and counts are stored once, in data files, with their sources. Articles, pages and the map read them when the site is built, so a corrected figure is corrected everywhere at once.',
      ],
    },
    {
      topic: 'conventions',
      id: 'conventions',
      heading: 'Our conventions',
      paragraphs: ['The labels and words that recur across the site, and what they mean.'],
    },
    {
      topic: 'corrections',
      id: 'corrections',
      heading: 'Corrections',
      paragraphs: [
        'When we correct an error in an article, a “Corrections” section appears at the end of the text, before the sources: it gives the date and nature of each correction. The update date is then shown under the headline, next to the publication date.',
        `When a source is wrong, a “${NOTE_KIND.correction}” note says so at the very place where the source is cited.`,
      ],
    },
    {
      topic: 'contact',
      id: 'contact',
      heading: 'Contact us',
      paragraphs: [
        'To write to us, in particular to report an error: give the page’s address and the sentence at issue and, if you have one, the source that contradicts it.',
      ],
    },
    {
      topic: 'legal',
      id: 'legal-notice',
      heading: 'Legal notice',
      paragraphs: [],
    },
    {
      topic: 'data',
      id: 'data',
      heading: 'Open data and licence',
      paragraphs: [
        'The site’s countries, people, organisations, sources and timeline can be downloaded as JSON and CSV, generated at each build from the same files as the pages; every field is described.',
        'They are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): you may reuse them, crediting the site. Our sources’ articles remain their publishers’ property: we give only their headline, publisher, date and link.',
      ],
    },
    {
      topic: 'privacy',
      id: 'privacy',
      heading: 'What the site does not do',
      paragraphs: [
        'No advertising, no sponsored content, no tracking: no cookies, no analytics, no third-party scripts.',
        'The site is made of static pages; its fonts are hosted with it, and search runs in your browser, from an index published with the pages.',
      ],
    },
  ],
  // About page: table of contents and sentences read from the data.
  aboutContents: 'On this page',
  aboutSourcesCount: (total: number, kinds: { primary: number; press: number; aggregator: number }) =>
    `The site cites ${total} sources: ${kinds.primary} official ${kinds.primary === 1 ? 'source' : 'sources'}, ${kinds.press} press and ${kinds.aggregator} ${kinds.aggregator === 1 ? 'aggregator' : 'aggregators'}. The Sources page lists them all, by kind, with the pages that cite each one.`,
  aboutLatestEvent: (month: string) =>
    `Our record of what followed the summit stops in ${month}, the month of the timeline’s latest event: later events are not in it, which does not mean nothing happened.`,
  aboutCountsLink: 'The “Who counted what” table',
  aboutMapLink: 'The map and its border conventions',
  // About page: the conventions as definition lists, the contact and legal notice (publisher set at deploy).
  aboutConventionGroups: {
    notes: 'The labels of notes',
    presence: 'A person’s presence at the summit',
    level: 'A state’s level of representation',
    writing: 'How we write',
  },
  aboutNoteKinds: {
    disputed: 'The sources contradict each other: we give each version, with its source.',
    unknown: 'None of the sources we read establishes it.',
    interpretation: 'An inference by the desk that no source states as such.',
    correction: 'A source got something wrong: the note says what, at the place where the source is cited.',
    background: 'What sheds light on a role or an attendance (a change of plans, for instance), with its source.',
  },
  aboutPresence: {
    present: 'At least one source says the person attended the meeting or spoke after it.',
    announced: 'A source announced their attendance; none of those we read confirms they were there.',
    'agency-list':
      'Only the list of leaders published by Anadolu Agency on the day of the summit names them. On one point at least, that list contradicts another source: it gives Finland’s prime minister, where the Finnish press reports the president.',
    absent: 'They were expected, but the sources report that they did not come.',
  },
  aboutLevelsNote: 'Each level is the one the sources cited for the state report.',
  aboutLevels: {
    leader: 'The state was represented by its head of state or government.',
    minister: 'The state was represented by a minister.',
    envoy: 'The state was represented by an ambassador or a special envoy.',
    'not-given': 'A source says the state was represented, without saying by whom.',
  },
  aboutWriting: [
    { term: 'Kyiv', definition: 'Our spelling of Ukraine’s capital, in French as in English.' },
    { term: 'Quotations', definition: 'Translated into the page’s language and attributed to the person who spoke them.' },
  ],
  aboutPublishedBy: (name: string) => `The site is published by ${name}.`,
  aboutReportError: 'Report an error',
  aboutCorrectionsLog:
    'Each correction stays on record, with its date, in the “Corrections” section of the article it concerns. The corrections log gathers them all, newest first, each with the headline of its article.',
  aboutNoPublisher:
    'The publisher’s name and a contact address are publication settings, not filled in for this version of the site. When they are, they appear on this page, with the legal notice.',
  // Corrections log (/en/corrections/): every article correction, by date; linked from each article's Corrections block, the method page and the footer.
  correctionsTitle: 'Corrections log',
  correctionsIntro:
    'Every correction made to the site’s articles, newest first. Each one also appears, with its date, at the end of the article it concerns.',
  correctionsEmpty: 'No article has been corrected so far.',
  correctionsAllLink: 'All corrections on this site',
  correctionsMethodLink: 'How we correct our mistakes',
  aboutLegal: {
    publisher: 'Publisher',
    director: 'Director of publication',
    contact: 'Contact',
    host: 'Host',
  },
  // Timeline (month jumps, entry links) and sources page (summary, finders, state media).
  timelineMonths: 'Jump to a month',
  timelineEventCount: (n: number) => (n === 1 ? 'event' : 'events'),
  timelineToSummitDay: (date: string) => `Jump to summit day, ${date}`,
  timelineSummitMonth: 'month of the summit',
  timelinePeople: 'People:',
  timelineArticles: 'Read:',
  sourcesSummaryHeading: 'The sources at a glance',
  sourcesTotal: (n: number, languages: number) => `${n} sources in ${languages} languages, in three groups`,
  sourcesStateMedia: (n: number) =>
    n === 1
      ? 'One source is, or relays, state media: it is marked as such.'
      : `${n} sources are, or relay, state media: they are marked as such.`,
  sourcesByArticle: 'Find an article’s sources',
  sourcesCount: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  sourcesByPublisher: (n: number) => `Find a source by publisher or original outlet (${n} names)`,
  // Sources page: each entry's site, the filters, and how a site is classed.
  sourcesRule:
    'We class a site, not a page: every page of one site is in the same group. An outlet with a newsroom of its own stays under “Press” when it publishes an agency’s report or another outlet’s text, which is then named first (“AP, via Dunya News”); “Aggregators” holds only the sites that republish other outlets’ texts with no known newsroom.',
  sourcesFilter: 'Filter the list',
  sourcesFilterKind: 'Kind',
  sourcesFilterLanguage: 'Language',
  sourcesFilterAll: 'all',
  sourcesFilterOtherLanguages: 'other languages',
  sourcesFilterNone: 'No source of this kind in this language: choose another kind or another language.',
  stateMedia: { RU: 'Russian state media', CN: 'Chinese state media' },
  stateMediaRelay: { RU: 'relay of Russian state media', CN: 'relay of Chinese state media' },
  searchTitle: 'Search',
  searchIntro: 'Look up a name, a country or a topic across all the English pages of the site.',
  searchFallback: 'Search needs JavaScript. Without it, here are all the pages of the site:',
  mapTitle: 'Map of the countries represented',
  mapIntro: 'The states a source names, coloured by their level of representation at the summit of 6 January 2026.',
  mapName: 'Map of Europe and distant partners: the countries represented at the summit, coloured by level of representation',
  mapLegend: 'Level of representation',
  mapAnnexedLines: ['Crimea,', 'annexed', 'by Russia', 'in 2014'],
  mapAnnexedShort: 'Crimea',
  mapBorders:
    'Borders: as the United Nations recognises them. Crimea, annexed by Russia in 2014, is drawn within Ukraine and hatched; the rest of Ukraine, its east included, is drawn within its recognised borders. Cyprus is drawn whole, its north included. The contested border between Kosovo and Serbia is dashed.',
  mapHeadline: ({ leaders, ...count }: StateCount & { leaders: number }) =>
    `${count.reported} states represented; ${countNamedEn(count, `, ${leaders} of them by their leader`)}`,
  mapSymbols: 'Symbols',
  mapAllSymbols: 'All symbols',
  mapNotRepresented: 'country not represented or not named',
  mapSmallState: 'small state, marked with a circle',
  mapParis: 'Paris, where the summit met',
  mapTeaserRepresented: 'Represented states',
  mapUnsettled: 'present, no level established',
  /** Small numbers in words, for figures in running text. */
  smallNumbers: ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  mapDisputedBorder: 'contested border (Kosovo, Serbia)',
  mapTableHeading: 'The countries, by level of representation',
  mapCountry: 'Country',
  mapRepresentedBy: 'Represented by',
  mapFullLink: 'See the full map and the table of countries',
  mapUnnamedLink: 'All the countries and their delegations',
  searchLabel: 'Search the site',
  searchResultCount: { one: '{n} result', other: '{n} results' },
  searchButton: 'Search',
  searchKind: { article: 'Article', person: 'Person', country: 'Country', source: 'Sources', home: 'Home', page: 'Page' },
  searchEmpty: 'Check the spelling or try another word.',
  searchVariants: 'Try also:',
  searchAnyWord: 'No page has all these words; here are those with at least one.',
  searchOtherLang: 'Search the French pages',
  searchBrowse: 'Or browse the pages of the site:',
  ogLocale: 'en_GB',
  feedTitle: 'The Paris summit, explained (articles in English)',
  feedUpdated: 'Updated',
  footerData: 'Open data (JSON, CSV)',
  sourcesData: 'These sources, like the site’s countries, people and timeline, can also be downloaded as JSON and CSV:',
  dataTitle: 'Open data',
  dataIntro:
    'The site’s countries, people, organisations, sources and timeline, to download as JSON or CSV, with the meaning of every field.',
  dataGenerated:
    'These files are generated at every build of the site from the same collections as the pages: data corrected on the site is corrected in the files too.',
  dataFormatsHeading: 'Formats',
  dataLicence: {
    heading: 'Licence',
    text: (siteName: string) =>
      `These files are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): you may reuse and adapt them, commercially too, as long as you credit “${siteName}” and give the address of this page. The articles our sources point to remain their publishers’ property: we give only their headline, publisher, date and link.`,
    linkText: 'The text of the CC BY 4.0 licence',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  dataJsonNote:
    'JSON: an object that describes the dataset (title, description, source file, fields with their type and meaning in French and English), then, under “records”, the list of entries.',
  dataCsvNote: (separator: string) =>
    `CSV: UTF-8, comma-separated, with a header row giving the field names. Lists are joined with “${separator}”, each text of a list of texts (the notes) starts a new line in the same cell, an empty cell means the field is not given, and booleans are true or false.`,
  dataScopeNote:
    'Entries are sorted by id, and those of the timeline by date, then, within a day, in the order the day ran. Notes (disputed, unknown, our reading, correction) are in the files, with their text; their sources, like reported statements, are on the site’s pages.',
  dataDownload: 'Download:',
  dataRecordCount: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
  dataCountriesCount: ({ reported, named, unsettled }: StateCount) =>
    `Each file holds ${named + unsettled.length} entries: the ${named} states our sources name` +
    (unsettled.length === 0
      ? `, of the ${reported} represented.`
      : ` and ${unsettledEn(unsettled)}, which may or may not be among the ${reported} states represented.`),
  dataFieldsCaption: (dataset: string) => `Fields of the “${dataset}” dataset`,
  dataColumns: { field: 'Field (type)', description: 'Meaning' },
  dataTypes: { string: 'text', enum: 'code', date: 'date', url: 'web address', boolean: 'boolean', list: 'list', texts: 'list of texts' },
  dataOptional: 'optional',
  openData: {
    countries: {
      title: 'Countries',
      description:
        'Every state a source names as represented at the summit, with its level of representation and, where a source states it, its standing in the coalition, including states present without being coalition members. Represented states that no source names are not listed.',
      fields: {
        id: 'ISO 3166-1 alpha-2 code of the state, in capitals (written in lower case, it is the address of its page on the site).',
        name_fr: 'Name of the state in French, derived from the ISO code (never typed by hand).',
        name_en: 'Name of the state in English, derived from the ISO code.',
        level:
          'Level of representation at the summit: leader (head of state or government), minister, envoy (ambassador or special envoy), not-given (level not given by the sources).',
        level_sources: 'Ids (“Sources” dataset) of the sources that say the state was represented at that level.',
        co_chair: 'true if the state co-chaired the summit, false otherwise.',
        membership:
          'Standing in the coalition, only where a source states it: member (according to a list published before the summit), observer, non-member (present without being a member); empty otherwise.',
        representatives: 'Ids (“People” dataset) of the representatives a source names; empty when none is named.',
        note_kinds:
          'Kinds of the notes the site attaches to the entry: disputed, unknown, interpretation (our reading), correction (source error), background; their text is in notes_fr and notes_en.',
        notes_fr: NOTES_FR,
        notes_en: NOTES_EN,
        sources: 'Ids (“Sources” dataset) of all the entry’s sources (level, co-chairing, standing in the coalition, notes).',
      },
    },
    people: {
      title: 'People',
      description:
        'The leaders, ministers, envoys and representatives of organisations the sources name, with their role on 6 January 2026 and what the sources say about their presence. Reported statements are on their pages, not in this file.',
      fields: {
        id: 'Id of the person (it is also the address of their page on the site).',
        name: 'Name of the person.',
        role_fr: 'Role on 6 January 2026, in French.',
        role_en: 'Role on 6 January 2026, in English.',
        country:
          'ISO 3166-1 alpha-2 code of the state whose delegation they belong to; empty when they belong to an organisation’s delegation.',
        organisation:
          'Id (“Organisations” dataset) of the organisation whose delegation they belong to; empty when they belong to a state’s delegation.',
        role_sources: 'Ids (“Sources” dataset) of the sources that give their role.',
        presence:
          'What the sources say about their presence: present (attendance reported by the source), announced (attendance announced, not confirmed), agency-list (attendance reported only by the Anadolu Agency list), absent (expected, but absent).',
        presence_sources:
          'Ids (“Sources” dataset) of the sources that say whether they attended: every mention of their presence cites these.',
        note_kinds:
          'Kinds of the notes the site attaches to the entry: disputed, unknown, interpretation (our reading), correction (source error), background; their text is in notes_fr and notes_en.',
        notes_fr: NOTES_FR,
        notes_en: NOTES_EN,
      },
    },
    organisations: {
      title: 'Organisations',
      description: 'The international organisations represented at the summit; their representatives are in the “People” dataset.',
      fields: {
        id: 'Id of the organisation, used by the organisation field of the “People” dataset.',
        name_fr: 'Name of the organisation in French.',
        name_en: 'Name of the organisation in English.',
        short_name_fr: 'Abbreviation in French.',
        short_name_en: 'Abbreviation in English.',
        sources: 'Ids (“Sources” dataset) of the entry’s sources.',
      },
    },
    sources: {
      title: 'Sources',
      description: 'Every source on the site, with its publisher, date, language and address.',
      fields: {
        id: 'Id of the source, used by the sources field of the other datasets.',
        publisher_fr: 'The site or institution that published the page, named in French.',
        publisher_en: 'The site or institution that published the page, named in English.',
        title: 'Title of the page, in its own language, where we recorded it; empty otherwise.',
        url: 'Address of the page.',
        date: 'Publication date, YYYY-MM-DD, or YYYY-MM when only the month is known; empty when the page shows none.',
        language: 'Language of the page, as a two-letter code.',
        kind: 'Kind of site, the same for every source of one publisher: primary (official source), press (an outlet with its own newsroom, even when the page carries a wire’s text), aggregator (a site with no known newsroom that republishes other outlets’ texts).',
        relays: 'The outlet whose text the page carries, if any; empty otherwise.',
      },
    },
    timeline: {
      title: 'Timeline',
      description: 'The dated events of the site’s timeline, with their text in French and English.',
      fields: {
        id: 'Id of the event.',
        date: 'Date of the event, YYYY-MM-DD, or YYYY-MM when the source gives only the month.',
        text_fr: 'What happened, in French.',
        text_en: 'What happened, in English.',
        note_kinds:
          'Kinds of the notes the site attaches to the event: disputed, unknown, interpretation (our reading), correction (source error), background; their text is in notes_fr and notes_en.',
        notes_fr: NOTES_FR,
        notes_en: NOTES_EN,
        sources: 'Ids (“Sources” dataset) of the event’s sources.',
      },
    },
  },
};
