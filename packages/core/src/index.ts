// @proj/core — the public API, listed by name.
export { CORE_ERROR_CODES, CoreError, fail, formatIssue, issuesFromZod, ok, preview } from "./errors.js";
export type { CoreErrorCode, Issue, Location as IssueLocation, Result } from "./errors.js";

export { Actor, ActorCode, ActorKind, ORGANISATION_CODES, OrganisationCode } from "./model/actor.js";
export {
  compareEdtf, EdtfDate, edtfContains, edtfOverlaps, edtfRange, edtfSpanDays, isEdtf, IsoDay, toIsoDay,
} from "./model/date.js";
export type { DayRange } from "./model/date.js";
export { contentHash, Document, DocumentInput, toDocument } from "./model/document.js";
export {
  DiplomaticEvent, EVENT_CROSSWALK, EVENT_TYPES, EventType, Location, MissionRef, Modality, PLOVER_CATEGORIES,
  PloverCategory, SYMMETRIC_EVENT_TYPES,
} from "./model/event.js";
export { Extraction } from "./model/extraction.js";
export { JSON_SCHEMA_MODELS, jsonSchemas } from "./model/json-schema.js";
export type { JsonSchemaName } from "./model/json-schema.js";
export {
  Coordinates, DiplomaticMission, MISSION_KINDS, MISSION_STATUSES, MissionKind, missionId, MissionStatus,
  MissionStatusChange, RepresentationLevel, slug,
} from "./model/mission.js";
export { Official, Position, Role, ROLES } from "./model/official.js";
export { Provenance, Span } from "./model/provenance.js";

// extract: news text → missions, officials and events with provenance
export { extract, STATE_FROM_DOCUMENT, stateFromDocument } from "./extract/extract.js";
export type { ExtractOptions } from "./extract/extract.js";
export { annotate } from "./extract/annotate.js";
export type { Annotation, AnnotationKind } from "./extract/annotate.js";
export { getActor, listActors, lookupActorName } from "./gazetteer/index.js";
export type { ActorNameHit, ActorNameKind } from "./gazetteer/index.js";

// parse: untrusted text → valid records plus located issues
export {
  detectFormat, parseEvents, parseMissions, parseOfficials, parseRecords, ParseRequest, sniffFormat, summarizeValidation,
  validateText,
} from "./parse/parse.js";
export type { FileValidation, ParsedKind, ParseOptions, ValidationReport } from "./parse/parse.js";
export { classifyRecord, RECORD_FORMATS, RECORD_KINDS, RecordFormat, RecordKind } from "./parse/records.js";
export type { ParsedRecords } from "./parse/records.js";
export { jsonSyntaxIssue } from "./parse/json.js";

// interchange: GDELT event exports and Wikidata's mission list in
export {
  cameoActor, createGdeltReader, fipsCountry, GDELT_CONFIDENCE, GDELT_CROSSWALK, GDELT_SKIP_REASONS, parseGdelt, readGdelt,
} from "./parse/gdelt.js";
export type { GdeltMapping, GdeltOptions, GdeltReader, GdeltReport, GdeltSkipReason } from "./parse/gdelt.js";
export { EMBASSY_COLUMNS, MISSION_SKIP_REASONS, parseEmbassies } from "./parse/embassies.js";
export type { EmbassyOptions, MissionImportReport, MissionSkipReason } from "./parse/embassies.js";

// interchange out: JSON, NDJSON, CSV, PLOVER, CAMEO (GDELT columns), GraphML
export {
  createExportWriter, EXPORT_FORMATS, EXPORT_KINDS, EXPORT_MEDIA_TYPES, ExportFormat, ExportKind, exportKinds,
} from "./format/export.js";
export type { ExportRecord, ExportWriter } from "./format/export.js";
export { cameoHeader, cameoRow, GDELT_COLUMNS } from "./format/cameo.js";
export { createGraphBuilder } from "./format/graphml.js";
export type { GraphBuilder } from "./format/graphml.js";
export { PloverActor, PloverCitation, PloverEvent, toPlover } from "./format/plover.js";
