// Preloaded into a benchmarked child (`node --import`): on exit, writes "peakRssKiB peakHeapUsedBytes" where
// PEAK_RSS_FILE says. RSS includes SQLite's page cache; the sampled JS heap (every 20 ms) is what the code holds.
import { writeFileSync } from "node:fs";

let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
setInterval(sample, 20).unref();
process.on("exit", () => {
  sample();
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, `${process.resourceUsage().maxRSS} ${peakHeap}`);
});
