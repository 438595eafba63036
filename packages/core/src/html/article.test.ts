import { describe, expect, it } from "vitest";
import { readHtmlArticle } from "./article.js";

const PAGE = `<!doctype html><html><head><title>Arnor opens an embassy | The Gondor Gazette</title>
<link rel="canonical" href="https://gazette.example/arnor-embassy">
<meta property="article:published_time" content="2024-05-08T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Arnor opens an embassy</h1>
<p>Arnor opened its embassy in Osgiliath on Monday, its foreign ministry said.</p>
<p>The   ambassador,
Elrond Peredhel, presented his credentials on Tuesday.</p></article>
<footer>© The Gondor Gazette</footer></body></html>`;

describe("readHtmlArticle", () => {
  it("keeps the article's paragraphs and reads its title, address and day", () => {
    const article = readHtmlArticle(PAGE);
    expect(article.text).toContain("Arnor opened its embassy in Osgiliath on Monday, its foreign ministry said.\n\nThe ambassador, Elrond Peredhel, presented");
    expect(article.text).not.toContain("Home");
    expect(article.text).not.toContain("©");
    expect(article).toMatchObject({ url: "https://gazette.example/arnor-embassy", published: "2024-05-08" });
    expect(article.title).toMatch(/Arnor opens an embassy/);
  });

  it("leaves out an address or a day that is not valid", () => {
    const article = readHtmlArticle('<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="article:published_time" content="2024-13-45"></head><body><p>Text.</p></body></html>');
    expect(article).toEqual({ text: "Text." });
  });
});
