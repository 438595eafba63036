import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DocumentInput } from "../model/document.js";
import { type DiplomaticEvent, SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import { Extraction } from "../model/extraction.js";
import { extract } from "./extract.js";

// Three short articles between real states; the people and their words are invented.
const VISIT: DocumentInput = {
  published: "2023-03-29",
  text: `LIMA — Chilean Foreign Minister Ana Rojas arrived in Lima on Monday for a two-day official visit, the first by a Chilean foreign minister in five years.

Rojas held talks with her Peruvian counterpart Luis Paz on Tuesday. Rojas and Paz signed an agreement on border trade and a memorandum of understanding on water management.

Paz said Chile plans to open a consulate general in Arequipa next year. "This is a new chapter," he told reporters.`,
};

const RUPTURE: DocumentInput = {
  published: "2023-03-31",
  text: `VILNIUS — Lithuania recalled its ambassador from Belarus on Thursday and expelled two Belarusian diplomats, the Foreign Ministry said.

Foreign Minister Rasa Vaitkute told reporters that the Lithuanian embassy in Minsk would keep working. Lithuania closed its consulate in Vitebsk last November.

Lithuania and Belarus established diplomatic relations in 1992.`,
};

const TIES: DocumentInput = {
  published: "2023-03-31",
  url: "https://www.example.com.mt/news/1",
  text: `Malta and Bhutan established diplomatic relations on Tuesday at the United Nations in New York.

Maltese Foreign Minister Karl Vella and Bhutanese Foreign Minister Tashi Wangmo signed a joint communiqué on the sidelines of the General Assembly. Vella and Wangmo agreed to open embassies in each other's capitals.`,
};

/** The scored fields of each record, in a stable order (symmetric dyads written alphabetically). */
function core(input: DocumentInput) {
  const result = extract(input);
  const dyad = (e: DiplomaticEvent) => (SYMMETRIC_EVENT_TYPES.has(e.type) ? [e.source, e.target].sort() : [e.source, e.target]);
  return {
    missions: result.missions.map(({ sender, host, kind, city, status }) => ({ sender, host, kind, city, status })).sort((a, b) => `${a.sender}${a.host}${a.kind}`.localeCompare(`${b.sender}${b.host}${b.kind}`)),
    officials: result.officials.map(({ name, country, role }) => ({ name, country, role })).sort((a, b) => a.name.localeCompare(b.name)),
    events: result.events
      .map((e) => {
        const [source, target] = dyad(e);
        return { type: e.type, source, target, date: e.date, officials: [...e.officials].sort() };
      })
      .sort((a, b) => `${a.type}${a.source}${a.target}`.localeCompare(`${b.type}${b.source}${b.target}`)),
  };
}

// Undated news is dated inside the week up to publication (SCHEMA.md conventions).
const inWeekTo = (published: string) => expect.stringMatching(new RegExp(`^${published.slice(0, 8)}\\d\\d$`));

describe("extract: whole articles", () => {
  it("a foreign minister's visit: talks, an agreement, a consulate announced", () => {
    expect(core(VISIT)).toMatchObject({
      missions: [{ sender: "CL", host: "PE", kind: "consulate-general", city: "Arequipa", status: "planned" }],
      officials: [
        { name: "Ana Rojas", country: "CL", role: "foreign-minister" },
        { name: "Luis Paz", country: "PE", role: "foreign-minister" },
      ],
      events: [
        // The memorandum and the agreement were signed at the same talks: one happening.
        { type: "agreement", source: "CL", target: "PE", date: "2023-03-28", officials: ["Ana Rojas", "Luis Paz"] },
        { type: "meeting", source: "CL", target: "PE", date: "2023-03-28", officials: ["Ana Rojas", "Luis Paz"] },
        { type: "mission-announced", source: "CL", target: "PE", date: inWeekTo("2023-03-29") },
        { type: "visit", source: "CL", target: "PE", date: "2023-03-27", officials: ["Ana Rojas"] },
      ],
    });
  });

  it("a rupture: recall, expulsion, a closed consulate and background relations", () => {
    expect(core(RUPTURE)).toMatchObject({
      missions: [
        { sender: "LT", host: "BY", kind: "consulate", city: "Vitebsk", status: "closed" },
        { sender: "LT", host: "BY", kind: "embassy", city: "Minsk", status: "open" },
      ],
      officials: [{ name: "Rasa Vaitkute", country: "LT", role: "foreign-minister" }],
      events: [
        { type: "ambassador-recalled", source: "LT", target: "BY", date: "2023-03-30" },
        { type: "diplomat-expelled", source: "LT", target: "BY", date: "2023-03-30" },
        { type: "mission-closed", source: "LT", target: "BY", date: "2022-11" },
        { type: "relations-established", source: "BY", target: "LT", date: "1992" },
      ],
    });
  });

  it("ties established at the UN: no visit to the United States, embassies planned both ways", () => {
    expect(core(TIES)).toMatchObject({
      missions: [
        { sender: "BT", host: "MT", kind: "embassy", city: null, status: "planned" },
        { sender: "MT", host: "BT", kind: "embassy", city: null, status: "planned" },
      ],
      officials: [
        { name: "Karl Vella", country: "MT", role: "foreign-minister" },
        { name: "Tashi Wangmo", country: "BT", role: "foreign-minister" },
      ],
      events: [
        { type: "agreement", source: "BT", target: "MT", date: "2023-03-28", officials: ["Karl Vella", "Tashi Wangmo"] },
        { type: "mission-announced", source: "BT", target: "MT" },
        { type: "mission-announced", source: "MT", target: "BT" },
        { type: "relations-established", source: "BT", target: "MT", date: "2023-03-28" },
      ],
    });
  });

  it("keeps the document: its hash, published day and address", () => {
    const { document } = extract(TIES);
    expect(document).toMatchObject({ published: "2023-03-31", url: TIES.url, title: null, text: TIES.text });
    expect(document.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

// The shared development set (read-only, beside the repository as on CI): real articles of every shape.
const DEV_SET = new URL("../../../../../shared/eval/dev/", import.meta.url);

describe("extract: contract", () => {
  it("gives every development article an extraction that validates against the Extraction schema", () => {
    const files = readdirSync(DEV_SET).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const doc = JSON.parse(readFileSync(new URL(file, DEV_SET), "utf8"));
      const result = extract({ text: doc.text, published: doc.published ?? null, url: doc.url ?? null, title: doc.title ?? null });
      expect(Extraction.safeParse(result).error?.issues.slice(0, 3), file).toBeUndefined();
    }
  });

  it.each([
    ["visit", VISIT],
    ["rupture", RUPTURE],
    ["ties", TIES],
  ])("%s validates against the Extraction schema", (_, input) => {
    const result = extract(input);
    expect(Extraction.safeParse(result).error).toBeUndefined();
  });

  it.each([
    ["visit", VISIT],
    ["rupture", RUPTURE],
    ["ties", TIES],
  ])("%s is deterministic", (_, input) => {
    expect(extract(input)).toEqual(extract(input));
  });

  it("does not mutate its input", () => {
    const input = { ...VISIT };
    const copy = structuredClone(input);
    extract(Object.freeze(input));
    expect(input).toEqual(copy);
  });

  it("gives every record provenance pointing into the text", () => {
    const result = extract(VISIT);
    const sources = [...result.missions, ...result.officials, ...result.events].flatMap((r) => r.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.documentId).toBe(result.document.id);
      expect(s.rule).not.toBe("");
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      const at = VISIT.text.indexOf(s.sentence!);
      expect(at).toBeGreaterThanOrEqual(0);
      for (const span of s.spans) {
        expect(span.start).toBeGreaterThanOrEqual(at);
        expect(span.end).toBeLessThanOrEqual(at + s.sentence!.length);
      }
    }
  });

  it("reads text with no diplomacy as nothing", () => {
    expect(extract({ text: "It rained in the hills all week.", published: "2023-03-31" })).toMatchObject({ missions: [], officials: [], events: [] });
  });

  // Inputs are parsed at the edge (DocumentInput); inside, an empty text is simply empty.
  it("reads an empty text without a published day as nothing", () => {
    expect(extract({ text: "" })).toMatchObject({ document: { published: null, url: null }, missions: [], officials: [], events: [] });
  });

  // An unknown city ("Grodno"; the gazetteer has "Hrodna") leaves the consulate with the host of the post named before
  // it; a consulate is never folded into an embassy, so the embassy in Minsk stays open.
  it("keeps a consulate in an unlisted city apart from the embassy", () => {
    const result = core({ ...RUPTURE, text: RUPTURE.text.replace("Vitebsk", "Grodno") });
    expect(result.missions).toMatchObject([
      { sender: "LT", host: "BY", kind: "consulate", status: "closed" },
      { sender: "LT", host: "BY", kind: "embassy", city: "Minsk", status: "open" },
    ]);
  });
});

describe("extract: a briefing transcript's question asks, and tells nothing", () => {
  const briefing = (question: string) => `Official Spokesperson: Good afternoon. The Foreign Minister visited Kathmandu on 11 August.\n\n${question}\n\nOfficial Spokesperson: There is no such proposal. Our Embassy in Kathmandu is fully equipped.`;
  it("reads no post and no event from a paragraph labelled as a question", () => {
    for (const label of ["Question (Ravi, The Daily):", "Q:", "Question:"]) {
      const { events, missions } = extract({ text: briefing(`${label} Sir, media have reported that India will open a new consulate in Pokhara and has shut its visa centre in Dhaka. Is that correct?`), published: "2024-08-16" });
      expect(events.filter((e) => e.type.startsWith("mission"))).toEqual([]);
      expect(missions.map((m) => m.city)).not.toContain("Pokhara");
    }
  });
  it("negative: the same words told by the spokesperson are news", () => {
    const { events } = extract({ text: briefing("Official Spokesperson: India will open a new consulate in Pokhara."), published: "2024-08-16" });
    expect(events.map((e) => `${e.type} ${e.source}>${e.target}`)).toContain("mission-announced IN>NP");
  });
});

describe("extract: a bare 'Foreign Office' after 'A's Foreign Office' is A's", () => {
  const officialsOf = (text: string) => extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.country]);
  it("reads the spokesman of the Foreign Office the text gave a state, not the dateline's nor Britain's", () => {
    const text = "LIMA, March 31 (Reuters) - Peru expelled a Chilean diplomat on Friday. Later, Chile's Foreign Office declared a Peruvian diplomat persona non grata, Foreign Office spokesman Luis Paz said.";
    expect(officialsOf(text)).toContainEqual(["Luis Paz", "CL"]);
  });
  it("negative: with no state's Foreign Office named, the bare one stays the dateline's; the British one stays Britain's", () => {
    expect(officialsOf("LIMA, March 31 (Reuters) - Peru expelled a Chilean diplomat on Friday, Foreign Office spokesman Luis Paz said.")).toContainEqual(["Luis Paz", "PE"]);
    expect(officialsOf("Chile's Foreign Office protested on Friday. A British Foreign Office spokesman, Luis Paz, said London was concerned.")).toContainEqual(["Luis Paz", "GB"]);
  });
});
