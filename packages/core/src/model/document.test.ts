import { describe, expect, it } from "vitest";
import { contentHash, Document, DocumentInput, toDocument } from "./document.js";

describe("contentHash", () => {
  it("is 16 hex digits and stable", () => {
    expect(contentHash("The envoy of Gondor arrived in Edoras.")).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash("abc")).toBe(contentHash("abc"));
    expect(contentHash("")).toBe("811c9dc5cbf29ce4");
  });

  it("tells apart texts that differ in one character, in order, or in a non-BMP character", () => {
    const texts = ["abc", "abd", "acb", "abc ", "😀", "😁", "Ab", "aB"];
    expect(new Set(texts.map(contentHash)).size).toBe(texts.length);
  });
});

describe("DocumentInput", () => {
  it("accepts text alone or with its metadata", () => {
    expect(DocumentInput.parse({ text: "x" })).toEqual({ text: "x" });
    expect(DocumentInput.parse({ text: "x", published: "2023-03-31", url: "https://example.org/a", title: null })).toMatchObject({ published: "2023-03-31" });
  });

  it.each([
    ["empty text", { text: "" }, "the document has no text"],
    ["a month for a day", { text: "x", published: "2023-03" }, "expected a calendar day YYYY-MM-DD"],
    ["a javascript: URL", { text: "x", url: "javascript:void 0" }, "Invalid URL"],
  ])("rejects %s", (_, input, message) => {
    expect(DocumentInput.safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});

describe("toDocument", () => {
  it("hashes the text for the id and keeps the source's id as externalId", () => {
    const doc = toDocument({ id: "gd-2023-17", text: "Gondor opened a consulate in Dol Amroth.", published: "2023-03-31" });
    expect(doc).toEqual({
      id: contentHash("Gondor opened a consulate in Dol Amroth."),
      externalId: "gd-2023-17",
      text: "Gondor opened a consulate in Dol Amroth.",
      published: "2023-03-31",
      url: null,
      title: null,
      publisher: null,
    });
    expect(Document.parse(doc)).toEqual(doc);
  });

  it("gives a document that Document rejects when the input skipped validation", () => {
    const doc = toDocument({ text: "x", published: "31/03/2023" });
    expect(Document.safeParse(doc).success).toBe(false);
  });
});

describe("Document", () => {
  it("rejects an id that is not a content hash", () => {
    const doc = toDocument({ text: "x" });
    expect(Document.safeParse({ ...doc, id: "doc-1" }).error?.issues[0]?.message).toBe("expected a hex content hash");
  });
});
