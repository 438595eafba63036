// Relations between two states: each side's missions with their dated history and representation level, and every
// event between them on a timeline and in a list, each with the sentences that report it.
import type { Relations, StoredEvent, StoredMission } from "@proj/store";
import { Timeline } from "./charts.js";
import { actorName, Dyad, humanDate, kindLabel, label, LEVEL_LABELS, SourceQuote, StatusBadge } from "./format.js";
import { Layout } from "./layout.js";

/** The list shows at most this many events (the latest); the JSON API pages through all. */
const LIST_EVENTS = 500;

export function MissionHistory({ mission }: { mission: StoredMission }) {
  return (
    <ol class="history">
      {mission.history.map((change) => (
        <li>
          <time dateTime={change.date ?? undefined}>{humanDate(change.date)}</time> <StatusBadge status={change.status} />
          {change.sources.length > 0 ? (
            <details>
              <summary>
                {change.sources.length} source{change.sources.length === 1 ? "" : "s"}
              </summary>
              {change.sources.map((source) => (
                <SourceQuote source={source} />
              ))}
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function MissionsOneWay({ from, to, missions, level }: { from: string; to: string; missions: StoredMission[]; level: number }) {
  return (
    <section class="side" aria-labelledby={`side-${from}`}>
      <h3 id={`side-${from}`}>
        {actorName(from)} in {actorName(to)}
      </h3>
      <p>
        Representation: <strong>{LEVEL_LABELS[level] ?? level}</strong>
      </p>
      {missions.length === 0 ? (
        <p class="muted">No mission known.</p>
      ) : (
        <ul class="mission-list">
          {missions.map((m) => (
            <li>
              <a href={`/missions/${encodeURIComponent(m.id)}`}>
                {kindLabel(m.kind)}
                {m.city ? ` in ${m.city}` : ""}
              </a>{" "}
              <StatusBadge status={m.status} />
              {m.headOfMission ? <span class="muted"> · headed by {m.headOfMission}</span> : null}
              <MissionHistory mission={m} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function EventItem({ event }: { event: StoredEvent }) {
  return (
    <li id={`event-${event.id}`} class={`event fam modality-${event.modality}`}>
      <h3>
        <time dateTime={event.date ?? undefined}>{humanDate(event.date)}</time> ·{" "}
        <a href={`/events/${encodeURIComponent(event.id)}`}>{label(event.type)}</a>
        {event.modality !== "asserted" ? <span class="badge modality"> {event.modality}</span> : null}
      </h3>
      <p>
        <Dyad event={event} />
        {event.officials.length > 0 ? <span> · {event.officials.join(", ")}</span> : null}
        {event.location?.city ? <span> · in {event.location.city}</span> : null}
        <span class="muted">
          {" "}
          · {event.reportCount} report{event.reportCount === 1 ? "" : "s"}
        </span>
      </p>
      {event.sources.slice(0, 3).map((source) => (
        <SourceQuote source={source} />
      ))}
      {event.sources.length > 3 ? (
        <p>
          <a href={`/events/${encodeURIComponent(event.id)}`}>All {event.sources.length} sources</a>
        </p>
      ) : null}
    </li>
  );
}

export function RelationsPage({ relations }: { relations: Relations }) {
  const { a, b } = relations;
  const title = `${actorName(a)} – ${actorName(b)}`;
  const events = relations.timeline;
  const listed = events.length > LIST_EVENTS ? events.slice(-LIST_EVENTS) : events;
  return (
    <Layout title={title} description={`Missions and events between ${actorName(a)} and ${actorName(b)}, with sources.`}>
      <h1>
        <a href={`/countries/${a}`}>{actorName(a)}</a> – <a href={`/countries/${b}`}>{actorName(b)}</a>
      </h1>
      <p class="lead">
        {events.length} event{events.length === 1 ? "" : "s"}, {relations.missions.aInB.length + relations.missions.bInA.length} mission
        {relations.missions.aInB.length + relations.missions.bInA.length === 1 ? "" : "s"}. <a href={`/relations/${b}/${a}`}>Swap sides</a> ·{" "}
        <a href={`/v1/relations/${a}/${b}`}>JSON</a>
      </p>

      <section aria-labelledby="missions">
        <h2 id="missions">Missions</h2>
        <div class="sides">
          <MissionsOneWay from={a} to={b} missions={relations.missions.aInB} level={relations.representation.aInB} />
          <MissionsOneWay from={b} to={a} missions={relations.missions.bInA} level={relations.representation.bInA} />
        </div>
      </section>

      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <Timeline events={listed} title={`Timeline of ${title}`} />
        {events.length === 0 ? (
          <p class="muted">No events between them are known.</p>
        ) : (
          <>
            {events.length > LIST_EVENTS ? (
              <p>
                The latest {LIST_EVENTS} of {events.length}; <a href={`/v1/events?dyad=${a},${b}`}>all of them as JSON</a>.
              </p>
            ) : null}
            <ol class="events">
              {listed.map((event) => (
                <EventItem event={event} />
              ))}
            </ol>
          </>
        )}
      </section>
    </Layout>
  );
}
