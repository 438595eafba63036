// Hostile input on every route: malformed and mistyped bodies, oversized bodies, SQL and script injection, odd
// Unicode, absurd limits, unknown parameters. Each answer has an exact status, is a problem+json unless it succeeds,
// never leaks internals, and the knowledge base is unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededApi, startSeededApi, TOKEN } from "./store-testing.js";

const LIMIT = 16 * 1024;
let api: SeededApi;
let before: unknown;
const logged: unknown[] = [];
beforeAll(async () => {
  api = await startSeededApi({ token: TOKEN, bodyLimit: LIMIT, logError: (error) => logged.push(error) });
  before = await (await api.get("/v1/stats")).json();
});
afterAll(() => api.close());

const JSON_TYPE = { "content-type": "application/json" };
const AUTH = { authorization: `Bearer ${TOKEN}` };
const WRITE = { ...JSON_TYPE, ...AUTH };
const SQL = "' OR '1'='1'; DROP TABLE missions; --";
const SCRIPT = "<script>alert(document.cookie)</script>";
const RTL = "\u202eLI\u202c";
const LONE = "\ud800";
const OVERSIZED = JSON.stringify({ text: "x".repeat(LIMIT + 1) });
const q = encodeURIComponent;

type Case = [name: string, method: string, path: string, status: number, body?: string, headers?: Record<string, string>];

const CASES: Case[] = [
  // Malformed JSON: the body parser answers before any route (or the token check) runs.
  ...["/v1/validate", "/v1/extract", "/v1/documents", "/v1/records"].flatMap((path): Case[] => [
    ["truncated JSON", "POST", path, 400, '{"text": "a', WRITE],
    ["a trailing comma", "POST", path, 400, '{"text": "a",}', WRITE],
    ["a bare string (strict JSON takes objects and arrays)", "POST", path, 400, '"text"', WRITE],
    ["null", "POST", path, 400, "null", WRITE],
    ["an oversized body", "POST", path, 413, OVERSIZED, WRITE],
    ["an oversized text body", "POST", path, 413, "x".repeat(LIMIT + 1), { ...AUTH, "content-type": "text/plain" }],
    ["an oversized body without a token", "POST", path, 413, OVERSIZED, JSON_TYPE],
    ["XML", "POST", path, 415, "<missions/>", { ...AUTH, "content-type": "application/xml" }],
    ["an unknown charset", "POST", path, 415, '{"text":"a"}', { ...AUTH, "content-type": "application/json; charset=klingon" }],
    ["a wrong method", "PUT", path, 405, '{"text":"a"}', WRITE],
    ["an unknown query parameter", "POST", `${path}?debug=1`, 400, '{"text":"Peru."}', WRITE],
  ]),
  ["gzip that is not gzip", "POST", "/v1/validate", 400, "not gzip", { ...JSON_TYPE, "content-encoding": "gzip" }],
  ["an unknown content encoding", "POST", "/v1/validate", 415, "{}", { ...JSON_TYPE, "content-encoding": "br2" }],

  // Wrong types.
  ["text as a number", "POST", "/v1/validate", 400, '{"text": 42}', JSON_TYPE],
  ["an unknown field", "POST", "/v1/validate", 400, '{"text": "a", "admin": true}', JSON_TYPE],
  ["a format outside the list", "POST", "/v1/validate", 400, `{"text": "a", "format": ${JSON.stringify(SQL)}}`, JSON_TYPE],
  ["text as an array", "POST", "/v1/extract", 400, '{"text": ["a"]}', JSON_TYPE],
  ["an empty text", "POST", "/v1/extract", 400, '{"text": ""}', JSON_TYPE],
  ["a javascript: URL", "POST", "/v1/extract", 400, '{"text": "Peru.", "url": "javascript:alert(1)"}', JSON_TYPE],
  ["__proto__ in the body", "POST", "/v1/extract", 400, '{"text": "Peru.", "__proto__": {"admin": true}}', JSON_TYPE],
  ["a document with a numeric text", "POST", "/v1/documents", 400, '{"text": 1}', WRITE],
  ["a document dated in words", "POST", "/v1/documents", 400, '{"text": "Peru.", "published": "next Tuesday"}', WRITE],
  ["a document dated with an RTL override", "POST", "/v1/documents", 400, JSON.stringify({ text: "Peru.", published: `2024-05-0${RTL}8` }), WRITE],
  ["a document without a token", "POST", "/v1/documents", 401, '{"text": "Peru."}', JSON_TYPE],
  ["a document with another scheme", "POST", "/v1/documents", 401, '{"text": "Peru."}', { ...JSON_TYPE, authorization: `Basic ${TOKEN}` }],
  ["a document with a 10,000-character token", "POST", "/v1/documents", 401, '{"text": "Peru."}', { ...JSON_TYPE, authorization: `Bearer ${"A".repeat(10_000)}` }],
  ["records as an array", "POST", "/v1/records", 422, "[]", WRITE],
  ["missions as a string", "POST", "/v1/records", 422, '{"missions": "all"}', WRITE],
  ["a mission with an injected sender", "POST", "/v1/records", 422, JSON.stringify({ missions: [{ sender: SQL, host: "IL", kind: "embassy", status: "open" }] }), WRITE],
  ["a mission with a script kind", "POST", "/v1/records", 422, JSON.stringify({ missions: [{ sender: "AZ", host: "IL", kind: SCRIPT, status: "open" }] }), WRITE],
  ["an event with a lone surrogate date", "POST", "/v1/records", 422, JSON.stringify({ events: [{ type: "visit", source: "AZ", target: "IL", date: `2024${LONE}` }] }), WRITE],
  ["one good and one bad record: all or nothing", "POST", "/v1/records", 422, JSON.stringify({ missions: [{ sender: "CL", host: "PE", kind: "embassy", status: "open" }, { sender: "CL" }] }), WRITE],
  ["a CSV with a bad row", "POST", "/v1/records", 422, "sender,host,kind,status\nCL,PE,embassy,open\nCL,PE,embassy,opened\n", { ...AUTH, "content-type": "text/csv" }],
  ["an unknown format", "POST", "/v1/records?format=xlsx", 400, "a", { ...AUTH, "content-type": "text/plain" }],
  ["records without a token", "POST", "/v1/records", 401, '{"missions": []}', JSON_TYPE],

  // Content that is odd but harmless is read, not stored.
  ["a lone surrogate to validate", "POST", "/v1/validate", 200, JSON.stringify({ text: LONE, format: "json" }), JSON_TYPE],
  ["NUL, RTL overrides and a lone surrogate to extract", "POST", "/v1/extract", 200, JSON.stringify({ text: `Peru\u0000 ${RTL} ${LONE} ${SCRIPT} ${SQL}` }), JSON_TYPE],
  ["a script to extract as text/plain", "POST", "/v1/extract?title=" + q(SCRIPT), 200, SCRIPT, { "content-type": "text/plain" }],

  // Queries: injection is a literal, odd Unicode is a literal, limits are bounded, unknown keys refused.
  ["SQL in a city", "GET", `/v1/missions?city=${q(SQL)}`, 200],
  ["SQL in a name search", "GET", `/v1/officials?q=${q("%' OR 1=1 --")}`, 200],
  ["LIKE wildcards in a name search", "GET", `/v1/officials?q=${q("%_%")}`, 200],
  ["NUL in a city", "GET", `/v1/missions?city=Tel%00Aviv`, 200],
  ["an RTL override in a city", "GET", `/v1/missions?city=${q(RTL)}`, 200],
  ["a broken UTF-8 sequence in a city", "GET", "/v1/missions?city=%ED%A0%80", 200],
  ["SQL in a code", "GET", `/v1/missions?sender=${q(SQL)}`, 400],
  ["a script as a kind", "GET", `/v1/missions?kind=${q(SCRIPT)}`, 400],
  ["a lowercase code", "GET", "/v1/missions?sender=az", 400],
  ["a repeated parameter", "GET", "/v1/missions?sender=AZ&sender=IL", 400],
  ["a bracketed parameter", "GET", "/v1/missions?sender[$ne]=AZ", 400],
  ["a limit of 10^20", "GET", "/v1/missions?limit=100000000000000000000", 400],
  ["a limit of 501", "GET", "/v1/officials?limit=501", 400],
  ["a negative limit", "GET", "/v1/events?limit=-1", 400],
  ["a fractional limit", "GET", "/v1/events?limit=2.5", 400],
  ["a limit in hex", "GET", "/v1/events?limit=0x10", 200],
  ["a limit that is not a number", "GET", "/v1/missions?limit=NaN", 400],
  ["Infinity as a limit", "GET", "/v1/missions?limit=Infinity", 400],
  ["the largest limit", "GET", "/v1/missions?limit=500", 200],
  ["a forged cursor", "GET", `/v1/missions?cursor=${q(Buffer.from(JSON.stringify([SQL])).toString("base64url"))}`, 200],
  ["a cursor that is not one", "GET", `/v1/events?cursor=${q(SQL)}`, 400],
  ["a dyad of three", "GET", "/v1/events?dyad=AZ,IL,PS", 400],
  ["a date that is not EDTF", "GET", `/v1/events?from=${q(SQL)}`, 400],
  ["an unknown key on missions", "GET", "/v1/missions?country=AZ", 400],
  ["an unknown key on officials", "GET", "/v1/officials?name=Aliyev", 400],
  ["an unknown key on events", "GET", "/v1/events?sort=desc", 400],
  ["an unknown key on a mission", "GET", "/v1/missions/AZ-IL-embassy-tel-aviv?expand=all", 400],
  ["an unknown key on relations", "GET", "/v1/relations/AZ/IL?debug=1", 400],
  ["an unknown key on a country", "GET", "/v1/countries/AZ?x=1", 400],
  ["an unknown key on stats", "GET", "/v1/stats?refresh=1", 400],
  ["an unknown key on export", "GET", "/v1/export?colour=red", 400],
  ["an export format outside the list", "GET", `/v1/export?format=${q(SCRIPT)}`, 400],

  // Paths.
  ["SQL as a mission id", "GET", `/v1/missions/${q(SQL)}`, 404],
  ["NUL in an event id", "GET", "/v1/events/ev%00", 404],
  ["a lone surrogate (not UTF-8) as an official id", "GET", "/v1/officials/%ED%A0%80", 400],
  ["a broken escape in an id", "GET", "/v1/missions/%E0%A4%A", 400],
  ["a very long id", "GET", `/v1/missions/${"A".repeat(4000)}`, 404],
  ["SQL as a party", "GET", `/v1/relations/${q(SQL)}/IL`, 404],
  ["an RTL override as a party", "GET", `/v1/countries/${q(RTL)}`, 404],
  ["a script as a party", "GET", `/v1/countries/${q(SCRIPT)}`, 404],
  ["a script as a route", "GET", `/${q(SCRIPT)}`, 404],
  ["a traversal", "GET", "/v1/missions/..%2F..%2Fetc%2Fpasswd", 404],
  ["a wrong method on a list", "DELETE", "/v1/missions", 405],
  ["a wrong method on a record", "PATCH", "/v1/events/anything", 405],
  ["a wrong method on relations", "POST", "/v1/relations/AZ/IL", 405, "{}", JSON_TYPE],
  ["a wrong method on countries", "PUT", "/v1/countries/AZ", 405, "{}", JSON_TYPE],
  ["a wrong method on export", "POST", "/v1/export", 405, "{}", JSON_TYPE],
  ["a wrong method on the document", "POST", "/openapi.json", 405, "{}", JSON_TYPE],
  ["a wrong method on a probe", "DELETE", "/health", 405],
  ["an oversized body where none is read", "DELETE", "/v1/stats", 413, OVERSIZED, JSON_TYPE],
  ["the probes with a query", "GET", "/ready?x=1", 200],
];

/** No stack frames, SQL or file paths in a response body. */
const LEAKS = /\bat \S+ \(|node_modules|\/src\/|SQLITE|sqlite_|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b/;

describe("hostile input", () => {
  it.each(CASES)("%s: %s %s → %i", async (_name, method, path, status, body, headers = {}) => {
    const res = await fetch(`${api.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(status);
    expect(text).not.toMatch(LEAKS);
    if (status >= 400) {
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(text)).toMatchObject({ type: "about:blank", status });
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    if (status === 400 && JSON.parse(text).issues) expect(JSON.parse(text).issues.every((i: { message?: unknown }) => typeof i.message === "string")).toBe(true);
    // A script never comes back as something a browser would run.
    expect(res.headers.get("content-type") ?? "").not.toMatch(/html/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("stored nothing and logged no unexpected error", async () => {
    expect(await (await api.get("/v1/stats")).json()).toEqual(before);
    expect(logged).toEqual([]);
  });

  it("names the zod path of each bad field", async () => {
    const res = await api.post("/v1/records", JSON.stringify({ missions: [{ sender: "AZ", host: "IL", kind: "embassy", status: "open" }, { sender: "AZ", host: "IL", kind: "palace", status: "open" }] }), AUTH);
    expect(((await res.json()) as { issues: unknown[] }).issues).toEqual([expect.objectContaining({ field: "missions[1].kind", received: '"palace"' })]);
    const query = await api.get("/v1/events?dyad=AZ,il");
    expect(((await query.json()) as { issues: unknown[] }).issues).toEqual([expect.objectContaining({ field: "dyad[1]" })]);
  });
});

describe("injection strings that are valid data", () => {
  it("are stored and queried as literals", async () => {
    const city = `Tel Aviv${SQL}`;
    const name = `${SCRIPT} Robert'); DROP TABLE officials;--`;
    const records = { missions: [{ sender: "CL", host: "PE", kind: "embassy", city, status: "open" }], officials: [{ name, country: "CL", role: "ambassador" }] };
    const res = await api.post("/v1/records?file=" + q(SQL), JSON.stringify(records), AUTH);
    expect(res.status).toBe(201);
    const missions = (await (await api.get(`/v1/missions?city=${q(city)}`)).json()) as { items: Array<{ city: string; id: string }> };
    expect(missions.items.map((m) => m.city)).toEqual([city]);
    expect((await api.get(`/v1/missions/${q(missions.items[0]!.id)}`)).status).toBe(200);
    const officials = (await (await api.get(`/v1/officials?q=${q("Robert'); DROP")}`)).json()) as { items: Array<{ name: string }> };
    expect(officials.items.map((o) => o.name)).toEqual([name]);
    // The tables are all still there, one mission and one official more.
    expect(await (await api.get("/v1/stats")).json()).toEqual({ ...(before as object), documents: (before as { documents: number }).documents + 1, missions: (before as { missions: number }).missions + 1, officials: (before as { officials: number }).officials + 1 });
  });
});
