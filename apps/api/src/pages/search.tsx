// Search: states and organisations from the gazetteer, officials from the knowledge base.
import { type Actor, getActor, listActors, lookupActorName } from "@proj/core";
import type { StoredOfficial } from "@proj/store";
import { actorName, roleLabel } from "./format.js";
import { Layout } from "./layout.js";

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim();

/** A state or organisation from its code ("az"), name, alias, demonym or capital ("Baku"); else undefined. */
export function resolveActor(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  return getActor(text.toUpperCase())?.code ?? lookupActorName(text)?.code ?? findActors(text)[0]?.code;
}

/** States and organisations whose code, name, aliases or demonyms contain the query; whole-word starts first. */
export function findActors(query: string, limit = 20): Actor[] {
  const q = fold(query);
  if (!q) return [];
  const scored: Array<[Actor, number]> = [];
  for (const actor of listActors()) {
    const names = [actor.name, ...actor.aliases, ...actor.demonyms, ...(actor.capital ? [actor.capital] : [])].map(fold);
    let score = actor.code.toLowerCase() === q ? 0 : Infinity;
    for (const name of names) {
      if (name === q) score = Math.min(score, 1);
      else if (name.startsWith(q)) score = Math.min(score, 2);
      else if (name.includes(` ${q}`)) score = Math.min(score, 3);
      else if (name.includes(q)) score = Math.min(score, 4);
    }
    if (score < Infinity) scored.push([actor, score]);
  }
  return scored
    .sort((x, y) => x[1] - y[1] || x[0].name.localeCompare(y[0].name))
    .slice(0, limit)
    .map(([actor]) => actor);
}

export function SearchPage({ query, actors, officials }: { query: string; actors: Actor[]; officials: StoredOfficial[] }) {
  const none = actors.length === 0 && officials.length === 0;
  return (
    <Layout title={query ? `Search: ${query}` : "Search"}>
      <h1>Search</h1>
      <form class="search big" role="search" action="/search" method="get">
        <label for="search-q">Country, organisation or official</label>
        <div class="row">
          <input id="search-q" name="q" type="search" value={query} autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      {query && none ? <p class="lead">Nothing matches “{query}”. Try a country code (AZ), a name or a surname.</p> : null}
      {actors.length > 0 ? (
        <section aria-labelledby="found-actors">
          <h2 id="found-actors">Countries and organisations</h2>
          <ul class="results">
            {actors.map((actor) => (
              <li>
                <a href={`/countries/${actor.code}`}>{actor.name}</a> <span class="muted">{actor.code} · {actor.kind}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {officials.length > 0 ? (
        <section aria-labelledby="found-officials">
          <h2 id="found-officials">Officials</h2>
          <ul class="results">
            {officials.map((official) => (
              <li>
                <a href={`/officials/${encodeURIComponent(official.id)}`}>{official.name}</a>{" "}
                <span class="muted">
                  {official.title ?? roleLabel(official.role)}, {actorName(official.country)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
