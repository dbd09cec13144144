/**
 * The map of the states represented at the summit, drawn at build time as plain SVG path data:
 * a Europe view (Lambert azimuthal equal-area centred like EPSG:3035) with every country of the
 * atlas as background, and one inset panel per represented state too far away to appear on it.
 * Geometry: Natural Earth 1:50m from `world-atlas`, redrawn to the borders the UN General Assembly
 * recognises (see `recognisedBorders`), simplified for each view's scale by `topojson-simplify`
 * (shared borders stay shared), islands too small to see dropped, coordinates in whole units.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAlbersUsa, geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint, MultiPolygon, Position } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature, merge, mergeArcs, mesh } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea, type Ring } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { LEVELS } from './content/schema.ts';
import { memoizedByIdentity } from './memo.ts';
import { ScreenPath } from './svg-path.ts';

export type MapLevel = (typeof LEVELS)[number];

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
  /** The background land (one shape), then the represented states. */
  readonly paths: readonly MapPath[];
  readonly markers: readonly MapMarker[];
  readonly insets: readonly MapInset[];
  readonly annexed: MapAnnexed;
  /** Path data of the borders drawn dashed: Kosovo's with Serbia. */
  readonly disputed: string;
  /** Path data of the borders between states not represented (the background land is one shape). */
  readonly landBorders: string;
  /** Where to write the names of key states (centred on the point). */
  readonly labels: readonly MapLabel[];
  /** Paris, on the Europe view. */
  readonly paris: MapPoint;
}

/** A state's name on the Europe view, centred on (x, y). */
export interface MapLabel extends MapPoint {
  readonly id: string;
  /** Left out on narrow screens, where the names grow and would crowd. */
  readonly minor: boolean;
}

const UKRAINE = numericCode('UA');
const WIDTH = 800;
const EUROPE_PADDING = 8;
/** Points the Europe view must show: Iceland, Portugal, Cyprus, eastern Türkiye, eastern Ukraine, North Cape. */
// prettier-ignore
const EUROPE_EXTENT: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [[-24.6, 66.6], [-24.6, 63.3], [-9.6, 36.9], [32.2, 34.4], [34.6, 34.4], [44.9, 37.5], [44.9, 41.2], [40.3, 52.4], [25.7, 71.2]],
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
/** A point goes when the triangle it makes with its neighbours is smaller than this (square viewBox units, at each view's scale). */
const SIMPLIFY_AREA = 8;
/** An island or a lake goes when smaller than this (square viewBox units). */
const FILTER_AREA = 28;
/** Crimea is the polygon of the atlas's Russia whose centroid falls in this box (degrees). */
const CRIMEA = { west: 32.4, east: 36.7, south: 44.3, north: 46.3 };
/** The two shapes whose shared border is drawn dashed, by their atlas names. */
const DISPUTED_BORDER = ['Kosovo', 'Serbia'] as const;
/**
 * The states named on the Europe view (when represented), each at a point of its land chosen to
 * leave room for the name [longitude, latitude]; `minor` names are left out on narrow screens.
 */
const UKRAINE_CENTRE: [number, number] = [31.2, 49.2];
const LABELLED: readonly { id: string; at: [number, number]; minor?: boolean }[] = [
  { id: 'UA', at: UKRAINE_CENTRE },
  { id: 'FR', at: [2.4, 46.4] },
  { id: 'GB', at: [-1.8, 52.6], minor: true },
  { id: 'DE', at: [10.3, 51.1], minor: true },
  { id: 'PL', at: [19.3, 52.1], minor: true },
  { id: 'IT', at: [13.2, 42.6], minor: true },
  { id: 'ES', at: [-3.7, 40.2], minor: true },
  { id: 'TR', at: [32.6, 39.2] },
];
/** Paris, where the summit met [longitude, latitude]. */
const PARIS: [number, number] = [2.35, 48.86];
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

/** The atlas's numeric id for an ISO alpha-2 code (from `i18n-iso-countries`); throws, naming the code, for an unknown one. */
export function numericCode(alpha2: string): string {
  const numeric = isoCountries.alpha2ToNumeric(alpha2);
  if (numeric === undefined) throw new Error(`map: "${alpha2}" is not an ISO 3166-1 alpha-2 country code`);
  return numeric;
}

/**
 * Draws the Europe view and the inset panels; the result is plain data, ready to write as SVG.
 * The same list of countries is drawn once: both languages' map pages share the geometry.
 */
export const drawRepresentationMap: (countries: readonly MapCountry[]) => MapDrawing = memoizedByIdentity((countries) => draw(countries));

/** The locator is shown about half as wide as the map, and needs little precision: it drops areas this many times larger. */
const LOCATOR_COARSENESS = 6;

/** The same drawing, coarser, for the locator map of the country pages (src/lib/locator.ts); memoised likewise. */
export const drawLocatorMap: (countries: readonly MapCountry[]) => MapDrawing = memoizedByIdentity((countries) =>
  draw(countries, LOCATOR_COARSENESS),
);

function draw(countries: readonly MapCountry[], coarseness = 1): MapDrawing {
  const atlas = loadAtlas();
  const located = countries.map((country) => locate(country, atlas));
  const view = europeView();
  const near = located.filter((entry) => isInView(shapeOf(atlas.features, entry.numeric), view));
  const distant = located.filter((entry) => !near.includes(entry));
  const far = sortWestToEast(distant, atlas);
  const insets = layoutInsets(far, view.height);
  const europe = drawEurope(near, new Set(located.map((entry) => entry.numeric)), view, atlas, coarseness);
  const insetPaths = far.map((entry, index) => drawInset(entry, insets[index] as MapInset, atlas, coarseness));
  return {
    width: WIDTH,
    height: insets.length > 0 ? view.height + INSET_GAP + INSET_HEIGHT : view.height,
    europe: { x: 0, y: 0, width: WIDTH, height: view.height },
    paths: [...europe.paths, ...insetPaths],
    markers: europe.markers,
    insets,
    annexed: europe.annexed,
    disputed: europe.disputed,
    landBorders: europe.landBorders,
    labels: europe.labels,
    paris: europe.paris,
  };
}

/**
 * A thumbnail of the Europe view: the background land and the represented states each as one shape,
 * the borders between represented states (so that they do not merge), Ukraine's outline, and Paris.
 */
export interface MapOverview {
  readonly width: number;
  readonly height: number;
  readonly land: string;
  readonly represented: string;
  /** The represented states of each level (the sharing cards paint them in the map's palette). */
  readonly levels: Readonly<Record<MapLevel, string>>;
  /** The borders between two represented states, each drawn once (to stroke thin and light). */
  readonly borders: string;
  /** Ukraine's shape (to outline in the ink): the subject of the summit. */
  readonly ukraine: string;
  /** A point in the middle of Ukraine (where the map page writes its name). */
  readonly ukraineCentre: MapPoint;
  readonly paris: MapPoint;
}

/** A represented state on the overview's frame: its shape and the middle of its area. */
export interface OverviewState {
  readonly d: string;
  readonly centre: MapPoint;
}

/**
 * The represented states that the overview shows (most of their area inside the Europe view), by
 * id, each with its shape and its middle in the overview's frame (the sharing cards frame a
 * country's own state); the distant states (the insets' ones) are left out.
 */
export const overviewStates: (countries: readonly MapCountry[]) => ReadonlyMap<string, OverviewState> = memoizedByIdentity((countries) => {
  const atlas = loadAtlas();
  const view = europeView();
  const { topology } = simplified(atlas, view.projection, undefined, OVERVIEW_COARSENESS);
  const path = screenPath(view.projection);
  const measure = geoPath(view.projection);
  const shapes = topology.objects.countries.geometries.filter(
    (geometry): geometry is TopoPolygon<Properties> | TopoMultiPolygon<Properties> => geometry.type !== null,
  );
  return new Map(
    countries.flatMap((country) => {
      const { numeric } = locate(country, atlas);
      const whole = shapeOf(atlas.features, numeric);
      if (!isInView(whole, view)) return [];
      const [x, y] = measure.centroid(whole);
      const d = path(
        merge(
          topology,
          shapes.filter((shape) => String(shape.id) === numeric),
        ),
      );
      return [[country.id, { d, centre: { x: round(x), y: round(y) } }] as const];
    }),
  );
});

/** The overview is shown about a third as wide as the map: it drops areas about (800 / 300)² larger. */
const OVERVIEW_COARSENESS = 7;

/** Draws the overview (memoised like the map): coarser, with only the borders between represented states, a few kilobytes of path data. */
export const drawOverview: (countries: readonly MapCountry[]) => MapOverview = memoizedByIdentity((countries) => {
  const atlas = loadAtlas();
  const view = europeView();
  const { topology } = simplified(atlas, view.projection, undefined, OVERVIEW_COARSENESS);
  const levelOf = new Map(countries.map((country) => [locate(country, atlas).numeric, country.level]));
  const represented = new Set(levelOf.keys());
  const shapes = topology.objects.countries.geometries.filter(
    (geometry): geometry is TopoPolygon<Properties> | TopoMultiPolygon<Properties> => geometry.type !== null,
  );
  const path = screenPath(view.projection);
  const [x, y] = view.projection(PARIS) ?? [0, 0];
  const [ukraineX, ukraineY] = view.projection(UKRAINE_CENTRE) ?? [0, 0];
  return {
    width: WIDTH,
    height: view.height,
    land: path(
      merge(
        topology,
        shapes.filter((shape) => !represented.has(String(shape.id))),
      ),
    ),
    represented: path(
      merge(
        topology,
        shapes.filter((shape) => represented.has(String(shape.id))),
      ),
    ),
    levels: Object.fromEntries(
      LEVELS.map((level) => [
        level,
        path(
          merge(
            topology,
            shapes.filter((shape) => levelOf.get(String(shape.id)) === level),
          ),
        ),
      ]),
    ) as Record<MapLevel, string>,
    borders: path(
      mesh(topology, topology.objects.countries, (a, b) => a !== b && represented.has(String(a.id)) && represented.has(String(b.id))),
    ),
    ukraine: path(
      merge(
        topology,
        shapes.filter((shape) => String(shape.id) === UKRAINE),
      ),
    ),
    ukraineCentre: { x: round(ukraineX), y: round(ukraineY) },
    paris: { x: round(x), y: round(y) },
  };
});

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
 * Background land as one shape with the borders inside it apart (each drawn once; Kosovo's with
 * Serbia left to the dashed line), then the represented states of the Europe view with markers for
 * the tiny ones, Crimea and the dashed border.
 */
function drawEurope(near: readonly Located[], represented: ReadonlySet<string>, view: EuropeView, atlas: Atlas, coarseness: number) {
  const { topology, features, annexed: crimeaShape, disputed: disputedShapes } = simplified(atlas, view.projection, undefined, coarseness);
  const path = screenPath(view.projection);
  const measure = geoPath(view.projection);
  const isLand = (id: string | number | undefined) => !represented.has(String(id));
  const countries = topology.objects.countries.geometries.filter(
    (geometry): geometry is TopoPolygon<Properties> | TopoMultiPolygon<Properties> => geometry.type !== null && isLand(geometry.id),
  );
  const isDisputed = (a: GeometryObject, b: GeometryObject) => DISPUTED_BORDER.every((name) => name === nameOf(a) || name === nameOf(b));
  const landBorders = path(mesh(topology, { type: 'GeometryCollection', geometries: countries }, (a, b) => a !== b && !isDisputed(a, b)));
  const paths: MapPath[] = [{ kind: 'land', d: path(merge(topology, countries)) }];
  const markers: MapMarker[] = [];
  for (const { country, numeric } of near) {
    paths.push({ kind: 'represented', ...describe(country), d: path(shapeOf(features, numeric)) });
    const whole = shapeOf(atlas.features, numeric);
    // A coarser drawing is shown smaller: a state gets a marker below a larger drawn area.
    if (measure.area(whole) < MARKER_AREA * coarseness) markers.push(markerAt(country, measure.centroid(whole)));
  }
  if (crimeaShape === undefined) throw new Error('map: Crimea is too small to draw on the Europe view');
  const crimea = feature(topology, crimeaShape);
  const [, [, south]] = measure.bounds(crimea);
  const [, [east]] = measure.bounds(shapeOf(features, UKRAINE));
  const ukraine = near.find((entry) => entry.numeric === UKRAINE);
  const [tipX, tipY] = easternmost(polygonsOf(crimea.geometry).flat(2), view.projection);
  const annexed: MapAnnexed = {
    d: path(crimea),
    label: { x: round(east + ANNEXED_LABEL_GAP), y: round(south) },
    tip: { x: round(tipX), y: round(tipY) },
    ...(ukraine === undefined ? {} : { level: ukraine.country.level }),
  };
  const disputed = path(mesh(topology, disputedShapes, (a, b) => a !== b));
  const labels = LABELLED.flatMap(({ id, at, minor }) => {
    const point = view.projection(at);
    const shown = point !== null && near.some((entry) => entry.country.id === id);
    return shown ? [{ id, x: round(point[0]), y: round(point[1]), minor: minor ?? false }] : [];
  });
  const [parisX, parisY] = view.projection(PARIS) ?? [0, 0];
  return { paths, markers, annexed, disputed, landBorders, labels, paris: { x: round(parisX), y: round(parisY) } };
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
  return Math.round(value);
}

/** A function writing a shape as path data for the screen, with this projection. */
function screenPath(projection: GeoProjection): (shape: GeoPermissibleObjects) => string {
  return (shape) => {
    const context = new ScreenPath();
    geoPath(projection, context)(shape);
    return context.result();
  };
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
function drawInset(entry: Located, inset: MapInset, atlas: Atlas, coarseness: number): MapPath {
  const projection = insetProjection(entry.numeric, mainLand(shapeOf(atlas.features, entry.numeric)), inset);
  const shape = shapeOf(simplified(atlas, projection, entry.numeric, coarseness).features, entry.numeric);
  return { kind: 'represented', ...describe(entry.country), d: screenPath(projection)(shape), inset: inset.id };
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
  if (numeric === numericCode('US')) return geoAlbersUsa().fitExtent(box, land);
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

/**
 * A ring's area in steradians; `filterWeight` passes whether it is a hole (the library's types
 * leave that argument out).
 */
function ringArea(ring: Ring, interior?: boolean): number {
  return sphericalRingArea(ring, interior ?? false);
}

/** An area in square viewBox units as steradians at a projection's scale (its units per radian at the centre). */
function steradians(area: number, projection: GeoProjection): number {
  return area / projection.scale() ** 2;
}

type Properties = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<Properties> }>;
/** The atlas with the two extra objects the views draw: Crimea, and the shapes whose border is dashed. */
type AtlasTopology = Topology<{
  countries: GeometryCollection<Properties>;
  annexed: GeometryCollection<Properties>;
  disputed: GeometryCollection<Properties>;
}>;

/** The atlas: its topology, its countries as GeoJSON, and the topology with each point weighted for simplification. */
interface Atlas {
  readonly topology: CountriesTopology;
  readonly features: readonly CountryFeature[];
  /** The atlas, Crimea and the disputed shapes as one topology (simplification keeps their arcs in step), each point weighted. */
  readonly weighted: AtlasTopology;
  readonly simplified: Map<string, Simplified>;
}

/** The atlas simplified for one view, and its countries as GeoJSON. */
interface Simplified {
  readonly topology: AtlasTopology;
  readonly features: readonly CountryFeature[];
  /** Crimea's polygon (also part of Ukraine's shape), to hatch; absent at a scale where it is too small to draw. */
  readonly annexed: TopoMultiPolygon<Properties> | undefined;
  /** The two shapes whose shared border is drawn dashed. */
  readonly disputed: { readonly type: 'GeometryCollection'; readonly geometries: TopoMultiPolygon<Properties>[] };
}

let atlasCache: Atlas | undefined;

/** Reads and decodes the 1:50m atlas and redraws it to the recognised borders, once. */
function loadAtlas(): Atlas {
  if (atlasCache !== undefined) return atlasCache;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const { topology, annexed } = recognisedBorders(JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology);
  const features = feature(topology, topology.objects.countries).features as CountryFeature[];
  const countries = topology.objects.countries.geometries;
  const objects = {
    ...topology.objects,
    annexed: { type: 'GeometryCollection' as const, geometries: [annexed] },
    disputed: { type: 'GeometryCollection' as const, geometries: DISPUTED_BORDER.map((name) => polygons(named(countries, name))) },
  };
  const weighted = presimplify({ ...topology, objects }, sphericalTriangleArea);
  atlasCache = { topology, features, weighted, simplified: new Map() };
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

function nameOf(geometry: GeometryObject<Partial<Properties>>): string | undefined {
  return geometry.type === null ? undefined : geometry.properties?.name;
}

function isCrimea(topology: CountriesTopology, polygon: number[][]): boolean {
  const [longitude, latitude] = geoCentroid(feature(topology, { type: 'Polygon', arcs: polygon }));
  return longitude > CRIMEA.west && longitude < CRIMEA.east && latitude > CRIMEA.south && latitude < CRIMEA.north;
}

/**
 * The atlas (or only the shapes with one numeric id) simplified for a projection's scale: points
 * and islands too small to see there are dropped, shared borders stay shared. `coarseness`
 * multiplies the areas dropped, for a drawing shown smaller than its viewBox.
 */
function simplified(atlas: Atlas, projection: GeoProjection, only?: string, coarseness = 1): Simplified {
  const key = `${projection.scale()}:${only ?? '*'}:${coarseness}`;
  const cached = atlas.simplified.get(key);
  if (cached !== undefined) return cached;
  const light = simplify(atlas.weighted, steradians(SIMPLIFY_AREA * coarseness, projection));
  const topology = filter(light, filterWeight(light, steradians(FILTER_AREA * coarseness, projection), ringArea)) as AtlasTopology;
  const geometries = topology.objects.countries.geometries.filter((geometry) => only === undefined || geometry.id === only);
  const features = feature(topology, { type: 'GeometryCollection', geometries }).features as CountryFeature[];
  const areas = (collection: GeometryCollection<Properties> | { type: null }) =>
    collection.type === null ? [] : collection.geometries.filter((geometry) => geometry.type !== null).map(polygons);
  const [annexed] = areas(topology.objects.annexed);
  const disputed = { type: 'GeometryCollection' as const, geometries: areas(topology.objects.disputed) };
  const result = { topology, features, annexed, disputed };
  atlas.simplified.set(key, result);
  return result;
}
