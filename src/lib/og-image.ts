/**
 * Open Graph images: a 1200×630 PNG card per article and language (title, site name, date),
 * drawn with satori in the site's own Source Serif 4, rasterised with resvg, and cached on disk
 * so that a card whose text, fonts and template did not change is never drawn twice.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { buildCacheDir, cachedFile } from './file-cache.ts';
import { memoizedByIdentity } from './memo.ts';
import { ogImageBuild } from './og-image-build.ts';
import type { OgCard } from './og-card.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the card's layout or styles change, so that every cached card is drawn again. */
export const TEMPLATE_VERSION = 1;

/** Where cards are kept between builds; static hosts keep `node_modules/.cache` across builds. */
export const OG_CACHE_DIR = buildCacheDir(process.cwd(), 'og-images');

/** The bytes of a PNG file. */
export type Png = Uint8Array<ArrayBuffer>;

/** Renders a card to PNG bytes. */
export type OgRenderer = (card: OgCard, fonts: readonly Font[]) => Promise<Png>;

const FONT_FAMILY = 'Source Serif 4';
const FONT_FILES = [
  ['latin', 400],
  ['latin-ext', 400],
  ['latin', 700],
  ['latin-ext', 700],
] as const;

const COLORS = { background: '#fdfcf9', text: '#1c1b19', muted: '#55524b', border: '#d8d3c7', accent: '#0b4f8a' } as const;
const PADDING_X = 80;
const PADDING_Y = 64;
const TITLE_LINE_HEIGHT = 1.15;
/** The room the title gets: the card less its padding, the site name above and the date below. */
const TITLE_BOX = { width: OG_WIDTH - 2 * PADDING_X, height: 300 } as const;
const TITLE_SIZES = [76, 68, 60, 54, 48, 42] as const;

const requireFromProject = createRequire(join(process.cwd(), 'package.json'));
let fontsLoaded: Promise<Font[]> | undefined;

/** The site's self-hosted Source Serif 4 faces (Latin and Latin Extended, 400 and 700), read once. */
export function loadFonts(): Promise<Font[]> {
  return (fontsLoaded ??= Promise.all(
    FONT_FILES.map(async ([subset, weight]) => ({
      name: FONT_FAMILY,
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
  props: { style: Style; lang?: string; children?: string | Element | Element[] };
}

const el = (style: Style, children?: Element['props']['children']): Element => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The title's style at one font size: the card and the measure share it. */
const titleStyle = (size: number): Style => ({
  display: 'block',
  fontSize: size,
  fontWeight: 700,
  lineHeight: TITLE_LINE_HEIGHT,
  letterSpacing: '-0.01em',
});

/** The height satori lays a title out at, `TITLE_BOX.width` wide, at one font size. */
async function titleHeight(title: string, size: number, fonts: readonly Font[]): Promise<number> {
  let height = 0;
  await satori(el({ ...titleStyle(size), width: TITLE_BOX.width, fontFamily: FONT_FAMILY }, title), {
    width: TITLE_BOX.width,
    fonts: [...fonts],
    embedFont: false,
    onNodeDetected: (node) => void (height = Math.max(height, node.top + node.height)),
  });
  return height;
}

/**
 * The largest title size at which the card's title, laid out by satori, fits its box; the
 * smallest size when none does (the card then cuts the title with an ellipsis).
 */
export async function titleFontSize(card: OgCard, fonts: readonly Font[]): Promise<number> {
  for (const size of TITLE_SIZES) if ((await titleHeight(card.title, size, fonts)) <= TITLE_BOX.height) return size;
  return Math.min(...TITLE_SIZES);
}

/**
 * The card's element tree: the site name under an accent bar, the title, then a rule and the date.
 * @param titleSize the title's font size in pixels (see `titleFontSize`)
 */
export function cardElement(card: OgCard, titleSize: number): Element {
  return {
    type: 'div',
    props: {
      lang: card.lang,
      style: {
        width: '100%',
        height: '100%',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${PADDING_Y}px ${PADDING_X}px`,
        backgroundColor: COLORS.background,
        color: COLORS.text,
        fontFamily: FONT_FAMILY,
      },
      children: [
        el({ display: 'flex', flexDirection: 'column' }, [
          el({ width: 72, height: 6, backgroundColor: COLORS.accent, marginBottom: 20 }),
          el({ fontSize: 30, fontWeight: 700, color: COLORS.accent }, card.siteName),
        ]),
        el({ ...titleStyle(titleSize), lineClamp: Math.floor(TITLE_BOX.height / (titleSize * TITLE_LINE_HEIGHT)) }, card.title),
        el({ display: 'flex', flexDirection: 'column' }, [
          el({ height: 2, backgroundColor: COLORS.border, marginBottom: 18 }),
          el({ fontSize: 28, color: COLORS.muted }, card.date),
        ]),
      ],
    },
  };
}

/** Draws a card with satori (text turned into paths) and rasterises it with resvg. */
export const renderCard: OgRenderer = async (card, fonts) => {
  const svg = await satori(cardElement(card, await titleFontSize(card, fonts)), { width: OG_WIDTH, height: OG_HEIGHT, fonts: [...fonts] });
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
    .update(JSON.stringify([card.title, card.siteName, card.date, card.lang]))
    .update(fontsDigest(fonts))
    .digest('hex');
}

/**
 * The cached PNG file of a card: drawn by `render` and stored when the same card was never drawn
 * before. Counts each outcome in `ogImageBuild`.
 * @param cacheDir where cards are kept, one `<sha256>.png` each
 */
export async function ogImageFile(card: OgCard, cacheDir = OG_CACHE_DIR, render: OgRenderer = renderCard): Promise<string> {
  const fonts = await loadFonts();
  const { path, made } = await cachedFile(cacheDir, `${cardKey(card, fonts)}.png`, () => render(card, fonts));
  if (made) ogImageBuild.rendered++;
  else ogImageBuild.cached++;
  return path;
}

/** The PNG bytes of a card, through the cache of `ogImageFile`. */
export async function ogImage(card: OgCard, cacheDir = OG_CACHE_DIR, render: OgRenderer = renderCard): Promise<Png> {
  return readFile(await ogImageFile(card, cacheDir, render));
}
