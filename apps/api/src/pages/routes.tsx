// The HTML pages at /, read from the same store through the same queries as the JSON API. Errors here are pages
// too (a 404 page, not a problem+json body), and forms work without scripts.
import { fileURLToPath } from "node:url";
import { annotate, CoreError, DocumentInput, extract, getActor, issuesFromZod } from "@proj/core";
import { ingestDocument, type StoredDocument, type Store } from "@proj/store";
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, Router } from "express";
import multer from "multer";
import type { VNode } from "preact";
import { tokenMatches } from "../auth.js";
import { responseCacheOf } from "../middleware.js";
import { ArticlePage, type ArticleFormValues, NewArticlePage } from "./article.js";
import { CountryPage } from "./country.js";
import { HomePage } from "./home.js";
import { ErrorPage, pageHtml, sendPage } from "./layout.js";
import { EventPage, MissionPage, OfficialPage } from "./records.js";
import { RelationsPage } from "./relations.js";
import { findActors, resolveActor, SearchPage } from "./search.js";

/** Scripts, styles and the icon, in the package's assets/ folder: two levels up from src/pages/, one from the dist/ bundle. */
export const ASSETS = fileURLToPath(new URL(import.meta.url.includes("/src/pages/") ? "../../assets/" : "../assets/", import.meta.url));

export interface PageOptions {
  /** The write token (CHANCERY_API_TOKEN); without one the viewer reads articles but cannot store them. */
  token?: string;
  /** Largest article accepted, in bytes. */
  maxBytes?: number;
}

/** The record a lookup found; none is NOT_FOUND, which the router's error handler turns into a 404 page. */
async function found<T>(value: Promise<T | null>, what: string): Promise<T> {
  const record = await value;
  if (record === null) throw new CoreError("NOT_FOUND", `There is no ${what} with this id in the knowledge base.`);
  return record;
}

/** A form field or query parameter with something in it, else undefined. */
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/** The form's fields (and an uploaded file, a web page read for its article) as a document, or the reasons it is not one. */
async function documentFromForm(req: Request): Promise<{ document?: DocumentInput; values: ArticleFormValues; errors: string[] }> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const values: ArticleFormValues = { text: text(body.text), published: text(body.published), title: text(body.title), url: text(body.url) };
  let fromFile: Partial<DocumentInput> = {};
  const file = (req as Request & { file?: { originalname: string; mimetype: string; buffer: Buffer } }).file;
  if (file && file.buffer.length > 0) {
    const content = file.buffer.toString("utf8");
    const html = /\.html?$/i.test(file.originalname) || file.mimetype === "text/html" || /^\s*<(?:!doctype html|html|head|body)\b/i.test(content);
    if (html) {
      const { readHtmlArticle } = await import("@proj/core/html");
      fromFile = readHtmlArticle(content);
    } else fromFile = { text: content };
  }
  // A page's own metadata fills what the form leaves empty; the form's fields win where given.
  const input = Object.fromEntries(
    Object.entries({ ...fromFile, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) }).filter(([, v]) => v !== undefined),
  );
  if (typeof input.text !== "string" || input.text.trim() === "") return { values, errors: ["Paste the article’s text or choose a file."] };
  const parsed = DocumentInput.safeParse(input);
  if (parsed.success) return { document: parsed.data, values: { ...values, text: parsed.data.text }, errors: [] };
  const errors = issuesFromZod(parsed.error, {}, input).map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message));
  return { values, errors };
}

export function pageRoutes(store: Store, options: PageOptions = {}): Router {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, fieldSize: maxBytes, files: 1, fields: 10 } });
  const form = express.urlencoded({ extended: false, limit: maxBytes });
  const get = (path: string, handler: RequestHandler) => router.get(path, handler);
  // Pages that depend only on their URL and the data are rendered once per data version, like the JSON reads.
  const cache = responseCacheOf(store);
  const cached = (req: Request, res: Response, render: () => Promise<VNode>) =>
    cache.reply(req, res, async () => ({ body: pageHtml(await render()) }), "html");

  router.use("/assets", express.static(ASSETS, { maxAge: "1h", fallthrough: false, index: false }));
  // A page must show a write at once (an ingested article, new counts): browsers revalidate every time, and the
  // ETag makes an unchanged page a bodiless 304.
  router.use((_req, res, next) => {
    res.set("Cache-Control", "no-cache");
    next();
  });

  get("/", (req, res) =>
    cached(req, res, async () => {
      const [stats, recent] = await Promise.all([store.stats(), store.recentEvents(20)]);
      return <HomePage stats={stats} recent={recent} />;
    }),
  );

  get("/search", (req, res) =>
    cached(req, res, async () => {
      const query = (text(req.query.q) ?? "").slice(0, 200);
      const officials = query ? (await store.officials({ q: query, limit: 50 })).items : [];
      return <SearchPage query={query} actors={findActors(query)} officials={officials} />;
    }),
  );

  get("/countries/:code", async (req, res) => {
    const code = String(req.params.code);
    if (code !== code.toUpperCase() && getActor(code.toUpperCase())) return res.redirect(301, `/countries/${code.toUpperCase()}`);
    if (!getActor(code)) throw new CoreError("NOT_FOUND", `No country or organisation has the code “${code}”.`);
    await cached(req, res, async () => <CountryPage profile={await store.countryProfile(code)} />);
  });

  // The pair form: names or codes in, a bookmarkable /relations/A/B out.
  get("/relations", (req, res) => {
    const a = resolveActor(text(req.query.a) ?? "");
    const b = resolveActor(text(req.query.b) ?? "");
    if (!a || !b) throw new CoreError("NOT_FOUND", `No country or organisation matches “${!a ? String(req.query.a ?? "") : String(req.query.b ?? "")}”.`);
    res.redirect(303, `/relations/${a}/${b}`);
  });

  get("/relations/:a/:b", async (req, res) => {
    const [a, b] = [String(req.params.a), String(req.params.b)];
    const [ca, cb] = [resolveActor(a), resolveActor(b)];
    if (!ca || !cb) throw new CoreError("NOT_FOUND", `No country or organisation matches “${!ca ? a : b}”.`);
    if (ca !== a || cb !== b) return res.redirect(301, `/relations/${ca}/${cb}`);
    await cached(req, res, async () => <RelationsPage relations={await store.relations(ca, cb)} />);
  });

  get("/events/:id", (req, res) =>
    cached(req, res, async () => {
      const event = await found(store.getEvent(String(req.params.id)), "event");
      const ids = [...new Set(event.support.flatMap((s) => (s.documentId ? [s.documentId] : [])))].slice(0, 50);
      const documents = new Map<string, StoredDocument>();
      for (const doc of await Promise.all(ids.map((id) => store.getDocument(id)))) if (doc) documents.set(doc.id, doc);
      const officials = new Map<string, string>();
      for (const name of event.officials.slice(0, 20)) {
        const match = (await store.officials({ q: name, limit: 5 })).items.find((o) => o.name === name || o.aliases.includes(name));
        if (match) officials.set(name, match.id);
      }
      return <EventPage event={event} documents={documents} officials={officials} />;
    }),
  );

  get("/missions/:id", async (req, res) => {
    const mission = await found(store.getMission(String(req.params.id)), "mission");
    if (mission.id !== req.params.id) return res.redirect(301, `/missions/${encodeURIComponent(mission.id)}`);
    await cached(req, res, async () => {
      const { items } = await store.events({ dyad: [mission.sender, mission.host], limit: 500 });
      const events = items.filter((e) => e.mission && e.mission.sender === mission.sender && e.mission.host === mission.host && e.mission.kind === mission.kind);
      return <MissionPage mission={mission} events={events} />;
    });
  });

  get("/officials/:id", (req, res) =>
    cached(req, res, async () => {
      const official = await found(store.getOfficial(String(req.params.id)), "official");
      const names = new Set([official.name, ...official.aliases]);
      const { items } = await store.events({ actor: official.country, limit: 500 });
      return <OfficialPage official={official} events={items.filter((e) => e.officials.some((n) => names.has(n)))} />;
    }),
  );

  get("/articles/new", (_req, res) => {
    sendPage(res, <NewArticlePage />);
  });

  get("/articles/:id", (req, res) =>
    cached(req, res, async () => {
      const stored = await found(store.getDocument(String(req.params.id)), "article");
      const input = { text: stored.text, published: stored.published, url: stored.url, title: stored.title, publisher: stored.publisher };
      return <ArticlePage extraction={extract(input)} annotations={annotate(input)} stored={stored} writable={Boolean(options.token)} />;
    }),
  );

  router.post("/articles/read", upload.single("file"), async (req, res) => {
    res.set("Cache-Control", "no-store");
    const { document, values, errors } = await documentFromForm(req);
    if (!document) return sendPage(res, <NewArticlePage values={values} errors={errors} />, 400);
    sendPage(res, <ArticlePage extraction={extract(document)} annotations={annotate(document)} writable={Boolean(options.token)} />);
  });

  router.post("/articles/ingest", form, async (req, res) => {
    res.set("Cache-Control", "no-store");
    const presented = text((req.body as Record<string, unknown> | undefined)?.token);
    if (!options.token) {
      return sendPage(res, <ErrorPage status={403} title="Read-only" detail="This server does not accept writes: start it with CHANCERY_API_TOKEN set." />, 403);
    }
    if (!presented || !tokenMatches(presented, options.token)) {
      return sendPage(res, <ErrorPage status={401} title="Wrong token" detail="The token is not the one this server accepts; nothing was stored." />, 401);
    }
    const { document, values, errors } = await documentFromForm(req);
    if (!document) return sendPage(res, <NewArticlePage values={values} errors={errors} />, 400);
    const report = await ingestDocument(store, document);
    res.redirect(303, `/articles/${report.documentId}`);
  });

  // A browser that follows a broken link gets a page; API clients still get problem+json from the app's last handler.
  router.get(/.*/, (req, res, next) => {
    if (req.path.startsWith("/v1/") || req.accepts(["json", "html"]) !== "html") return next();
    sendPage(res, <ErrorPage status={404} title="Not found" detail={`There is no page at ${req.path}.`} />, 404);
  });

  router.use(pageErrors);
  return router;
}

/** Errors on a page are pages: what went wrong in words, the status in the response. */
const pageErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof CoreError && error.code === "NOT_FOUND") {
    return sendPage(res, <ErrorPage status={404} title="Not found" detail={error.message} />, 404);
  }
  if (error instanceof multer.MulterError) {
    const status = error.code === "LIMIT_FILE_SIZE" || error.code === "LIMIT_FIELD_VALUE" ? 413 : 400;
    return sendPage(res, <ErrorPage status={status} title={status === 413 ? "Too large" : "Bad upload"} detail={`The upload was refused: ${error.message}.`} />, status);
  }
  if (error instanceof CoreError && error.code === "INVALID_INPUT") {
    return sendPage(res, <ErrorPage status={400} title="Bad request" detail={error.message} />, 400);
  }
  const status = (error as { status?: number }).status;
  if (status === 404) return sendPage(res, <ErrorPage status={404} title="Not found" detail="There is no such file." />, 404);
  if (typeof status === "number" && status >= 400 && status < 500) {
    return sendPage(res, <ErrorPage status={status} title="Bad request" detail="The request could not be read." />, status);
  }
  next(error);
};
