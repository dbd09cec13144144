import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { firstClause, ogArticleCard, ogCard, ogNameCard, personLine, type OgCard } from '../../src/lib/og-card.ts';
import { people } from '../support/sample-data.ts';
import {
  backdropView,
  CENTRAL_SQUARE,
  cardKey,
  cardSvg,
  clampAtClause,
  loadFonts,
  ogImage,
  renderCard,
  fitTitle,
  type OgRenderer,
  type TextBox,
} from '../../src/lib/og-image.ts';
import { pngSize } from '../support/png.ts';

const card: OgCard = ogCard('fr', '2026-01-06', 'Les garanties de sécurité de la déclaration de Paris, expliquées');
const person: OgCard = ogNameCard('fr', '2026-01-06', 'Caroline Bilkey', 'Ambassadrice de Nouvelle-Zélande en France');
const longest: OgCard = ogCard(
  'en',
  '2026-01-06',
  `${'The Paris Declaration’s security guarantees for Ukraine, what they say and what they leave out, '.repeat(2)}explained`,
  'A subtitle long enough to need two lines, and then some more words that would need a third line',
);

/** A map card (the home and map pages'), with a small stand-in for the overview map. */
const MAP = {
  width: 800,
  height: 640,
  land: 'M0 0h400v300h-400z',
  represented: 'M400 300h400v340h-400z',
  levels: { leader: 'M400 300h400v200h-400z', minister: 'M400 500h400v140h-400z', envoy: '', 'not-given': '' },
  borders: 'M400 500h400',
  ukraine: 'M600 300h200v200h-200z',
  ukraineCentre: { x: 700, y: 400 },
  paris: { x: 380, y: 310 },
};
/** An article's card, its standfirst too long for two lines. */
const article: OgCard = ogArticleCard(
  'fr',
  '2026-01-06',
  'Les garanties de sécurité de la déclaration de Paris, expliquées',
  "Les cinq volets de la déclaration de Paris, ce que chaque pays propose et l'état du dossier fin mars 2026 : des garanties contraignantes encore à formaliser.",
);
const mapCard: OgCard = ogCard('fr', '2026-01-06', 'La carte des pays représentés', undefined, {
  drawing: MAP,
  figure: '34 États représentés nommés par une source',
});

/** Whether a box of text lies in the card's central square. */
const inSquare = (box: TextBox): boolean =>
  box.left >= CENTRAL_SQUARE.left &&
  box.left + box.width <= CENTRAL_SQUARE.left + CENTRAL_SQUARE.width &&
  box.top >= CENTRAL_SQUARE.top &&
  box.top + box.height <= CENTRAL_SQUARE.top + CENTRAL_SQUARE.height;

describe('ogCard', () => {
  it('carries “Ukraine” and the summit’s date in the card’s language, the typeset title and the site’s name', () => {
    expect(ogCard('fr', '2026-01-06', "L'essentiel")).toEqual({
      lang: 'fr',
      kicker: 'Ukraine · 6 janvier 2026',
      title: 'L’essentiel',
      subtitle: undefined,
      siteName: uiStrings('fr').siteName,
      map: undefined,
      alt: 'Ukraine, 6 janvier 2026\u202f: «\u202fL’essentiel\u202f». Sommet de Paris\u202f: l’explication.',
    });
    expect(ogCard('en', '2026-01-06', 'Who came', "Britain's prime minister")).toMatchObject({
      kicker: 'Ukraine · 6 January 2026',
      subtitle: 'Britain’s prime minister',
      siteName: uiStrings('en').siteName,
    });
  });
});

describe('ogNameCard', () => {
  it('gives a person’s or a country’s name in its alternative text as it is, not quoted as a title', () => {
    expect(person.alt).toBe(
      'Ukraine, 6 janvier 2026\u202f: Caroline Bilkey. Ambassadrice de Nouvelle-Zélande en France. Sommet de Paris\u202f: l’explication.',
    );
    expect(ogNameCard('en', '2026-01-06', 'Steve Witkoff', 'US special envoy').alt).toBe(
      `Ukraine, 6 January 2026: Steve Witkoff. US special envoy. ${uiStrings('en').siteName}.`,
    );
  });
});

describe('ogCard with a map', () => {
  it('carries the drawing, and says in its alternative text that the card shows the map, with its figure', () => {
    expect(mapCard.map?.drawing).toBe(MAP);
    expect(mapCard.alt).toBe(
      'Ukraine, 6 janvier 2026\u202f: «\u202fLa carte des pays représentés\u202f». Carte de l’Europe, les États représentés en bleu, Paris marqué. 34 États représentés nommés par une source. Sommet de Paris\u202f: l’explication.',
    );
  });

  it('keys the levels the map draws, by their names', () => {
    expect(mapCard.map?.key).toEqual([
      { level: 'leader', label: 'Chef d’État ou de gouvernement' },
      { level: 'minister', label: 'Ministre' },
    ]);
  });

  it('does not name the site twice when the title is the site’s name', () => {
    const t = uiStrings('en');
    expect(ogCard('en', '2026-01-06', t.siteName).alt).toBe(`Ukraine, 6 January 2026: “${t.siteName}”.`);
  });
});

describe('firstClause', () => {
  it('keeps a text up to its first semicolon, typeset or not', () => {
    expect(firstClause('US Secretary of State; first named to lead the delegation')).toBe('US Secretary of State');
    expect(firstClause('Secrétaire d’État des États-Unis\u202f; d’abord appelé')).toBe('Secrétaire d’État des États-Unis');
    expect(firstClause('Prime minister')).toBe('Prime minister');
  });
});

describe('personLine', () => {
  const witkoff = { ...people[2]!, role: { fr: 'envoyé spécial des États-Unis ; négociateur', en: 'US special envoy' } };

  it('starts the line with a capital, whatever the case of the role in the data', () => {
    expect(personLine(witkoff, 'fr')).toBe('Envoyé spécial des États-Unis');
    expect(personLine(witkoff, 'en')).toBe('US special envoy');
  });

  it('says what the sources report of a person who is not reported present', () => {
    const absent = { ...witkoff, presence: { status: 'absent' as const, sources: ['kyiv'] } };
    expect(personLine(absent, 'fr')).toBe(`Envoyé spécial des États-Unis — ${uiStrings('fr').presence.absent}`);
  });
});

describe('cardSvg', () => {
  it('lays every piece of text out inside the central square, for short and very long titles', async () => {
    const fonts = await loadFonts();
    for (const each of [
      card,
      person,
      longest,
      mapCard,
      article,
      { ...mapCard, backdrop: MAP },
      { ...longest, backdrop: MAP },
      { ...article, backdrop: MAP },
    ]) {
      const { texts } = await cardSvg(each, fonts);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((box) => !inSquare(box))).toEqual([]);
    }
  });

  it('lays out the kicker, the title, the subtitle and the site’s name', async () => {
    const { texts } = await cardSvg(person, await loadFonts());
    const words = (text: string): string => text.replace(/\s+/g, ' ');
    const shown = words(texts.map((box) => box.text).join(' '));
    for (const part of ['Ukraine · 6 janvier 2026', 'Caroline Bilkey', 'Ambassadrice de Nouvelle-Zélande en France', person.siteName]) {
      expect(shown).toContain(words(part));
    }
  });

  it('keeps the title between the kicker and the site’s name', async () => {
    const { texts } = await cardSvg(card, await loadFonts());
    const top = (text: string): number => texts.find((box) => box.text.includes(text))?.top ?? Number.NaN;
    expect(top('Ukraine')).toBeLessThan(top('garanties'));
    expect(top('garanties')).toBeLessThan(top('Sommet de Paris'));
  });

  it('draws the map of a map card inside the central square, between the title and the site’s name', async () => {
    const { svg, texts } = await cardSvg(mapCard, await loadFonts());
    const image = svg
      .match(/<image x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)
      ?.slice(1)
      .map(Number);
    expect(image).toHaveLength(4);
    const [x = 0, y = 0, width = 0, height = 0] = image ?? [];
    expect(inSquare({ text: 'map', left: x, top: y, width, height })).toBe(true);
    const top = (text: string): number => texts.find((box) => box.text.includes(text))?.top ?? Number.NaN;
    expect(top('représentés')).toBeLessThan(y);
    expect(y + height).toBeLessThan(top('Sommet de Paris'));
    expect((await cardSvg(card, await loadFonts())).svg).not.toContain('<image');
  });
});

describe('the side bands', () => {
  it('show the overview map behind the whole card, under the central square, and no words', async () => {
    const fonts = await loadFonts();
    const { svg, texts } = await cardSvg({ ...person, backdrop: MAP }, fonts);
    expect(svg).toMatch(/<image x="0" y="0" width="1200" height="630"/);
    expect(texts.filter((box) => !inSquare(box))).toEqual([]);
    expect((await cardSvg(person, fonts)).svg).not.toContain('<image');
  });

  it('centre the map on the summit’s region: Paris in the left band, Ukraine in the right one, in the card’s proportions', () => {
    const view = backdropView(MAP);
    const onCard = ({ x, y }: { x: number; y: number }) => ({
      x: ((x - view.x) * 1200) / view.width,
      y: ((y - view.y) * 630) / view.height,
    });
    const paris = onCard(MAP.paris);
    const ukraine = onCard(MAP.ukraineCentre);
    expect(paris.x).toBeGreaterThan(0);
    expect(paris.x).toBeLessThan(CENTRAL_SQUARE.left);
    expect(ukraine.x).toBeGreaterThan(CENTRAL_SQUARE.left + CENTRAL_SQUARE.width);
    expect(ukraine.x).toBeLessThan(1200);
    for (const point of [paris, ukraine]) {
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(630);
    }
    expect(view.width / view.height).toBeCloseTo(1200 / 630);
  });
});

describe('a country’s side bands', () => {
  const state = { d: 'M420 20h60v40h-60z', centre: { x: 450, y: 40 } };

  it('frame the country’s own state in the band on its side, at the same scale, the view inside the overview’s height', () => {
    const onCard = (view: ReturnType<typeof backdropView>, { x, y }: { x: number; y: number }) => ({
      x: ((x - view.x) * 1200) / view.width,
      y: ((y - view.y) * 630) / view.height,
    });
    const east = backdropView(MAP, state.centre);
    expect(onCard(east, state.centre).x).toBeCloseTo(1200 - CENTRAL_SQUARE.left / 2);
    const west = { x: 200, y: 400 };
    const view = backdropView(MAP, west);
    expect(onCard(view, west).x).toBeCloseTo(CENTRAL_SQUARE.left / 2);
    expect(onCard(view, west).y).toBeCloseTo(315);
    // A state near the top: the view stops at the overview's edge, the state still on the card.
    expect(east.y).toBe(0);
    expect(onCard(east, state.centre).y).toBeGreaterThan(0);
    expect(onCard(east, state.centre).y).toBeLessThan(315);
    expect(view.width).toBeCloseTo(backdropView(MAP).width);
    expect(view.width / view.height).toBeCloseTo(1200 / 630);
  });

  it('draw another backdrop than the summit’s, and still no words outside the square', async () => {
    const fonts = await loadFonts();
    const framed = await cardSvg({ ...person, backdrop: MAP, focus: state }, fonts);
    const summit = await cardSvg({ ...person, backdrop: MAP }, fonts);
    expect(framed.svg).toMatch(/<image x="0" y="0" width="1200" height="630"/);
    expect(framed.svg).not.toBe(summit.svg);
    expect(framed.texts.filter((box) => !inSquare(box))).toEqual([]);
    expect(cardKey({ ...person, backdrop: MAP, focus: state }, fonts)).not.toBe(cardKey({ ...person, backdrop: MAP }, fonts));
  });
});

describe('clampAtClause', () => {
  /** Fits up to `n` characters. */
  const upTo = (n: number) => async (text: string) => text.length <= n;
  const text = 'Les cinq volets de la déclaration, ce que chaque pays propose\u202f; l’état du dossier\u202f: des garanties à formaliser.';

  it('keeps a text that fits whole, without an ellipsis', async () => {
    expect(await clampAtClause(text, upTo(500))).toBe(text);
  });

  it('cuts at the last clause that fits, its comma, semicolon or colon giving way to an ellipsis', async () => {
    expect(await clampAtClause(text, upTo(100))).toBe(
      'Les cinq volets de la déclaration, ce que chaque pays propose\u202f; l’état du dossier…',
    );
    expect(await clampAtClause(text, upTo(70))).toBe('Les cinq volets de la déclaration, ce que chaque pays propose…');
    expect(await clampAtClause(text, upTo(40))).toBe('Les cinq volets de la déclaration…');
  });

  it('keeps a sentence’s own full stop, with no ellipsis', async () => {
    expect(await clampAtClause('Une première phrase. Puis une seconde, bien plus longue que la première.', upTo(30))).toBe(
      'Une première phrase.',
    );
  });

  it('never cuts inside a clause: nothing when not even the first clause fits', async () => {
    expect(await clampAtClause(text, upTo(20))).toBeUndefined();
    expect(await clampAtClause('Une seule longue proposition sans virgule', upTo(20))).toBeUndefined();
  });
});

describe('renderCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderCard(card, await loadFonts());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('fitTitle', () => {
  it('sets short titles larger than long ones, and leaves less room to a title with a subtitle', async () => {
    const fonts = await loadFonts();
    const short = await fitTitle({ ...card, title: 'Qui était là ?' }, fonts);
    const long = await fitTitle({ ...card, title: `${card.title} `.repeat(3) }, fonts);
    expect(long.size).toBeLessThan(short.size);
    const title = 'Le sommet de Paris du 6 janvier 2026, expliqué source par source';
    expect((await fitTitle({ ...card, title, subtitle: 'Un sous-titre' }, fonts)).size).toBeLessThanOrEqual(
      (await fitTitle({ ...card, title }, fonts)).size,
    );
  });

  it('sets a long title whole in three lines at most, at a smaller size', async () => {
    const fonts = await loadFonts();
    const title = 'Les États-Unis à Paris\u202f: ce qu’ils ont promis, et la signature qui fait débat';
    const fit = await fitTitle({ ...card, title }, fonts);
    expect(fit.text).toBe(title);
    expect(fit.size).toBeLessThan(72);
    expect(fit.size).toBeGreaterThanOrEqual(36);
    const { texts } = await cardSvg({ ...card, title }, fonts);
    const lines = new Set(texts.filter((box) => title.includes(box.text.trim())).map((box) => box.top));
    expect(lines.size).toBeLessThanOrEqual(3);
  });

  it('cuts a title too long for the card after a whole clause, with an ellipsis, never inside a word', async () => {
    const fit = await fitTitle(longest, await loadFonts());
    expect(fit.size).toBe(36);
    expect(fit.text).toMatch(/…$/);
    const kept = fit.text.slice(0, -1);
    expect(longest.title.startsWith(kept)).toBe(true);
    expect(longest.title.charAt(kept.length)).toBe(',');
    expect(kept.length).toBeGreaterThan(longest.title.length / 4);
  });

  it('sets the home card’s headline whole beside the map, in both languages', async () => {
    const fonts = await loadFonts();
    for (const lang of ['fr', 'en'] as const) {
      const home = ogCard(lang, '2026-01-06', uiStrings(lang).ogHomeTitle, undefined, { drawing: MAP, figure: '35 États' });
      expect((await fitTitle(home, fonts)).text).toBe(home.title);
    }
  });

  it('cuts after the last whole word that fits when no clause ends in time', async () => {
    const title = `${'mot '.repeat(120)}fin`;
    const fit = await fitTitle({ ...card, title }, await loadFonts());
    expect(fit.text).toMatch(/^(mot )+mot…$/);
  });
});

describe('fitTitle with an article’s standfirst', () => {
  it('sets the standfirst under the title in two lines at most, cut after a clause, the title keeping its size', async () => {
    const fonts = await loadFonts();
    const fit = await fitTitle(article, fonts);
    expect(fit.standfirst).toBe('Les cinq volets de la déclaration de Paris…');
    expect(fit).toMatchObject(await fitTitle({ ...article, standfirst: undefined }, fonts));
    const { texts } = await cardSvg(article, fonts);
    const standfirst = texts.find((box) => box.text === fit.standfirst);
    const title = texts.find((box) => box.text === fit.text);
    expect(standfirst!.top).toBeGreaterThanOrEqual(title!.top + title!.height);
    expect(standfirst!.height).toBeLessThanOrEqual(2 * 26 * 1.3 + 1);
  });

  it('keeps a short standfirst whole', async () => {
    const fit = await fitTitle({ ...article, standfirst: 'Ce que dit la déclaration.' }, await loadFonts());
    expect(fit.standfirst).toBe('Ce que dit la déclaration.');
  });

  it('drops the standfirst when it would make the title smaller or cut it', async () => {
    const fonts = await loadFonts();
    const fit = await fitTitle({ ...longest, standfirst: article.standfirst }, fonts);
    expect(fit.standfirst).toBeUndefined();
    expect(fit).toEqual(await fitTitle(longest, fonts));
  });
});

describe('cardKey', () => {
  it('changes with every field of the card', async () => {
    const fonts = await loadFonts();
    const key = cardKey(person, fonts);
    expect(cardKey({ ...person }, fonts)).toBe(key);
    for (const changed of [
      { title: 'Autre titre' },
      { subtitle: 'Autre rôle' },
      { subtitle: undefined },
      { kicker: 'Ukraine · 7 janvier 2026' },
      { siteName: 'Autre site' },
      { lang: 'en' as const },
      { map: { drawing: MAP, key: [] } },
      { backdrop: MAP },
    ]) {
      expect(cardKey({ ...person, ...changed }, fonts)).not.toBe(key);
    }
  });

  it('changes with the fonts', async () => {
    const fonts = await loadFonts();
    expect(cardKey(card, fonts.slice(1))).not.toBe(cardKey(card, fonts));
  });
});

describe('ogImage', () => {
  let cacheDir: string;
  const fakePng = new Uint8Array([1, 2, 3]);
  beforeEach(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'og-cache-'));
  });
  afterEach(() => rm(cacheDir, { recursive: true, force: true }));

  it('draws a card once, then serves it from the cache', async () => {
    const render = vi.fn<OgRenderer>(async () => fakePng);
    expect(new Uint8Array(await ogImage(card, cacheDir, render))).toEqual(fakePng);
    // The second copy comes back from the file: a Buffer, compared here as plain bytes.
    expect(new Uint8Array(await ogImage({ ...card }, cacheDir, render))).toEqual(fakePng);
    expect(render).toHaveBeenCalledTimes(1);
    expect(await readdir(cacheDir)).toEqual([`${cardKey(card, await loadFonts())}.png`]);
  });

  it('draws again when the card changes', async () => {
    const render = vi.fn<OgRenderer>(async () => fakePng);
    await ogImage(card, cacheDir, render);
    await ogImage({ ...card, title: 'Un autre titre' }, cacheDir, render);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
