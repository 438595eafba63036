import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DocumentInput } from "@proj/core";
import { ingestDocument, type Store } from "@proj/store";

/** `examples/articles` of this repository: the same depth from src/ and from dist/. */
export const EXAMPLE_ARTICLES = fileURLToPath(new URL("../../../examples/articles/", import.meta.url));

/**
 * Stores the example articles when the knowledge base is empty, so a first run answers `/v1/relations/AZ/IL`.
 * Resolves to the number of documents stored (0 when it already held some). `.json` files are documents
 * `{ text, published, url, title }`; `.txt` files are plain text.
 */
export async function seedIfEmpty(store: Store, dir = EXAMPLE_ARTICLES): Promise<number> {
  if ((await store.stats()).documents > 0) return 0;
  const names = (await readdir(dir)).filter((name) => [".json", ".txt"].includes(extname(name))).sort();
  let stored = 0;
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    const input = extname(name) === ".json" ? DocumentInput.parse(JSON.parse(text)) : { text };
    if (!(await ingestDocument(store, input)).duplicate) stored++;
  }
  return stored;
}
