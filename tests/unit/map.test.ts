import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  countryShapes,
  drawOverview,
  drawRepresentationMap,
  numericCode,
  overviewStates,
  type MapCountry,
  type MapDrawing,
} from '../../src/lib/map.ts';

const LEADERS = ['FR', 'GB', 'DE', 'IT', 'PL', 'UA', 'CA', 'FI', 'DK', 'NL', 'ES', 'BE', 'IE', 'PT', 'EE', 'LV', 'LT', 'NO', 'SE', 'GR'];
const MINISTERS = ['TR', 'AT', 'RO', 'CZ', 'HR', 'SI', 'LU', 'BG', 'CY', 'AL', 'IS'];
const COUNTRIES: MapCountry[] = [
  ...LEADERS.map((id) => ({ id, level: 'leader' as const })),
  ...MINISTERS.map((id) => ({ id, level: 'minister' as const })),
  { id: 'NZ', level: 'envoy' },
  { id: 'AU', level: 'envoy' },
  { id: 'JP', level: 'not-given' },
  { id: 'US', level: 'envoy', membership: { status: 'non-member' } },
];
/** Path data budget for the whole map, in bytes (the map page weighs 30 KB gzipped at most). */
const BUDGET = 20 * 1024;

const map: MapDrawing = drawRepresentationMap(COUNTRIES);
const states = map.paths.flatMap((path) => (path.kind === 'represented' ? [path] : []));

describe('drawRepresentationMap', () => {
  it('draws a list of countries once and a different list afresh', () => {
    expect(drawRepresentationMap(COUNTRIES)).toBe(map);
    const fewer = COUNTRIES.slice(1);
    expect(drawRepresentationMap(fewer)).not.toBe(map);
    expect(drawRepresentationMap(fewer).paths.filter((path) => path.kind === 'represented')).toHaveLength(fewer.length);
  });

  it('colours exactly the represented countries, each with a shape or a marker', () => {
    const drawn = new Set(states.filter((path) => path.d !== '').map((path) => path.id));
    const marked = new Set(map.markers.map((marker) => marker.id));
    expect(new Set(states.map((path) => path.id))).toEqual(new Set(COUNTRIES.map((country) => country.id)));
    expect(states).toHaveLength(COUNTRIES.length);
    for (const country of COUNTRIES) expect(drawn.has(country.id) || marked.has(country.id), country.id).toBe(true);
    for (const id of marked) expect(COUNTRIES.map((country) => country.id)).toContain(id);
  });

  it('fills each state by its level', () => {
    const levelOf = (id: string) => states.find((path) => path.id === id)?.level;
    expect(levelOf('FR')).toBe('leader');
    expect(levelOf('TR')).toBe('minister');
    expect(levelOf('NZ')).toBe('envoy');
    expect(levelOf('JP')).toBe('not-given');
  });

  it('marks the United States as a non-member and no one else', () => {
    expect(states.filter((path) => path.nonMember).map((path) => path.id)).toEqual(['US']);
  });

  it('draws distant states in their own insets and European ones on the Europe view', () => {
    expect(map.insets.map((inset) => inset.id).sort()).toEqual(['AU', 'CA', 'JP', 'NZ', 'US']);
    for (const path of states) {
      const isDistant = ['AU', 'CA', 'JP', 'NZ', 'US'].includes(path.id);
      expect(path.inset, path.id).toBe(isDistant ? path.id : undefined);
    }
    for (const inset of map.insets) {
      expect(inset.y).toBeGreaterThanOrEqual(map.europe.height);
      expect(inset.x + inset.width).toBeLessThanOrEqual(map.width + 0.1);
      expect(inset.y + inset.height).toBeLessThanOrEqual(map.height);
    }
  });

  it('keeps Luxembourg visible with a marker', () => {
    expect(map.markers.map((marker) => marker.id)).toContain('LU');
  });

  it('finds the atlas id of any ISO code, with no table to edit, and throws a clear error for an unknown one', () => {
    expect(numericCode('AL')).toBe('008');
    expect(numericCode('MT')).toBe('470');
    expect(() => numericCode('ZZ')).toThrow('"ZZ" is not an ISO 3166-1 alpha-2 country code');
    expect(() => drawRepresentationMap([{ id: 'ZZ', level: 'leader' }])).toThrow('"ZZ"');
  });

  it('writes whole, relative coordinates: no decimals, every ring closed', () => {
    const data = [...map.paths.map((path) => path.d), map.annexed.d, map.disputed, map.landBorders];
    for (const d of data) expect(d).toMatch(/^(m[\d -]+z?)+$/);
    expect(data.join('').match(/-?\d+/g)?.length).toBeGreaterThan(1000);
    const points = [...map.markers.flatMap((marker) => [marker.cx, marker.cy]), ...map.labels.flatMap((label) => [label.x, label.y])];
    for (const value of [...points, map.paris.x, map.paris.y]) expect(Number.isInteger(value)).toBe(true);
  });

  it('names key states where they are and marks Paris inside France, all on the Europe view', () => {
    expect(map.labels.map((label) => label.id)).toEqual(expect.arrayContaining(['UA', 'FR', 'GB', 'DE', 'PL', 'IT', 'TR']));
    expect(map.labels.filter((label) => !label.minor).map((label) => label.id)).toEqual(['UA', 'FR', 'TR']);
    for (const point of [...map.labels, map.paris]) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(map.europe.width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(map.europe.height);
    }
    const france = map.labels.find((label) => label.id === 'FR');
    expect(Math.hypot(map.paris.x - (france?.x ?? 0), map.paris.y - (france?.y ?? 0))).toBeLessThan(60);
  });

  it('names only represented states', () => {
    const few = drawRepresentationMap([{ id: 'FR', level: 'leader' }]);
    expect(few.labels.map((label) => label.id)).toEqual(['FR']);
  });

  it('draws the background land as one shape and the borders inside it once', () => {
    expect(map.paths.filter((path) => path.kind === 'land')).toHaveLength(1);
    expect(map.landBorders).toMatch(/^m/);
  });

  it('keeps the path data under the size budget', () => {
    const bytes = map.paths.reduce((total, path) => total + path.d.length, 0);
    expect(bytes).toBeLessThan(BUDGET);
  });

  it('draws the same map twice (build output is stable)', () => {
    expect(drawRepresentationMap(COUNTRIES)).toEqual(map);
  });
});

describe('overviewStates', () => {
  it('gives each state of the Europe view its shape and its middle in the overview’s frame, and leaves out the distant ones', () => {
    const overview = drawOverview(COUNTRIES);
    const found = overviewStates(COUNTRIES);
    expect([...found.keys()].sort()).toEqual([...LEADERS.filter((id) => id !== 'CA'), ...MINISTERS].sort());
    const france = found.get('FR')!;
    expect(france.d).toMatch(/^m/);
    // France's middle lies near Paris (its overseas departments are off the view), Finland's to the north-east.
    expect(Math.hypot(france.centre.x - overview.paris.x, france.centre.y - overview.paris.y)).toBeLessThan(60);
    expect(found.get('FI')!.centre.y).toBeLessThan(france.centre.y);
    expect(found.get('FI')!.centre.x).toBeGreaterThan(france.centre.x);
  });
});

describe('drawOverview', () => {
  it('draws the borders between represented states, and only those (France and the United Kingdom share none)', () => {
    const neighbours = drawOverview([
      { id: 'FR', level: 'leader' },
      { id: 'DE', level: 'leader' },
    ]);
    expect(neighbours.borders).toMatch(/^m/);
    const apart = drawOverview([
      { id: 'FR', level: 'leader' },
      { id: 'GB', level: 'leader' },
    ]);
    expect(apart.borders).toBe('');
    expect(drawOverview(COUNTRIES).borders.length).toBeGreaterThan(neighbours.borders.length);
  });

  it('outlines Ukraine and places its middle east of Paris, whether or not it is represented', () => {
    const overview = drawOverview(COUNTRIES);
    expect(overview.ukraine).toMatch(/^m/);
    expect(drawOverview([{ id: 'FR', level: 'leader' }]).ukraine).toBe(overview.ukraine);
    expect(overview.ukraineCentre.x).toBeGreaterThan(overview.paris.x + 200);
    expect(Math.abs(overview.ukraineCentre.y - overview.paris.y)).toBeLessThan(100);
  });
});

/** The shapes of the atlas that contain a point: their numeric id, or their name when they have none. */
const shapesAt = (longitude: number, latitude: number) =>
  countryShapes()
    .filter((shape) => geoContains(shape, [longitude, latitude]))
    .map((shape) => (shape.id === undefined ? shape.properties.name : String(shape.id)));

describe('borders (as the UN General Assembly recognises them, not Natural Earth’s de facto lines)', () => {
  const UKRAINE = '804';

  it('draws Crimea in Ukraine, not in Russia', () => {
    expect(shapesAt(34.1, 44.95), 'Simferopol').toEqual([UKRAINE]);
    expect(shapesAt(33.52, 44.62), 'Sevastopol').toEqual([UKRAINE]);
    expect(shapesAt(36.47, 45.36), 'Kerch').toEqual([UKRAINE]);
  });

  it('keeps the occupied parts of Donetsk and Luhansk in Ukraine and Transnistria in Moldova', () => {
    expect(shapesAt(37.8, 48.0), 'Donetsk').toEqual([UKRAINE]);
    expect(shapesAt(39.3, 48.57), 'Luhansk').toEqual([UKRAINE]);
    expect(shapesAt(29.63, 46.84), 'Tiraspol').toEqual(['498']);
  });

  it('draws Cyprus whole, its north included, with no separate northern shape', () => {
    expect(shapesAt(33.32, 35.34), 'Kyrenia').toEqual(['196']);
    expect(shapesAt(33.94, 35.12), 'Famagusta').toEqual(['196']);
    expect(countryShapes().map((shape) => shape.properties.name)).not.toContain('N. Cyprus');
  });

  it('keeps Kosovo its own shape, its border with Serbia drawn apart (dashed)', () => {
    expect(shapesAt(21.17, 42.66), 'Pristina').toEqual(['Kosovo']);
    expect(map.disputed).toMatch(/^m\d+ \d+[\d -]+$/);
  });

  it('hatches Crimea over Ukraine’s colour and places its label on the Europe view', () => {
    // A small closed shape (simplification must not turn it inside out across the frame).
    expect(map.annexed.d).toMatch(/^m[\d -]+z$/);
    const [startX, startY, ...steps] = (map.annexed.d.match(/-?\d+/g) ?? []).map(Number);
    let [left, right, top, bottom, px, py] = [startX!, startX!, startY!, startY!, startX!, startY!];
    for (let index = 0; index < steps.length; index += 2) {
      [px, py] = [px + steps[index]!, py + steps[index + 1]!];
      [left, right, top, bottom] = [Math.min(left, px), Math.max(right, px), Math.min(top, py), Math.max(bottom, py)];
    }
    expect(right - left).toBeLessThan(60);
    expect(bottom - top).toBeLessThan(60);
    expect(map.annexed.level).toBe('leader');
    const { x, y } = map.annexed.label;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(map.europe.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(map.europe.height);
  });
});
