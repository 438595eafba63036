// The pages in a real browser: Debian's Chromium driven by playwright-core over the example knowledge base. Each page
// must load with no console error and no failed request, pass axe-core with no serious violation, and be
// screenshotted: into docs/screenshots/ for the README with CHANCERY_UPDATE_SCREENSHOTS=1 (`npm run screenshots -w
// @proj/api`), else into a temporary folder, so a test run leaves the checkout as it found it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExampleSite, exampleSite, TEST_TOKEN } from "./testing.js";

const CHROMIUM = process.env.CHANCERY_CHROMIUM ?? "/usr/bin/chromium";
const REQUIRED = process.env.CHANCERY_REQUIRE_BROWSER === "1";
const README_SCREENSHOTS = process.env.CHANCERY_UPDATE_SCREENSHOTS === "1";
/** Where this run's screenshots go (set when the browser starts). */
let SCREENSHOTS = "";
const available = existsSync(CHROMIUM);

if (!available) {
  const message = `browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHANCERY_CHROMIUM)`;
  if (REQUIRED) throw new Error(`${message}; CHANCERY_REQUIRE_BROWSER=1 makes them required`);
  console.warn(`${message}: SKIPPED`);
}

/** What went wrong on a page while it was open: console errors, failed or refused requests, uncaught exceptions. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
  page.on("response", (response) => {
    // The page itself may be a deliberate 404; its sub-resources never may.
    if (response.status() >= 400 && response.request().resourceType() !== "document") problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1:")) problems.push(`left the machine: ${request.url()}`);
  });
  return problems;
}

/** axe-core's serious and critical violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${v.help})`));
}

describe.skipIf(!available)("pages in Chromium", { timeout: 60_000 }, () => {
  let site: ExampleSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await exampleSite();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    SCREENSHOTS = README_SCREENSHOTS ? fileURLToPath(new URL("../../../../docs/screenshots/", import.meta.url)) : `${mkdtempSync(join(tmpdir(), "chancery-screenshots-"))}/`;
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (SCREENSHOTS && !README_SCREENSHOTS) rmSync(SCREENSHOTS, { recursive: true, force: true });
  });

  /** Opens a path, checks it the same way as every other page, and saves its screenshot. */
  async function visit(path: string, shot: string, options: { status?: number } = {}): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems = watch(page);
    const response = await page.goto(`${site.url}${path}`, { waitUntil: "load" });
    expect(response?.status(), path).toBe(options.status ?? 200);
    expect(await seriousViolations(page), `axe on ${path}`).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}${shot}.png`, fullPage: true });
    // Chromium reports a page's own error status on the console; that one is expected when the status is.
    const expected = options.status && options.status >= 400 ? [`console: Failed to load resource: the server responded with a status of ${options.status} (Not Found)`] : [];
    expect(problems, path).toEqual(expected);
    return { page, problems };
  }

  it("home: counts, search and the latest events", async () => {
    const { page } = await visit("/", "home");
    await expect(page.locator("h1").textContent()).resolves.toMatch(/Who represents whom/);
    expect(Number((await page.locator("dl.counts dd").first().textContent())?.replace(/\D/g, ""))).toBeGreaterThan(0);
    expect(await page.locator("ol.events li").count()).toBeGreaterThan(3);
    await page.close();
  });

  it("search finds a country by its demonym and an official by surname", async () => {
    const { page } = await visit("/search?q=azerbaijani", "search");
    await expect(page.getByRole("link", { name: "Azerbaijan", exact: true }).count()).resolves.toBe(1);
    await page.fill("#search-q", "Bayramov");
    await page.press("#search-q", "Enter");
    await page.waitForURL(/q=Bayramov/);
    await expect(page.locator("#found-officials").count()).resolves.toBe(1);
    await page.close();
  });

  it("follows a country to a relation, to an event, to the sentence in its article", async () => {
    const { page, problems } = await visit("/countries/AZ", "country");
    await expect(page.locator(".world-map a.land.abroad").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#abroad ~ .table-wrap tbody tr, #abroad + .table-wrap tbody tr").count()).resolves.toBeGreaterThan(0);
    // The map's Israel links to the AZ–IL relations (by keyboard: Palestine's small shape lies over Israel's middle).
    await page.locator('.world-map a[href="/relations/AZ/IL"]').first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/relations\/AZ\/IL$/);
    await expect(page.locator(".timeline svg a.marker").count()).resolves.toBeGreaterThan(2);
    await expect(page.getByText(/Embassy in Tel Aviv/i).first().isVisible()).resolves.toBe(true);
    const opened = page.locator("ol.events li", { hasText: "Mission opened" }).first();
    await expect(opened.locator("blockquote").first().textContent()).resolves.toMatch(/embassy/i);
    // From the timeline marker to the event in the list, then to the event's page and the article behind it.
    await page.locator(".timeline svg a.marker.fam-mission").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/#event-/);
    await opened.getByRole("link", { name: "Mission opened" }).click();
    await page.waitForURL(/\/events\//);
    await expect(page.locator("ol.support li").count()).resolves.toBeGreaterThan(0);
    await page.getByRole("link", { name: "in the article" }).first().click();
    await page.waitForURL(/\/articles\/[0-9a-f]+#at-\d+-\d+$/);
    const target = page.locator("mark:target");
    await expect(target.count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("relations, event, mission, official and article pages pass the same checks", async () => {
    const { page } = await visit("/relations/AZ/IL", "relations");
    // An event several outlets reported, so its page shows merged sources.
    const eventHref = await page.locator("ol.events > li", { hasText: /[2-9] reports/ }).first().locator("h3 a").getAttribute("href");
    const missionHref = await page.locator(".mission-list a").first().getAttribute("href");
    await page.close();
    (await visit(eventHref!, "event")).page.close();
    (await visit(missionHref!, "mission")).page.close();
    const search = await context.newPage();
    await search.goto(`${site.url}/search?q=Bayramov`);
    const officialHref = await search.locator("#found-officials ~ ul a").first().getAttribute("href");
    await search.close();
    (await visit(officialHref!, "official")).page.close();
    (await visit("/nowhere", "not-found", { status: 404 })).page.close();
  });

  it("reads a pasted article, shows its records on their spans, and ingests it with the token", async () => {
    const { page } = await visit("/articles/new", "article-form");
    await page.fill(
      "#article-text",
      "Valletta, 14 May. Malta opened an embassy in Reykjavik on Monday, the Maltese foreign ministry said.\n\n" +
        "Iceland's Foreign Minister Katrin Olafsdottir welcomed the move, and the new ambassador presented her credentials to the Icelandic president on Tuesday.",
    );
    await page.fill("#article-published", "2025-05-14");
    await page.getByRole("button", { name: "Read the article" }).click();
    await page.waitForURL(/\/articles\/read$/);
    await expect(page.locator("ol.records li", { hasText: "Mission opened" }).count()).resolves.toBe(1);
    await expect(page.locator("mark.k-date").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("mark.k-trigger").count()).resolves.toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}article-read.png`, fullPage: true });
    // Pointing at a record lights its spans (the enhancement script).
    await page.locator("ol.records li", { hasText: "Mission opened" }).hover();
    await expect(page.locator("mark.lit").count()).resolves.toBeGreaterThan(0);
    await page.fill("#ingest-token", TEST_TOKEN);
    await page.getByRole("button", { name: "Ingest" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f]{16,}$/);
    await expect(page.locator(".badge.stored").count()).resolves.toBe(1);
    expect((await site.store.relations("MT", "IS")).missions.aInB.map((m) => m.status)).toEqual(["open"]);
    await page.close();
  });

  it("is keyboard-navigable from the skip link, and readable on a phone", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    const problems = watch(page);
    await page.goto(`${site.url}/relations/AZ/IL`);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#main$/);
    // Nothing wider than the screen: no sideways scrolling on a phone.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOTS}relations-phone.png`, fullPage: false });
    expect(problems).toEqual([]);
    await phone.close();
  });
});
