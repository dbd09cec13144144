/**
 * The map's colours, light and dark, and how each level is painted with them.
 *
 * src/components/map-colours.css declares these colours for the page (the site's content security
 * policy allows no inline style); tests/unit/map-palette.test.ts checks that it declares exactly
 * these, and their contrast.
 *
 * WCAG 1.4.11 asks 3:1 between the colours a reader must tell apart. Against one background only
 * three luminance steps can be 3:1 from each other (3 × 3 × 3 = 27 is more than the 21:1 between
 * black and white), so two levels are solid fills, dark and medium, and the other two are drawn
 * as a pattern in the dark ink on the light ground: stripes for envoys, dots where no level is given.
 * For the same reason the land cannot be 3:1 from the sea: its outline (`edge`) is, from both, and
 * its fill is as far from the sea as the steps above leave room for (`LAND_FROM_SEA`).
 * A state present whose place in the count no source settles (src/lib/tallies.ts `stateCount().unsettled`:
 * the non-members, the US) is drawn with no level: a neutral grey (`unsettled`), no hatch, 3:1 from the
 * sea, told from the blue levels by its hue and from the patterns by its plain fill, outlined dashed in the ink.
 */
import type { MapLevel } from './map.ts';

export const MAP_SCHEMES = ['light', 'dark'] as const;
export type MapScheme = (typeof MAP_SCHEMES)[number];

export interface MapPalette {
  /** The page background (the sea): src/styles/global.css `--color-bg`. */
  readonly background: string;
  /** States that took no part: a ground `LAND_FROM_SEA` from the sea, outlined in `edge` (3:1 from both). */
  readonly land: string;
  readonly edge: string;
  /** The dark step: leaders' fill, and the ink of the patterns and labels' halo-free text. */
  readonly ink: string;
  /** The medium step: ministers' fill. */
  readonly medium: string;
  /** States whose place in the count is unsettled: a neutral grey, 3:1 from the background and from the ink. */
  readonly unsettled: string;
}

export const MAP_PALETTE: Readonly<Record<MapScheme, MapPalette>> = {
  light: { background: '#fdfcf9', land: '#e6e2d8', edge: '#837d71', ink: '#0b2a4f', medium: '#3d78b3', unsettled: '#8a8d91' },
  dark: { background: '#15171a', land: '#363b42', edge: '#868c95', ink: '#e8f3ff', medium: '#5489c0', unsettled: '#6e7279' },
};

/** The least contrast between the land and the sea (the background), under the 3:1 its outline carries. */
export const LAND_FROM_SEA = 1.25;

/** How a state is painted: a solid fill of a step, a pattern of the ink over the land, or the unsettled grey. */
export type MapPaint = 'ink' | 'medium' | 'stripes' | 'dots' | 'unsettled';

/** How each level is painted: a solid fill of a step, or a pattern of the ink over the land. */
export const LEVEL_PAINT: Readonly<Record<MapLevel, Exclude<MapPaint, 'unsettled'>>> = {
  leader: 'ink',
  minister: 'medium',
  envoy: 'stripes',
  'not-given': 'dots',
};

/** A drawn state's paint: its level's, or the unsettled grey for a non-member (its place in the count is unsettled). */
export function statePaint({ level, nonMember }: { readonly level: MapLevel; readonly nonMember: boolean }): MapPaint {
  return nonMember ? 'unsettled' : LEVEL_PAINT[level];
}
