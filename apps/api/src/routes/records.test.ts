import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem, type SeededApi, startSeededApi, TOKEN } from "../store-testing.js";

let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi({ token: TOKEN });
});
afterAll(() => api.close());

const auth = { authorization: `Bearer ${TOKEN}` };

describe("POST /v1/records", () => {
  it("stores JSON records (201), merging them with known missions, and the same batch again changes nothing (200)", async () => {
    const body = JSON.stringify({ missions: [{ sender: "AZ", host: "IL", kind: "embassy", city: "Tel Aviv", status: "open", representationLevel: 3 }, { sender: "GH", host: "KE", kind: "embassy", city: "Nairobi", status: "open" }] });
    const res = await api.post("/v1/records?file=embassies.json", body, auth);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ duplicate: false, missions: { created: 1, merged: 1 } });
    expect((await api.post("/v1/records?file=embassies.json", body, auth)).status).toBe(200);
    expect((await api.get("/v1/missions/GH-KE-embassy-nairobi")).status).toBe(200);
  });

  it.each([
    ["text/csv", "", "sender,host,kind,city,status\nGH,NG,embassy,Abuja,open\n"],
    ["application/x-ndjson", "", '{"type":"ambassador-recalled","source":"GH","target":"NG","date":"2024-02"}\n'],
    ["text/plain", "?format=yaml", "- name: Ama Mensah\n  country: GH\n  role: ambassador\n"],
  ])("stores a records file sent as %s%s", async (type, query, body) => {
    const res = await api.post(`/v1/records${query}`, body, { "content-type": type, ...auth });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ duplicate: false });
  });

  it("stores nothing from a batch with an invalid record: a 422 problem names it", async () => {
    const before = await (await api.get("/v1/stats")).json();
    const csv = await api.post("/v1/records", "sender,host,kind,status\nGH,TG,embassy,open\nGH,BJ,embassy,opened\n", { "content-type": "text/csv", ...auth });
    expect(csv.status).toBe(422);
    expect(await problem(csv)).toMatchObject({ code: "INVALID_RECORD", issues: [{ line: 3, field: "status", received: '"opened"' }] });
    const json = await api.post("/v1/records", JSON.stringify({ missions: [{ sender: "gh", host: "TG", kind: "embassy", status: "open" }] }), auth);
    expect(json.status).toBe(422);
    expect(await problem(json)).toMatchObject({ issues: [expect.objectContaining({ field: "missions[0].sender" })] });
    expect(await (await api.get("/v1/stats")).json()).toEqual(before);
  });

  it("needs the token, and a format it reads", async () => {
    expect((await api.post("/v1/records", "{}")).status).toBe(401);
    const xml = await api.post("/v1/records", "<missions/>", { "content-type": "application/xml", ...auth });
    expect(xml.status).toBe(415);
    expect(await problem(xml)).toMatchObject({ code: "UNSUPPORTED_FORMAT" });
    expect(await problem(await api.post("/v1/records?format=xml", "a", { "content-type": "text/plain", ...auth }))).toMatchObject({ status: 400, issues: [{ field: "format" }] });
  });
});
