// @proj/core/html — reading articles out of web pages (loads linkedom and Readability).
export { readHtmlArticle } from "./article.js";
export type { HtmlArticle } from "./article.js";
