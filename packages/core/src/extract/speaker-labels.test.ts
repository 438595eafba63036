import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";
import { readingText } from "./speaker-labels.js";

describe("readingText", () => {
  it("sets a speaker's label in title case, letter for letter in place", () => {
    const text = "PRIME MINISTER ANA ROJAS: Thank you.\n\nROJAS: No.\n\nMINISTER OF FOREIGN AFFAIRS OF THE UAE LUIS VERA: Yes.";
    const read = readingText(text);
    expect(read).toBe("Prime Minister Ana Rojas: Thank you.\n\nRojas: No.\n\nMinister of Foreign Affairs of the UAE Luis Vera: Yes.");
    expect(read.length).toBe(text.length);
  });
  it("negative: leaves a dateline's town, a text with no label, and capitals inside a line as they are", () => {
    expect(readingText("KUALA LUMPUR: The embassy closed.")).toBe("KUALA LUMPUR: The embassy closed.");
    const plain = "The NATO summit opened. It said: WE ARE READY.";
    expect(readingText(plain)).toBe(plain);
  });
});

describe("a transcript's speakers labelled in capitals", () => {
  const text = "PRESS CONFERENCE, LIMA, 31 MARCH 2023\n\nPRIME MINISTER ANA ROJAS: Thanks for coming. This morning Peru expelled the Chilean ambassador.\n\nROJAS: We acted alone.";
  it("reads the label's title and name as an official, quoting the sentence as written", () => {
    const out = extract({ text, published: "2023-03-31" });
    const rojas = out.officials.find((o) => o.name === "Ana Rojas");
    expect([rojas?.country, rojas?.role]).toEqual(["PE", "head-of-government"]);
    expect(rojas?.sources[0]?.sentence).toBe("PRIME MINISTER ANA ROJAS: Thanks for coming.");
  });
});
