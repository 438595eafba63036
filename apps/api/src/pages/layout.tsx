// The frame of every page, and the one way pages are sent: server-rendered HTML that reads fully without scripts.
import type { Response } from "express";
import type { ComponentChildren, VNode } from "preact";
import { renderToString } from "preact-render-to-string";

export interface LayoutProps {
  title: string;
  /** The page's one-line summary, for search engines and link previews. */
  description?: string;
  children: ComponentChildren;
}

export function Layout({ title, description, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Chancery`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/chancery.css" />
        <script src="/assets/chancery.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            Chancery
          </a>
          <form class="search" role="search" action="/search" method="get">
            <label for="site-q" class="visually-hidden">
              Search countries, organisations and officials
            </label>
            <input id="site-q" name="q" type="search" placeholder="Country, organisation or official" autoComplete="off" />
            <button type="submit">Search</button>
          </form>
          <nav aria-label="Main">
            <a href="/articles/new">Read an article</a>
            <a href="/docs">API</a>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          Chancery: who represents whom, where, since when — every record with the sentences behind it.{" "}
          <a href="/openapi.json">OpenAPI</a>
        </footer>
      </body>
    </html>
  );
}

/** A page as the HTML text a browser receives. */
export const pageHtml = (page: VNode): string => `<!doctype html>${renderToString(page)}`;

/** Sends a page (200 unless told), as HTML with its doctype; Express adds the weak ETag and answers 304s. */
export function sendPage(res: Response, page: VNode, status = 200): void {
  res.status(status).type("html").send(pageHtml(page));
}

/** A page that says what went wrong, in words, with the way back. */
export function ErrorPage({ status, title, detail }: { status: number; title: string; detail: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{detail}</p>
      <p>
        <a href="/">Back to the start page</a> or search above. ({status})
      </p>
    </Layout>
  );
}
