// A fixed amount of extraction work for instruction counts, which wall-clock runs on a shared host cannot resolve:
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node packages/core/bench/instructions.mjs
// MB (default 0.1) of the benchmark corpus, extracted PASSES (default 3) times; MB=0.001 measures the module load alone.
import { extract, listActors } from "../dist/index.js";
import { createCorpus } from "./corpus.mjs";

const { articles } = createCorpus(listActors, { bytes: Number(process.env.MB ?? 0.1) * 1e6 });
for (let pass = 0; pass < Number(process.env.PASSES ?? 3); pass++) for (const article of articles) extract(article);
