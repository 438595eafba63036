// A world map drawn once on the server from npm's Natural Earth data (world-atlas) with d3-geo: every page that
// shows it sends plain SVG paths, and the browser needs no map library and no tiles from elsewhere.
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { getActor } from "@proj/core";
import { actorName } from "./format.js";

const require = createRequire(import.meta.url);

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

interface Shape {
  code: string;
  name: string;
  /** An SVG path for states the 1:110m atlas draws; a point for the small ones it leaves out (Malta, Singapore…). */
  d?: string;
  at?: [number, number];
  /** Projected bounds [x0, y0, x1, y1], to zoom the map onto a regional network. */
  box: [number, number, number, number];
}

let shapes: Shape[] | undefined;

interface WorldCountry {
  cca2: string;
  ccn3: string;
  independent: boolean | null;
  latlng: [number, number];
  name: { common: string };
}

/** Natural Earth's names for the three shapes it gives no ISO number. */
const UNNUMBERED: Readonly<Record<string, string>> = { Kosovo: "XK", "N. Cyprus": "CY", Somaliland: "SO" };

/** The gazetteer's name for a state, else the map data's own. */
const nameOf = (code: string, fallback: string): string => (getActor(code)?.name ?? fallback);

/** The projected shapes, built on first use (about 50 ms) and kept. */
export function worldShapes(): readonly Shape[] {
  if (shapes) return shapes;
  const topology = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = require("world-countries/countries.json") as WorldCountry[];
  const byNumber = new Map(countries.map((c) => [c.ccn3, c.cca2]));
  const land = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    land,
  );
  const path = geoPath(projection).digits(1);
  const drawn = new Set<string>();
  const out: Shape[] = [];
  for (const f of land.features) {
    const code = (f.id !== undefined ? byNumber.get(String(f.id)) : undefined) ?? UNNUMBERED[f.properties.name];
    const d = path(f);
    if (!code || !d) continue;
    drawn.add(code);
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    out.push({ code, name: nameOf(code, f.properties.name), d, box: [x0, y0, x1, y1] });
  }
  for (const c of countries) {
    if (drawn.has(c.cca2) || !c.independent) continue;
    const at = projection([c.latlng[1], c.latlng[0]]);
    if (!at) continue;
    const [x, y] = [Math.round(at[0] * 10) / 10, Math.round(at[1] * 10) / 10];
    out.push({ code: c.cca2, name: nameOf(c.cca2, c.name.common), at: [x, y], box: [x - 2, y - 2, x + 2, y + 2] });
  }
  shapes = out;
  return out;
}

export type MapRole = "self" | "abroad" | "hosted" | "both";

/** Whether a shape's bounds reach into the view [x, y, width, height]: shapes outside it are not sent. */
const overlaps = (box: Shape["box"], [x, y, w, h]: readonly number[]) => box[2] >= x! && box[0] <= x! + w! && box[3] >= y! && box[1] <= y! + h!;

/**
 * The part of the map to show: the states involved with a margin, at the map's aspect ratio, never smaller than a
 * region (so a network of two neighbours still shows where they are), the whole world when it spans most of it.
 */
export function viewBoxFor(codes: ReadonlySet<string>): [number, number, number, number] {
  const boxes = worldShapes().filter((s) => codes.has(s.code)).map((s) => s.box);
  if (boxes.length === 0) return [0, 0, MAP_WIDTH, MAP_HEIGHT];
  let [x0, y0, x1, y1] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const margin = Math.max(x1 - x0, y1 - y0) * 0.25 + 10;
  [x0, y0, x1, y1] = [x0 - margin, y0 - margin, x1 + margin, y1 + margin];
  const ratio = MAP_WIDTH / MAP_HEIGHT;
  let width = Math.max(x1 - x0, (y1 - y0) * ratio, 160);
  if (width > MAP_WIDTH * 0.6) return [0, 0, MAP_WIDTH, MAP_HEIGHT];
  const height = width / ratio;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const left = Math.min(Math.max(cx - width / 2, 0), MAP_WIDTH - width);
  const top = Math.min(Math.max(cy - height / 2, 0), MAP_HEIGHT - height);
  width = Math.round(width * 10) / 10;
  return [Math.round(left * 10) / 10, Math.round(top * 10) / 10, width, Math.round(height * 10) / 10];
}

/**
 * The world with `code` highlighted and the states it has missions in, hosts missions from, or both, shaded; each
 * shaded state links to its relations with `code`.
 */
export function WorldMap({ code, roles }: { code: string; roles: ReadonlyMap<string, MapRole> }) {
  const name = actorName(code);
  const count = [...roles.values()].filter((r) => r !== "self").length;
  const view = viewBoxFor(new Set([code, ...roles.keys()]));
  // Dots for small states keep their size on screen however far the map is zoomed.
  const dot = (3 * view[2]) / MAP_WIDTH;
  return (
    <figure class="world-map">
      <svg viewBox={view.join(" ")} role="group" aria-label={`Map of ${name}'s diplomatic network: ${count} states`}>
        {worldShapes().filter((shape) => overlaps(shape.box, view)).map((shape) => {
          const role = shape.code === code ? "self" : roles.get(shape.code);
          const mark = shape.d ? <path d={shape.d} /> : <circle cx={shape.at![0]} cy={shape.at![1]} r={dot} />;
          if (!role || role === "self") {
            return (
              <g class={role ? "land self" : "land"} aria-hidden="true">
                {mark}
              </g>
            );
          }
          const what = { abroad: `${name} has a mission here`, hosted: `has a mission in ${name}`, both: `missions both ways` }[role];
          return (
            <a href={`/relations/${code}/${shape.code}`} class={`land ${role}`} aria-label={`${shape.name}: ${what}`}>
              {mark}
              <title>{`${shape.name}: ${what}`}</title>
            </a>
          );
        })}
      </svg>
      <figcaption class="legend">
        <span class="key self">{name}</span>
        <span class="key abroad">{name}'s missions there</span>
        <span class="key hosted">their missions in {name}</span>
        <span class="key both">both</span>
      </figcaption>
    </figure>
  );
}
