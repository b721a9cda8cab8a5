import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';

/** One country of the Natural Earth 1:110m outlines (world-atlas), as an SVG path in the map's frame. */
export interface CountryShape {
  /** ISO 3166-1 numeric code (= UN M49 for countries); '' for the few areas without one. */
  readonly m49: string;
  readonly path: string;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** Antarctica holds no State: left out to give the map more room. */
const LEFT_OUT = new Set(['010']);

let shapes: readonly CountryShape[] | null = null;

/** The outlines in an Equal Earth projection (areas true to size), fitted to the frame; computed once. */
export function countryShapes(): readonly CountryShape[] {
  if (shapes === null) {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    const kept = { ...collection, features: collection.features.filter((f) => !LEFT_OUT.has(String(f.id ?? ''))) };
    const path = geoPath(geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], kept));
    shapes = kept.features.map((f) => ({ m49: String(f.id ?? ''), path: path(f) ?? '' })).filter((s) => s.path !== '');
  }
  return shapes;
}
