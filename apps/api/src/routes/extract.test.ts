import { Extraction } from "@proj/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { listen } from "../testing.js";

let api: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  api = await listen(createApp());
});
afterAll(() => api.close());

// A made-up article about real states.
const TEXT = "Moroccan Foreign Minister Nasser Bourita visited Lima on Monday and met Peruvian President Dina Boluarte. Morocco will open an embassy in Lima.";
const post = (body: string, type: string, query = "") =>
  fetch(`${api.url}/v1/extract${query}`, { method: "POST", headers: { "content-type": type }, body });

describe("POST /v1/extract", () => {
  it("reads a JSON DocumentInput and returns its Extraction", async () => {
    const res = await post(JSON.stringify({ text: TEXT, published: "2024-04-10", url: "https://news.example.com/ma-pe", id: "ma-pe" }), "application/json");
    expect(res.status).toBe(200);
    const extraction = Extraction.parse(await res.json());
    expect(extraction.document).toMatchObject({ externalId: "ma-pe", published: "2024-04-10", url: "https://news.example.com/ma-pe" });
    expect(extraction.events).toContainEqual(expect.objectContaining({ type: "visit", source: "MA", target: "PE", date: "2024-04-08" }));
    expect(extraction.officials).toContainEqual(expect.objectContaining({ name: "Nasser Bourita", country: "MA", role: "foreign-minister" }));
  });

  it("reads text/plain with ?published=&url=&title=", async () => {
    const query = `?published=2024-04-10&url=${encodeURIComponent("https://news.example.com/t")}&title=Rabat%20and%20Lima`;
    const res = await post(TEXT, "text/plain; charset=utf-8", query);
    expect(res.status).toBe(200);
    const { document, events } = Extraction.parse(await res.json());
    expect(document).toMatchObject({ published: "2024-04-10", url: "https://news.example.com/t", title: "Rabat and Lima" });
    expect(events).toContainEqual(expect.objectContaining({ type: "visit", date: "2024-04-08" }));
  });

  it("leaves relative dates null for text/plain without ?published", async () => {
    const res = await post(TEXT, "text/plain");
    const { document, events } = Extraction.parse(await res.json());
    expect(document.published).toBeNull();
    expect(events).toContainEqual(expect.objectContaining({ type: "visit", date: null }));
  });

  it("keeps unasserted events with ?keepUnasserted=true", async () => {
    const text = "Chile will establish diplomatic relations with Portugal, officials said on Monday.";
    const planned = expect.objectContaining({ type: "relations-established", modality: "planned" });
    const events = async (query: string) => Extraction.parse(await (await post(text, "text/plain", query)).json()).events;
    expect(await events("")).not.toContainEqual(planned);
    expect(await events("?keepUnasserted=true")).toContainEqual(planned);
  });

  it.each([
    ["a bad field", JSON.stringify({ text: TEXT, published: "10/04/2024" }), "application/json", "", { field: "published", received: '"10/04/2024"' }],
    ["an unknown key", JSON.stringify({ text: TEXT, body: "x" }), "application/json", "", { message: expect.stringContaining('"body"') }],
    ["an empty text", JSON.stringify({ text: "" }), "application/json", "", { field: "text", message: "the document has no text" }],
    ["a javascript: URL", TEXT, "text/plain", "?url=javascript:alert(1)", { field: "url" }],
    ["a bad day", TEXT, "text/plain", "?published=2024-02-30", { field: "published" }],
    ["an unknown parameter", TEXT, "text/plain", "?publisher=x&date=2024", { message: expect.stringContaining('"date"') }],
    ["a bad flag", TEXT, "text/plain", "?keepUnasserted=yes", { field: "keepUnasserted", received: '"yes"' }],
    ["an empty body", "", "text/plain", "", { field: "text" }],
  ])("answers %s with 400 problem+json naming the field", async (_, body, type, query, issue) => {
    const res = await post(body, type, query);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 400, code: "INVALID_INPUT", issues: [issue] });
  });

  it("answers JSON that does not parse with 400", async () => {
    const res = await post('{"text": "Peru",}', "application/json");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ detail: "the request body is not valid JSON" });
  });

  it("answers a body over the limit with 413 problem+json", async () => {
    const res = await post("Peru and Chile. ".repeat(70_000), "text/plain");
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 413, detail: "the request body is larger than this server accepts" });
  });

  it.each([["application/xml"], ["text/html"], ["application/octet-stream"]])("answers the media type %s with 415", async (type) => {
    const res = await post("<p>Peru</p>", type);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: "UNSUPPORTED_FORMAT" });
  });

  it("answers other methods with 405", async () => {
    const res = await fetch(`${api.url}/v1/extract`);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });
});
