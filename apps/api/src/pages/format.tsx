// The small pieces every page shows the same way: a state's name, a date, a status, a source with its sentence.
import { edtfRange, type EventType, getActor, type MissionKind, type MissionStatus, type Provenance, type Role, SYMMETRIC_EVENT_TYPES } from "@proj/core";
import type { StoredEvent } from "@proj/store";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Azerbaijan" for AZ; an unknown code stays as it is. */
export const actorName = (code: string | null | undefined): string => (code ? (getActor(code)?.name ?? code) : "unknown");

/** A day, month or year as people write it: 29 Mar 2023, Mar 2023, 2023; an interval as its two ends. */
export function humanDate(edtf: string | null | undefined): string {
  if (!edtf) return "undated";
  if (edtf.includes("/")) {
    const [from, to] = edtf.split("/");
    return `${humanDate(from || null)} – ${humanDate(to || null)}`;
  }
  const approximate = /[~?%]$/.test(edtf);
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(edtf);
  if (!m) return edtf;
  const [, year, month, day] = m;
  const monthName = month && Number(month) >= 1 && Number(month) <= 12 ? MONTHS[Number(month) - 1] : undefined;
  const text = [day ? String(Number(day)) : null, monthName ?? null, year].filter(Boolean).join(" ");
  return approximate ? `about ${text}` : text;
}

/** The first day an EDTF date can mean, for sorting and placing it on an axis. */
export const startDay = (edtf: string | null | undefined): string | null => (edtf ? (edtfRange(edtf)?.start ?? null) : null);

/** "mission-opened" → "Mission opened". */
export const label = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, " ");

export const kindLabel = (kind: MissionKind): string => label(kind);
export const roleLabel = (role: Role): string => (role === "charge-d-affaires" ? "Chargé d'affaires" : label(role));

/** Correlates of War levels, as a reader says them. */
export const LEVEL_LABELS: Readonly<Record<number, string>> = {
  0: "no representation known",
  1: "chargé d'affaires",
  2: "minister",
  3: "ambassador",
  9: "other",
};

export function StatusBadge({ status }: { status: MissionStatus }) {
  return <span class={`badge status-${status}`}>{status}</span>;
}

/** Source and target of an event as "Azerbaijan → Israel" (or "and" when the type is mutual). */
export function Dyad({ event }: { event: Pick<StoredEvent, "source" | "target" | "type"> }) {
  const mutual = SYMMETRIC_EVENT_TYPES.has(event.type);
  return (
    <span class="dyad">
      <ActorLink code={event.source} /> {mutual ? "and" : "→"} <ActorLink code={event.target} />
    </span>
  );
}

export function ActorLink({ code }: { code: string | null | undefined }) {
  if (!code) return <span>unknown</span>;
  return getActor(code) ? <a href={`/countries/${code}`}>{actorName(code)}</a> : <span>{code}</span>;
}

/** Where a source came from, in a word: the outlet's host name, the input file, or the document. */
export function outletOf(source: Provenance): string {
  if (source.url) {
    try {
      return new URL(source.url).hostname.replace(/^www\./, "");
    } catch {
      // not a URL after all: fall through
    }
  }
  if (source.input) return source.input;
  return source.documentId ? `document ${source.documentId.slice(0, 8)}` : source.rule;
}

/** The anchor of a span in the article viewer: /articles/ID#at-START-END. */
export const spanHref = (documentId: string, span: { start: number; end: number } | undefined): string =>
  `/articles/${documentId}${span ? `#at-${span.start}-${span.end}` : ""}`;

/** One source: the sentence as written, the outlet with its link, the article in our viewer, the rule. */
export function SourceQuote({ source, reason }: { source: Provenance; reason?: string }) {
  const outlet = outletOf(source);
  return (
    <figure class="source">
      {source.sentence ? (
        <blockquote cite={source.url ?? undefined}>
          <p>{source.sentence}</p>
        </blockquote>
      ) : null}
      <figcaption>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer nofollow" class="outlet">
            {outlet}
          </a>
        ) : (
          <span class="outlet">{outlet}</span>
        )}
        {/* Only text has sentences to show in context; a records file's batch document is a one-line summary. */}
        {source.documentId && source.sentence ? (
          <>
            {" · "}
            <a href={spanHref(source.documentId, source.spans[0])}>in the article</a>
          </>
        ) : null}
        <span class="rule">
          {" · "}
          {source.rule}, confidence {source.confidence.toFixed(2)}
        </span>
        {reason ? <span class="reason"> · {reason}</span> : null}
      </figcaption>
    </figure>
  );
}

/** Event types in four families, each with its colour on timelines. */
export function eventFamily(type: EventType): "mission" | "contact" | "envoy" | "rupture" {
  if (["mission-closed", "mission-downgraded", "ambassador-recalled", "diplomat-expelled", "relations-severed"].includes(type)) return "rupture";
  if (type.startsWith("mission-") || type === "relations-established" || type === "recognition") return "mission";
  if (["ambassador-appointed", "credentials-presented"].includes(type)) return "envoy";
  return "contact";
}
