// The candidate records pass 2's readers build and the refiners finish, the callbacks the readers are handed, and the
// classes of event type several of them ask about: shared by every module of the extractor, so none needs another's.
import type { DiplomaticEvent, EventType, Modality } from "../model/event.js";
import type { MissionKind, MissionStatus } from "../model/mission.js";
import type { Provenance } from "../model/provenance.js";
import type { Party } from "./context.js";
import type { EventRule } from "./rules/events.js";
import type { Sentence } from "./sentences.js";

export interface EventCandidate {
  type: EventType;
  source: string;
  target: string;
  date: string | null;
  modality: Modality;
  officials: Set<string>;
  mission: DiplomaticEvent["mission"];
  sources: Provenance[];
  order: number;
  /** The date was read from the event's own sentence (not inherited or defaulted). */
  dated: boolean;
  /** Told in the passive ("ties that were severed"): the text does not say who acted. */
  passive: boolean;
  sentence: number;
}

export interface MissionCandidate {
  generic?: boolean;
  sender: string;
  host: string;
  kind: MissionKind;
  city: string | null;
  status: MissionStatus;
  date: string | null;
  /** The date was read from the mention's own sentence. */
  dated: boolean;
  order: number;
  sources: Provenance[];
}

export type ProvenanceOf = (sentence: Sentence, start: number, end: number, rule: string, confidence: number) => Provenance;

export type FallbackDate = (at?: number, to?: number) => string | null;

/** What the pairs of one trigger match share: read once per match. */
export interface MatchReading {
  rule: EventRule;
  trigger: string;
  start: number;
  end: number;
  clauseTo: number;
  whereBefore: Party | undefined;
  talks: boolean;
  inClause: Party[];
  modality: Modality;
  isDated: boolean;
  passive: boolean;
  /** The report's day, if known: a third state's dateline hosts only the news of its days. */
  published: string | null;
}

export const RUPTURE: ReadonlySet<string> = new Set(["relations-severed", "ambassador-recalled", "diplomat-expelled", "mission-downgraded"]);

export const TALKS: ReadonlySet<string> = new Set(["meeting", "phone-call"]);
