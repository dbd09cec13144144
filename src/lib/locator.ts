/**
 * The locator map of the country pages: one shared, cacheable base SVG file (the map page's
 * layout, coarser: the Europe view and the insets of distant states, every state in one neutral
 * colour) that each page shows with <img>, and over it, in the same viewBox, a `<use>` of the
 * page's state from that file, filled by the page's own stylesheet. A page adds a few hundred
 * bytes, not a map.
 *
 * The base file has no <style> (the content security policy allows none) and must read on a light
 * and a dark page alike: land is the map's edge colour at low opacity, edges the edge colour.
 */
import type { MapBox, MapDrawing } from './map.ts';
import { MAP_PALETTE } from './map-palette.ts';

/** The base file's name, under the site's base path. */
export const LOCATOR_BASE_FILE = 'map-base.svg';

/** Land: the edge colour at this opacity reads as a light ground on the light page and a dark one on the dark page. */
const LAND_OPACITY = 0.3;
/** Lines, in viewBox units (the locator is shown at about half the map's width, or less). */
const STROKE_WIDTH = 1.2;
/** The ring around a state too small to see, in viewBox units. */
const RING_RADIUS = 16;

/** The id of a state's shape in the base file: its ISO code in lower case. */
export function locatorShapeId(countryId: string): string {
  return countryId.toLowerCase();
}

/** What a page draws over the base file for its state. */
export interface Locator {
  /** The part of the base file the page shows: the Europe view, or the inset panel of a distant state, alone (no empty panel of another state). */
  readonly view: MapBox;
  /** The id of the state's shape in the base file. */
  readonly shapeId: string;
  /** A ring around a state too small to see on the Europe view. */
  readonly ring?: { readonly cx: number; readonly cy: number; readonly r: number };
}

/**
 * The base file's address showing `view` only: an SVG view fragment (`#svgView(viewBox(…))`,
 * which browsers honour in an <img>), or the plain address for the whole drawing.
 */
export function locatorImageSrc(file: string, view: MapBox, drawing: Pick<MapDrawing, 'width' | 'height'>): string {
  const whole = view.x === 0 && view.y === 0 && view.width === drawing.width && view.height === drawing.height;
  return whole ? file : `${file}#svgView(viewBox(${view.x},${view.y},${view.width},${view.height}))`;
}

/** The locator of one state of the drawing; throws, naming it, for a state the drawing does not hold. */
export function locatorOf(drawing: MapDrawing, countryId: string): Locator {
  const state = drawing.paths.find((path) => path.kind === 'represented' && path.id === countryId);
  if (state === undefined) throw new Error(`locator: the map draws no state "${countryId}"`);
  const marker = drawing.markers.find((candidate) => candidate.id === countryId);
  const inset = drawing.insets.find((candidate) => candidate.id === countryId);
  const { x, y, width, height } = inset ?? drawing.europe;
  return {
    view: { x, y, width, height },
    shapeId: locatorShapeId(countryId),
    ...(marker ? { ring: { cx: marker.cx, cy: marker.cy, r: RING_RADIUS } } : {}),
  };
}

/** The base file: the land, each represented state as a shape with its id, the inner borders and the frames. */
export function locatorBaseSvg(drawing: MapDrawing): string {
  const edge = MAP_PALETTE.light.edge;
  const shapes = drawing.paths.map((path) =>
    path.kind === 'land' ? `<path d="${path.d}"/>` : `<path id="${locatorShapeId(path.id)}" d="${path.d}"/>`,
  );
  const frames = [drawing.europe, ...drawing.insets].map(
    (box) => `<rect x="${box.x + 0.5}" y="${box.y + 0.5}" width="${box.width - 1}" height="${box.height - 1}"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}">`,
    `<g fill="${edge}" fill-opacity="${LAND_OPACITY}" stroke="${edge}" stroke-width="${STROKE_WIDTH}" stroke-linejoin="round">`,
    ...shapes,
    '</g>',
    `<g fill="none" stroke="${edge}" stroke-width="${STROKE_WIDTH}">`,
    `<path d="${drawing.landBorders}"/>`,
    ...frames,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
