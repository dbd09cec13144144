/**
 * Open Graph images: a 1200×630 PNG card per page and language, laid out with satori (an SVG, its
 * text set in the site's own Source Serif 4), rasterised with resvg, and cached on disk so that a
 * card whose text, fonts and template did not change is never drawn twice.
 *
 * Every word sits in the card's central square (630×630), so that a platform that crops the card
 * square (WhatsApp, iMessage) still shows all of it; so do the overview map of the home and map
 * pages' cards, drawn under their title in the map page's colours, and its key. The side bands the
 * crop drops hold no words: the overview map again, faded, behind the square, Paris in the left band
 * and Ukraine in the right one.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { colord, extend } from 'colord';
import mix from 'colord/plugins/mix';
import satori, { type Font } from 'satori';
import { buildCacheDir, cachedFile } from './file-cache.ts';
import { LEVELS } from './content/schema.ts';
import type { MapBox, MapLevel, MapOverview, MapPoint, OverviewState } from './map.ts';
import { LEVEL_PAINT, MAP_PALETTE, type MapPalette } from './map-palette.ts';
import { memoized, memoizedByIdentity } from './memo.ts';
import type { OgCard, OgCardMap } from './og-card.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The square a platform keeps when it crops the card square: its middle, full height. */
export const CENTRAL_SQUARE = { left: (OG_WIDTH - OG_HEIGHT) / 2, top: 0, width: OG_HEIGHT, height: OG_HEIGHT } as const;

/** Bump when the card's layout or styles change, so that every cached card is drawn again. */
export const TEMPLATE_VERSION = 17;

/** Where cards are kept between builds; static hosts keep `node_modules/.cache` across builds. */
const OG_CACHE_DIR = buildCacheDir(process.cwd(), 'og-images');

/** The bytes of a PNG file. */
export type Png = Uint8Array<ArrayBuffer>;

/** Renders a card to PNG bytes. */
export type OgRenderer = (card: OgCard, fonts: readonly Font[]) => Promise<Png>;

/**
 * Satori only falls back to another face for a missing glyph (ė, ő, ł…) when the face has another
 * family name: the Latin Extended subset gets its own, listed second.
 */
const FONT_NAMES = { latin: 'Source Serif 4', 'latin-ext': 'Source Serif 4 Ext' } as const;
const FONT_FAMILY = `'${FONT_NAMES.latin}', '${FONT_NAMES['latin-ext']}'`;
const FONT_FILES = [
  ['latin', 400],
  ['latin-ext', 400],
  ['latin', 700],
  ['latin-ext', 700],
] as const;

const COLORS = {
  background: '#fdfcf9',
  text: '#1c1b19',
  muted: '#55524b',
  border: '#d8d3c7',
  accent: '#0b4f8a',
  /** The sea of the faded map in the side bands. */
  bandSea: '#dfe8f1',
} as const;
extend([mix]);

/** The colours a card's map is drawn in. */
type MapColors = Pick<MapPalette, 'background' | 'land' | 'edge' | 'ink' | 'medium'>;
/** The map's colours on a card: the map page's, in its light scheme. */
const MAP_COLORS: MapColors = MAP_PALETTE.light;
/**
 * The side bands' map: the same colours faded into a pale sea (mixed beforehand: a translucent
 * layer would cost resvg a pass over the whole card).
 */
const BACKDROP_FADE = 0.6;
const BACKDROP_COLORS = Object.fromEntries(
  Object.entries(MAP_COLORS).map(([name, color]) => [name, colord(color).mix(COLORS.bandSea, BACKDROP_FADE).toHex()]),
) as unknown as MapColors;
/** The padding inside the central square. */
const PADDING = 56;
const TEXT_WIDTH = CENTRAL_SQUARE.width - 2 * PADDING;
const TITLE_LINE_HEIGHT = 1.12;
/** The height the title (and its subtitle) may take between the kicker and the site's name. */
const TITLE_BOX_HEIGHT = 330;
/** On a card with a map: the title's box, then the map (its key beside it) below it, in the same room. */
const MAP_CARD = { titleBox: 108, mapHeight: 262, gap: 20, keySize: 18, swatch: 22 } as const;
const SUBTITLE = { size: 30, lineHeight: 1.25, marginTop: 18 } as const;
/** An article's standfirst under its title: in at most `lines` lines, cut at a clause if need be (`clampAtClause`). */
const STANDFIRST = { size: 26, lineHeight: 1.3, marginTop: 16, lines: 2 } as const;
const TITLE_SIZES = [72, 64, 58, 52, 46, 40, 36] as const;
/** A title takes at most this many lines, if a smaller size keeps it to them. */
const TITLE_MAX_LINES = 3;
/** The characters a cut title may end on before its ellipsis: the end of a clause. */
const CLAUSE_END = /[,;:]$/u;

const requireFromProject = createRequire(join(process.cwd(), 'package.json'));
let fontsLoaded: Promise<Font[]> | undefined;

/** The site's self-hosted Source Serif 4 faces (Latin and Latin Extended, 400 and 700), read once. */
export function loadFonts(): Promise<Font[]> {
  return (fontsLoaded ??= Promise.all(
    FONT_FILES.map(async ([subset, weight]) => ({
      name: FONT_NAMES[subset],
      weight,
      style: 'normal' as const,
      data: await readFile(requireFromProject.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`)),
    })),
  ));
}

type Style = Record<string, string | number>;

/** A satori element: the plain-object form of a JSX element. */
interface Element {
  type: string;
  props: { style: Style; lang?: string; src?: string; width?: number; height?: number; children?: string | Element | Element[] };
}

const el = (style: Style, children?: Element['props']['children']): Element => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The title's style at one font size: the card and the measure share it. */
const titleStyle = (size: number): Style => ({
  display: 'block',
  fontSize: size,
  fontWeight: 400,
  lineHeight: TITLE_LINE_HEIGHT,
  letterSpacing: '-0.01em',
});

const subtitleStyle: Style = {
  display: 'block',
  fontSize: SUBTITLE.size,
  lineHeight: SUBTITLE.lineHeight,
  marginTop: SUBTITLE.marginTop,
  color: COLORS.muted,
};

const standfirstStyle: Style = {
  display: 'block',
  fontSize: STANDFIRST.size,
  lineHeight: STANDFIRST.lineHeight,
  marginTop: STANDFIRST.marginTop,
  color: COLORS.muted,
};

/** The height satori lays a text block out at, `TEXT_WIDTH` wide. */
async function textHeight(text: string, style: Style, fonts: readonly Font[]): Promise<number> {
  let height = 0;
  await satori(el({ ...style, marginTop: 0, width: TEXT_WIDTH, fontFamily: FONT_FAMILY }, text), {
    width: TEXT_WIDTH,
    fonts: [...fonts],
    embedFont: false,
    onNodeDetected: (node) => void (height = Math.max(height, node.top + node.height)),
  });
  return height;
}

/** The height of the title's box: smaller on a card with a map. */
const titleBoxHeight = (card: OgCard) => (card.map === undefined ? TITLE_BOX_HEIGHT : MAP_CARD.titleBox);

/** The room the title has: the title box less the subtitle, if any. */
async function titleRoom(card: OgCard, fonts: readonly Font[]): Promise<number> {
  if (card.subtitle === undefined) return titleBoxHeight(card);
  return titleBoxHeight(card) - SUBTITLE.marginTop - (await textHeight(card.subtitle, subtitleStyle, fonts));
}

/** Where each level's pattern is defined in a map's SVG. */
const patternId = (kind: string) => `og-${kind}`;

/** The fill of a level on a card's map: the map page's solid step, or its pattern. */
function levelFill(level: MapLevel, colors: MapColors): string {
  const kind = LEVEL_PAINT[level];
  return kind === 'ink' || kind === 'medium' ? colors[kind] : `url(#${patternId(kind)})`;
}

/** The map page's patterns (stripes for envoys, dots where no level is given), `size` units a tile. */
function patternDefs(size: number, colors: MapColors): string {
  const tile = (kind: string, ink: string, rotate = '') =>
    `<pattern id="${patternId(kind)}" patternUnits="userSpaceOnUse" width="${size}" height="${size}"${rotate}>` +
    `<rect width="${size}" height="${size}" fill="${colors.land}"/>${ink}</pattern>`;
  return (
    '<defs>' +
    tile('stripes', `<rect width="${size * 0.4}" height="${size}" fill="${colors.ink}"/>`, ' patternTransform="rotate(45)"') +
    tile('dots', `<circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.28}" fill="${colors.ink}"/>`) +
    '</defs>'
  );
}

/**
 * The overview's shapes: the other countries, each level in its colour, thin light borders between
 * the represented states (as on the map page), Ukraine outlined in the ink inside a light halo, Paris
 * a ring in a halo.
 */
function mapShapes(map: MapOverview, colors: MapColors, scale = 1): string {
  const line = (d: string, stroke: string, width: number) =>
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width * scale}" stroke-linejoin="round"/>`;
  return (
    `<path d="${map.land}" fill="${colors.land}" stroke="${colors.edge}" stroke-width="${1.5 * scale}"/>` +
    LEVELS.map((level) => {
      const patterned = LEVEL_PAINT[level] === 'stripes' || LEVEL_PAINT[level] === 'dots';
      const stroke = patterned ? colors.ink : colors.background;
      return `<path d="${map.levels[level]}" fill="${levelFill(level, colors)}" stroke="${stroke}" stroke-width="${1.5 * scale}"/>`;
    }).join('') +
    line(map.borders, colors.background, 2) +
    line(map.ukraine, colors.background, 9) +
    line(map.ukraine, colors.ink, 4) +
    `<circle cx="${map.paris.x}" cy="${map.paris.y}" r="${15 * scale}" fill="${colors.background}"/>` +
    `<circle cx="${map.paris.x}" cy="${map.paris.y}" r="${8 * scale}" fill="${colors.background}" stroke="${COLORS.text}" stroke-width="${5 * scale}"/>`
  );
}

/** An SVG as a satori image, `width`×`height` pixels. */
function svgImage(svg: string, width: number, height: number, style: Style = {}): Element {
  return {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width, height, style: { width, height, ...style } },
  };
}

/** The overview map in the map page's colours, `MAP_CARD.mapHeight` high, framed. */
function mapImage(map: MapOverview): Element {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">${patternDefs(14, MAP_COLORS)}` +
    `<rect width="${map.width}" height="${map.height}" fill="${MAP_COLORS.background}"/>${mapShapes(map, MAP_COLORS)}` +
    `<rect x="1" y="1" width="${map.width - 2}" height="${map.height - 2}" fill="none" stroke="${MAP_COLORS.edge}" stroke-width="2"/></svg>`;
  const height = MAP_CARD.mapHeight;
  return svgImage(svg, Math.round((height * map.width) / map.height), height);
}

/** The key of a card's map: a swatch and a name for each level it shows. */
function mapKey(key: OgCardMap['key']): Element {
  const size = MAP_CARD.swatch;
  const swatch = (level: MapLevel) =>
    svgImage(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">${patternDefs(7, MAP_COLORS)}` +
        `<rect x="1" y="1" width="${size - 2}" height="${size - 2}" fill="${levelFill(level, MAP_COLORS)}" stroke="${MAP_COLORS.ink}" stroke-width="1.5"/></svg>`,
      size,
      size,
      { flexShrink: 0, marginRight: 10, marginTop: 1 },
    );
  return el(
    { display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', flex: 1, marginLeft: MAP_CARD.gap },
    key.map(({ level, label }) =>
      el({ display: 'flex', alignItems: 'flex-start', marginTop: 12, fontSize: MAP_CARD.keySize, lineHeight: 1.2, color: COLORS.muted }, [
        swatch(level),
        el({ display: 'block' }, label),
      ]),
    ),
  );
}

/**
 * How far inside the side bands the backdrop puts Paris (left) and Ukraine's middle (right), from
 * the central square's edges, in pixels: near enough the square to keep the map readable, far
 * enough to be seen.
 */
const BACKDROP_FOCUS_INSET = 70;
/** The backdrop's lines and marks are this many times as thick as on the card's own map, whatever its zoom. */
const BACKDROP_LINE = 2;

/**
 * The part of the overview the card's backdrop shows (viewBox units, the card's proportions): the
 * summit's region, Paris in the left band and Ukraine in the right one, level between them; on a
 * country's card (`focus`), at the same scale, its state in the middle of the band on its side
 * (west: left), the view kept inside the overview's height.
 */
export function backdropView(map: MapOverview, focus?: MapPoint): MapBox {
  const left = CENTRAL_SQUARE.left - BACKDROP_FOCUS_INSET;
  const right = CENTRAL_SQUARE.left + CENTRAL_SQUARE.width + BACKDROP_FOCUS_INSET;
  const scale = (right - left) / (map.ukraineCentre.x - map.paris.x);
  const width = OG_WIDTH / scale;
  const height = OG_HEIGHT / scale;
  if (focus !== undefined) {
    // The band on the state's side, so that the view runs off the overview as little as possible.
    const band = focus.x < map.width / 2 ? CENTRAL_SQUARE.left / 2 : OG_WIDTH - CENTRAL_SQUARE.left / 2;
    const y = Math.min(Math.max(focus.y - height / 2, 0), Math.max(map.height - height, 0));
    return { x: focus.x - band / scale, y, width, height };
  }
  return { x: map.paris.x - left / scale, y: (map.paris.y + map.ukraineCentre.y) / 2 - height / 2, width, height };
}

/**
 * The overview map faded on a pale sea, card-sized, as a PNG data URL, a country's state (`focus`)
 * outlined in the ink.
 */
function drawBackdrop(map: MapOverview, focus?: OverviewState): string {
  const view = backdropView(map, focus?.centre);
  const scale = (BACKDROP_LINE * MAP_CARD.mapHeight * view.width) / (map.height * OG_WIDTH);
  const outline = (stroke: string, width: number) =>
    `<path d="${focus?.d}" fill="none" stroke="${stroke}" stroke-width="${width * scale}" stroke-linejoin="round"/>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}">` +
    `${patternDefs(14 * scale, BACKDROP_COLORS)}<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="${COLORS.bandSea}"/>` +
    `${mapShapes(map, BACKDROP_COLORS, scale)}` +
    (focus === undefined ? '' : outline(MAP_COLORS.background, 7) + outline(MAP_COLORS.ink, 3)) +
    '</svg>';
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/**
 * The backdrop of an overview framing a state (or the summit's region): rasterised once for all
 * the cards that share it, which then only copy its pixels.
 */
const backdropsOf = memoizedByIdentity((map: MapOverview) =>
  memoized(
    (focus?: OverviewState) => (focus === undefined ? '' : `${focus.centre.x},${focus.centre.y}`),
    (focus?: OverviewState) => drawBackdrop(map, focus),
  ),
);

/** The overview map behind the whole card, faded: what the side bands show. */
function backdropImage(map: MapOverview, focus?: OverviewState): Element {
  return {
    type: 'img',
    props: {
      src: backdropsOf(map)(focus),
      width: OG_WIDTH,
      height: OG_HEIGHT,
      style: { position: 'absolute', left: 0, top: 0, width: OG_WIDTH, height: OG_HEIGHT },
    },
  };
}

/** A card's title as set: its font size, and its text (whole, or cut after a word, with an ellipsis). */
export interface TitleFit {
  size: number;
  text: string;
  /** The article's standfirst as drawn under the title (whole, or cut at a clause), when the card has room for it. */
  standfirst?: string | undefined;
}

/**
 * How a card's title is set: the largest size at which, laid out by satori, it fits its box in at
 * most `TITLE_MAX_LINES` lines, else the largest at which it fits at all. A title too long even at
 * the smallest size is cut, never inside a word: after the last clause that fits (a comma, a
 * semicolon, a colon), or else the last word, with an ellipsis. An article's standfirst goes under
 * its title, in `STANDFIRST.lines` lines at most (whole, or cut at a clause: `clampAtClause`), when
 * the title keeps the size and the text it has alone; otherwise the card shows the title alone.
 */
export async function fitTitle(card: OgCard, fonts: readonly Font[]): Promise<TitleFit> {
  const room = await titleRoom(card, fonts);
  const alone = await fitTitleIn(card.title, room, fonts);
  if (card.standfirst === undefined) return alone;
  const standfirstRoom = STANDFIRST.lines * STANDFIRST.size * STANDFIRST.lineHeight + 1;
  const fitsLines = async (text: string) => (await textHeight(text, standfirstStyle, fonts)) <= standfirstRoom;
  const standfirst = await clampAtClause(card.standfirst, fitsLines);
  if (standfirst === undefined) return alone;
  const height = STANDFIRST.marginTop + (await textHeight(standfirst, standfirstStyle, fonts));
  const fit = await fitTitleIn(card.title, room - height, fonts);
  return fit.size === alone.size && fit.text === alone.text ? { ...fit, standfirst } : alone;
}

/** A title set in `room` pixels of height (see `fitTitle`). */
async function fitTitleIn(title: string, room: number, fonts: readonly Font[]): Promise<TitleFit> {
  const lines = async (text: string, size: number) => {
    const height = await textHeight(text, titleStyle(size), fonts);
    return height <= room ? Math.round(height / (size * TITLE_LINE_HEIGHT)) : Number.POSITIVE_INFINITY;
  };
  // Largest first, stopping at the first size that keeps to the lines: most titles take one layout.
  let fits: number | undefined;
  for (const size of TITLE_SIZES) {
    const count = await lines(title, size);
    if (count <= TITLE_MAX_LINES) return { size, text: title };
    if (Number.isFinite(count)) fits ??= size;
  }
  if (fits !== undefined) return { size: fits, text: title };
  const smallest = TITLE_SIZES.at(-1)!;
  return { size: smallest, text: await cutToFit(title, async (text) => Number.isFinite(await lines(text, smallest))) };
}

/**
 * A standfirst as it `fits`: whole, or else cut at the last clause or sentence end that fits,
 * never inside a clause. A sentence end (. ! ?) is kept as it is; a clause's comma, semicolon or
 * colon gives way to an ellipsis. Undefined when not even the first clause fits.
 */
export async function clampAtClause(text: string, fits: (cut: string) => Promise<boolean>): Promise<string | undefined> {
  if (await fits(text)) return text;
  const ends = [...text.matchAll(/[,;:.!?](?=\s)/gu)].map((match) => match.index + 1).reverse();
  for (const end of ends) {
    const head = text.slice(0, end);
    const cut = /[.!?]$/u.test(head) ? head : `${head.slice(0, -1).trimEnd()}…`;
    if (await fits(cut)) return cut;
  }
  return undefined;
}

/**
 * A text cut, never inside a word, with an ellipsis, to what `fits`: after the last clause that
 * fits (a comma, a semicolon, a colon) if it keeps at least half of what could, else after the
 * last word that fits.
 */
async function cutToFit(text: string, fits: (cut: string) => Promise<boolean>): Promise<string> {
  const words = text.split(' ');
  const cuts = words
    .slice(1)
    .map((_, index) => words.slice(0, index + 1).join(' '))
    .reverse();
  const fitting: string[] = [];
  for (const cut of cuts) if (await fits(`${cut.replace(CLAUSE_END, '')}…`)) fitting.push(cut);
  const cut =
    fitting.find((candidate) => CLAUSE_END.test(candidate) && candidate.length >= (fitting[0]?.length ?? 0) / 2) ?? fitting[0] ?? words[0]!;
  return `${cut.replace(CLAUSE_END, '')}…`;
}

/**
 * The card's element tree: the faded map behind it all (what the side bands show), and over it the
 * central square, which holds the kicker ("Ukraine" and the date) under an accent bar, the title
 * and its standfirst, its subtitle or its map and key,
 * then a rule and the site's name.
 * @param title the title's size and text (see `fitTitle`)
 */
function cardElement(card: OgCard, title: TitleFit): Element {
  const square = el(
    {
      position: 'absolute',
      left: CENTRAL_SQUARE.left,
      top: 0,
      borderLeft: `4px solid ${COLORS.accent}`,
      borderRight: `4px solid ${COLORS.accent}`,
      width: CENTRAL_SQUARE.width,
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: PADDING,
      backgroundColor: COLORS.background,
    },
    [
      el({ display: 'flex', flexDirection: 'column' }, [
        el({ width: 72, height: 6, backgroundColor: COLORS.accent, marginBottom: 18 }),
        el({ fontSize: 26, fontWeight: 700, letterSpacing: '0.04em', textTransform: 'uppercase', color: COLORS.accent }, card.kicker),
      ]),
      el({ display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
        el(titleStyle(title.size), title.text),
        ...(title.standfirst === undefined ? [] : [el(standfirstStyle, title.standfirst)]),
        ...(card.subtitle === undefined ? [] : [el({ ...subtitleStyle, lineClamp: 3 }, card.subtitle)]),
        ...(card.map === undefined
          ? []
          : [el({ display: 'flex', marginTop: MAP_CARD.gap }, [mapImage(card.map.drawing), mapKey(card.map.key)])]),
      ]),
      el({ display: 'flex', flexDirection: 'column' }, [
        el({ height: 2, backgroundColor: COLORS.border, marginBottom: 16 }),
        el({ fontSize: 26, fontWeight: 400, color: COLORS.muted }, card.siteName),
      ]),
    ],
  );
  return {
    type: 'div',
    props: {
      lang: card.lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        color: COLORS.text,
        backgroundColor: COLORS.bandSea,
        fontFamily: FONT_FAMILY,
      },
      children: [...(card.backdrop === undefined ? [] : [backdropImage(card.backdrop, card.focus)]), square],
    },
  };
}

/** A piece of text laid out on the card, and the box it takes (pixels from the card's top left). */
export interface TextBox {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A card as an SVG (text turned into paths), with the box of each piece of text on it. */
export async function cardSvg(card: OgCard, fonts: readonly Font[]): Promise<{ svg: string; texts: TextBox[] }> {
  const texts: TextBox[] = [];
  const svg = await satori(cardElement(card, await fitTitle(card, fonts)), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: [...fonts],
    onNodeDetected: ({ textContent, left, top, width, height }) => {
      if (textContent) texts.push({ text: textContent, left, top, width, height });
    },
  });
  return { svg, texts };
}

/** Draws a card as an SVG and rasterises it with resvg. */
export const renderCard: OgRenderer = async (card, fonts) => {
  const { svg } = await cardSvg(card, fonts);
  return new Uint8Array(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
};

/** sha256 of a set of fonts (names, weights, styles and bytes), hashed once per set however many cards use it. */
const fontsDigest = memoizedByIdentity((fonts: readonly Font[]): string => {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(`\n${font.name} ${font.weight} ${font.style}\n`).update(new Uint8Array(font.data));
  return hash.digest('hex');
});

/** The cache key of a card: sha256 of the template version, the card's fields and the font files. */
export function cardKey(card: OgCard, fonts: readonly Font[]): string {
  return createHash('sha256')
    .update(`og-card v${TEMPLATE_VERSION}\n`)
    .update(
      JSON.stringify([
        card.lang,
        card.kicker,
        card.title,
        card.subtitle ?? null,
        card.standfirst ?? null,
        card.siteName,
        card.map ?? null,
        card.backdrop ?? null,
        card.focus ?? null,
      ]),
    )
    .update(fontsDigest(fonts))
    .digest('hex');
}

/**
 * The PNG bytes of a card, drawn by `render` and stored in `cacheDir` (one `<sha256>.png` each)
 * the first time, read from there afterwards.
 */
export async function ogImage(card: OgCard, cacheDir = OG_CACHE_DIR, render: OgRenderer = renderCard): Promise<Png> {
  const fonts = await loadFonts();
  const { path } = await cachedFile(cacheDir, `${cardKey(card, fonts)}.png`, () => render(card, fonts));
  return readFile(path);
}
