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
 */
import type { MapLevel } from './map.ts';

export const MAP_SCHEMES = ['light', 'dark'] as const;
export type MapScheme = (typeof MAP_SCHEMES)[number];

export interface MapPalette {
  /** The page background (the sea): src/styles/global.css `--color-bg`. */
  readonly background: string;
  /** States that took no part: a light ground, outlined in `edge`. */
  readonly land: string;
  readonly edge: string;
  /** The dark step: leaders' fill, and the ink of the patterns and labels' halo-free text. */
  readonly ink: string;
  /** The medium step: ministers' fill. */
  readonly medium: string;
}

export const MAP_PALETTE: Readonly<Record<MapScheme, MapPalette>> = {
  light: { background: '#fdfcf9', land: '#efece5', edge: '#8c8679', ink: '#0b2a4f', medium: '#3d78b3' },
  dark: { background: '#15171a', land: '#292d33', edge: '#80868f', ink: '#d4e9ff', medium: '#4b7eb2' },
};

/** How each level is painted: a solid fill of a step, or a pattern of the ink over the land. */
export const LEVEL_PAINT: Readonly<Record<MapLevel, 'ink' | 'medium' | 'stripes' | 'dots'>> = {
  leader: 'ink',
  minister: 'medium',
  envoy: 'stripes',
  'not-given': 'dots',
};
