import * as z from "zod";
import { Document } from "./document.js";
import { DiplomaticEvent } from "./event.js";
import { DiplomaticMission } from "./mission.js";
import { Official } from "./official.js";

export const Extraction = z
  .strictObject({
    document: Document,
    missions: z.array(DiplomaticMission),
    officials: z.array(Official),
    events: z.array(DiplomaticEvent),
  })
  .meta({ id: "Extraction", description: "What one document says: its missions, officials and events, each with provenance." });
export type Extraction = z.infer<typeof Extraction>;
