import { getActor, lookupActorName } from "../gazetteer/actors.js";

// Country-code domains sold as generic names say nothing about where a site is.
const GENERIC_CC = new Set(["co", "io", "tv", "me", "fm", "ai", "ly", "to", "cc", "ws", "la", "am", "im", "is", "it", "in", "us", "nu", "gg", "vc", "sh", "ac", "so", "st", "tk", "ml", "ga", "cf", "gq", "eu"]);

/**
 * The state a publisher belongs to, read from its web address: a country-code domain (`nation.com.pk`,
 * `statehouse.gov.sl`), else a country's name in the host (`kenya-today.com`). A weak prior for officials and posts
 * the text leaves without a state, as GDELT keys sources by country.
 * @example publisherCountry("https://www.example.com.pk/news/1") // "PK"
 */
export function publisherCountry(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split(".");
  const tld = labels.at(-1) ?? "";
  const official = labels.includes("gov") || labels.includes("gob") || labels.includes("mfa");
  if (tld.length === 2 && (!GENERIC_CC.has(tld) || official) && tld !== "uk" && getActor(tld.toUpperCase())) return tld.toUpperCase();
  if (tld === "uk") return "GB";
  // A state's name in the host name ("jordannewsgazette"): the longest one wins.
  const words = host.replace(/^www\./, "").split(/[.-]/).slice(0, -1).join(" ");
  let best = null as { code: string; length: number } | null;
  for (const a of [...words.matchAll(/[a-z]{4,}/g)].map((m) => m[0])) {
    for (let len = a.length; len >= 4; len--) {
      for (let i = 0; i + len <= a.length; i++) {
        const piece = a.slice(i, i + len);
        const hit = lookupActorName(piece.charAt(0).toUpperCase() + piece.slice(1));
        if (hit && hit.kind === "name" && getActor(hit.code)?.kind !== "organisation" && (!best || len > best.length)) best = { code: hit.code, length: len };
      }
      if (best) break;
    }
  }
  return best?.code ?? null;
}
