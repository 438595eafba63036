// A made-up story for tests: Arnor (XA) opens an embassy in Gondor (XG), reported by seven articles out of order.
// XA and XG are ISO 3166 user-assigned codes, so no real state is described.
import { Extraction, STATE_FROM_DOCUMENT, toDocument, type Document, type Provenance } from "@proj/core";
import type * as z from "zod";

type ExtractionInput = z.input<typeof Extraction>;
type Input = Omit<ExtractionInput, "document">;
type MissionInput = ExtractionInput["missions"][number];

export const ARNOR = "XA";
export const GONDOR = "XG";

/** Provenance pointing at the sentence of `doc` that contains `quote`. */
export function cite(doc: Document, quote: string, rule = "fixture"): Provenance {
  const start = Math.max(0, doc.text.indexOf(quote));
  return { documentId: doc.id, url: doc.url ?? undefined, sentence: quote, spans: [{ start, end: start + quote.length }], rule, confidence: 0.9 };
}

/** Builds an extraction the way the extractor would: schema defaults applied, every record citing its sentence. */
export function article(text: string, published: string, url: string | null, build: (doc: Document, at: (quote: string) => Provenance) => Input): Extraction {
  const document = toDocument({ text, published, url });
  return Extraction.parse({ document, ...build(document, (quote) => cite(document, quote)) });
}

const embassy = (status: MissionInput["status"], city: string | null, sources: Provenance[]): MissionInput => ({
  sender: ARNOR, host: GONDOR, kind: "embassy", city, status, sources,
});

export const ANNOUNCED = article(
  "Arnor's cabinet announced on 12 January 2023 that it will open an embassy in Osgiliath, the capital of Gondor.",
  "2023-01-20",
  "https://news.example/arnor-embassy-plan",
  (doc, at) => {
    const s = at("Arnor's cabinet announced on 12 January 2023 that it will open an embassy in Osgiliath");
    return {
      missions: [embassy("planned", "Osgiliath", [s])],
      officials: [],
      events: [{ type: "mission-announced", source: ARNOR, target: GONDOR, date: "2023-01-12", mission: { sender: ARNOR, host: GONDOR, kind: "embassy", city: "Osgiliath" }, sources: [s] }],
    };
  },
);

export const APPROVED_AND_VISIT = article(
  "Arnor's parliament on March 30 approved the law establishing the embassy in Osgiliath. Foreign Minister Aragorn el-Telcontar visited Gondor this week and met Gondor's Foreign Minister Faramir Húrin.",
  "2023-04-03",
  "https://news.example/arnor-parliament-embassy",
  (doc, at) => {
    const law = at("Arnor's parliament on March 30 approved the law establishing the embassy in Osgiliath.");
    const trip = at("Foreign Minister Aragorn el-Telcontar visited Gondor this week and met Gondor's Foreign Minister Faramir Húrin.");
    return {
      missions: [embassy("approved", "Osgiliath", [law])],
      officials: [
        { name: "Aragorn el-Telcontar", country: ARNOR, role: "foreign-minister", title: "Foreign Minister", sources: [trip] },
        { name: "Faramir Húrin", country: GONDOR, role: "foreign-minister", title: "Foreign Minister", sources: [trip] },
      ],
      events: [
        { type: "mission-approved", source: ARNOR, target: GONDOR, date: "2023-03-30", sources: [law] },
        { type: "visit", source: ARNOR, target: GONDOR, date: "2023-03-26/2023-04-03", officials: ["Aragorn el-Telcontar"], sources: [trip] },
        { type: "meeting", source: ARNOR, target: GONDOR, date: "2023-03-26/2023-04-03", officials: ["Aragorn el-Telcontar", "Faramir Húrin"], sources: [trip] },
      ],
    };
  },
);

export const VISIT_OTHER_OUTLET = article(
  "Arnor's top diplomat Aragorn Telkontar arrived in Osgiliath on Thursday and held talks with his Gondorian counterpart Hurin.",
  "2023-04-01",
  "https://other.example/telkontar-in-osgiliath",
  (doc, at) => {
    const s = at("Arnor's top diplomat Aragorn Telkontar arrived in Osgiliath on Thursday and held talks with his Gondorian counterpart Hurin.");
    return {
      missions: [],
      officials: [
        { name: "Aragorn Telkontar", country: ARNOR, role: "foreign-minister", sources: [s] },
        { name: "Hurin", country: GONDOR, role: "foreign-minister", sources: [s] },
      ],
      events: [
        { type: "visit", source: ARNOR, target: GONDOR, date: "2023-03-30", officials: ["Aragorn Telkontar"], location: { city: "Osgiliath", country: GONDOR }, sources: [s] },
        { type: "meeting", source: GONDOR, target: ARNOR, date: "2023-03-30", officials: ["Hurin", "Aragorn Telkontar"], sources: [s] },
      ],
    };
  },
);

export const ANNOUNCED_AGAIN = article(
  "On 2 June 2023 Arnor's government said again that it would open an embassy in Gondor.",
  "2023-06-05",
  null,
  (doc, at) => {
    const s = at("On 2 June 2023 Arnor's government said again that it would open an embassy in Gondor.");
    return {
      missions: [embassy("planned", null, [s])],
      officials: [],
      events: [{ type: "mission-announced", source: ARNOR, target: GONDOR, date: "2023-06-02", sources: [s] }],
    };
  },
);

export const OPENED = article(
  "Arnor inaugurated its embassy in Osgiliath on 14 September 2023. Ambassador Arwen Undómiel will head the mission.",
  "2023-09-15",
  "https://news.example/arnor-embassy-opens",
  (doc, at) => {
    const s = at("Arnor inaugurated its embassy in Osgiliath on 14 September 2023.");
    const head = at("Ambassador Arwen Undómiel will head the mission.");
    return {
      missions: [{ ...embassy("open", "Osgiliath", [s]), headOfMission: "Arwen Undómiel" }],
      officials: [
        {
          name: "Arwen Undómiel", country: ARNOR, role: "ambassador", title: "Ambassador", sources: [head],
          positions: [{ role: "ambassador", title: "Ambassador", accreditedTo: GONDOR, from: "2023-09-14" }],
        },
      ],
      events: [{ type: "mission-opened", source: ARNOR, target: GONDOR, date: "2023-09-14", sources: [s] }],
    };
  },
);

export const SUSPENDED = article(
  "Arnor suspended operations at its embassy in Osgiliath on 8 February 2024, citing unrest.",
  "2024-02-10",
  "https://news.example/arnor-embassy-suspended",
  (doc, at) => {
    const s = at("Arnor suspended operations at its embassy in Osgiliath on 8 February 2024, citing unrest.");
    return {
      missions: [embassy("suspended", "Osgiliath", [s])],
      officials: [],
      events: [{ type: "mission-closed", source: ARNOR, target: GONDOR, date: "2024-02-08", sources: [s] }],
    };
  },
);

export const REOPENED = article(
  "The embassy of Arnor in Osgiliath reopened on 4 November 2024, Ambassador Arwen Undomiel said. Telcontar welcomed the move.",
  "2024-11-05",
  "https://news.example/arnor-embassy-reopens",
  (doc, at) => {
    const s = at("The embassy of Arnor in Osgiliath reopened on 4 November 2024, Ambassador Arwen Undomiel said.");
    return {
      missions: [embassy("open", "Osgiliath", [s])],
      officials: [
        { name: "Arwen Undomiel", country: ARNOR, role: "ambassador", sources: [s] },
        { name: "Telcontar", country: ARNOR, role: "foreign-minister", sources: [at("Telcontar welcomed the move.")] },
      ],
      events: [{ type: "mission-opened", source: ARNOR, target: GONDOR, date: "2024-11-04", sources: [s] }],
    };
  },
);

/** The seven articles, in the shuffled order tests ingest them: never in date order. */
export const STORY: readonly Extraction[] = [OPENED, APPROVED_AND_VISIT, SUSPENDED, ANNOUNCED, VISIT_OTHER_OUTLET, REOPENED, ANNOUNCED_AGAIN];

/** Gondor's consulate-general in Fornost, from a structured list: open 2020, closed 2022. */
export const CONSULATE_RECORDS = {
  missions: [
    {
      sender: GONDOR, host: ARNOR, kind: "consulate-general" as const, city: "Fornost", status: "closed" as const,
      history: [
        { status: "open" as const, date: "2020-05" },
        { status: "closed" as const, date: "2022-11-30" },
      ],
    },
  ],
};

/** A document with `n` distinct events of its own, for bulk, pagination and crash tests. */
export function numberedArticle(n: number, events = 3): Extraction {
  const text = `Bulletin ${n}: ${Array.from({ length: events }, (_, i) => `Arnor and Gondor signed accord ${n}.${i}.`).join(" ")}`;
  const day = `20${String(10 + (n % 15)).padStart(2, "0")}-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`;
  return article(text, day, null, (doc, at) => ({
    missions: [],
    officials: [],
    events: Array.from({ length: events }, (_, i) => ({
      type: "agreement" as const, source: ARNOR, target: GONDOR, date: day, officials: [`Signatory ${n}-${i}`], sources: [at(`accord ${n}.${i}.`)],
    })),
  }));
}

/**
 * A later article about Gondor naming "Foreign Minister Aragorn el-Telcontar" without his state: the extractor took
 * the document's own (Gondor), and says so in the rule.
 */
export const STATELESS_MINISTER = article(
  "Gondor's parliament debated the new embassy in the presence of Foreign Minister Aragorn el-Telcontar on 5 May 2024.",
  "2024-05-06",
  "https://third.example/gondor-debate",
  (doc) => {
    const s = cite(doc, "Gondor's parliament debated the new embassy in the presence of Foreign Minister Aragorn el-Telcontar", `official.title-name${STATE_FROM_DOCUMENT}`);
    const event = cite(doc, "Gondor's parliament debated the new embassy");
    return {
      missions: [],
      officials: [{ name: "Aragorn el-Telcontar", country: GONDOR, role: "foreign-minister", sources: [s] }],
      events: [{ type: "meeting", source: ARNOR, target: GONDOR, date: "2024-05-05", officials: ["Aragorn el-Telcontar"], sources: [event] }],
    };
  },
);

/** The same minister as STATELESS_MINISTER's, named shorter and with a generic title, the state again guessed. */
export const STATELESS_SHORT_MINISTER = article(
  "Gondor's parliament heard Minister Aragorn Telcontar on talks with Arnor on 7 May 2024.",
  "2024-05-08",
  "https://fourth.example/gondor-hearing",
  (doc) => {
    const s = cite(doc, "Gondor's parliament heard Minister Aragorn Telcontar on talks with Arnor on 7 May 2024.", `official.title-name${STATE_FROM_DOCUMENT}`);
    const event = cite(doc, "talks with Arnor");
    return {
      missions: [],
      officials: [{ name: "Aragorn Telcontar", country: GONDOR, role: "minister", sources: [s] }],
      events: [{ type: "meeting", source: ARNOR, target: GONDOR, date: "2024-05-07", officials: ["Aragorn Telcontar"], sources: [event] }],
    };
  },
);

/**
 * One visit told twice, as a story cluster tells it: first as undated news (the extractor's approximate report day,
 * "2024-06-12~") under a long form of the name, then with its day under the given name and first surname only.
 */
export const VISIT_UNDATED = article(
  "Gondor's Foreign Minister Denethor Ecthelion Húrin is visiting Arnor, his office said.",
  "2024-06-12",
  "https://gondor-news.example/fm-visit",
  (doc, at) => {
    const s = at("Gondor's Foreign Minister Denethor Ecthelion Húrin is visiting Arnor, his office said.");
    return {
      missions: [],
      officials: [{ name: "Denethor Ecthelion Húrin", country: GONDOR, role: "foreign-minister", title: "Foreign Minister", sources: [s] }],
      events: [{ type: "visit", source: GONDOR, target: ARNOR, date: "2024-06-12~", officials: ["Denethor Ecthelion Húrin"], sources: [s] }],
    };
  },
);
export const VISIT_DATED = article(
  "Denethor Ecthelion, Gondor's foreign minister, arrived in Arnor on June 10.",
  "2024-06-13",
  "https://arnor-daily.example/visit",
  (doc, at) => {
    const s = at("Denethor Ecthelion, Gondor's foreign minister, arrived in Arnor on June 10.");
    return {
      missions: [],
      officials: [{ name: "Denethor Ecthelion", country: GONDOR, role: "foreign-minister", title: "foreign minister", sources: [s] }],
      events: [{ type: "visit", source: GONDOR, target: ARNOR, date: "2024-06-10", officials: ["Denethor Ecthelion"], sources: [s] }],
    };
  },
);
