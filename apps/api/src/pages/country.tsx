// A state's diplomatic network: its posts abroad and the posts it hosts, on a map and in tables, counted as the
// Lowy Institute's Global Diplomacy Index counts them, how they grew, and its officials.
import { getActor, MISSION_KINDS } from "@proj/core";
import type { CountryProfile, StoredMission } from "@proj/store";
import { OpenPostsChart } from "./charts.js";
import { ActorLink, actorName, humanDate, kindLabel, LEVEL_LABELS, roleLabel, StatusBadge } from "./format.js";
import { Layout } from "./layout.js";
import { type MapRole, WorldMap } from "./world-map.js";

/** Which states appear on the map, and why. */
export function mapRoles(profile: CountryProfile): Map<string, MapRole> {
  const roles = new Map<string, MapRole>();
  const mark = (code: string, role: "abroad" | "hosted") => {
    const had = roles.get(code);
    roles.set(code, had && had !== role ? "both" : role);
  };
  for (const m of profile.missionsAbroad) if (m.status !== "closed") mark(m.host, "abroad");
  for (const m of profile.missionsHosted) if (m.status !== "closed") mark(m.sender, "hosted");
  return roles;
}

/** The date a mission's status last changed, from its history. */
const since = (m: StoredMission) => [...m.history].reverse().find((h) => h.status === m.status)?.date ?? null;

function MissionTable({ missions, side, caption }: { missions: StoredMission[]; side: "host" | "sender"; caption: string }) {
  if (missions.length === 0) return <p class="muted">None known.</p>;
  return (
    <div class="table-wrap">
      <table class="missions">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{side === "host" ? "In" : "Of"}</th>
            <th scope="col">Kind</th>
            <th scope="col">City</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {missions.map((m) => (
            <tr>
              <td>
                <ActorLink code={m[side]} />
              </td>
              <td>
                <a href={`/missions/${encodeURIComponent(m.id)}`}>{kindLabel(m.kind)}</a>
              </td>
              <td>{m.city ?? "—"}</td>
              <td>
                <StatusBadge status={m.status} />
              </td>
              <td>{humanDate(since(m))}</td>
              <td>{m.representationLevel === undefined ? "—" : LEVEL_LABELS[m.representationLevel]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** At most this many rows per table; the JSON API pages through the rest. */
const TABLE_ROWS = 300;

export function CountryPage({ profile }: { profile: CountryProfile }) {
  const actor = getActor(profile.code);
  const name = actorName(profile.code);
  const { abroad, hosted } = profile.counts;
  const kinds = MISSION_KINDS.filter((k) => abroad.byKind[k] || hosted.byKind[k]);
  const cut = (list: StoredMission[]) => list.slice(0, TABLE_ROWS);
  return (
    <Layout title={name} description={`${name}'s diplomatic network: ${abroad.open} posts abroad, ${hosted.open} hosted.`}>
      <h1>
        {name} <span class="muted code">{profile.code}</span>
      </h1>
      {actor?.officialName && actor.officialName !== name ? <p class="lead">{actor.officialName}</p> : null}

      <section aria-labelledby="network">
        <h2 id="network">Diplomatic network</h2>
        <WorldMap code={profile.code} roles={mapRoles(profile)} />
        <div class="table-wrap">
          <table class="counts-table">
            <caption>Open posts, grouped as the Lowy Global Diplomacy Index groups them</caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Embassies</th>
                <th scope="col">Consulates</th>
                <th scope="col">Permanent missions</th>
                <th scope="col">Other</th>
                <th scope="col">All open</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ["Abroad", abroad],
                  ["Hosted", hosted],
                ] as const
              ).map(([row, c]) => (
                <tr>
                  <th scope="row">{row}</th>
                  <td>{c.lowy.embassies}</td>
                  <td>{c.lowy.consulates}</td>
                  <td>{c.lowy.permanentMissions}</td>
                  <td>{c.lowy.other}</td>
                  <td>{c.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {kinds.length > 0 ? (
          <p class="muted">
            By kind (open, abroad / hosted): {kinds.map((k) => `${kindLabel(k)} ${abroad.byKind[k] ?? 0} / ${hosted.byKind[k] ?? 0}`).join(" · ")}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="growth">
        <h2 id="growth">Over time</h2>
        <OpenPostsChart rows={profile.openByYear} />
      </section>

      <section aria-labelledby="abroad">
        <h2 id="abroad">
          Missions abroad <span class="muted">({profile.missionsAbroad.length})</span>
        </h2>
        <MissionTable missions={cut(profile.missionsAbroad)} side="host" caption={`${name}'s missions abroad`} />
        {profile.missionsAbroad.length > TABLE_ROWS ? <MoreLink href={`/v1/missions?sender=${profile.code}`} /> : null}
      </section>

      <section aria-labelledby="hosted">
        <h2 id="hosted">
          Missions hosted <span class="muted">({profile.missionsHosted.length})</span>
        </h2>
        <MissionTable missions={cut(profile.missionsHosted)} side="sender" caption={`Missions in ${name}`} />
        {profile.missionsHosted.length > TABLE_ROWS ? <MoreLink href={`/v1/missions?host=${profile.code}`} /> : null}
      </section>

      <section aria-labelledby="officials">
        <h2 id="officials">
          Officials <span class="muted">({profile.officials.length})</span>
        </h2>
        {profile.officials.length === 0 ? (
          <p class="muted">None known.</p>
        ) : (
          <ul class="results">
            {profile.officials.slice(0, TABLE_ROWS).map((o) => (
              <li>
                <a href={`/officials/${encodeURIComponent(o.id)}`}>{o.name}</a> <span class="muted">{o.title ?? roleLabel(o.role)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

const MoreLink = ({ href }: { href: string }) => (
  <p>
    Showing the first {TABLE_ROWS}; <a href={href}>all of them as JSON</a>.
  </p>
);
