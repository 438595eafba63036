// The article viewer: the text with every state, city, title, person, date and trigger the extractor recognised
// highlighted, and the records read from them, each linked to its spans and rule.
import type { Annotation, DiplomaticEvent, DiplomaticMission, Extraction, Official, Provenance } from "@proj/core";
import type { StoredDocument } from "@proj/store";
import type { VNode } from "preact";
import { actorName, humanDate, kindLabel, label, roleLabel, StatusBadge } from "./format.js";
import { highlight, type Mark } from "./highlight.js";
import { Layout } from "./layout.js";

export interface ArticleFormValues {
  text?: string;
  published?: string;
  title?: string;
  url?: string;
}

export function ArticleForm({ values = {}, errors = [] }: { values?: ArticleFormValues; errors?: string[] }) {
  return (
    <form class="article-form" action="/articles/read" method="post" encType="multipart/form-data">
      {errors.length > 0 ? (
        <div class="errors" role="alert">
          <p>The article could not be read:</p>
          <ul>
            {errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <label for="article-text">Article text</label>
      <textarea id="article-text" name="text" rows={12} placeholder="Paste the article here…">
        {values.text ?? ""}
      </textarea>
      <label for="article-file">…or a file (.txt or .html)</label>
      <input id="article-file" name="file" type="file" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" />
      <div class="grid">
        <div>
          <label for="article-published">Published</label>
          <input id="article-published" name="published" type="date" value={values.published ?? ""} />
          <p class="hint">Relative dates (“on Thursday”) are read against this day.</p>
        </div>
        <div>
          <label for="article-title">Title</label>
          <input id="article-title" name="title" value={values.title ?? ""} />
        </div>
        <div>
          <label for="article-url">Address (URL)</label>
          <input id="article-url" name="url" type="url" value={values.url ?? ""} />
        </div>
      </div>
      <button type="submit">Read the article</button>
    </form>
  );
}

export function NewArticlePage(props: { values?: ArticleFormValues; errors?: string[] }) {
  return (
    <Layout title="Read an article">
      <h1>Read an article</h1>
      <p class="lead">
        Paste a news article or upload a page: Chancery shows what it recognises in the text and the missions, officials and events it reads
        from it. Nothing is stored until you ingest it.
      </p>
      <ArticleForm {...props} />
    </Layout>
  );
}

type RecordEntry = { id: string; kind: "mission" | "official" | "event"; source: Provenance | undefined };

/** Every record of an extraction with the anchor id its list item gets. */
function recordEntries(extraction: Extraction): RecordEntry[] {
  return [
    ...extraction.missions.map((m, i) => ({ id: `mission-${i}`, kind: "mission" as const, source: m.sources[0] })),
    ...extraction.officials.map((o, i) => ({ id: `official-${i}`, kind: "official" as const, source: o.sources[0] })),
    ...extraction.events.map((e, i) => ({ id: `event-${i}`, kind: "event" as const, source: e.sources[0] })),
  ];
}

/** The recognised spans and every record's spans, as marks over the text. */
export function articleMarks(annotations: readonly Annotation[], extraction: Extraction): Mark[] {
  const marks: Mark[] = annotations.map((a) => ({
    start: a.start,
    end: a.end,
    kind: a.kind,
    note: a.kind === "actor" || a.kind === "city" ? `${a.kind}: ${actorName(a.value)}` : `${a.kind}${a.value ? `: ${a.value}` : ""}`,
  }));
  for (const entry of recordEntries(extraction)) {
    for (const span of entry.source?.spans ?? []) {
      marks.push({ start: span.start, end: span.end, kind: entry.kind === "event" ? "trigger" : "record", note: `${entry.source!.rule}`, records: [entry.id] });
    }
  }
  return marks;
}

const RULE_NOTE = (source: Provenance | undefined) => (source ? `${source.rule} · confidence ${source.confidence.toFixed(2)}` : "");

function SpanLink({ source, children }: { source: Provenance | undefined; children: string }) {
  const span = source?.spans[0];
  return span ? <a href={`#at-${span.start}-${span.end}`}>{children}</a> : <span>{children}</span>;
}

function MissionRecord({ mission, id }: { mission: DiplomaticMission; id: string }) {
  return (
    <li id={`rec-${id}`}>
      <SpanLink source={mission.sources[0]}>{`${actorName(mission.sender)}'s ${kindLabel(mission.kind).toLowerCase()}${mission.city ? ` in ${mission.city}` : ` in ${actorName(mission.host)}`}`}</SpanLink>{" "}
      <StatusBadge status={mission.status} /> <span class="muted rule">{RULE_NOTE(mission.sources[0])}</span>
    </li>
  );
}

function OfficialRecord({ official, id }: { official: Official; id: string }) {
  return (
    <li id={`rec-${id}`}>
      <SpanLink source={official.sources[0]}>{official.name}</SpanLink> — {official.title ?? roleLabel(official.role)}, {actorName(official.country)}{" "}
      <span class="muted rule">{RULE_NOTE(official.sources[0])}</span>
    </li>
  );
}

function EventRecord({ event, id }: { event: DiplomaticEvent; id: string }) {
  return (
    <li id={`rec-${id}`}>
      <SpanLink source={event.sources[0]}>{label(event.type)}</SpanLink> {actorName(event.source)} → {actorName(event.target)},{" "}
      <time dateTime={event.date ?? undefined}>{humanDate(event.date)}</time>
      {event.modality !== "asserted" ? <span class="badge modality"> {event.modality}</span> : null}
      {event.officials.length > 0 ? <span> · {event.officials.join(", ")}</span> : null} <span class="muted rule">{RULE_NOTE(event.sources[0])}</span>
      {event.sources[0]?.sentence ? (
        <blockquote>
          <p>{event.sources[0].sentence}</p>
        </blockquote>
      ) : null}
    </li>
  );
}

export interface ArticleViewProps {
  extraction: Extraction;
  annotations: Annotation[];
  /** The stored document, when the article is in the knowledge base. */
  stored?: StoredDocument;
  /** Whether this server accepts writes (a token is configured). */
  writable: boolean;
}

export function ArticlePage({ extraction, annotations, stored, writable }: ArticleViewProps) {
  const doc = extraction.document;
  const paragraphs = highlight(doc.text, articleMarks(annotations, extraction));
  const anchored = new Set<string>();
  const title = doc.title ?? (stored ? `Article ${doc.id.slice(0, 8)}` : "Article read");
  const counts = `${extraction.missions.length} mission${extraction.missions.length === 1 ? "" : "s"}, ${extraction.officials.length} official${extraction.officials.length === 1 ? "" : "s"}, ${extraction.events.length} event${extraction.events.length === 1 ? "" : "s"}`;
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {doc.published ? <>Published {humanDate(doc.published)}. </> : <>No published day: relative dates stay unresolved. </>}
        {doc.url ? (
          <a href={doc.url} rel="noopener noreferrer nofollow">
            {doc.url}
          </a>
        ) : null}{" "}
        {stored ? <span class="badge stored">in the knowledge base</span> : <span class="badge">not stored</span>}
      </p>
      <div class="article-grid">
        <section aria-labelledby="text-h" class="article-text">
          <h2 id="text-h">Text</h2>
          <p class="legend">
            <span class="key k-actor">state or organisation</span> <span class="key k-city">city</span> <span class="key k-title">title</span>{" "}
            <span class="key k-person">person</span> <span class="key k-date">date</span> <span class="key k-trigger">event trigger</span>
          </p>
          {paragraphs.map((p) => (
            <p>
              {p.runs.map((run) => {
                if (run.marks.length === 0) return run.text;
                const kinds = [...new Set(run.marks.map((m) => `k-${m.kind}`))].join(" ");
                // The first run of each span carries its anchor, so #at-START-END lands on it.
                const ids = run.marks.map((m) => `at-${m.start}-${m.end}`).filter((id) => !anchored.has(id));
                const id = ids[0];
                if (id) anchored.add(id);
                const records = [...new Set(run.marks.flatMap((m) => m.records ?? []))];
                return (
                  <mark id={id} class={kinds} title={run.marks.map((m) => m.note).join("; ")} data-records={records.join(" ") || undefined}>
                    {run.text}
                  </mark>
                );
              })}
            </p>
          ))}
        </section>
        <section aria-labelledby="records-h" class="article-records">
          <h2 id="records-h">Records ({counts})</h2>
          <RecordList heading="Events" items={extraction.events.map((e, i) => <EventRecord event={e} id={`event-${i}`} />)} />
          <RecordList heading="Missions" items={extraction.missions.map((m, i) => <MissionRecord mission={m} id={`mission-${i}`} />)} />
          <RecordList heading="Officials" items={extraction.officials.map((o, i) => <OfficialRecord official={o} id={`official-${i}`} />)} />
          {!stored ? <IngestForm extraction={extraction} writable={writable} /> : null}
        </section>
      </div>
    </Layout>
  );
}

/** One kind of record under its heading; nothing when there are none. */
function RecordList({ heading, items }: { heading: string; items: VNode[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ol class="records">{items}</ol>
    </>
  );
}

/** Stores the article: the text travels back in hidden fields, with the bearer token the server was given. */
function IngestForm({ extraction, writable }: { extraction: Extraction; writable: boolean }) {
  const doc = extraction.document;
  if (!writable) {
    return <p class="muted">This server is read-only (no CHANCERY_API_TOKEN is set), so the article cannot be stored from here.</p>;
  }
  return (
    <form class="ingest" action="/articles/ingest" method="post">
      <h3>Add it to the knowledge base</h3>
      <input type="hidden" name="text" value={doc.text} />
      {doc.published ? <input type="hidden" name="published" value={doc.published} /> : null}
      {doc.title ? <input type="hidden" name="title" value={doc.title} /> : null}
      {doc.url ? <input type="hidden" name="url" value={doc.url} /> : null}
      <label for="ingest-token">API token</label>
      <input id="ingest-token" name="token" type="password" autoComplete="current-password" required />
      <button type="submit">Ingest</button>
    </form>
  );
}
