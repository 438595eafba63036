// Response shapes that only the API names: pages with their next link, reports whose TypeScript types live in core
// and store, problems. Each type is checked both ways against the one the code returns, so neither can drift.
import type { CoreErrorCode, Issue as CoreIssue, ValidationReport as CoreValidationReport } from "@proj/core";
import { CORE_ERROR_CODES, RecordFormat } from "@proj/core";
import { type IngestReport as StoreIngestReport, pageOf, StoredEvent, StoredMission, StoredOfficial, type StoreStats as StoreStatsType } from "@proj/store";
import * as z from "zod";

export const Issue = z
  .strictObject({
    file: z.string().optional(),
    line: z.int().optional(),
    column: z.int().optional(),
    record: z.int().optional(),
    field: z.string().optional().describe("The zod path of the value, as `missions[0].sender`."),
    message: z.string(),
    received: z.string().optional().describe("What the input held there, truncated."),
  })
  .meta({ id: "Issue", description: "One located problem in a request." });

export const Problem = z
  .strictObject({
    type: z.string().describe("Always about:blank: the status says what kind of problem it is."),
    title: z.string().describe("The status phrase."),
    status: z.int().min(400).max(599),
    detail: z.string().optional().describe("What went wrong and how to fix it."),
    code: z.enum(CORE_ERROR_CODES).optional(),
    issues: z.array(Issue).optional().describe("For 400 and 422: each bad parameter or field."),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem (application/problem+json)." });
export type Problem = z.infer<typeof Problem>;

export const HealthStatus = z.strictObject({ status: z.literal("ok"), version: z.string() }).meta({ id: "HealthStatus", description: "The process answers." });
export const ReadyStatus = z.strictObject({ status: z.literal("ready") }).meta({ id: "ReadyStatus", description: "The knowledge base answers." });

export const StoreStats = z
  .strictObject({ documents: z.int().min(0), missions: z.int().min(0), officials: z.int().min(0), events: z.int().min(0) })
  .meta({ id: "StoreStats", description: "How many records the knowledge base holds." });

const IngestCounts = z.strictObject({ created: z.int().min(0), merged: z.int().min(0), ids: z.array(z.string()).describe("Ids written (empty in bulk mode).") });
export const IngestReport = z
  .strictObject({
    documentId: z.string(),
    duplicate: z.boolean().describe("True when the document was already stored: nothing was written."),
    missions: IngestCounts,
    officials: IngestCounts,
    events: IngestCounts,
    merges: z.array(z.strictObject({ kind: z.enum(["mission", "official", "event"]), id: z.string(), reason: z.string() })),
  })
  .meta({ id: "IngestReport", description: "What one write stored, and which records it merged with known ones, and why." });

const FileValidation = z.strictObject({
  file: z.string(),
  format: RecordFormat.nullable(),
  missions: z.int().min(0),
  officials: z.int().min(0),
  events: z.int().min(0),
  issues: z.array(Issue),
});
export const ValidationReport = z
  .strictObject({ valid: z.boolean(), records: z.int().min(0), errors: z.int().min(0), files: z.array(FileValidation) })
  .meta({ id: "ValidationReport", description: "What `chancery validate --json` prints: valid records and located issues." });

/** A page of a list route: the store's page plus `next`, the relative URL of the following page (also in a Link header). */
const listPage = <T extends z.ZodType>(item: T, id: string, noun: string) =>
  pageOf(item)
    .extend({ next: z.string().nullable().describe("The next page's URL, or null on the last page.") })
    .meta({ id, description: `One page of ${noun}.` });
export const MissionPage = listPage(StoredMission, "MissionPage", "missions");
export const OfficialPage = listPage(StoredOfficial, "OfficialPage", "officials");
export const EventPage = listPage(StoredEvent, "EventPage", "events");

const ExportedEvent = StoredEvent.omit({ reportCount: true }).meta({ id: "ExportedEvent", description: "An event as exports write it: without the derived reportCount." });
export const ExportJson = z
  .strictObject({ missions: z.array(StoredMission).optional(), officials: z.array(StoredOfficial).optional(), events: z.array(ExportedEvent).optional() })
  .meta({ id: "ExportJson", description: "`GET /v1/export?format=json`: each kind asked for, as the list routes answer it." });

// Compile-time: each schema describes exactly the type the code returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SAME: [
  Same<z.infer<typeof Issue>, CoreIssue>,
  Same<z.infer<typeof StoreStats>, StoreStatsType>,
  Same<z.infer<typeof IngestReport>, StoreIngestReport>,
  Same<z.infer<typeof ValidationReport>, CoreValidationReport>,
  Same<NonNullable<Problem["code"]>, CoreErrorCode>,
] = [true, true, true, true, true];
void SAME;
