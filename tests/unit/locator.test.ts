import { describe, expect, it } from 'vitest';
import { locatorBaseSvg, locatorImageSrc, locatorOf, locatorShapeId } from '../../src/lib/locator.ts';
import { drawLocatorMap, drawRepresentationMap, type MapCountry } from '../../src/lib/map.ts';

const COUNTRIES: MapCountry[] = [
  { id: 'FR', level: 'leader' },
  { id: 'UA', level: 'leader' },
  { id: 'LU', level: 'minister' },
  { id: 'CY', level: 'minister' },
  { id: 'JP', level: 'not-given' },
  { id: 'US', level: 'envoy', membership: { status: 'non-member' } },
];
const drawing = drawLocatorMap(COUNTRIES);
const base = locatorBaseSvg(drawing);
const pathLength = (d: { paths: readonly { d: string }[] }) => d.paths.reduce((sum, path) => sum + path.d.length, 0);

describe('the locator map', () => {
  it('draws the map page’s layout, coarser, once per list of countries', () => {
    const map = drawRepresentationMap(COUNTRIES);
    expect(drawLocatorMap(COUNTRIES)).toBe(drawing);
    expect([drawing.width, drawing.height]).toEqual([map.width, map.height]);
    expect(drawing.insets).toEqual(map.insets);
    expect(pathLength(drawing)).toBeLessThan(pathLength(map) / 2);
  });

  it('writes one base file with every state as a shape of its own id, no style and no script, light enough to share', () => {
    for (const { id } of COUNTRIES) expect(base).toContain(`<path id="${locatorShapeId(id)}" d="`);
    // Luxembourg is too small to draw at the locator's scale: its page rings it.
    expect(base).toContain('<path id="fr" d="m');
    expect(base).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 \d+">/);
    expect(base).not.toMatch(/<style|<script|style=/);
    // Each shape takes its fill from the group (a page's <use> of it takes the page's colour instead).
    expect(base).not.toMatch(/<path id="[a-z]{2}"[^>]*fill=/);
    expect(base.length).toBeLessThan(12 * 1024);
  });

  it('rings a state too small to see, shows a distant state’s inset alone, and a state of the Europe view on it, without the insets', () => {
    const europe = { x: 0, y: 0, width: drawing.width, height: drawing.europe.height };
    expect(europe.height).toBeLessThan(drawing.height);
    const luxembourg = locatorOf(drawing, 'LU');
    expect(luxembourg.shapeId).toBe('lu');
    expect(luxembourg.ring).toBeDefined();
    expect(luxembourg.view).toEqual(europe);
    // Large enough to draw without a marker on the map page, too small to find on the smaller locator.
    expect(drawRepresentationMap(COUNTRIES).markers.map((marker) => marker.id)).not.toContain('CY');
    expect(locatorOf(drawing, 'CY').ring).toBeDefined();
    const japan = locatorOf(drawing, 'JP');
    const japanInset = drawing.insets.find((inset) => inset.id === 'JP')!;
    expect(japan.view).toEqual({ x: japanInset.x, y: japanInset.y, width: japanInset.width, height: japanInset.height });
    expect(japan.view.y).toBe(drawing.europe.height + 10);
    expect(japan.ring).toBeUndefined();
    expect(locatorOf(drawing, 'FR')).toEqual({ view: europe, shapeId: 'fr' });
  });

  it('addresses the base file whole, or a view fragment: the Europe view, or an inset', () => {
    expect(locatorImageSrc('/map-base.svg', { x: 0, y: 0, width: drawing.width, height: drawing.height }, drawing)).toBe('/map-base.svg');
    expect(locatorImageSrc('/map-base.svg', locatorOf(drawing, 'FR').view, drawing)).toBe(
      `/map-base.svg#svgView(viewBox(0,0,${drawing.width},${drawing.europe.height}))`,
    );
    const { x, y, width, height } = locatorOf(drawing, 'US').view;
    expect(locatorImageSrc('/map-base.svg', locatorOf(drawing, 'US').view, drawing)).toBe(
      `/map-base.svg#svgView(viewBox(${x},${y},${width},${height}))`,
    );
  });

  it('fails, naming it, for a state the map does not draw', () => {
    expect(() => locatorOf(drawing, 'DE')).toThrow(/"DE"/);
  });
});
