/**
 * Open Graph images: a 1200×630 PNG card per page and language, laid out with satori (an SVG, its
 * text set in the site's own Source Serif 4), rasterised with resvg, and cached on disk so that a
 * card whose text, fonts and template did not change is never drawn twice.
 *
 * Every word sits in the card's central square (630×630), between two plain side bands, so that
 * a platform that crops the card square (WhatsApp, iMessage) still shows all of it; so does the
 * overview map of the home and map pages' cards, drawn under their title.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { buildCacheDir, cachedFile } from './file-cache.ts';
import type { MapOverview } from './map.ts';
import { memoizedByIdentity } from './memo.ts';
import type { OgCard } from './og-card.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The square a platform keeps when it crops the card square: its middle, full height. */
export const CENTRAL_SQUARE = { left: (OG_WIDTH - OG_HEIGHT) / 2, top: 0, width: OG_HEIGHT, height: OG_HEIGHT } as const;

/** Bump when the card's layout or styles change, so that every cached card is drawn again. */
export const TEMPLATE_VERSION = 7;

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
  band: '#0b4f8a',
  land: '#e9e5dc',
  edge: '#b9b2a3',
} as const;
/** The padding inside the central square. */
const PADDING = 56;
const TEXT_WIDTH = CENTRAL_SQUARE.width - 2 * PADDING;
const TITLE_LINE_HEIGHT = 1.12;
/** The height the title (and its subtitle) may take between the kicker and the site's name. */
const TITLE_BOX_HEIGHT = 330;
/** On a card with a map: the title's box, then the map's below it, in the same room. */
const MAP_CARD = { titleBox: 118, mapHeight: 246, gap: 20 } as const;
const SUBTITLE = { size: 30, lineHeight: 1.25, marginTop: 18 } as const;
const TITLE_SIZES = [72, 64, 58, 52, 46, 40, 36] as const;

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

/**
 * The overview map as an image of the card: the represented states in the accent colour on the
 * other countries, Paris a ring, `MAP_CARD.mapHeight` high.
 */
function mapImage(map: MapOverview): Element {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">` +
    `<rect width="${map.width}" height="${map.height}" fill="${COLORS.background}" stroke="${COLORS.edge}" stroke-width="2"/>` +
    `<path d="${map.land}" fill="${COLORS.land}" stroke="${COLORS.edge}" stroke-width="1"/>` +
    `<path d="${map.represented}" fill="${COLORS.accent}"/>` +
    `<circle cx="${map.paris.x}" cy="${map.paris.y}" r="10" fill="${COLORS.background}" stroke="${COLORS.text}" stroke-width="6"/>` +
    '</svg>';
  const height = MAP_CARD.mapHeight;
  const width = Math.round((height * map.width) / map.height);
  return {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      width,
      height,
      style: { width, height, marginTop: MAP_CARD.gap },
    },
  };
}

/**
 * The largest title size at which the card's title, laid out by satori, fits its box; the
 * smallest size when none does (the card then cuts the title with an ellipsis).
 */
export async function titleFontSize(card: OgCard, fonts: readonly Font[]): Promise<number> {
  const room = await titleRoom(card, fonts);
  for (const size of TITLE_SIZES) if ((await textHeight(card.title, titleStyle(size), fonts)) <= room) return size;
  return Math.min(...TITLE_SIZES);
}

/**
 * The card's element tree: two plain bands either side of the central square, which holds the
 * kicker ("Ukraine" and the date) under an accent bar, the title and its subtitle or its map,
 * then a rule and the site's name.
 * @param titleSize the title's font size in pixels (see `titleFontSize`)
 */
function cardElement(card: OgCard, titleSize: number): Element {
  const band = el({ width: CENTRAL_SQUARE.left, height: '100%', backgroundColor: COLORS.band });
  const square = el(
    {
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
        el({ ...titleStyle(titleSize), lineClamp: Math.floor(titleBoxHeight(card) / (titleSize * TITLE_LINE_HEIGHT)) }, card.title),
        ...(card.subtitle === undefined ? [] : [el({ ...subtitleStyle, lineClamp: 3 }, card.subtitle)]),
        ...(card.map === undefined ? [] : [mapImage(card.map)]),
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
      style: { width: '100%', height: '100%', display: 'flex', color: COLORS.text, fontFamily: FONT_FAMILY },
      children: [band, square, band],
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
  const svg = await satori(cardElement(card, await titleFontSize(card, fonts)), {
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
    .update(JSON.stringify([card.lang, card.kicker, card.title, card.subtitle ?? null, card.siteName, card.map ?? null]))
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
