// A web page → the article in it: its main text (Readability drops menus, footers and asides), title, canonical
// address and published day. A subpath of its own (`@proj/core/html`): linkedom and Readability are loaded only by
// the programs that read HTML, not by everything that imports @proj/core.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { DocumentInput } from "../model/document.js";

/** What a page says about its article; absent fields were not found (or not valid). */
export interface HtmlArticle {
  text: string;
  title?: string;
  url?: string;
  published?: string;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The article of an HTML page, one paragraph per block.
 * @example readHtmlArticle("<html><head><title>T</title></head><body><p>Arnor opened an embassy.</p></body></html>").text
 */
export function readHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(meta('meta[property="article:published_time"]') ?? "")?.[0];
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta('meta[property="og:url"]');
  const pageTitle = document.title ?? "";
  // Readability rewrites the document, so the metadata above is read first.
  const article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const text = article?.content ? blockText(article.content) : blockText(document.body as unknown as DomNode);
  const title = article?.title?.trim() || pageTitle.trim() || undefined;
  return {
    text,
    ...(title ? { title } : {}),
    ...(url && DocumentInput.shape.url.safeParse(url).success ? { url } : {}),
    ...(day && DocumentInput.shape.published.safeParse(day).success ? { published: day } : {}),
  };
}

/** Elements that end a paragraph of the article's text. */
const BLOCKS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "BLOCKQUOTE",
  "PRE", "TABLE", "TR", "FIGURE", "FIGCAPTION", "HEADER", "BR", "HR",
]);

/** Text with a blank line between blocks and spaces collapsed within them, as the extractor reads paragraphs. */
function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const block = current.replace(/\s+/g, " ").trim();
    if (block) blocks.push(block);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) current += node.nodeValue ?? "";
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}
