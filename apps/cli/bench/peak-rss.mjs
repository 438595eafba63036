// Preloaded into a benchmarked child (`node --import`): writes its peak resident set size (KiB) where PEAK_RSS_FILE says.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
