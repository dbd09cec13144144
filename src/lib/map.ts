/**
 * The map of the states represented at the summit, drawn at build time as plain SVG path data:
 * a Europe view (Lambert azimuthal equal-area centred like EPSG:3035) with every country of the
 * atlas as background, and one inset panel per represented state too far away to appear on it.
 * Geometry: Natural Earth 1:50m from `world-atlas`, redrawn to the borders the UN General Assembly
 * recognises (see `recognisedBorders`), simplified for each view's scale without breaking shared
 * borders, coordinates rounded to 0.1 unit.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAlbersUsa, geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint, MultiPolygon, Position } from 'geojson';
import { feature, merge, mergeArcs, mesh, transform } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { memoizedByIdentity } from './memo.ts';

export type MapLevel = 'leader' | 'minister' | 'envoy' | 'not-given';

/** What the map needs to know of a represented state (a `Country` from the content fits). */
export interface MapCountry {
  readonly id: string;
  readonly level: MapLevel;
  readonly membership?: { readonly status: string } | undefined;
}

/** A country shape: background land, or a represented state filled by its level. */
export type MapPath =
  | { readonly kind: 'land'; readonly d: string }
  | {
      readonly kind: 'represented';
      /** ISO 3166-1 alpha-2 code. */
      readonly id: string;
      readonly level: MapLevel;
      /** Present without being a coalition member (the United States): to be drawn hatched. */
      readonly nonMember: boolean;
      readonly d: string;
      /** The inset panel it is drawn in (its country id); absent on the Europe view. */
      readonly inset?: string;
    };

/** A circle marking a represented state too small to see on the Europe view. */
export interface MapMarker {
  readonly id: string;
  readonly level: MapLevel;
  readonly nonMember: boolean;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** A rectangle in viewBox units. */
export interface MapBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A framed panel for one distant state; the caller writes its name at (labelX, labelY). */
export interface MapInset extends MapBox {
  readonly id: string;
  readonly labelX: number;
  readonly labelY: number;
}

/** A point in viewBox units. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/** Crimea on the Europe view: hatched over Ukraine's fill, with its label beside it. */
export interface MapAnnexed {
  readonly d: string;
  /** Where the label's last line starts (baseline): east of Ukraine, level with Crimea's south coast; other lines go above. */
  readonly label: MapPoint;
  /** Crimea's eastern tip, where a line from the label ends. */
  readonly tip: MapPoint;
  /** Ukraine's level when it is represented (the hatching's ground); absent otherwise. */
  readonly level?: MapLevel;
}

/** Everything needed to write the SVG, in viewBox units (`0 0 width height`). */
export interface MapDrawing {
  readonly width: number;
  readonly height: number;
  /** The Europe view's frame; the insets sit in a row below it. */
  readonly europe: MapBox;
  /** Background land first, then the represented states. */
  readonly paths: readonly MapPath[];
  readonly markers: readonly MapMarker[];
  readonly insets: readonly MapInset[];
  readonly annexed: MapAnnexed;
  /** Path data of the borders drawn dashed: Kosovo's with Serbia. */
  readonly disputed: string;
}

/** ISO 3166-1 alpha-2 → numeric (the atlas's ids), for the states the site represents. */
// prettier-ignore
const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AL: '008', AT: '040', AU: '036', BE: '056', BG: '100', CA: '124', CY: '196', CZ: '203',
  DE: '276', DK: '208', EE: '233', ES: '724', FI: '246', FR: '250', GB: '826', GR: '300',
  HR: '191', IE: '372', IS: '352', IT: '380', JP: '392', LT: '440', LU: '442', LV: '428',
  NL: '528', NO: '578', NZ: '554', PL: '616', PT: '620', RO: '642', SE: '752', SI: '705',
  TR: '792', UA: '804', US: '840',
};

const UKRAINE = numericCode('UA');
const WIDTH = 800;
const EUROPE_PADDING = 8;
/** Points the Europe view must show: Iceland, Portugal, Cyprus, eastern Türkiye, eastern Ukraine, North Cape. */
// prettier-ignore
const EUROPE_EXTENT: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [[-24.6, 66.6], [-24.6, 63.3], [-9.6, 36.9], [34.6, 34.5], [44.9, 37.5], [44.9, 41.2], [40.3, 52.4], [31.2, 71.2]],
};
/** Share of a represented state's area that must fall inside the Europe view for it to be drawn there. */
const IN_VIEW_SHARE = 0.5;
const INSET_GAP = 10;
const INSET_HEIGHT = 130;
const INSET_LABEL_BAND = 28;
const INSET_PADDING = 6;
/** An inset is fitted to the state's polygons of at least this share of its area (no far-flung islets). */
const INSET_FIT_SHARE = 0.005;
/** Below this drawn area (square units), a represented state also gets a marker circle. */
const MARKER_AREA = 80;
const MARKER_RADIUS = 4.5;
/** Douglas–Peucker tolerance, in viewBox units at each view's scale. */
const SIMPLIFY_UNITS = 0.5;
const DIGITS = 1;
/** Crimea is the polygon of the atlas's Russia whose centroid falls in this box (degrees). */
const CRIMEA = { west: 32.4, east: 36.7, south: 44.3, north: 46.3 };
/** The two shapes whose shared border is drawn dashed, by their atlas names. */
const DISPUTED_BORDER = ['Kosovo', 'Serbia'] as const;
/** Space between Ukraine's eastern end and Crimea's label, in viewBox units. */
const ANNEXED_LABEL_GAP = 6;

export type CountryFeature = Feature<Geometry, { name: string }>;
type Shape = FeatureCollection<Geometry>;

interface Located {
  readonly country: MapCountry;
  readonly numeric: string;
}

/** The Europe view: its projection clipped to its frame, the same unclipped, and the frame's height. */
interface EuropeView {
  readonly projection: GeoProjection;
  readonly unclipped: GeoProjection;
  readonly height: number;
}

/** The atlas's numeric id for an ISO alpha-2 code; throws, naming the code, if the table lacks it. */
export function numericCode(alpha2: string): string {
  const numeric = ISO_NUMERIC[alpha2];
  if (numeric === undefined) {
    throw new Error(`map: no ISO 3166-1 numeric code for country "${alpha2}"; add it to ISO_NUMERIC in src/lib/map.ts`);
  }
  return numeric;
}

/**
 * Draws the Europe view and the inset panels; the result is plain data, ready to write as SVG.
 * The same list of countries is drawn once: both languages' map pages share the geometry.
 */
export const drawRepresentationMap: (countries: readonly MapCountry[]) => MapDrawing = memoizedByIdentity(draw);

function draw(countries: readonly MapCountry[]): MapDrawing {
  const atlas = loadAtlas();
  const located = countries.map((country) => locate(country, atlas));
  const view = europeView();
  const near = located.filter((entry) => isInView(shapeOf(atlas.features, entry.numeric), view));
  const distant = located.filter((entry) => !near.includes(entry));
  const far = sortWestToEast(distant, atlas);
  const insets = layoutInsets(far, view.height);
  const europe = drawEurope(near, new Set(located.map((entry) => entry.numeric)), view, atlas);
  const insetPaths = far.map((entry, index) => drawInset(entry, insets[index] as MapInset, atlas));
  return {
    width: WIDTH,
    height: insets.length > 0 ? view.height + INSET_GAP + INSET_HEIGHT : view.height,
    europe: { x: 0, y: 0, width: WIDTH, height: view.height },
    paths: [...europe.paths, ...insetPaths],
    markers: europe.markers,
    insets,
    annexed: europe.annexed,
    disputed: europe.disputed,
  };
}

/** The atlas's country shapes the map draws, unsimplified, in [longitude, latitude]. */
export function countryShapes(): readonly CountryFeature[] {
  return loadAtlas().features;
}

/** Pairs a country with its atlas id; throws if the atlas has no shape for it. */
function locate(country: MapCountry, atlas: Atlas): Located {
  const numeric = numericCode(country.id);
  if (!atlas.features.some((candidate) => candidate.id === numeric)) {
    throw new Error(`map: the atlas has no shape for country "${country.id}" (numeric ${numeric})`);
  }
  return { country, numeric };
}

/** The Europe view, as tall as the Europe extent needs at the map's width. */
function europeView(): EuropeView {
  const unclipped = europeProjection();
  const height = Math.ceil(geoPath(unclipped).bounds(EUROPE_EXTENT)[1][1] + EUROPE_PADDING);
  // prettier-ignore
  const projection = europeProjection().clipExtent([[0, 0], [WIDTH, height]]);
  return { projection, unclipped, height };
}

/** Lambert azimuthal equal-area centred on 10°E 52°N (as EPSG:3035), fitted to the Europe extent. */
function europeProjection(): GeoProjection {
  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitWidth(WIDTH - 2 * EUROPE_PADDING, EUROPE_EXTENT);
  const [x, y] = projection.translate();
  return projection.translate([x + EUROPE_PADDING, y + EUROPE_PADDING]);
}

/** Whether most of a state's area falls inside the Europe view (the projection is equal-area). */
function isInView(shape: Shape, view: EuropeView): boolean {
  const whole = geoPath(view.unclipped).area(shape);
  return whole > 0 && geoPath(view.projection).area(shape) / whole >= IN_VIEW_SHARE;
}

/**
 * Background land (Kosovo and Serbia as one shape, their border drawn apart), then the represented
 * states of the Europe view with markers for the tiny ones, Crimea and the dashed border.
 */
function drawEurope(near: readonly Located[], represented: ReadonlySet<string>, view: EuropeView, atlas: Atlas) {
  const { topology, features } = simplified(atlas, toleranceDegrees(view.projection));
  const path = geoPath(view.projection).digits(DIGITS);
  const measure = geoPath(view.projection);
  const isLand = (id: string | number | undefined) => !represented.has(String(id));
  const joined = atlas.disputed.geometries.filter((geometry) => isLand(geometry.id));
  const joinedNames = new Set(joined.map(nameOf));
  const land: Geometry[] = [
    ...features.filter((country) => isLand(country.id) && !joinedNames.has(country.properties.name)).map((country) => country.geometry),
    withoutCollapsedRings(merge(topology, joined)),
  ];
  const paths: MapPath[] = land.flatMap((shape) => {
    const d = path(shape);
    return d ? [{ kind: 'land' as const, d }] : [];
  });
  const markers: MapMarker[] = [];
  for (const { country, numeric } of near) {
    const shape = shapeOf(features, numeric);
    paths.push({ kind: 'represented', ...describe(country), d: path(shape) ?? '' });
    if (measure.area(shape) < MARKER_AREA) markers.push(markerAt(country, measure.centroid(shape)));
  }
  const crimea = feature(topology, atlas.annexed);
  const [, [, south]] = measure.bounds(crimea);
  const [, [east]] = measure.bounds(shapeOf(features, UKRAINE));
  const ukraine = near.find((entry) => entry.numeric === UKRAINE);
  const [tipX, tipY] = easternmost(polygonsOf(crimea.geometry).flat(2), view.projection);
  const annexed: MapAnnexed = {
    d: path(crimea) ?? '',
    label: { x: round(east + ANNEXED_LABEL_GAP), y: round(south) },
    tip: { x: round(tipX), y: round(tipY) },
    ...(ukraine === undefined ? {} : { level: ukraine.country.level }),
  };
  const disputed = path(mesh(topology, atlas.disputed, (a, b) => a !== b)) ?? '';
  return { paths, markers, annexed, disputed };
}

/** The projected point farthest east among these [longitude, latitude] points. */
function easternmost(points: readonly Position[], projection: GeoProjection): [number, number] {
  let east: [number, number] = [-Infinity, 0];
  for (const point of points) {
    const projected = projection(point as [number, number]);
    if (projected !== null && projected[0] > east[0]) east = projected;
  }
  return east;
}

/** The fields every drawn represented state carries. */
function describe(country: MapCountry): { id: string; level: MapLevel; nonMember: boolean } {
  return { id: country.id, level: country.level, nonMember: country.membership?.status === 'non-member' };
}

/** A marker circle at a projected point, rounded like the path data. */
function markerAt(country: MapCountry, [x, y]: [number, number]): MapMarker {
  return { ...describe(country), cx: round(x), cy: round(y), r: MARKER_RADIUS };
}

function round(value: number): number {
  return Math.round(value * 10 ** DIGITS) / 10 ** DIGITS;
}

/** Distant states from west to east, by the longitude of their main land. */
function sortWestToEast(far: readonly Located[], atlas: Atlas): Located[] {
  const longitude = (entry: Located) => geoCentroid(mainLand(shapeOf(atlas.features, entry.numeric)))[0];
  return [...far].sort((a, b) => longitude(a) - longitude(b));
}

/** One panel per distant state, side by side in a row under the Europe view. */
function layoutInsets(far: readonly Located[], top: number): MapInset[] {
  const width = (WIDTH - INSET_GAP * (far.length - 1)) / Math.max(far.length, 1);
  return far.map(({ country }, index) => {
    const x = round(index * (width + INSET_GAP));
    const y = top + INSET_GAP;
    return { id: country.id, x, y, width: round(width), height: INSET_HEIGHT, labelX: x + INSET_PADDING + 2, labelY: y + 20 };
  });
}

/** A distant state in its panel, with its own projection fitted to its main land. */
function drawInset(entry: Located, inset: MapInset, atlas: Atlas): MapPath {
  const projection = insetProjection(entry.numeric, mainLand(shapeOf(atlas.features, entry.numeric)), inset);
  const shape = shapeOf(simplified(atlas, toleranceDegrees(projection), entry.numeric).features, entry.numeric);
  return { kind: 'represented', ...describe(entry.country), d: geoPath(projection).digits(DIGITS)(shape) ?? '', inset: inset.id };
}

/** Albers USA (Alaska and Hawaii moved in) for the United States; otherwise equal-area centred on the state. */
function insetProjection(numeric: string, land: MultiPolygon, inset: MapInset): GeoProjection {
  const frame: [[number, number], [number, number]] = [
    [inset.x, inset.y],
    [inset.x + inset.width, inset.y + inset.height],
  ];
  const box: [[number, number], [number, number]] = [
    [inset.x + INSET_PADDING, inset.y + INSET_LABEL_BAND],
    [inset.x + inset.width - INSET_PADDING, inset.y + inset.height - INSET_PADDING],
  ];
  if (numeric === ISO_NUMERIC['US']) return geoAlbersUsa().fitExtent(box, land);
  const [longitude, latitude] = geoCentroid(land);
  return geoAzimuthalEqualArea().rotate([-longitude, -latitude]).fitExtent(box, land).clipExtent(frame);
}

/** A state's polygons of at least INSET_FIT_SHARE of its area (New Zealand without Tokelau). */
function mainLand(shape: Shape): MultiPolygon {
  const polygons = shape.features.flatMap(({ geometry }) => polygonsOf(geometry));
  const areas = polygons.map((coordinates) => geoArea({ type: 'Polygon', coordinates }));
  const total = areas.reduce((sum, area) => sum + area, 0);
  return { type: 'MultiPolygon', coordinates: polygons.filter((_polygon, index) => (areas[index] ?? 0) >= total * INSET_FIT_SHARE) };
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  return geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
}

/** All features sharing one numeric id (Australia comes in two pieces), as one collection. */
function shapeOf(features: readonly CountryFeature[], numeric: string): Shape {
  return { type: 'FeatureCollection', features: features.filter((candidate) => candidate.id === numeric) };
}

/** The simplification tolerance in degrees for a projection: SIMPLIFY_UNITS at its scale. */
function toleranceDegrees(projection: GeoProjection): number {
  return SIMPLIFY_UNITS / ((projection.scale() * Math.PI) / 180);
}

type Properties = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<Properties> }>;

/** The atlas: its topology, its countries as GeoJSON and its arcs decoded to [longitude, latitude]. */
interface Atlas {
  readonly topology: CountriesTopology;
  readonly features: readonly CountryFeature[];
  readonly arcs: readonly Position[][];
  /** Crimea's polygon (also part of Ukraine's shape), to hatch. */
  readonly annexed: TopoPolygon<Properties>;
  /** The two shapes whose shared border is drawn dashed. */
  readonly disputed: { readonly type: 'GeometryCollection'; readonly geometries: TopoMultiPolygon<Properties>[] };
  readonly simplified: Map<string, Simplified>;
}

/** The atlas with simplified arcs (no longer quantized), and its countries as GeoJSON. */
interface Simplified {
  readonly topology: Topology;
  readonly features: readonly CountryFeature[];
}

let atlasCache: Atlas | undefined;

/** Reads and decodes the 1:50m atlas and redraws it to the recognised borders, once. */
function loadAtlas(): Atlas {
  if (atlasCache !== undefined) return atlasCache;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const { topology, annexed } = recognisedBorders(JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology);
  const features = feature(topology, topology.objects.countries).features as CountryFeature[];
  const decode = transform(topology.transform ?? null);
  const arcs = topology.arcs.map((arc) => arc.map((point, index) => decode(point, index !== 0) as Position));
  const countries = topology.objects.countries.geometries;
  const disputed = { type: 'GeometryCollection' as const, geometries: DISPUTED_BORDER.map((name) => polygons(named(countries, name))) };
  atlasCache = { topology, features, arcs, annexed, disputed, simplified: new Map() };
  return atlasCache;
}

/**
 * Natural Earth draws de facto borders; the map draws those the UN General Assembly recognises, as
 * BBC, AFP and Le Monde maps do. Crimea, annexed by Russia in 2014, leaves Russia's shape for
 * Ukraine's (merged, with no line across the isthmus) and is returned apart to be hatched; Northern
 * Cyprus joins Cyprus. Kosovo keeps its own shape (its border with Serbia is drawn dashed). The
 * occupied parts of Donetsk and Luhansk, and Transnistria, are already inside Ukraine and Moldova.
 */
function recognisedBorders(topology: CountriesTopology): { topology: CountriesTopology; annexed: TopoPolygon<Properties> } {
  const countries = topology.objects.countries.geometries;
  const russia = named(countries, 'Russia');
  const ukraine = named(countries, 'Ukraine');
  const cyprus = named(countries, 'Cyprus');
  const northCyprus = named(countries, 'N. Cyprus');
  const russian = polygons(russia).arcs;
  const [crimea, ...others] = russian.filter((polygon) => isCrimea(topology, polygon));
  if (crimea === undefined || others.length > 0) {
    throw new Error(`map: expected one polygon of Russia where Crimea is in the atlas, found ${others.length + (crimea ? 1 : 0)}`);
  }
  const annexed: TopoPolygon<Properties> = { type: 'Polygon', arcs: crimea, properties: { name: 'Crimea' } };
  const redrawn = new Map<GeometryObject<Properties>, GeometryObject<Properties>>([
    [russia, { ...polygons(russia), arcs: russian.filter((polygon) => polygon !== annexed.arcs) }],
    [ukraine, united(topology, ukraine, annexed)],
    [cyprus, united(topology, cyprus, northCyprus)],
  ]);
  const geometries = countries.filter((geometry) => geometry !== northCyprus).map((geometry) => redrawn.get(geometry) ?? geometry);
  return { topology: { ...topology, objects: { countries: { ...topology.objects.countries, geometries } } }, annexed };
}

/** A shape with another's polygons added, merged so that no line is drawn where they meet. */
function united(
  topology: CountriesTopology,
  shape: GeometryObject<Properties>,
  added: GeometryObject<Properties>,
): TopoMultiPolygon<Properties> {
  return { ...polygons(shape), arcs: mergeArcs(topology, [polygons(shape), polygons(added)]).arcs };
}

/** The atlas's shape of that name; throws, naming it, if the atlas has none. */
function named(countries: readonly GeometryObject<Properties>[], name: string): GeometryObject<Properties> {
  const found = countries.find((geometry) => nameOf(geometry) === name);
  if (found === undefined) throw new Error(`map: the atlas has no shape named "${name}"`);
  return found;
}

/** A shape as polygons (a Polygon as a MultiPolygon of one); throws for a shape with no area. */
function polygons(geometry: GeometryObject<Properties>): TopoMultiPolygon<Properties> {
  if (geometry.type === 'MultiPolygon') return geometry;
  if (geometry.type === 'Polygon') return { ...geometry, type: 'MultiPolygon', arcs: [geometry.arcs] };
  throw new Error(`map: the atlas's "${nameOf(geometry)}" is a ${geometry.type}, not a polygon`);
}

function nameOf(geometry: GeometryObject<Properties>): string | undefined {
  return geometry.type === null ? undefined : geometry.properties?.name;
}

function isCrimea(topology: CountriesTopology, polygon: number[][]): boolean {
  const [longitude, latitude] = geoCentroid(feature(topology, { type: 'Polygon', arcs: polygon }));
  return longitude > CRIMEA.west && longitude < CRIMEA.east && latitude > CRIMEA.south && latitude < CRIMEA.north;
}

/**
 * The atlas (or only the shapes with one numeric id) after Douglas–Peucker simplification of the
 * shared arcs, so that neighbours keep matching borders; rings that collapse are dropped.
 */
function simplified(atlas: Atlas, tolerance: number, only?: string): Simplified {
  const key = `${tolerance}:${only ?? '*'}`;
  const cached = atlas.simplified.get(key);
  if (cached !== undefined) return cached;
  const geometries = atlas.topology.objects.countries.geometries.filter((geometry) => only === undefined || geometry.id === only);
  const needed = new Set([...geometries, ...(only === undefined ? [atlas.annexed] : [])].flatMap(arcIndexes));
  const arcs = atlas.arcs.map((arc, index) => (needed.has(index) ? simplifyLine(arc, tolerance) : []));
  const { transform: _quantized, ...rest } = atlas.topology;
  const topology: Topology = { ...rest, arcs };
  const collection = feature(topology, { type: 'GeometryCollection', geometries });
  const features = collection.features.map((country) => ({
    ...country,
    geometry: withoutCollapsedRings(country.geometry),
  })) as CountryFeature[];
  const result = { topology, features };
  atlas.simplified.set(key, result);
  return result;
}

/** The arcs a country's geometry is made of (a negative index means the arc reversed: ~index). */
function arcIndexes(geometry: GeometryObject): number[] {
  const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : [];
  return rings.flat().map((index) => (index < 0 ? ~index : index));
}

/** Douglas–Peucker on [longitude, latitude], measuring in degrees of arc (longitude × cos latitude). */
function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = samePoint(points[0], points.at(-1)) ? splitClosed(points, keep) : [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let maxDistance = tolerance;
    for (let index = first + 1; index < last; index++) {
      const distance = segmentDistance(points[index], points[first], points[last]);
      if (distance > maxDistance) [farthest, maxDistance] = [index, distance];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_point, index) => keep[index] === 1);
}

/** A closed arc (an island) is split at its point farthest from the start, so that it keeps a shape. */
function splitClosed(points: Position[], keep: Uint8Array): [number, number][] {
  const start = points[0];
  let farthest = 1;
  for (let index = 2; index < points.length - 1; index++) {
    if (segmentDistance(points[index], start, start) > segmentDistance(points[farthest], start, start)) farthest = index;
  }
  keep[farthest] = 1;
  return [
    [0, farthest],
    [farthest, points.length - 1],
  ];
}

function samePoint(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Distance from p to the segment a–b, on a local plane where a degree of longitude is cos(latitude) long. */
function segmentDistance(p: Position | undefined, a: Position | undefined, b: Position | undefined): number {
  if (p === undefined || a === undefined || b === undefined) return 0;
  const k = Math.cos(((a[1]! + b[1]!) / 2) * (Math.PI / 180));
  const ax = a[0]! * k;
  const ay = a[1]!;
  const dx = b[0]! * k - ax;
  const dy = b[1]! - ay;
  const px = p[0]! * k - ax;
  const py = p[1]! - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
  return Math.hypot(px - t * dx, py - t * dy);
}

/**
 * Removes rings left with fewer than three distinct points, and polygons that simplification turned
 * inside out: no country covers a hemisphere, so a polygon larger than one can only be inverted.
 */
function withoutCollapsedRings(geometry: Geometry): MultiPolygon {
  const kept = polygonsOf(geometry)
    .map((rings) => rings.filter(isRing))
    .filter((rings) => rings.length > 0 && !isInsideOut(rings));
  return { type: 'MultiPolygon', coordinates: kept };
}

function isRing(ring: readonly Position[]): boolean {
  const distinct = new Set<string>();
  for (const point of ring) {
    distinct.add(`${point[0]},${point[1]}`);
    if (distinct.size >= 3) return true;
  }
  return false;
}

function isInsideOut(rings: Position[][]): boolean {
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI;
}
