// Charts drawn on the server as SVG: no script, no canvas, readable and printable, links inside them focusable.
import type { StoredEvent } from "@proj/store";
import { actorName, eventFamily, humanDate, label, startDay } from "./format.js";

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

interface Tick {
  at: number;
  text: string;
}

/** Year ticks over long spans, month ticks over short ones; at most about ten. */
function dateTicks(from: number, to: number): Tick[] {
  const first = new Date(from * DAY_MS);
  const last = new Date(to * DAY_MS);
  const years = last.getUTCFullYear() - first.getUTCFullYear();
  const ticks: Tick[] = [];
  if (years >= 2) {
    const step = Math.ceil((years + 1) / 10);
    for (let y = first.getUTCFullYear() + 1; y <= last.getUTCFullYear(); y += step) ticks.push({ at: Date.UTC(y, 0, 1) / DAY_MS, text: String(y) });
    return ticks;
  }
  const months = years * 12 + last.getUTCMonth() - first.getUTCMonth();
  const step = Math.max(1, Math.ceil((months + 1) / 10));
  for (let m = 1; m <= months; m += step) {
    const at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
    ticks.push({ at: at / DAY_MS, text: humanDate(new Date(at).toISOString().slice(0, 7)) });
  }
  return ticks;
}

const LANES = [
  ["mission", "Missions and relations"],
  ["envoy", "Envoys"],
  ["contact", "Visits, meetings, agreements"],
  ["rupture", "Closures, recalls, expulsions"],
] as const;

/**
 * The events between two states on a time axis, one lane per family of event; each marker links to the event in the
 * list below it (`#event-ID`), so the timeline and the list are one thing to a keyboard or a screen reader.
 */
export function Timeline({ events, title }: { events: readonly StoredEvent[]; title: string }) {
  const dated = events.flatMap((e) => {
    const day = startDay(e.date);
    return day ? [{ event: e, at: dayNumber(day) }] : [];
  });
  if (dated.length === 0) return <p class="muted">No dated events to draw.</p>;
  const width = 960;
  const left = 190;
  const right = 20;
  const lane = 34;
  const top = 12;
  const height = top + LANES.length * lane + 30;
  let from = Math.min(...dated.map((d) => d.at));
  let to = Math.max(...dated.map((d) => d.at));
  const pad = Math.max(15, (to - from) * 0.04);
  from -= pad;
  to += pad;
  const x = (at: number) => left + ((at - from) / (to - from)) * (width - left - right);
  const laneOf = (type: StoredEvent["type"]) => LANES.findIndex(([family]) => family === eventFamily(type));
  // Markers on the same day and lane fan out upwards so each stays clickable.
  const seen = new Map<string, number>();
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {LANES.map(([family, name], i) => (
          <g class={`lane fam-${family}`}>
            <line x1={left} x2={width - right} y1={top + i * lane + lane / 2} y2={top + i * lane + lane / 2} class="lane-line" />
            <text x={left - 10} y={top + i * lane + lane / 2 + 4} text-anchor="end" class="lane-label">
              {name}
            </text>
          </g>
        ))}
        <g class="axis" aria-hidden="true">
          <line x1={left} x2={width - right} y1={height - 26} y2={height - 26} />
          {dateTicks(from, to).map((tick) => (
            <g>
              <line x1={x(tick.at)} x2={x(tick.at)} y1={height - 26} y2={height - 20} />
              <text x={x(tick.at)} y={height - 6} text-anchor="middle">
                {tick.text}
              </text>
            </g>
          ))}
        </g>
        {dated.map(({ event, at }) => {
          const i = laneOf(event.type);
          const key = `${i}:${Math.round(x(at))}`;
          const stacked = seen.get(key) ?? 0;
          seen.set(key, stacked + 1);
          const name = `${humanDate(event.date)}: ${label(event.type)}, ${actorName(event.source)} and ${actorName(event.target)}${event.modality === "asserted" ? "" : ` (${event.modality})`}`;
          return (
            <a href={`#event-${event.id}`} aria-label={name} class={`marker fam-${eventFamily(event.type)} modality-${event.modality}`}>
              <circle cx={x(at)} cy={top + i * lane + lane / 2 - stacked * 7} r={7} />
              <title>{name}</title>
            </a>
          );
        })}
      </svg>
      <figcaption class="legend">
        {LANES.map(([family, name]) => (
          <span class={`key fam-${family}`}>{name}</span>
        ))}
        <span class="key hollow">planned, denied or hypothetical</span>
      </figcaption>
    </figure>
  );
}

/** Posts open at the end of each year, abroad and hosted, as two lines; the same figures as a table beneath. */
export function OpenPostsChart({ rows }: { rows: ReadonlyArray<{ year: number; abroad: number; hosted: number }> }) {
  if (rows.length === 0) return <p class="muted">No dated mission histories to chart yet.</p>;
  const width = 480;
  const height = 180;
  const left = 36;
  const bottom = 24;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.abroad, r.hosted)));
  const first = rows[0]!.year;
  const last = rows.at(-1)!.year;
  const x = (year: number) => left + (last === first ? (width - left - 24) / 2 : ((year - first) / (last - first)) * (width - left - 24));
  const y = (n: number) => height - bottom - (n / max) * (height - bottom - 10);
  const line = (key: "abroad" | "hosted") => rows.map((r) => `${x(r.year).toFixed(1)},${y(r[key]).toFixed(1)}`).join(" ");
  const yearTicks = rows.length <= 8 ? rows.map((r) => r.year) : [first, Math.round((first + last) / 2), last];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="open-posts-title">
        <title id="open-posts-title">
          Open posts at the end of each year, {first}–{last}: abroad from {rows[0]!.abroad} to {rows.at(-1)!.abroad}, hosted from {rows[0]!.hosted} to{" "}
          {rows.at(-1)!.hosted}
        </title>
        <g class="axis">
          <line x1={left} x2={width - 10} y1={height - bottom} y2={height - bottom} />
          <line x1={left} x2={left} y1={10} y2={height - bottom} />
          <text x={left - 6} y={y(max) + 4} text-anchor="end">
            {max}
          </text>
          <text x={left - 6} y={y(0) + 4} text-anchor="end">
            0
          </text>
          {yearTicks.map((year) => (
            <text x={x(year)} y={height - 6} text-anchor="middle">
              {year}
            </text>
          ))}
        </g>
        <polyline points={line("abroad")} class="series abroad" />
        <polyline points={line("hosted")} class="series hosted" />
      </svg>
      <figcaption class="legend">
        <span class="key abroad">abroad</span>
        <span class="key hosted">hosted</span>
      </figcaption>
      <details>
        <summary>The figures</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Open abroad</th>
              <th scope="col">Open hosted</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">{r.year}</th>
                <td>{r.abroad}</td>
                <td>{r.hosted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
