// The pages over HTTP without a browser: what they say, their statuses, redirects, forms and errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExampleSite, exampleSite, TEST_TOKEN } from "./testing.js";

let site: ExampleSite;
let readOnly: ExampleSite;
beforeAll(async () => {
  [site, readOnly] = await Promise.all([exampleSite(), exampleSite({})]);
});
afterAll(async () => {
  await Promise.all([site?.close(), readOnly?.close()]);
});

const HTML = { accept: "text/html,application/xhtml+xml" };
const page = async (path: string, init: RequestInit = {}, on = site) => {
  const res = await fetch(`${on.url}${path}`, { redirect: "manual", ...init, headers: { ...HTML, ...(init.headers as Record<string, string>) } });
  return { res, html: await res.text() };
};
/** The visible text of some HTML, tags dropped and entities of the few kinds the renderer writes decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

describe("pages", () => {
  it("the home page counts what the knowledge base holds and lists the latest events, newest first", async () => {
    const { res, html } = await page("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const etag = res.headers.get("etag")!;
    expect((await page("/", { headers: { "if-none-match": etag } })).res.status).toBe(304);
    expect(html.startsWith("<!doctype html><html lang=\"en\">")).toBe(true);
    const stats = await site.store.stats();
    expect(textOf(html)).toContain(`articles and record files ${stats.documents}`);
    const dates = [...html.matchAll(/<time dateTime="([^"]+)"/gi)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(html).toContain('href="/relations/AZ/IL"');
  });

  it("relations: both sides' missions with history and level, and a timeline whose markers link to the listed events", async () => {
    const { res, html } = await page("/relations/AZ/IL");
    expect(res.status).toBe(200);
    const text = textOf(html);
    expect(text).toContain("Azerbaijan in Israel Representation: ambassador");
    expect(text).toMatch(/Embassy in Tel Aviv open .*29 Mar 2023 open/);
    const markers = [...html.matchAll(/<a href="#event-([^"]+)"/g)].map((m) => m[1]);
    const listed = [...html.matchAll(/<li id="event-([^"]+)"/g)].map((m) => m[1]);
    expect(markers.length).toBeGreaterThan(2);
    expect(listed).toEqual(expect.arrayContaining(markers));
    // Each event shows its sentence and where it came from.
    expect(html).toMatch(/<blockquote[^>]*><p>[^<]*embassy in Tel Aviv[^<]*<\/p><\/blockquote>/);
    expect(html).toMatch(/class="outlet">[a-z-]+\.example\.(org|com)</);
  });

  it("relations accept names and lower case, redirecting to the codes' address; unknown states are a 404 page", async () => {
    expect((await page("/relations/az/israel")).res.headers.get("location")).toBe("/relations/AZ/IL");
    expect((await page("/relations?a=Azerbaijan&b=israeli")).res.headers.get("location")).toBe("/relations/AZ/IL");
    const missing = await page("/relations/AZ/Atlantis");
    expect(missing.res.status).toBe(404);
    expect(textOf(missing.html)).toContain("No country or organisation matches “Atlantis”");
  });

  it("country: the map shades the states of its network and links them to their relations", async () => {
    const { res, html } = await page("/countries/AZ");
    expect(res.status).toBe(200);
    expect(html).toMatch(/<a href="\/relations\/AZ\/IL" class="land both"/);
    expect(html).toMatch(/<a href="\/relations\/AZ\/PS" class="land abroad"/);
    expect(textOf(html)).toMatch(/Abroad 1 0 0 1 2/);
    expect((await page("/countries/az")).res.headers.get("location")).toBe("/countries/AZ");
    expect((await page("/countries/QQ")).res.status).toBe(404);
  });

  it("event, mission, official and article pages show their sources; unknown ids are 404 pages", async () => {
    const relations = await site.store.relations("AZ", "IL");
    const opened = relations.timeline.find((e) => e.type === "mission-opened" && e.source === "AZ" && e.date?.startsWith("2023"))!;
    const event = await page(`/events/${encodeURIComponent(opened.id)}`);
    expect(event.res.status).toBe(200);
    expect(textOf(event.html)).toMatch(/Mission opened 29 Mar 2023/);
    expect(event.html).toMatch(/merged: /);
    expect(event.html).toMatch(/<a href="\/articles\/[0-9a-f]+#at-\d+-\d+">in the article<\/a>/);
    const mission = await page(`/missions/${encodeURIComponent(relations.missions.aInB[0]!.id)}`);
    expect(textOf(mission.html)).toMatch(/History .*open/);
    const official = (await site.store.officials({ q: "Bayramov" })).items[0]!;
    const officialPage = await page(`/officials/${encodeURIComponent(official.id)}`);
    expect(textOf(officialPage.html)).toContain("Foreign Minister");
    const docId = opened.sources[0]!.documentId!;
    const article = await page(`/articles/${docId}`);
    const span = opened.sources[0]!.spans[0]!;
    expect(article.html).toContain(`id="at-${span.start}-${span.end}"`);
    expect(article.html).toContain("in the knowledge base");
    for (const path of ["/events/nope", "/missions/nope", "/officials/nope", "/articles/0000000000000000"]) {
      expect((await page(path)).res.status, path).toBe(404);
    }
  });

  it("search matches states by name, demonym or capital, and officials by surname", async () => {
    const text = textOf((await page("/search?q=Baku")).html);
    expect(text).toContain("Azerbaijan AZ");
    expect(textOf((await page("/search?q=bayramov")).html)).toMatch(/Officials Jeyhun Bayramov/);
    expect(textOf((await page("/search?q=zzzz")).html)).toContain("Nothing matches “zzzz”");
  });

  it("a broken link is a page for a browser and problem+json for an API client", async () => {
    const browser = await page("/no/such/page");
    expect(browser.res.status).toBe(404);
    expect(browser.res.headers.get("content-type")).toMatch(/^text\/html/);
    const client = await fetch(`${site.url}/no/such/page`);
    expect(client.status).toBe(404);
    expect(client.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("answers hostile paths and queries with a page, never a 500 or an echo of markup", async () => {
    const hostile = ["<script>alert(1)</script>", "' OR 1=1 --", "%00", "\u202e\u0000ZZ", "🏳️‍🌈".repeat(50), "../../etc/passwd", "x".repeat(5000)];
    for (const value of hostile) {
      const v = encodeURIComponent(value);
      for (const path of [`/countries/${v}`, `/relations/${v}/IL`, `/relations?a=${v}&b=IL`, `/events/${v}`, `/missions/${v}`, `/officials/${v}`, `/articles/${v}`, `/search?q=${v}`]) {
        const { res, html } = await page(path);
        expect([200, 301, 303, 400, 404], `${path} → ${res.status}`).toContain(res.status);
        expect(html).not.toContain("<script>alert(1)</script>");
      }
    }
    expect(await site.store.stats()).toMatchObject({ documents: 10 });
  });

  it("escapes whatever a user sends back into a page", async () => {
    const { html } = await page(`/search?q=${encodeURIComponent('<script>alert("x")</script>')}`);
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(html).toContain("&lt;script>");
  });
});

describe("article viewer", () => {
  const ARTICLE = "Malta opened an embassy in Reykjavik on Monday, the Maltese foreign ministry said.";

  const read = (fields: Record<string, string>, file?: { name: string; type: string; content: string }, on = site) => {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    if (file) body.set("file", new Blob([file.content], { type: file.type }), file.name);
    return page("/articles/read", { method: "POST", body }, on);
  };

  it("reads pasted text against its published day, highlighting what it recognised and listing the records", async () => {
    const { res, html } = await read({ text: ARTICLE, published: "2025-05-14" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(html).toMatch(/<mark id="at-\d+-\d+" class="k-actor" title="actor: Malta">Malta<\/mark>/);
    expect(html).toMatch(/class="k-date" title="date: 2025-05-12">on Monday<\/mark>/);
    expect(textOf(html)).toMatch(/Mission opened Malta → Iceland, 12 May 2025/);
    expect(html).toContain('action="/articles/ingest"');
  });

  it("reads an uploaded web page for its article, title and day", async () => {
    const htmlPage = `<html><head><title>Malta in Iceland</title><meta property="article:published_time" content="2025-05-14T08:00:00Z"></head><body><nav>Home · World</nav><article><p>${ARTICLE}</p></article></body></html>`;
    const { res, html } = await read({ text: "" }, { name: "page.html", type: "text/html", content: htmlPage });
    expect(res.status).toBe(200);
    expect(textOf(html)).toContain("Published 14 May 2025");
    expect(textOf(html)).toMatch(/Mission opened Malta → Iceland, 12 May 2025/);
    expect(textOf(html)).not.toContain("Home · World");
  });

  it("sends the form back with the reasons when there is nothing to read or a field is wrong", async () => {
    const empty = await read({ text: "  " });
    expect(empty.res.status).toBe(400);
    expect(textOf(empty.html)).toContain("Paste the article’s text or choose a file.");
    const badDay = await read({ text: ARTICLE, published: "2025-02-30" });
    expect(badDay.res.status).toBe(400);
    expect(textOf(badDay.html)).toMatch(/published: /);
    expect(badDay.html).toContain(ARTICLE);
  });

  it("refuses an upload larger than the server accepts with a 413 page", async () => {
    const big = await read({}, { name: "big.txt", type: "text/plain", content: "x".repeat(1_100_000) });
    expect(big.res.status).toBe(413);
    expect(textOf(big.html)).toContain("Too large");
  });

  it("stores an article only with the right token, then shows it from the knowledge base", async () => {
    const form = (token: string) => new URLSearchParams({ text: `${ARTICLE} Talks followed.`, published: "2025-05-14", token });
    const before = await site.store.stats();
    expect(textOf((await page("/")).html)).toContain(`articles and record files ${before.documents} `); // now cached
    const wrong = await page("/articles/ingest", { method: "POST", body: form("not-the-token") });
    expect(wrong.res.status).toBe(401);
    expect(await site.store.stats()).toEqual(before);
    const right = await page("/articles/ingest", { method: "POST", body: form(TEST_TOKEN) });
    expect(right.res.status).toBe(303);
    const location = right.res.headers.get("location")!;
    expect(location).toMatch(/^\/articles\/[0-9a-f]{16,}$/);
    expect((await site.store.stats()).documents).toBe(before.documents + 1);
    // Cached pages follow the data: the write changed the store's data version.
    expect(textOf((await page("/")).html)).toContain(`articles and record files ${before.documents + 1} `);
    expect(textOf((await page(location)).html)).toContain("in the knowledge base");
  });

  it("on a read-only server reads articles but says it cannot store them, and refuses ingests", async () => {
    const { html } = await read({ text: ARTICLE }, undefined, readOnly);
    expect(html).not.toContain('action="/articles/ingest"');
    expect(textOf(html)).toContain("This server is read-only");
    const refused = await page("/articles/ingest", { method: "POST", body: new URLSearchParams({ text: ARTICLE, token: "x" }) }, readOnly);
    expect(refused.res.status).toBe(403);
  });
});
