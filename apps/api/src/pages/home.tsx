// The start page: search, what the knowledge base holds, the latest events and the pairs of states they concern.
import type { StoredEvent, StoreStats } from "@proj/store";
import { actorName, Dyad, humanDate, label } from "./format.js";
import { Layout } from "./layout.js";

export interface HomeProps {
  stats: StoreStats;
  recent: StoredEvent[];
}

export function HomePage({ stats, recent }: HomeProps) {
  const pairs = busiestPairs(recent, 6);
  return (
    <Layout title="Diplomatic missions, officials and events" description="Who represents whom, where, since when — with sources.">
      <h1>Who represents whom, where, since when</h1>
      <form class="search big" role="search" action="/search" method="get">
        <label for="home-q">Find a country, organisation or official</label>
        <div class="row">
          <input id="home-q" name="q" type="search" placeholder="e.g. Azerbaijan, EU, Bayramov" autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      <form class="pair" action="/relations" method="get">
        <fieldset>
          <legend>Relations between two states</legend>
          <label for="pair-a">First (code or name)</label>
          <input id="pair-a" name="a" placeholder="AZ" required />
          <label for="pair-b">Second</label>
          <input id="pair-b" name="b" placeholder="IL" required />
          <button type="submit">Show relations</button>
        </fieldset>
      </form>

      <section aria-labelledby="holds">
        <h2 id="holds">The knowledge base holds</h2>
        <dl class="counts">
          {(
            [
              ["documents", "articles and record files"],
              ["missions", "missions"],
              ["officials", "officials"],
              ["events", "events"],
            ] as const
          ).map(([key, what]) => (
            <div>
              <dt>{what}</dt>
              <dd>{stats[key].toLocaleString("en")}</dd>
            </div>
          ))}
        </dl>
      </section>

      {pairs.length > 0 ? (
        <section aria-labelledby="pairs">
          <h2 id="pairs">Relations in the news</h2>
          <ul class="pairs">
            {pairs.map(([a, b, n]) => (
              <li>
                <a href={`/relations/${a}/${b}`}>
                  {actorName(a)} – {actorName(b)}
                </a>{" "}
                <span class="muted">
                  {n} recent event{n === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="recent">
        <h2 id="recent">Latest events</h2>
        {recent.length === 0 ? (
          <p>No dated events yet. Ingest articles with <code>chancery ingest</code> or on the <a href="/articles/new">article page</a>.</p>
        ) : (
          <ol class="events compact">
            {recent.map((event) => (
              <li>
                <time dateTime={event.date ?? undefined}>{humanDate(event.date)}</time>{" "}
                <a href={`/events/${encodeURIComponent(event.id)}`}>{label(event.type)}</a> <Dyad event={event} />{" "}
                <span class="muted">
                  {event.reportCount} report{event.reportCount === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}

/** Pairs of states by how many of the given events are between them, most first. */
function busiestPairs(events: readonly StoredEvent[], n: number): Array<[string, string, number]> {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!e.source || !e.target || e.source === e.target) continue;
    const key = [e.source, e.target].sort().join("/");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, n)
    .map(([key, count]) => {
      const [a, b] = key.split("/") as [string, string];
      return [a, b, count];
    });
}
