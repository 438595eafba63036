import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem, type SeededApi, startSeededApi, TOKEN } from "../store-testing.js";

let api: SeededApi;
let readOnly: SeededApi;
beforeAll(async () => {
  [api, readOnly] = await Promise.all([startSeededApi({ token: TOKEN }), startSeededApi({})]);
});
afterAll(async () => {
  await Promise.all([api.close(), readOnly.close()]);
});

// A made-up article about real states.
const ARTICLE = { text: "Kenya recalled its ambassador from Ghana on Friday, the ministry in Nairobi said.", published: "2024-05-06", url: "https://news.example.com/ke-gh" };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("POST /v1/documents", () => {
  it("stores a JSON document with the right token (201 and the IngestReport), then reads it back", async () => {
    const res = await api.post("/v1/documents", JSON.stringify(ARTICLE), bearer(TOKEN));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ duplicate: false, events: { created: 1 } });
    const events = (await (await api.get("/v1/events?dyad=KE,GH")).json()) as { items: unknown[] };
    expect(events.items).toEqual([expect.objectContaining({ type: "ambassador-recalled", date: "2024-05-03" })]);
  });

  it("answers the same document again with 200 and changes nothing", async () => {
    const before = await (await api.get("/v1/stats")).json();
    const res = await api.post("/v1/documents", JSON.stringify(ARTICLE), bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ duplicate: true });
    expect(await (await api.get("/v1/stats")).json()).toEqual(before);
  });

  it("stores text/plain with ?published=", async () => {
    const text = "Chile recalled its ambassador from Peru on Monday.";
    const res = await api.post("/v1/documents?published=2024-05-08&title=Recall", text, { "content-type": "text/plain", ...bearer(TOKEN) });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ events: { created: 1 } });
  });

  it.each([
    ["no Authorization header", {}, "send Authorization: Bearer <token> to write"],
    ["a wrong token", bearer("test-token-3f9b"), "the bearer token is not the one this server accepts"],
    ["a token of another length", bearer("x"), "the bearer token is not the one this server accepts"],
    ["another scheme", { authorization: `Basic ${TOKEN}` }, "send Authorization: Bearer <token> to write"],
  ])("answers %s with a 401 problem and writes nothing", async (_, headers, detail) => {
    const res = await api.post("/v1/documents", JSON.stringify({ ...ARTICLE, text: `${ARTICLE.text} Again.` }), headers);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="chancery"');
    expect(await problem(res)).toEqual({ type: "about:blank", title: "Unauthorized", status: 401, detail });
  });

  it("answers every write with 403 when no token is configured: the server is read-only", async () => {
    for (const path of ["/v1/documents", "/v1/records"]) {
      const res = await readOnly.post(path, JSON.stringify(ARTICLE), bearer(TOKEN));
      expect(res.status).toBe(403);
      expect(await problem(res)).toMatchObject({ status: 403, detail: "server is read-only: set CHANCERY_API_TOKEN" });
    }
    expect((await readOnly.get("/v1/relations/AZ/IL")).status).toBe(200);
  });

  it("answers a write without credentials to a read-only server with a 401 problem", async () => {
    const res = await readOnly.post("/v1/documents", JSON.stringify(ARTICLE));
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await problem(res)).toMatchObject({ status: 401, detail: expect.stringContaining("read-only") });
  });

  it("answers an invalid document with a 400 problem naming the field", async () => {
    const res = await api.post("/v1/documents", JSON.stringify({ ...ARTICLE, published: "6 May" }), bearer(TOKEN));
    expect(res.status).toBe(400);
    expect(await problem(res)).toMatchObject({ code: "INVALID_INPUT", issues: [{ field: "published", received: '"6 May"' }] });
  });

  it("answers GET with 405", async () => {
    expect((await api.get("/v1/documents")).status).toBe(405);
  });
});
