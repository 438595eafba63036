// Child process of crash.test.ts: ingests numbered documents and acknowledges each one only after it committed.
import { numberedArticle } from "./fixtures.js";
import { openStore } from "./open.js";

const [target, from, count, perDocument] = process.argv.slice(2);
const store = await openStore(target!);
process.stdout.write("ready\n");
for (let n = Number(from); n < Number(from) + Number(count); n++) {
  const report = await store.ingestExtraction(numberedArticle(n, Number(perDocument)));
  process.stdout.write(`${report.documentId}\n`);
}
await store.close();
