import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentAt, checkEditedFixture, type Edit } from '../../support/content-fixture.ts';

const replace = (file: string, from: string | RegExp, to: string): Edit => [
  file,
  (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit did nothing: ${String(from)} in ${file}`);
    return next;
  },
];
const append = (file: string, extra: string): Edit => [file, (text) => text + extra];

const PEOPLE = 'content/people.yaml';
const SOURCES = 'content/sources.yaml';
const COUNTRIES = 'content/countries.yaml';
const SUMMIT = 'content/summit.yaml';
const TIMELINE = 'content/timeline.yaml';
const FR = 'content/articles/fr/essentiel.mdx';
const EN = 'content/articles/en/at-a-glance.mdx';

describe('content check', () => {
  it('finds nothing wrong in the valid fixture', () => {
    expect(checkEditedFixture()).toEqual([]);
  });

  it('finds nothing wrong in the real content', () => {
    expect(checkContentAt(fileURLToPath(new URL('../../../', import.meta.url)))).toEqual([]);
  });

  it.each<[string, Edit[], string]>([
    [
      'an unknown country id',
      [replace(PEOPLE, 'country: FR', 'country: DE')],
      'content/people.yaml › people[macron].country = "DE": unknown country id',
    ],
    [
      'an unknown person id',
      [replace(COUNTRIES, 'representatives: [macron]', 'representatives: [macron, nobody]')],
      'content/countries.yaml › countries[FR].representatives[1] = "nobody": unknown person id',
    ],
    [
      'an unknown source id',
      [replace(PEOPLE, 'sources: [naharnet-afp-2026-01-06, elysee-2026-01-06]', 'sources: [naharnet-afp-2026-01-06, le-monde-1999]')],
      'content/people.yaml › people[macron].presence.sources[1] = "le-monde-1999": unknown source id',
    ],
    [
      'a key actor without a line on why they matter',
      [replace(PEOPLE, / {2}keyActor: .*\n/, '')],
      'content/people.yaml › people[macron].keyActor = "macron": a key actor (host, co-chair or listed in summit.yaml › keyActors) needs a keyActor line',
    ],
    [
      'a line on why someone matters who is not a key actor',
      [replace(PEOPLE, 'organisation: eu', 'organisation: eu\n  keyActor: { why: { fr: x, en: x }, sources: [naharnet-afp-2026-01-06] }')],
      'content/people.yaml › people[von-der-leyen].keyActor = "von-der-leyen": only the host, the co-chairs and the people listed',
    ],
    [
      'a line on why a key actor matters that cites an aggregator',
      [replace(SOURCES, 'language: fr\n  kind: primary', 'language: fr\n  kind: aggregator')],
      'content/people.yaml › people[macron].keyActor.sources[0] = "elysee-2026-01-06": a key actor\'s line cites no aggregator',
    ],
    [
      'an unknown source id on why a key actor matters',
      [replace(PEOPLE, 'sources: [elysee-2026-01-06] }', 'sources: [le-monde-1999] }')],
      'content/people.yaml › people[macron].keyActor.sources[0] = "le-monde-1999": unknown source id',
    ],
    [
      'an unknown organisation id',
      [replace(PEOPLE, 'organisation: eu', 'organisation: un')],
      'content/people.yaml › people[von-der-leyen].organisation = "un": unknown organisation id',
    ],
    [
      'a duplicate id',
      [
        append(
          SOURCES,
          "- id: elysee-2026-01-06\n  publisher: Copy\n  url: https://example.org/\n  date: '2026-01-06'\n  language: fr\n  kind: press\n",
        ),
      ],
      'content/sources.yaml › sources[elysee-2026-01-06].id = "elysee-2026-01-06": duplicate id',
    ],
    [
      'an invalid ISO code',
      [replace(COUNTRIES, 'id: FR', 'id: QQ'), replace(PEOPLE, 'country: FR', 'country: QQ')],
      'content/countries.yaml › countries[QQ].id = "QQ": not an ISO 3166-1 alpha-2 country code',
    ],
    [
      'a country code in the wrong shape',
      [replace(COUNTRIES, 'id: FR', 'id: France')],
      'content/countries.yaml › countries[France].id = "France": expected an ISO 3166-1 alpha-2 code',
    ],
    [
      'a date that is not a date',
      [replace(TIMELINE, "date: '2026-01-06'", "date: '2026-02-30'")],
      'content/timeline.yaml › timeline[summit-2026-01-06].date = "2026-02-30": not a real calendar date',
    ],
    [
      'two events of one date without their order',
      [
        append(
          TIMELINE,
          "- id: declaration-2026-01-06\n  date: '2026-01-06'\n  order: 2\n  text: { fr: Déclaration., en: Declaration. }\n  sources: [elysee-2026-01-06]\n",
        ),
      ],
      'content/timeline.yaml › timeline[summit-2026-01-06].order: required: other events share this date, so give their order (1 first)',
    ],
    [
      'two events of one date with the same order',
      [
        replace(TIMELINE, "date: '2026-01-06'", "date: '2026-01-06'\n  order: 1"),
        append(
          TIMELINE,
          "- id: declaration-2026-01-06\n  date: '2026-01-06'\n  order: 1\n  text: { fr: Déclaration., en: Declaration. }\n  sources: [elysee-2026-01-06]\n",
        ),
      ],
      'content/timeline.yaml › timeline[declaration-2026-01-06].order = 1: another event of the same date already has this order',
    ],
    [
      'a date in the wrong format',
      [replace(FR, "published: '2026-11-25'", 'published: 25/11/2026')],
      'content/articles/fr/essentiel.mdx › frontmatter.published = "25/11/2026": expected a date written YYYY-MM-DD',
    ],
    [
      'a missing required field',
      [replace(SOURCES, '  publisher: Élysée\n', '')],
      'content/sources.yaml › sources[elysee-2026-01-06].publisher: required field is missing',
    ],
    [
      'a wrong enum value',
      [replace(COUNTRIES, 'level: leader', 'level: king')],
      'content/countries.yaml › countries[FR].level = "king": Invalid option',
    ],
    [
      'a citation of a source that does not exist',
      [replace(EN, 'The summit', 'The summit <Cite id="ghost" />')],
      'content/articles/en/at-a-glance.mdx › body line 14: <Cite id> = "ghost": unknown source id',
    ],
    [
      'empty key points',
      [replace(FR, 'keyPoints:\n  - Un point.', 'keyPoints: []')],
      'content/articles/fr/essentiel.mdx › frontmatter.keyPoints: at least one key point is required',
    ],
    [
      'a key point naming an unknown count',
      [replace(FR, '  - Un point.', '  - "{count:states-ghost} États."')],
      'content/articles/fr/essentiel.mdx › frontmatter.keyPoints[0] = "{count:states-ghost}": unknown count id: no such entry',
    ],
    [
      'a key point with a miswritten figure',
      [replace(FR, '  - Un point.', '  - "{count states} États."')],
      'content/articles/fr/essentiel.mdx › frontmatter.keyPoints[0] = "{count states} États.": a brace outside a figure: write a reported figure as {count:ID}',
    ],
    [
      'a person with no source',
      [replace(PEOPLE, 'sources: [naharnet-afp-2026-01-06, elysee-2026-01-06]', 'sources: []')],
      'content/people.yaml › people[macron].presence.sources: at least one source is required',
    ],
    [
      'a count without a source',
      [replace(SUMMIT, '      sources: [naharnet-afp-2026-01-06]\n', '')],
      'content/summit.yaml › summit[paris-2026-01-06].counts[0].sources: required field is missing',
    ],
    [
      'a malformed URL',
      [replace(SOURCES, 'url: https://www.elysee.fr/', 'url: htps//www.elysee.fr/')],
      'content/sources.yaml › sources[elysee-2026-01-06].url = "htps//www.elysee.fr/emmanuel-macron/2026/01/06/sommet-de-la-coalition-des-volontaires": expected an http:// or https:// URL',
    ],
    [
      'a source without URL',
      [replace(SOURCES, / {2}url: .*\n/, '')],
      'content/sources.yaml › sources[naharnet-afp-2026-01-06].url: required field is missing',
    ],
    [
      'a source nothing cites',
      [
        append(
          SOURCES,
          "- id: never-cited-2026\n  publisher: Nobody\n  url: https://example.org/\n  date: '2026-01-06'\n  language: fr\n  kind: press\n",
        ),
      ],
      'content/sources.yaml › sources[never-cited-2026].id = "never-cited-2026": no article or data entry cites this source',
    ],
    [
      'an Anadolu-only presence label citing another source',
      [
        replace(
          PEOPLE,
          'status: present, sources: [naharnet-afp-2026-01-06] }',
          'status: agency-list, sources: [naharnet-afp-2026-01-06] }',
        ),
      ],
      'content/people.yaml › people[von-der-leyen].presence.sources[0] = "naharnet-afp-2026-01-06": the presence "agency-list" says only the Anadolu Agency list names this person',
    ],
    [
      'a level without a source',
      [replace(COUNTRIES, 'levelSources: [elysee-2026-01-06]', 'levelSources: []')],
      'content/countries.yaml › countries[FR].levelSources: at least one source is required',
    ],
    [
      'an article without its facts-as-of date',
      [replace(FR, "factsAsOf: '2026-03-22'\n", '')],
      'content/articles/fr/essentiel.mdx › frontmatter.factsAsOf: required field is missing',
    ],
    [
      'a Markdown image without alt text',
      [append(FR, '\n![](/carte.png)\n')],
      'content/articles/fr/essentiel.mdx › body line 16: image /carte.png: image without alt text',
    ],
    [
      'a component image without alt text',
      [append(FR, '\n<Figure src="/carte.svg" alt="" />\n')],
      'content/articles/fr/essentiel.mdx › body line 16: <Figure>: image without alt text',
    ],
    [
      'an unknown count id',
      [replace(FR, 'states-afp', 'states-everyone')],
      'content/articles/fr/essentiel.mdx › body line 14: <Count id> = "states-everyone": unknown count id',
    ],
    [
      'an article in the wrong language folder',
      [replace(FR, 'lang: fr', 'lang: en')],
      'content/articles/fr/essentiel.mdx › frontmatter.lang = "en": does not match the folder content/articles/fr/',
    ],
    [
      'a representative of another country',
      [replace(COUNTRIES, 'representatives: [macron]', 'representatives: [von-der-leyen]')],
      'content/countries.yaml › countries[FR].representatives[0] = "von-der-leyen": this person belongs to eu, not FR',
    ],
    [
      'a pull quote written with its own quotation marks',
      [append(EN, '\n<PullQuote speaker="macron" source="elysee-2026-01-06">"A milestone."</PullQuote>\n')],
      'content/articles/en/at-a-glance.mdx › body line 16: <PullQuote> = "\\"A milestone.\\"": write the quote without quotation marks',
    ],
    [
      'a pull quote over several lines',
      [append(FR, '\n<PullQuote speaker="macron" source="elysee-2026-01-06">\nUne phrase.\n\nUne autre.\n</PullQuote>\n')],
      'content/articles/fr/essentiel.mdx › body line 16: <PullQuote>: write the quote on one line',
    ],
    [
      'a spelling of Kyiv the site does not use, in a body',
      [replace(FR, 'à l’Élysée <Cite', 'à l’Élysée, loin de Kiev <Cite')],
      'content/articles/fr/essentiel.mdx › body line 14 = "se tient à l’Élysée, loin de Kiev <Cite id=\\"elysee-2026-01-06\\"": write "Kyiv"',
    ],
    [
      'a spelling of Kyiv the site does not use, in the frontmatter',
      [replace(EN, '  - One point.', '  - "One point: Kiev."')],
      'content/articles/en/at-a-glance.mdx › frontmatter.keyPoints[0] = "One point: Kiev.": write "Kyiv"',
    ],
    [
      'a spelling of Kyiv the site does not use, in a data file',
      [replace(PEOPLE, 'fr: Président de la République,', 'fr: "Président, en visite à Kiew",')],
      'content/people.yaml › people[macron].role.fr = "Président, en visite à Kiew": write "Kyiv"',
    ],
    [
      'an update before the publication',
      [replace(FR, "published: '2026-11-25'", "published: '2026-11-25'\nupdated: '2026-11-20'")],
      'content/articles/fr/essentiel.mdx › frontmatter.updated = "2026-11-20": updated 2026-11-20 is before published 2026-11-25',
    ],
    [
      'a correction before the publication',
      [replace(EN, 'topic: overview', "topic: overview\ncorrections:\n  - { date: '2026-11-01', note: A fix. }")],
      'content/articles/en/at-a-glance.mdx › frontmatter.corrections[0].date = "2026-11-01": correction 2026-11-01 is before published 2026-11-25',
    ],
    [
      'a publication date in the future',
      [replace(FR, "published: '2026-11-25'", "published: '2999-01-01'")],
      'content/articles/fr/essentiel.mdx › frontmatter.published = "2999-01-01": published 2999-01-01 is after today',
    ],
    [
      'facts newer than the article',
      [replace(EN, "factsAsOf: '2026-03-22'", "factsAsOf: '2026-11-26'")],
      'content/articles/en/at-a-glance.mdx › frontmatter.factsAsOf = "2026-11-26": factsAsOf 2026-11-26 is after published 2026-11-25',
    ],
    [
      'a component the site does not define',
      [append(FR, '\n<Encadre kind="note">Texte.</Encadre>\n')],
      "content/articles/fr/essentiel.mdx › body line 16: <Encadre>: no such component: the site's are Callout, Cite,",
    ],
    [
      'a component without a required attribute',
      [append(EN, '\n<PullQuote speaker="macron">A milestone.</PullQuote>\n')],
      'content/articles/en/at-a-glance.mdx › body line 16: <PullQuote source>: required attribute is missing',
    ],
    [
      'a citation with neither id nor ids',
      [replace(EN, '<Cite id="elysee-2026-01-06" />', '<Cite id="elysee-2026-01-06" /> <Cite />')],
      'content/articles/en/at-a-glance.mdx › body line 14: <Cite id|ids>: required attribute is missing: write id or ids',
    ],
    [
      'a table without its caption',
      [append(EN, '\n<TableFigure>\n\n| a | b |\n|---|---|\n| c | d |\n\n</TableFigure>\n')],
      'content/articles/en/at-a-glance.mdx › body line 16: <TableFigure caption>: required attribute is missing',
    ],
    [
      'a count comparison naming a measure that does not exist',
      [append(EN, '\n<CountComparison measures="states leaders" />\n')],
      'content/articles/en/at-a-glance.mdx › body line 16: <CountComparison measures> = "states leaders": expected one or more of states, leader-level-states, leaders-expected, ministerial-states, envoy-states, organisations, separated by spaces',
    ],
    [
      'two sources that are the same page',
      [
        append(
          SOURCES,
          '- id: elysee-copy\n  publisher: Élysée\n  url: http://Elysee.fr/emmanuel-macron/2026/01/06/sommet-de-la-coalition-des-volontaires/#top\n  language: fr\n  kind: primary\n',
        ),
        replace(EN, 'The summit', 'The summit <Cite id="elysee-copy" />'),
      ],
      'content/sources.yaml › sources[elysee-copy].url = "http://Elysee.fr/emmanuel-macron/2026/01/06/sommet-de-la-coalition-des-volontaires/#top": sources elysee-2026-01-06 and elysee-copy are the same page',
    ],
    [
      'two slugs of one numbered article on one site',
      [
        append(
          SOURCES,
          '- id: moscow-a\n  publisher: The Moscow Times\n  url: https://www.themoscowtimes.com/2026/01/06/ukraines-european-us-allies-meet-in-paris-on-security-guarantees-a91617\n  language: en\n  kind: press\n' +
            '- id: moscow-b\n  publisher: The Moscow Times\n  url: https://www.themoscowtimes.com/2026/01/06/western-allies-agree-ukraine-guarantees-after-paris-progress-a91617\n  language: en\n  kind: press\n',
        ),
        replace(EN, 'The summit', 'The summit <Cite id="moscow-a" /> <Cite id="moscow-b" />'),
      ],
      'content/sources.yaml › sources[moscow-b].url = "https://www.themoscowtimes.com/2026/01/06/western-allies-agree-ukraine-guarantees-after-paris-progress-a91617": sources moscow-a and moscow-b are the same page',
    ],
    [
      'a translation left in draft while its pair is published',
      [replace(EN, 'topic: overview', 'topic: overview\ndraft: true')],
      'content/articles/en/at-a-glance.mdx › frontmatter.draft = true: a draft, while its fr translation content/articles/fr/essentiel.mdx is published',
    ],
    [
      'a link to an article that does not exist',
      [append(FR, '\nVoir [ailleurs](/articles/nulle-part/).\n')],
      'content/articles/fr/essentiel.mdx › body line 16 = "/articles/nulle-part/": no such page',
    ],
    [
      'a relative link to a section that does not exist',
      [append(EN, '\nSee [the map](../../maps/#paris).\n')],
      'content/articles/en/at-a-glance.mdx › body line 16 = "../../maps/#paris": no such page',
    ],
    [
      'an href to a person who has no page',
      [append(FR, '\n<a href="/qui-est-qui/personne/">Personne</a>\n')],
      'content/articles/fr/essentiel.mdx › body line 16 = "/qui-est-qui/personne/": no such page',
    ],
    [
      'an iframe in a body',
      [append(FR, '\n<iframe src="https://example.org/embed"></iframe>\n')],
      'content/articles/fr/essentiel.mdx › body line 16 = "<iframe src=\\"https://example.org/embed\\">": this element loads or runs content',
    ],
    [
      'an event attribute in a body',
      [append(EN, '\n<span onclick="alert(1)">Summit</span>\n')],
      'content/articles/en/at-a-glance.mdx › body line 16 = "<span onclick=\\"alert(1)\\">": the onclick attribute runs a script',
    ],
    [
      'a javascript: URL in a body',
      [append(FR, '\n[Cliquer](javascript:alert(1))\n')],
      'content/articles/fr/essentiel.mdx › body line 16 = "javascript:alert(1)": a javascript: URL runs a script',
    ],
    [
      'an image from another host',
      [append(FR, '\n<img src="//cdn.example.org/carte.png" alt="Carte" />\n')],
      'content/articles/fr/essentiel.mdx › body line 16 = "//cdn.example.org/carte.png": loads from another host',
    ],
    [
      'a Markdown image from another host',
      [append(EN, '\n![Map](https://example.org/map.png "Map")\n')],
      'content/articles/en/at-a-glance.mdx › body line 16 = "https://example.org/map.png": loads from another host',
    ],
    ['a YAML syntax error', [append(PEOPLE, '- id: [unclosed\n')], 'content/people.yaml › (file): not valid YAML'],
  ])('reports %s with file, field and value', (_name, edits, expected) => {
    const problems = checkEditedFixture(...edits);
    expect(
      problems.some((line) => line.startsWith(expected)),
      `expected a line starting with\n  ${expected}\ngot\n  ${problems.join('\n  ')}`,
    ).toBe(true);
  });

  it('accepts another spelling of Kyiv inside a quotation or a URL', () => {
    expect(
      checkEditedFixture(
        replace(FR, 'à l’Élysée <Cite', 'à l’Élysée, le « sommet de Kiev », le “Kiev summit” <Cite'),
        replace(SOURCES, 'url: https://www.elysee.fr/', 'url: https://www.elysee.fr/Kiev/'),
      ),
    ).toEqual([]);
  });

  it('accepts links to the pages the site builds', () => {
    expect(
      checkEditedFixture(
        append(
          FR,
          '\n[Carte](/carte/), [Macron](/qui-est-qui/macron/#role), [France](/pays/fr/), [accueil](/), [en](../../en/articles/at-a-glance/).\n',
        ),
        append(EN, '\n[Timeline](../../timeline/), [overview](/articles/essentiel/), [elsewhere](https://example.org/), [top](#top).\n'),
      ),
    ).toEqual([]);
  });

  it('accepts outbound links and images served by the site', () => {
    expect(
      checkEditedFixture(append(FR, '\n[AFP](https://example.org/afp) <a href="https://example.org/">Élysée</a> ![Carte](/carte.png)\n')),
    ).toEqual([]);
  });

  it('reports an article without its translation, naming the article and its key', () => {
    const problems = checkEditedFixture(replace(EN, 'translationKey: overview', 'translationKey: other-story'));
    expect(problems).toContain(
      'content/articles/fr/essentiel.mdx › frontmatter.translationKey = "overview": no en article has this translationKey: every article needs its translation',
    );
    expect(problems).toContain(
      'content/articles/en/at-a-glance.mdx › frontmatter.translationKey = "other-story": no fr article has this translationKey: every article needs its translation',
    );
  });
});
