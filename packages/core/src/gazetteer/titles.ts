import * as z from "zod";
import titlesData from "../../data/titles.json" with { type: "json" };
import { Role } from "../model/official.js";
import { loadDictionary } from "./dictionary.js";

const PORTFOLIO = /^(?:(deputy|vice|assistant|state|junior) )?minister (?:of|for) (?:state for )?(?:[a-z]+,? (?:and )?){0,4}(?:affairs|trade|cooperation|defen[cs]e|finance|economy|justice|interior|health|education|relations|development|industry|energy|agriculture|commerce|culture|tourism|security|expatriates|investment|planning|integration)$/;

let cache: { titles: ReadonlyMap<string, Role>; southAsia: ReadonlySet<string>; maxWords: number } | null = null;

function load() {
  if (cache) return cache;
  const data = loadDictionary("titles.json", titlesData, z.object({ titles: z.record(z.string(), Role), southAsiaForeignSecretary: z.array(z.string()) }));
  const titles = new Map(Object.entries(data.titles).map(([k, v]) => [k.replace(/’/g, "'"), v]));
  const maxWords = Math.max(...[...titles.keys()].map((k) => k.split(" ").length));
  cache = { titles, southAsia: new Set(data.southAsiaForeignSecretary), maxWords };
  return cache;
}

/**
 * Maps a title as written to a role; `country` settles titles whose meaning depends on state practice
 * ("Foreign Secretary" is the minister in the UK but a civil servant in South Asia).
 * @example roleForTitle("Minister of Foreign Affairs") // "foreign-minister"
 */
export function roleForTitle(title: string, country?: string | null): Role | undefined {
  const { titles, southAsia } = load();
  const key = title.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").trim();
  const role = titles.get(key);
  if (key === "foreign secretary" && country && southAsia.has(country)) return "official";
  if (role) return role;
  // "Minister of X Affairs", "Minister for Trade": portfolios are open-ended, so read the shape, not a list.
  const portfolio = PORTFOLIO.exec(key);
  if (!portfolio) return undefined;
  const foreign = /foreign|external|asean|european affairs/.test(key);
  if (portfolio[1]) return foreign ? "deputy-foreign-minister" : "minister";
  return foreign ? "foreign-minister" : "minister";
  return undefined;
}

export function titleIndex(): ReadonlyMap<string, Role> {
  return load().titles;
}

export function maxTitleWords(): number {
  return load().maxWords;
}
