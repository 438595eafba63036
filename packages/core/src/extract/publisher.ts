import { getActor, lookupActorName } from "../gazetteer/actors.js";
import { remembered } from "../remembered.js";

// National newspapers, broadcasters and agencies whose web addresses name no state (a country-code domain or a state's
// name in the host already does). International wires (Reuters, AP, AFP's English wire) and regional outlets are left
// out: they write from everywhere, and no state is their home.
const OUTLETS: ReadonlyMap<string, string> = new Map(Object.entries({
  "tass.com": "RU", "rt.com": "RU", "sputniknews.com": "RU", "news.cn": "CN", "xinhuanet.com": "CN", "cgtn.com": "CN", "thehindu.com": "IN",
  "hindustantimes.com": "IN", "indiatimes.com": "IN", "ndtv.com": "IN", "indianexpress.com": "IN", "dawn.com": "PK", "aljazeera.com": "QA",
  "alarabiya.net": "SA", "arabnews.com": "SA", "thenationalnews.com": "AE", "gulfnews.com": "AE", "khaleejtimes.com": "AE", "dailysabah.com": "TR",
  "hurriyetdailynews.com": "TR", "trtworld.com": "TR", "timesofisrael.com": "IL", "haaretz.com": "IL", "jpost.com": "IL", "israelnationalnews.com": "IL",
  "ynetnews.com": "IL", "kyodonews.net": "JP", "koreaherald.com": "KR", "straitstimes.com": "SG", "channelnewsasia.com": "SG", "bernama.com": "MY",
  "theborneopost.com": "MY", "malaymail.com": "MY", "inquirer.net": "PH", "philstar.com": "PH", "rappler.com": "PH", "antaranews.com": "ID",
  "thejakartapost.com": "ID", "tehrantimes.com": "IR", "egypttoday.com": "EG", "nation.africa": "KE", "sabcnews.com": "ZA", "news24.com": "ZA",
  "premiumtimesng.com": "NG", "punchng.com": "NG", "vanguardngr.com": "NG", "thisdaylive.com": "NG", "myjoyonline.com": "GH", "apanews.net": "SN",
  "efe.com": "ES", "elpais.com": "ES", "france24.com": "FR", "dw.com": "DE", "bbc.com": "GB", "theguardian.com": "GB", "ft.com": "GB",
  "nytimes.com": "US", "washingtonpost.com": "US", "latimes.com": "US", "cnn.com": "US", "foxnews.com": "US", "newsday.com": "US", "politico.com": "US",
  "npr.org": "US", "akipress.com": "KG", "armenpress.am": "AM", "ukrinform.net": "UA", "kyivindependent.com": "UA", "b92.net": "RS",
  "plenglish.com": "CU", "telesurenglish.net": "VE", "buenosairesherald.com": "AR", "thedailystar.net": "BD", "dhakatribune.com": "BD",
  "tbsnews.net": "BD", "bssnews.net": "BD", "kathmandupost.com": "NP", "tolonews.com": "AF", "khaama.com": "AF", "stabroeknews.com": "GY",
  "demerarawaves.com": "GY", "searchlight.vc": "VC", "matangitonga.to": "TO",
}));

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
  const host = hostOf(url);
  return host === null ? null : HOME_OF_HOST(host, readHost);
}

// A batch of one outlet's articles asks about the same host every time.
const HOME_OF_HOST = remembered<string | null>(10_000);

function readHost(host: string): string | null {
  const labels = host.split(".");
  // A national outlet on a generic domain, as GDELT's source-country table keys it ("english.news.cn" is covered below).
  for (let k = 0; k < labels.length - 1; k++) {
    const outlet = OUTLETS.get(labels.slice(k).join("."));
    if (outlet) return outlet;
  }
  const tld = labels.at(-1) ?? "";
  const official = isGovernmentHost(labels);
  if (tld.length === 2 && (!GENERIC_CC.has(tld) || official) && tld !== "uk" && getActor(tld.toUpperCase())) return tld.toUpperCase();
  if (tld === "uk") return "GB";
  // (The US federal government's sites have the top-level domains of their own: "state.gov", "defense.gov".)
  if (tld === "gov" || tld === "mil") return "US";
  // A state's name as a part of the host name ("kenya-today"), or opening it when the name is long enough not to be
  // the start of another word ("jordannewsgazette", but not "indianapolisstar" or "romancenovels").
  const parts = host.replace(/^www\./, "").split(/[.-]/).slice(0, -1);
  const asName = (piece: string, demonym = false) => {
    const hit = lookupActorName(piece.charAt(0).toUpperCase() + piece.slice(1));
    return hit && (hit.kind === "name" || (demonym && hit.kind === "demonym")) && getActor(hit.code)?.kind !== "organisation" ? hit.code : null;
  };
  for (const part of parts) {
    // A whole part may also be a demonym ("peruvian-times").
    const whole = asName(part, true);
    if (whole) return whole;
    for (let len = Math.min(part.length - 1, 20); len >= 6; len--) {
      const prefix = asName(part.slice(0, len));
      if (prefix) return prefix;
    }
  }
  return null;
}

/**
 * A government's own site (`mfa.gov.md`, `www.mre.gov.py`, `presidency.gob.pe`): the officials it names without a state
 * are that state's, more surely than on a newspaper's site.
 */
export function isGovernmentSite(url: string | null | undefined): boolean {
  const host = hostOf(url);
  return host !== null && isGovernmentHost(host.split("."));
}

const GOVERNMENT_LABELS: ReadonlySet<string> = new Set(["gov", "gob", "mfa", "mofa"]);
const isGovernmentHost = (labels: readonly string[]) => labels.some((l) => GOVERNMENT_LABELS.has(l));

/** A web address's host name in lower case, or null when there is none to read. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  // The common address, read without the URL parser (a few microseconds an article, asked twice): a scheme, "//", a
  // plain ASCII host with no port or user, then the path. Anything else goes to the parser, which knows every rule.
  const plain = PLAIN_ADDRESS.exec(url);
  if (plain) return plain[1]!.toLowerCase();
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const PLAIN_ADDRESS = /^https?:\/\/((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?=[/?#]|$)/;
