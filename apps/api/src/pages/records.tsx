// One record per page: an event with every source and why it was merged, a mission with its history, an official
// with their positions.
import type { Provenance } from "@proj/core";
import type { EventDetail, StoredDocument, StoredEvent, StoredMission, StoredOfficial } from "@proj/store";
import { ActorLink, actorName, Dyad, humanDate, kindLabel, label, LEVEL_LABELS, roleLabel, SourceQuote, StatusBadge } from "./format.js";
import { Layout } from "./layout.js";
import { EventItem, MissionHistory } from "./relations.js";

export function EventPage({ event, documents, officials }: { event: EventDetail; documents: ReadonlyMap<string, StoredDocument>; officials: ReadonlyMap<string, string> }) {
  const title = `${label(event.type)}: ${actorName(event.source)} and ${actorName(event.target)}, ${humanDate(event.date)}`;
  const pair = event.source && event.target && event.source !== event.target ? `/relations/${event.source}/${event.target}#event-${event.id}` : null;
  return (
    <Layout title={title}>
      <h1>
        {label(event.type)} <span class="muted">{humanDate(event.date)}</span>
      </h1>
      <dl class="facts">
        <dt>Between</dt>
        <dd>
          <Dyad event={event} />
          {event.participants.length > 0 ? <> with {event.participants.map((p) => actorName(p)).join(", ")}</> : null}
        </dd>
        <dt>When</dt>
        <dd>
          <time dateTime={event.date ?? undefined}>{humanDate(event.date)}</time> <span class="muted">({event.date ?? "no date in the text"}, EDTF)</span>
          {event.reported ? <span class="muted"> · first reported {humanDate(event.reported)}</span> : null}
        </dd>
        {event.location?.city || event.location?.country ? (
          <>
            <dt>Where</dt>
            <dd>
              {event.location.city ?? ""}
              {event.location.city && event.location.country ? ", " : ""}
              {event.location.country ? actorName(event.location.country) : ""}
            </dd>
          </>
        ) : null}
        {event.officials.length > 0 ? (
          <>
            <dt>Officials</dt>
            <dd>
              {event.officials.map((name, i) => {
                const id = officials.get(name);
                return (
                  <>
                    {i > 0 ? ", " : ""}
                    {id ? <a href={`/officials/${encodeURIComponent(id)}`}>{name}</a> : name}
                  </>
                );
              })}
            </dd>
          </>
        ) : null}
        {event.mission ? (
          <>
            <dt>Mission</dt>
            <dd>
              {actorName(event.mission.sender)}'s {kindLabel(event.mission.kind).toLowerCase()} {event.mission.city ? `in ${event.mission.city}` : `in ${actorName(event.mission.host)}`}
            </dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>
          {event.modality}
          {event.cameo ? <span class="muted"> · CAMEO {event.cameo}</span> : null}
          {event.plover ? <span class="muted"> · PLOVER {event.plover.category}</span> : null}
        </dd>
      </dl>
      {pair ? (
        <p>
          <a href={pair}>On the timeline of {actorName(event.source)} – {actorName(event.target)}</a>
        </p>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources">
          {event.reportCount} report{event.reportCount === 1 ? "" : "s"}, {event.support.length} source{event.support.length === 1 ? "" : "s"}
        </h2>
        <ol class="support">
          {event.support.map((s) => {
            const doc = s.documentId ? documents.get(s.documentId) : undefined;
            return (
              <li>
                {doc ? (
                  <p class="doc">
                    <a href={`/articles/${doc.id}`}>{doc.title ?? `Article ${doc.id.slice(0, 8)}`}</a>
                    {doc.publisher ? <span> · {doc.publisher}</span> : null}
                    {doc.published ? <span class="muted"> · published {humanDate(doc.published)}</span> : null}
                  </p>
                ) : null}
                <SourceQuote source={s.provenance} reason={s.reason === "first report" ? "first report" : `merged: ${s.reason}`} />
              </li>
            );
          })}
        </ol>
      </section>
    </Layout>
  );
}

export function MissionPage({ mission, events }: { mission: StoredMission; events: StoredEvent[] }) {
  const name = `${actorName(mission.sender)}'s ${kindLabel(mission.kind).toLowerCase()} ${mission.city ? `in ${mission.city}` : `in ${actorName(mission.host)}`}`;
  return (
    <Layout title={name}>
      <h1>{name}</h1>
      <dl class="facts">
        <dt>Of</dt>
        <dd>
          <ActorLink code={mission.sender} />
        </dd>
        <dt>In</dt>
        <dd>
          <ActorLink code={mission.host} />
          {mission.city ? `, ${mission.city}` : ""}
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={mission.status} />
        </dd>
        <dt>Representation</dt>
        <dd>{mission.representationLevel === undefined ? "not known" : LEVEL_LABELS[mission.representationLevel]}</dd>
        {mission.headOfMission ? (
          <>
            <dt>Head of mission</dt>
            <dd>{mission.headOfMission}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={`/relations/${mission.sender}/${mission.host}`}>
          All relations of {actorName(mission.sender)} and {actorName(mission.host)}
        </a>
      </p>
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <MissionHistory mission={mission} />
      </section>
      <EventsAndSources id="mission" heading="Events about this mission" events={events} sources={mission.sources} />
    </Layout>
  );
}

export function OfficialPage({ official, events }: { official: StoredOfficial; events: StoredEvent[] }) {
  return (
    <Layout title={official.name}>
      <h1>{official.name}</h1>
      <p class="lead">
        {official.title ?? roleLabel(official.role)}, <ActorLink code={official.country} />
      </p>
      {official.aliases.length > 0 ? <p>Also written: {official.aliases.join(" · ")}</p> : null}
      <section aria-labelledby="positions">
        <h2 id="positions">Positions</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Title as written</th>
                <th scope="col">Serving</th>
                <th scope="col">Accredited to</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {official.positions.map((p) => (
                <tr>
                  <td>{roleLabel(p.role)}</td>
                  <td>{p.title ?? "—"}</td>
                  <td>
                    <ActorLink code={p.country ?? official.country} />
                  </td>
                  <td>{p.accreditedTo ? <ActorLink code={p.accreditedTo} /> : "—"}</td>
                  <td>{p.from ? humanDate(p.from) : "—"}</td>
                  <td>{p.to ? humanDate(p.to) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <EventsAndSources id="official" heading="Events naming them" events={events} sources={official.sources} />
    </Layout>
  );
}

/** A record's related events and its own sources, each section left out when empty. */
function EventsAndSources({ id, heading, events, sources }: { id: string; heading: string; events: StoredEvent[]; sources: Provenance[] }) {
  return (
    <>
      {events.length > 0 ? (
        <section aria-labelledby={`${id}-events`}>
          <h2 id={`${id}-events`}>{heading}</h2>
          <ol class="events">
            {events.map((event) => (
              <EventItem event={event} />
            ))}
          </ol>
        </section>
      ) : null}
      {sources.length > 0 ? (
        <section aria-labelledby={`${id}-sources`}>
          <h2 id={`${id}-sources`}>Sources</h2>
          {sources.map((source) => (
            <SourceQuote source={source} />
          ))}
        </section>
      ) : null}
    </>
  );
}
