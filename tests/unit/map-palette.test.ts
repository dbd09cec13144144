import { readFileSync } from 'node:fs';
import { colord, extend } from 'colord';
import a11y from 'colord/plugins/a11y';
import { describe, expect, it } from 'vitest';
import { LAND_FROM_SEA, LEVEL_PAINT, MAP_PALETTE, MAP_SCHEMES, statePaint, type MapPalette } from '../../src/lib/map-palette.ts';

extend([a11y]);

/** WCAG 1.4.11: graphical objects a reader must tell apart contrast 3:1 at least. */
const NON_TEXT = 3;
const contrast = (a: string, b: string) => colord(a).contrast(b);
const css = (file: string) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
/** The colours a block of CSS first gives its custom properties, by name (later blocks, such as forced colours, aside). */
const declared = (block: string) =>
  Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].reverse().map(([, name, value]) => [name, value]));
const blocks = (text: string) => {
  const [light = '', dark = ''] = text.split('@media (prefers-color-scheme: dark)');
  return { light: declared(light), dark: declared(dark) };
};

describe.each(MAP_SCHEMES)('the map palette, %s', (scheme) => {
  const palette: MapPalette = MAP_PALETTE[scheme];
  /** What each level is drawn with: its fill, or its pattern's ink. */
  const solid = [palette.ink, palette.medium];

  it('is what the stylesheet ships, on the page’s own background', () => {
    const shipped = blocks(css('components/map-colours.css'))[scheme];
    for (const [name, value] of Object.entries(palette)) expect(shipped[`map-${name}`], name).toBe(value);
    expect(blocks(css('styles/global.css'))[scheme]['color-bg']).toBe(palette.background);
  });

  it('sets the two solid levels 3:1 apart, and 3:1 from the background and from the land', () => {
    expect(contrast(palette.ink, palette.medium)).toBeGreaterThanOrEqual(NON_TEXT);
    for (const fill of solid) {
      expect(contrast(fill, palette.background)).toBeGreaterThanOrEqual(NON_TEXT);
      expect(contrast(fill, palette.land)).toBeGreaterThanOrEqual(NON_TEXT);
    }
  });

  it('draws the patterned levels in an ink 3:1 from their ground, outlined 3:1 from the background', () => {
    expect(contrast(palette.ink, palette.land)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrast(palette.ink, palette.background)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('outlines the land 3:1 from the background (the sea) and from the land, whose fill stands apart from the sea', () => {
    expect(contrast(palette.edge, palette.background)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrast(palette.edge, palette.land)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrast(palette.land, palette.background)).toBeGreaterThanOrEqual(LAND_FROM_SEA);
  });

  it('fills a state with no level (the US) in a neutral grey, 3:1 from the background and from its dashed ink outline, apart from every level', () => {
    expect(contrast(palette.unsettled, palette.background)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrast(palette.unsettled, palette.ink)).toBeGreaterThanOrEqual(NON_TEXT);
    // Not the land's near-background ground, and a grey beside the blue levels: told apart by hue where not by lightness.
    expect(contrast(palette.unsettled, palette.land)).toBeGreaterThanOrEqual(2);
    expect(colord(palette.unsettled).toHsl().s).toBeLessThanOrEqual(5);
    for (const fill of solid) expect(colord(fill).toHsl().s).toBeGreaterThanOrEqual(40);
  });

  it('outlines Crimea, hatched in the sea’s colour over Ukraine’s fill, in the ink, 3:1 from the sea and the hatch', () => {
    expect(css('components/MapSvg.astro')).toMatch(/\.map-box \.annexed \{\s*stroke: var\(--map-ink\);/);
    for (const fill of solid) expect(contrast(palette.background, fill)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrast(palette.ink, palette.background)).toBeGreaterThanOrEqual(NON_TEXT);
  });
});

describe('statePaint', () => {
  it('paints a state by its level, and a non-member (its place in the count unsettled) with no level’s paint', () => {
    expect(statePaint({ level: 'minister', nonMember: false })).toBe('medium');
    expect(statePaint({ level: 'envoy', nonMember: false })).toBe('stripes');
    expect(statePaint({ level: 'envoy', nonMember: true })).toBe('unsettled');
    expect(Object.values(LEVEL_PAINT)).not.toContain('unsettled');
  });
});

describe('LEVEL_PAINT', () => {
  it('paints each level differently: two solid steps and two patterns', () => {
    expect(new Set(Object.values(LEVEL_PAINT)).size).toBe(4);
    expect(LEVEL_PAINT.leader).toBe('ink');
    expect(LEVEL_PAINT.minister).toBe('medium');
  });
});
