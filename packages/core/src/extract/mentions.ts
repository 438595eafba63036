import { type ActorNameHit, actorNameIndex, actorNameSpan, type ActorNameKind } from "../gazetteer/actors.js";
import { type City, lookupCity, mayOpenCityName } from "../gazetteer/cities.js";
import { capitalisedTitleRole, isNotTitle, maxTitleWords, roleForTitle, titleSpan, type TitleWords, titleWords } from "../gazetteer/titles.js";
import type { Role } from "../model/official.js";
import { remembered } from "../remembered.js";
import { actorNamesAt, edgeText } from "./actor-trie.js";
import { isAsciiLetter } from "./chars.js";
import { type Token, titleCased } from "./tokens.js";

interface Base {
  /** Token range [from, to) within the sentence. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}
export interface ActorItem extends Base {
  kind: "actor";
  code: string;
  via: ActorNameKind;
}
export interface CityItem extends Base {
  kind: "city";
  city: City;
}
export interface TitleItem extends Base {
  kind: "title";
  role: Role;
  title: string;
  /** Written as a past office: "then-president", "ex-minister". */
  former?: boolean;
}
export interface PersonItem extends Base {
  kind: "person";
  name: string;
}
export interface WordItem extends Base {
  kind: "word";
  lower: string;
  cap: boolean;
}
export type Item = ActorItem | CityItem | TitleItem | PersonItem | WordItem;

/** An item with the fields of every kind: what `newItem` builds before the kind's own fields are set. */
interface AnyItem extends Base {
  kind: Item["kind"];
  code: string | undefined;
  via: ActorNameKind | undefined;
  city: City | undefined;
  role: Role | undefined;
  title: string | undefined;
  former: boolean | undefined;
  name: string | undefined;
  lower: string | undefined;
  cap: boolean | undefined;
}

/**
 * Items of every kind carry every field, in one order: the passes after this one read items of all kinds in the same
 * loops (`it.kind`, `it.start`), and objects of one shape keep those reads fast. Set the kind's own fields after.
 */
export function newItem(kind: Item["kind"], from: number, to: number, start: number, end: number, text: string): AnyItem {
  return { kind, from, to, start, end, text, code: undefined, via: undefined, city: undefined, role: undefined, title: undefined, former: undefined, name: undefined, lower: undefined, cap: undefined };
}

// Common nouns that end a body's name in the metonym table ("Taliban administration").
const BODY_NOUNS: ReadonlySet<string> = new Set(["administration", "government", "authorities", "run", "led"]);
const MAX_ACTOR_WORDS = 8;
// Words that make a demonym a region's ("South American"); a state's own ("South Korean") is matched whole first.
const REGION_WORDS = new Set(["South", "North", "Central", "Latin", "Pan", "Meso"]);

// Honorifics are dropped from names (DOMAIN.md); "Prince" and "Sheikh" only before a name.
const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "amb", "lyonpo", "dasho", "smt", "shri", "shrimati", "prof", "professor", "h.e", "he.", "hon", "sir", "dame", "sheikh", "sheikha", "sayyid", "dato", "dato'",
  "datuk", "tan", "sri", "ratu", "excellency", "excellencies", "most", "rt", "right", "honourable", "honorable", "his", "her", "their",
  "seri", "yb", "yab", "ybhg", "yabhg", "paduka", "datin", "tun", "tuan", "puan", "pehin", "haji", "hajji", "alhaji", "chief", "engineer", "eng", "prince", "princess", "hrh", "h.r.h", "hh", "h.h", "ambassador-at-large", "madam", "madame", "monsieur", "señor", "senor", "don", "doña", "lord", "lady", "mister",
  // Clergy of the Holy See's service ("His Excellency Monsignor X, Apostolic Nuncio").
  "monsignor", "msgr", "mgr", "archbishop", "cardinal", "rev", "reverend", "revd", "fr", "father",
  // (And the Islamic scholar's: "Acting Foreign Minister Mawlawi X".)
  "mawlawi", "maulvi", "maulana",
  // Military ranks before a name ("Mali's transitional president, General Moussa Keita").
  "general", "gen", "colonel", "col", "lieutenant-general", "major-general", "brigadier", "admiral", "marshal", "field-marshal",
  // (Francophone Africa's "Colonel-Major X"; "Captain X", Burkina Faso's president.)
  "colonel-major", "lieutenant-colonel", "brigadier-general", "captain", "capt",
  // (Also the first word of a rank in two words: "Major General X", "Lieutenant Colonel X", Latin America's "Division
  // General X".)
  "major", "maj", "lieutenant", "lt", "division", "brigade",
]);
// (And in towns: "Dar es Salaam", "Frankfurt am Main".)
const NAME_PARTICLES = new Set(["al", "el", "bin", "bint", "ibn", "abu", "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "la", "le", "du", "y", "e", "ul", "ud", "bn", "es", "am",
  // (Maasai usage: "Francis ole Kaparo"; Bantu patronyms: "Bingu wa Mutharika".)
  "ole", "wa"]);
// What ends a language's name after "in" ("said in Spanish, …"), and the words on how it is spoken ("in fluent French").
const LANGUAGE_AFTER: ReadonlySet<string> = new Set([".", ",", ";", ":", ")", "!", "?"]);
const SPOKEN: ReadonlySet<string> = new Set(["fluent", "perfect", "broken", "halting", "flawless", "accented"]);
// Spanish articles after "de" in a town's name ("de los Caballeros"); lower-case, they open no name of a person.
const ARTICLES_IN_NAMES = new Set(["los", "las"]);
// Words opening a sentence before "to": "Prior to her posting", "Thanks to", "Due to".
const TOPIC_OPENERS: ReadonlySet<string> = new Set(["on", "regarding", "concerning"]);
const DATELINE_MARKS: ReadonlySet<string> = new Set([",", "—", "–", "-", ":", "("]);
const TO_OPENERS = new Set(["prior", "thanks", "due", "owing", "pursuant", "subsequent", "contrary", "further", "close", "similar"]);
// Balinese names' first words after "I" (men) or "Ni" (women): birth order (Wayan, Made, Nyoman, Ketut…) or caste.
const BALINESE_GIVEN = new Set(["Gede", "Wayan", "Putu", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut", "Gusti", "Dewa", "Dewi", "Luh", "Ida"]);
// Letters written after a name: honours, a parliament's seat, a senior lawyer's rank.
const NAME_POSTNOMINALS: ReadonlySet<string> = new Set(["T.D.", "TD", "MP", "MEP", "MLA", "QC", "KC", "SC", "SAN", "CBE", "OBE", "MBE", "KBE", "GBE", "CMG", "KCMG", "GCMG", "EGH", "EBS", "CBS", "MGH", "OGW"]);
// Capitalised words that open sentences or name things but are never part of a person's name.
const NOT_NAME = new Set(
  ("the a an this that these those neither either each every in on at for with he she it they we i you his her its their our but and or as after before during " +
    "since while when where both all some many most several one two three four five six seven eight nine ten first second third new " +
    "former then late acting newly incoming outgoing also however meanwhile following according speaking addressing during if though " +
    "although because so yet still earlier later last next today yesterday tomorrow there here what which who whom whose why how very " +
    "mr mrs ms dr january february march april may june july august september october november december monday tuesday wednesday thursday " +
    "friday saturday sunday embassy embassies consulate ministry minister ministers foreign affairs government parliament council " +
    "republic kingdom state states federation union islands island organization organisation agency department directorate office committee " +
    "commission assembly summit forum conference university bank company chamber party airport palace house street hotel group " +
    "news agency press times post daily tribune herald reuters afp ap xinhua tass anadolu bernama day cup week year national " +
    "international general secretary president presidents prime premier king queen emir sultan ambassador ambassadors envoy consul " +
    "excellency his her their world united nations european african arab islamic gulf cooperation relations diplomatic bilateral " +
    "mission permanent representative office trade liaison section interests high commission commissioner chargé charge affaires " +
    "deputy vice assistant special senior chief director spokesman spokeswoman spokesperson statement joint memorandum agreement " +
    "treaty accord declaration communique communiqué protocol letter letters credence credentials copy copies visit talks meeting " +
    "leader leaders official officials delegation delegations north south east west central northern southern eastern western " +
    "photo file video read see related source sources via by from to of into over under about against between among within " +
    "not no yes please thank thanks dear madam sir ladies gentlemen let us we're it's don't can will would could should must " +
    "covid-19 covid coronavirus pandemic olympic olympics games fifa world-cup minister-counsellor counsellor counselor attaché attache " +
    "africa asia europe oceania antarctica americas his_excellency nation founder peace unity non-resident federal language culture studies generals quarter consular honorary " +
    "governments government's governments' provincial regional municipal royal imperial presidential ministerial parliamentary " +
    "commander-in-chief highness majesty excellencies majlis diplomats envoys service mou mous mps mp td " +
    // ("Whether Francis will come …", "His Eminence Cardinal X": a subordinator opening a sentence, a cleric's style.)
    "whether unless until despite amid whereas eminence holiness beatitude cardinal " +
    // ("Every ambassador who comes …": a determiner of any holder.)
    "every any each " +
    // ("PRESIDENT: Nobody has asked us": a pronoun after a speaker's label.)
    "nobody somebody anybody everybody someone anyone everyone nothing something anything everything none " +
    "supreme commander armed forces security defence defense adviser advisor communities community diaspora expatriates emigrants emirate sultanate principality middle " +
    // News agencies named in datelines and credits ("MINSK (BelTA)", "told Kazinform"); Egypt's MENA only in capitals
    // (isNotName): "Mena" is a surname too.
    "kazinform akipress azertac belta ukrinform armenpress kabar montsame antara yonhap kyodo irna wam kuna qna bna ptinews lusa angop efe ansa dpa " +
    // Sentence openers and regions that are never names ("Likewise, Minister X …", "for Latin America and the Caribbean, X").
    "likewise moreover furthermore additionally similarly separately besides nevertheless nonetheless thereafter asked " +
    // ("Inside, the ambassador hands …": an adverb of place or time opening a sentence.)
    "inside outside afterwards afterward beforehand elsewhere instead overall initially previously recently subsequently " +
    "caribbean pacific atlantic mediterranean balkans sahel maghreb levant caucasus " +
    // Verbs of a headline in title case ("Prime Minister Abe Visits the Islamic Republic of Iran").
    "visits meets holds receives arrives signs opens hosts attends welcomes departs leaves calls urges pays concludes begins " +
    "presents hands inaugurates launches discusses congratulates condemns chairs thanks bids " +
    // The words of "Ambassador Extraordinary and Plenipotentiary", which lists of envoys write after the title.
    "extraordinary plenipotentiary " +
    // Offices and sittings a body names after a title ("the 79th Session of the United Nations", "Chair of ASEAN for 2024").
    "session sessions chair " +
    // Plural and portfolio nouns a list of attendees writes in capitals ("Minister of Mining and Heavy Industry, Members of the
    // State Great Khural").
    "members member industry mining genders gender diversity equity equality " +
    // ("China's Belt and Road Initiative", "the AMIA Jewish community centre": a programme's and a faith's words; not
    // "Christian", a first name too: "Finance Minister Christian Lindner".)
    "belt jewish muslim catholic " +
    // ("former premier of the Western Cape": a region's word.)
    "cape coast province region monastery dam renaissance") .split(" "),
);
const ORGISH = new Set([
  "ministry", "embassy", "consulate", "council", "organization", "organisation", "university", "bank", "company", "chamber", "committee",
  "agency", "department", "office", "party", "airport", "palace", "house", "street", "hotel", "summit", "assembly", "forum", "conference",
  "commission", "republic", "kingdom", "federation", "union", "group", "islands", "river", "sea", "ocean", "cup", "institute", "centre",
  "center", "foundation", "corporation", "association", "school", "college", "church", "mosque", "square", "hall", "games", "league",
  "court", "tribunal", "army", "navy", "force", "forces", "police", "guard", "news", "times", "post", "daily", "television", "radio",
  "network", "festival", "award", "prize", "programme", "program", "initiative", "fund", "authority", "secretariat", "parliament",
  "congress", "senate", "cabinet", "government", "administration", "declaration", "agreement", "treaty", "accord", "protocol", "act",
  "plan", "road", "bridge", "port", "zone", "region", "province", "district", "county", "city", "county", "affairs", "relations", "day",
  "tower", "building", "residence", "castle", "mansion", "plaza", "stadium", "headquarters", "gardens", "movement", "front", "alliance",
]);

function hasParticle(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (NAME_PARTICLES.has(tokens[k]!.lower)) return true;
  return false;
}

// Every ORGISH word is plain letters, so a run holds one only if one of its tokens is one: the cheap test first.
function hasOrgishWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORGISH.has(tokens[k]!.lower)) return true;
  return false;
}

const AIRLINE: ReadonlySet<string> = new Set(["Airlines", "Airways", "Airline"]);
// Currency names written after a state's name or adjective ("US dollars", "Indian rupees").
const CURRENCIES = new Set(
  ("dollar dollars cents euro euros pound pounds sterling yen yuan renminbi rupee rupees rouble roubles ruble rubles riyal riyals rial rials " +
    "dinar dinars dirham dirhams lira liras peso pesos franc francs krona kronor krone kroner shilling shillings naira cedi cedis baht " +
    "ringgit rupiah tenge manat lari dram hryvnia hryvnias zloty zlotys forint forints taka kyat kip riel dong").split(" "),
);
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
// Any white space but a single plain space.
const ODD_SPACE = /[^\S ]|  /;

// Most slices need no normalising: test before replacing (this runs for every n-gram).
const NEEDS_NORM = /[’´]|\s\s|[\t\n\r]/;
const norm = (s: string) => (NEEDS_NORM.test(s) ? s.replace(/[’´]/g, "'").replace(/\s+/g, " ") : s);

/**
 * Reads a sentence's tokens into items: actors, cities, titles, person names, and the remaining words.
 * Longest match wins; actor names beat titles, titles beat cities. Linear in tokens × the longest dictionary entry.
 */
/** "head of", "chief of the" just before token `at`. */
function headOf(tokens: readonly Token[], at: number): boolean {
  const of = tokens[at - 1]?.lower === "the" ? at - 2 : at - 1;
  return tokens[of]?.lower === "of" && (tokens[of - 1]?.lower === "head" || tokens[of - 1]?.lower === "chief");
}

export function findItems(tokens: Token[], text: string, textOffset: number, knownNames: ReadonlySet<string>): Item[] {
  const actorNames = actorNameIndex();
  const maxTitle = maxTitleWords();
  const items: Item[] = [];

  // The token walk reads gaps of spaces, tabs and line breaks as one space, as the string probes do; other spaces
  // (no-break, thin) are left to the string probes.
  const plainSpaces = plainlySpaced(tokens, text, textOffset);

  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    let matched: Item | null = null;
    let regional = false;
    // A one-word title read as a given name ("Amir Khan Muttaqi"): it opens the name after it.
    let givenName = false;
    // Only words that open some actor name are looked up, and no further than the longest such name.
    const actorSpan = tok.cap || tok.lower === "the" ? Math.max(actorSpanOf(tok), tok.lower === "the" && tokens[i + 1] ? actorSpanOf(tokens[i + 1]!) + 1 : 0) : 0;
    if (actorSpan > 0) {
      const limit = Math.min(MAX_ACTOR_WORDS, actorSpan + 2, tokens.length - i);
      // Names with and without a leading "the", by token (or, for text with unusual spaces, by string).
      const named = plainSpaces ? actorNamesAt(tokens, i, limit, text, textOffset) : null;
      const afterThe = plainSpaces && tok.lower === "the" ? actorNamesAt(tokens, i + 1, limit - 1, text, textOffset) : null;
      for (let n = limit; n >= 1 && !matched; n--) {
        const hit = named
          ? (named[n] ?? (n > 1 && afterThe ? afterThe[n - 1] : undefined))
          : (actorNames.get(tokenSlice(tokens, text, textOffset, i, i + n)) ?? (n > 1 && tok.lower === "the" ? actorNames.get(tokenSlice(tokens, text, textOffset, i + 1, i + n)) : undefined));
        if (!hit) continue;
        // ("Luís Montenegro … Montenegro said": a state's one-word name the text gave as a person's surname is theirs, but
        // after "in" or "to".)
        if (n === 1 && hit.kind === "name" && knownNames.has(tok.text) && !(i > 0 && PLACE_CUES.has(tokens[i - 1]!.lower))) continue;
        const last = tokens[i + n - 1]!;
        // ("the Taliban administration", "the Taliban-run ministry": a body named with a common noun after it.)
        if (!last.cap && !/^[A-Z.]+$/.test(last.text) && last.text !== "'s" && !(hit.kind === "body" && n > 1 && BODY_NOUNS.has(last.lower))) continue;
        // All-caps short forms (US, UN) only as written; "Us" or "us" is a pronoun.
        // (Unless a title follows: "Lao President X".)
        const short = n === 1 && tok.text.length <= 3 && edgeText(tok) !== edgeText(tok).toUpperCase() && !(tokens[i + 1]?.cap && titleSpanOf(tokens[i + 1]!) > 0);
        // "the South American country", "Latin American leaders": a region's adjective, not the United States.
        // ("Latin America", "South America": a region, not the United States.)
        // ("Organization of American States": a demonym before "States" names a region's states, not one.)
        // ("the European Union-Latin America summit": so too the region's word after a hyphen.)
        // ("the Korean peninsula": a demonym before a landform two states share names neither; "crossed Saudi airspace":
        // no place set foot in; "Air China", "Turkish Airlines": an airline, no state.)
        regional = (hit.kind === "demonym" && tokens[i + n]?.lower === "peninsula") || tokens[i + n]?.lower === "airspace" || (i > 0 && tokens[i - 1]!.text === "Air") || AIRLINE.has(tokens[i + n]?.text ?? "") || ((hit.kind === "demonym" || (n === 1 && tok.text === "America")) && i > 0 && (REGION_WORDS.has(tokens[i - 1]!.text) || REGION_WORDS.has(tokens[i - 1]!.text.slice(tokens[i - 1]!.text.lastIndexOf("-") + 1)))) || (hit.kind === "demonym" && tokens[i + n]?.text === "States");
        // ("Netanyahu said at a joint appearance, in Spanish.": a demonym after "in" that ends the phrase is a language.)
        regional ||= hit.kind === "demonym" && n === 1 && i > 0 && (tokens[i - 1]!.lower === "in" || (i > 1 && tokens[i - 2]!.lower === "in" && SPOKEN.has(tokens[i - 1]!.lower))) && (tokens[i + 1] === undefined || LANGUAGE_AFTER.has(tokens[i + 1]!.text));
        // "US$250 million", "A$", "NZ$": a currency, not the state.
        // ("2 billion US dollars", "Saudi riyals": the same.)
        const currency = (tokens[i + n]?.text === "$" && tokens[i + n]!.start === last.end) || CURRENCIES.has(tokens[i + n]?.lower ?? "");
        // ("the Vienna Convention on Diplomatic Relations": a document, not the government in Vienna.)
        const document = hit.kind === "capital" && DOCUMENTS.has(tokens[i + n]?.text ?? "");
        // ("Iran's Supreme National Security Council": a state's own council, not the UN's.)
        // ("the State Department for Foreign Affairs of the Republic of Kenya": a ministry's department of that state, not
        // Washington's.)
        const domestic = (hit.code === "UN" && tok.text === "Security" && i > 0 && (tokens[i - 1]!.text === "National" || tokens[i - 1]!.text === "Supreme")) || (hit.kind === "body" && tokens[i + n]?.lower === "for" && last.text === "Department");
        // "Santiago de Cuba": a capital's name opening a longer city's with a particle is that city.
        // ("Santiago de los Caballeros": or with two.)
        const particles = n === 1 && hit.kind === "capital" && NAME_PARTICLES.has(tokens[i + 1]?.lower ?? "") ? (tokens[i + 2]?.cap ? 1 : (NAME_PARTICLES.has(tokens[i + 2]?.lower ?? "") || ARTICLES_IN_NAMES.has(tokens[i + 2]?.lower ?? "")) && tokens[i + 3]?.cap ? 2 : 0) : 0;
        const longer = particles ? lookupCity(tokenSlice(tokens, text, textOffset, i, i + 2 + particles)) : undefined;
        if (longer) {
          const it = spanning(tokens, text, textOffset, "city", i, i + 2 + particles);
          it.city = longer;
          matched = it as CityItem;
        } else if (!short && !regional && !currency && !document && !domestic) matched = actorItem(tokens, text, textOffset, i, i + n, hit);
      }
    }
    if (regional) {
      items.push(word(tok, i));
      i++;
      continue;
    }
    // "the head of Estonian diplomacy, X": the minister, the state named inside the title.
    // ("the head of Iran's diplomacy, X": so too after a state's possessive.)
    // ("the head of the Uzbek foreign ministry", "the head of Iran's foreign ministry": so too, where "the Uzbek foreign
    // ministry" alone is the body.)
    const possessive = items.at(-1)?.kind === "word" && (items.at(-1) as WordItem).lower === "'s" && items.at(-2)?.kind === "actor" ? 1 : 0;
    const ministry = tok.lower === "foreign" && tokens[i + 1]?.lower === "ministry";
    if (!matched && (tok.lower === "diplomacy" || ministry) && (items.at(-1)?.kind === "actor" || possessive) && headOf(tokens, items.at(-1 - possessive)!.from)) {
      matched = titleItem(tokens, text, textOffset, i, ministry ? i + 2 : i + 1, "foreign-minister", ministry ? "head of the foreign ministry" : "head of diplomacy");
    }
    // "Eric Huang, Taiwan's representative to Lithuania": a state's representative to another state is its envoy there
    // (not "a representative of the company", "sales representative to the region": a state's, and a capital after "to").
    if (!matched && tok.lower === "representative" && tokens[i + 1]?.lower === "to" && tokens[i + 2]?.cap && (possessive || (items.at(-1)?.kind === "actor" && (items.at(-1) as { via?: string }).via !== "capital"))) {
      matched = titleItem(tokens, text, textOffset, i, i + 1, "envoy", "representative");
    }
    if (!matched && isAsciiLetter(tok.text.charCodeAt(0))) {
      let plain = 0;
      const longest = Math.min(maxTitle + 1, titleSpanOf(tok));
      const span = longest > 0 ? plainRun(tokens, i, longest) : 0;
      const keyed = span > 0 ? titleLengths(tokens, i, span, text, textOffset) : 0;
      for (let n = span; n >= 1 && !matched && !plain; n--) {
        if (!(keyed & (1 << n))) continue;
        const title = titleOfKey(tokenSlice(tokens, text, textOffset, i, i + n).toLowerCase());
        // "opposition leader", "party president": words that look like titles but hold no state office.
        // ("Opposition Leader X", capitalised, is a parliament's office.)
        const formal = title === false && tok.cap && tokens[i + n - 1]!.cap ? capitalisedTitleRole(tokenSlice(tokens, text, textOffset, i, i + n)) : undefined;
        if (title === false && !formal) plain = n;
        const role = formal ?? (title || undefined);
        // "Datuk Seri Amir Hamzah": after an honorific, a one-word title is a given name.
        // ("the Afghan foreign minister Amir Khan Muttaqi": so too right after another title, before a capitalised word.)
        // ("Israel's ambassador to Australia, Amir Maimon, …": so too a name set off after a title's phrase.)
        // ("Khalid bin Bandar bin Sultan Al Saud": so too a father's name after "bin".)
        const named = n === 1 && GIVEN_NAME_TITLES.has(tok.lower) && ((i > 0 && (isHonorific(tokens[i - 1]!.lower) || PATRONYMIC.has(tokens[i - 1]!.lower) || (items.at(-1)?.kind === "title" && items.at(-1)!.to === i && tokens[i + 1]?.cap === true) || apposedName(tokens, items, i))) || officeApposedAfter(tokens, i));
        // ("Sen. X": a title written short only with its full stop; "Amartya Sen" is a name.)
        if (named) givenName = true;
        const short = n === 1 && DOTTED_TITLES.has(tok.lower) && tokens[i + 1]?.text !== ".";
        if (role && !named && !short && (n > 1 || isTitleWord(tok) || aideToOffice(tokens, i))) {
          // "Minister of Foreign Affairs, Cooperation and Regional Integration of Cabo Verde": more portfolios after a comma.
          // ("Minister of Industry, Trade and Investment, X": so too after another portfolio, of portfolio words only.)
          const more = /affairs$/i.test(tokens[i + n - 1]!.text) ? portfolioTail(tokens, i + n) : n > 2 && PORTFOLIO_OPENS.has(tokens[i + n - 2]!.lower) && PORTFOLIO_WORDS.has(tokens[i + n - 1]!.lower) ? portfolioTail(tokens, i + n, true) : 0;
          matched = titleItem(tokens, text, textOffset, i, i + n + more, role, tokenSlice(tokens, text, textOffset, i, i + n + more));
        }
      }
      // "then-president", "ex-minister": a past office written as one word.
      // ("then-Prime Minister X": so too the first word of a title of several.)
      const past = !matched && !plain ? formerPrefixOf(tok) : 0;
      if (past) {
        let title = tok.lower.slice(past);
        let n = 0;
        let pastRole: ReturnType<typeof roleForTitle>;
        for (let k = 1; k <= 4 && i + k <= tokens.length; k++) {
          if (k > 1) title += ` ${tokens[i + k - 1]!.lower}`;
          const role = roleForTitle(title);
          if (role) [n, pastRole] = [k, role];
        }
        if (pastRole) matched = titleItem(tokens, text, textOffset, i, i + n, pastRole, tokenSlice(tokens, text, textOffset, i, i + n).slice(past), true);
      }
      if (plain) {
        for (let k = i; k < i + plain; k++) items.push(word(tokens[k]!, k));
        i += plain;
        continue;
      }
    }
    if (matched) {
      items.push(matched);
      i = matched.to;
      continue;
    }
    // "New York", "East London": a word that opens no name of a person may open a city's (a large one: "New Party" is none).
    // ("Port Sudan": so may a word before a state's name, where the two name a large city.)
    const opened = tok.cap && tokens[i + 1]?.cap && (isNotName(tok) || namedActor(tokens[i + 1]!, actorNames)?.kind === "name") ? cityOpenedBy(tokens, i, text, textOffset) : 0;
    if (opened) {
      const it = spanning(tokens, text, textOffset, "city", i, i + opened);
      it.city = cityInAnyCase(tokenSlice(tokens, text, textOffset, i, i + opened))!;
      items.push(it as CityItem);
      i += opened;
      continue;
    }
    // (Not a day, "Feb 12", nor an agency after a dateline, "(KUNA)".)
    // "I Gede Ngurah Swajaya", "Ni Luh Putu Ayu": Balinese names open on "I" or "Ni" before a birth-order or caste name.
    if (!givenName && (tok.text === "I" || tok.text === "Ni") && BALINESE_GIVEN.has(tokens[i + 1]?.text ?? "") && tokens[i + 2]?.cap && adjacent(tokens, i, i + 1)) givenName = true;
    // ("Republican Sen. X", "Democratic Rep. Y": a US party's adjective before a seat in Congress names the state, as a
    // demonym would, and no one.)
    if (US_PARTIES.has(tok.lower) && !givenName && congressSeatAt(tokens, i + 1)) {
      items.push(actorItem(tokens, text, textOffset, i, i + 1, US_PARTY_HIT));
      i++;
      continue;
    }
    // ("a Labour member of the House of Lords", "Conservative MP X": a party's name before a seat is no one's name.)
    if (!givenName && PARTY_WORDS.has(tok.lower) && SEATS.has(tokens[i + 1]?.lower ?? "")) {
      items.push(word(tok, i));
      i++;
      continue;
    }
    // ("his Tanzanian counterpart, January Makamba", "Foreign Minister June Soto": a month's name opening a name right
    // after a title.)
    const monthName = tok.cap && FULL_MONTHS.has(tok.lower) && tokens[i + 1]?.cap && !isNotName(tokens[i + 1]!) && adjacent(tokens, i, i + 1) && (items.at(-1)?.kind === "title" || (items.at(-1)?.text === "," && items.at(-2)?.kind === "title"));
    if (monthName || (tok.cap && !isDayOrAgency(tokens, i) && (givenName || (!isNotName(tok) && !HONORIFICS.has(tok.lower.endsWith(".") ? tok.lower.slice(0, -1) : tok.lower))))) {
      i = readNameRun(tokens, i, text, textOffset, knownNames, actorNames, items);
      continue;
    }
    items.push(word(tok, i));
    i++;
  }
  if (items.length > 2) districtsOfCities(items, tokens);
  return items;
}

/**
 * "its new High Commission building in Arcadia, Pretoria": a town named right before a larger city of another state and
 * a comma is a district of that city, not the namesake abroad; its words are read as words.
 */
function districtsOfCities(items: Item[], tokens: Token[]): void {
  for (let k = items.length - 3; k >= 0; k--) {
    const a = items[k]!;
    // (Not a capital: "from Washington, Rome and Paris" lists capitals.)
    if (a.kind !== "city" || a.city.capital) continue;
    const comma = items[k + 1]!;
    const c = items[k + 2]!;
    if (comma.kind !== "word" || comma.text !== ",") continue;
    // (A capital read as its state's name, or a city the gazetteer ranks above the town.)
    const larger = c.kind === "actor" ? (c.via === "capital" ? c.code : undefined) : c.kind === "city" && (c.city.capital || c.city.population >= 100_000) && a.city.population < c.city.population ? c.city.country : undefined;
    if (!larger || larger === a.city.country) continue;
    const words: Item[] = [];
    for (let t = a.from; t < a.to; t++) words.push(word(tokens[t]!, t));
    items.splice(k, 1, ...words);
  }
}

/**
 * Reads the run of capitalised words (with name particles) from token `i`, a city or a person, into items; returns
 * the token after it. (A function of its own: V8 compiles findItems whole and runs it unoptimised meanwhile.)
 */
const COMPASS: ReadonlySet<string> = new Set(["east", "west", "north", "south"]);

const PLACE_SHORT_FORMS: ReadonlySet<string> = new Set(["St", "Ste", "Mt", "Ft"]);

function readNameRun(tokens: Token[], i: number, text: string, textOffset: number, knownNames: ReadonlySet<string>, actorNames: ReadonlyMap<string, ActorNameHit>, items: Item[]): number {
  const tok = tokens[i]!;
  // A run of capitalised words (with name particles) is a city or a person.
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    // ("Busan Mayor Hur Nam-sik": a one-word title before a name ends the run; the title is read next.)
    // (Not past a father's name after "bin": "Khalid bin Bandar bin Sultan Al Saud".)
    const fathers = PATRONYMIC.has(tokens[j - 1]!.lower) && GIVEN_NAME_TITLES.has(t.lower);
    if (t.cap && (fathers || (!isNotName(t) && !(next?.cap && titleSpanOf(t) > 0 && titleOfKey(t.lower) && !DOTTED_TITLES.has(t.lower)))) && !namedActor(t, actorNames)) j++;
    // A capital's name closing a name with a particle, or of three words, is a surname: "Ricardo de Azevedo Lima",
    // "Carolina Assunção Ferreira Lima".
    // ("Foreign Minister of A Denzil Douglas": so too one closing a given name right after a title or a state.)
    // ("The British ambassador, Kenneth East, was told …": a compass word closing a given name set off after a title,
    // before no other capitalised word, is a surname; "the Middle East", "East Timor" are not.)
    else if (j - i === 1 && COMPASS.has(t.lower) && !next?.cap && adjacent(tokens, j - 1, j) && (items.at(-1)?.kind === "title" || (items.at(-1)?.kind === "word" && items.at(-1)!.text === "," && items.at(-2)?.kind === "title"))) j++;
    // ("The Prime Minister, Luís Montenegro, said": so is a state's one-word name closing a given name set off after a
    // title.)
    else if (j - i === 1 && t.cap && !next?.cap && !(next && POSSESSIVE_S.test(next.text)) && namedActor(t, actorNames)?.kind === "name" && adjacent(tokens, j - 1, j) && !namedActor(tok, actorNames) && (items.at(-1)?.kind === "title" || (items.at(-1)?.kind === "word" && items.at(-1)!.text === "," && items.at(-2)?.kind === "title"))) j++;
    else if (t.cap && namedActor(t, actorNames)?.kind === "capital" && (j - i >= 3 || (j - i === 2 && hasParticle(tokens, i, j)) || (j - i === 1 && (items.at(-1)?.kind === "title" || items.at(-1)?.kind === "actor"))) && !tokens[j + 1]?.cap && adjacent(tokens, j - 1, j)) j++;
    else if (NAME_PARTICLES.has(t.lower) && next?.cap) j++;
    // Two particles: "Joost van der Meulen", "Maria de la Cruz".
    else if (NAME_PARTICLES.has(t.lower) && next && NAME_PARTICLES.has(next.lower) && !next.cap && tokens[j + 2]?.cap) j += 2;
    // ("María de las Nieves Rivero": "de" with a plural article is one particle too.)
    else if (t.lower === "de" && next && ARTICLES_IN_NAMES.has(next.lower) && !next.cap && tokens[j + 2]?.cap && j > i) j += 2;
    // ("Enrique A. Manalo": an initial that is also a word, "A" or "I", inside a run is still an initial.)
    else if (j > i && (t.text === "A" || t.text === "I") && next?.text === "." && adjacent(tokens, j, j + 1) && tokens[j + 2]?.cap && !isNotName(tokens[j + 2]!)) j++;
    // An initial inside a name: "George W. Bush", "Andrew S. Natsios".
    // (Or opening it, as South Asian usage writes a given name: "S. Jaishankar"; not "I." or "A.".)
    else if (t.text === "." && /^[A-Z]$/.test(tokens[j - 1]!.text) && next?.cap && !isNotName(next) && (j - 1 > i || (!/^[AI]$/.test(tokens[i]!.text) && adjacent(tokens, j, j + 1)))) j++;
    // ("St. Petersburg", "Mt. Hagen": a saint's or a mountain's short form opening a place's name.)
    else if (t.text === "." && j === i + 1 && PLACE_SHORT_FORMS.has(tok.text) && next?.cap && t.start === tok.end && next.start - t.end === 1) j++;
    // "Mary May Simon": a month inside a run of names is a name.
    else if (NAME_MONTHS.has(t.lower) && next?.cap && !isNotName(next) && adjacent(tokens, j - 1, j + 1)) j++;
    // ("Prime Minister Theresa May told": "May" closing a given name, with no day after it, is a surname.)
    else if (t.text === "May" && j - i === 1 && !(next && /^\d/.test(next.text)) && adjacent(tokens, j - 1, j)) {
      j++;
      break;
    }
    // ("King Francis I.", "Pope John Paul I,": a regnal "I" closing a name, before a mark or the text's end.)
    else if (t.text === "I" && j > i && adjacent(tokens, j - 1, j) && (!next || /^[.,;:)]$/.test(next.text))) {
      j++;
      break;
    }
    // A nickname in quotes inside a name: "Bishwaishwar ‘Cammie’ Ramsaroop-Maraj".
    else if (OPEN_QUOTES.has(t.text) && next?.cap && CLOSE_QUOTES.has(tokens[j + 2]?.text ?? "") && tokens[j + 3]?.cap && !isNotName(tokens[j + 3]!)) j += 3;
    else break;
  }
  // ("Ciarán Cannon T.D.", "Ruth Kamau SC": letters after a name are honours or a seat, not the name.)
  while (j - i > 2 && NAME_POSTNOMINALS.has(tokens[j - 1]!.text)) j--;
  let run = tokenSlice(tokens, text, textOffset, i, j);
  let cityLike = opensCity(tokens, i, j, text, textOffset);
  // Datelines are set in capitals ("BRASILIA —"): read them in title case.
  // (A lower-case ASCII second letter, the common case, settles it without a copy of the run.)
  if (run.length > 3 && !isAsciiLower(run.charCodeAt(1)) && run === run.toUpperCase()) {
    cityLike = true;
    const spellings = titleCased(run);
    run = spellings.find((s) => actorNames.has(s) || lookupCity(s)) ?? spellings[0]!;
    const actor = actorNames.get(run);
    if (actor) {
      items.push(actorItem(tokens, text, textOffset, i, j, actor));
      return j;
    }
  }
  // Not a person: acronyms ("ACI", "NGO"), a word before a demonym ("Latin American"), an adverb or participle opening the sentence.
  const nextTok = tokens[j];
  const acronym = allAcronyms(tokens, i, j) && !(cityLike && lookupCity(run));
  const nextKind = nextTok && namedActor(nextTok, actorNames)?.kind;
  const beforeDemonym = (nextKind === "demonym" || nextKind === "name") && adjacent(tokens, j - 1, j);
  const opener = j === i + 1 && (i === 0 || OPEN_QUOTES.has(tokens[i - 1]!.text) || tokens[i - 1]!.text === "(") && ((tok.text.length >= 7 && OPENER_SUFFIX.test(tok.lower)) || (nextTok?.lower === "to" && TO_OPENERS.has(tok.lower)));
  // ("On Gaza, the Turkish president said …": a topic the sentence opens with, not a name the title after it describes.)
  const topic = i === 1 && j === 2 && TOPIC_OPENERS.has(tokens[0]!.lower) && nextTok?.text === ",";
  // ("EU Enlargement Commissioner X", "the EU's Budget Commissioner, X": one capitalised word between a state and a
  // one-word title is the title's portfolio, not a name.)
  const before = items.at(-1);
  const owned = before?.kind === "actor" || (before?.kind === "word" && POSSESSIVE_S.test(before.text) && items.at(-2)?.kind === "actor");
  // ("and Enlargement Commissioner Y": so too before an officer's title and a name, with no state before.)
  const portfolio = j === i + 1 && nextTok?.cap === true && adjacent(tokens, i, j) && titleSpanOf(nextTok) > 0 && !!titleOfKey(nextTok.lower) && !knownNames.has(run) && (owned || (PORTFOLIO_TITLES.has(nextTok.lower) && tokens[j + 1]?.cap === true && !isNotName(tokens[j + 1]!)));
  if (acronym || beforeDemonym || opener || topic || portfolio) {
    for (let k = i; k < j; k++) items.push(word(tokens[k]!, k));
    return j;
  }
  // "The Hague", "The Valley": a city whose name begins with the article.
  const withArticle = i > 0 && tokens[i - 1]!.lower === "the" ? lookupCity(`The ${run}`) : undefined;
  // ("the embassy in St George's": a town whose name ends in a possessive, St. George's in Grenada, not St. George.)
  const possessive = cityLike && tokens[j] !== undefined && POSSESSIVE_S.test(tokens[j]!.text) && adjacent(tokens, j - 1, j) ? lookupCity(`${run}'s`) : undefined;
  if (possessive) j++;
  const city = possessive ?? (cityLike ? lookupCity(run) : undefined) ?? withArticle;
  // Small towns share names with people and words ("Federal", "Mao"): only a large city, a capital, or a place after "in"/"to" reads as one.
  // (But not a small town's name after "to", where a person the text named stands as often: "presents his credentials
  // to Obama".)
  const placeCue = i > 0 && PLACE_CUES.has(tokens[i - 1]!.lower) && !(tokens[i - 1]!.lower === "to" && knownNames.has(run) && city !== undefined && !city.capital && city.population < 100_000);
  // (A building named after a town elsewhere is no town: "Buckingham Palace", "Windsor Castle".)
  const building = tokens[j] !== undefined && (BUILDINGS.has(tokens[j]!.text) || DOCUMENTS.has(tokens[j]!.text)) && adjacent(tokens, j - 1, j);
  // (A surname the document wrote in full before is the person's, but after "in" or "to" still a place.)
  // ("NADI, Fiji (AP) —": a small town in capitals opening the text before a comma or dash is a dateline's.)
  const dateline = i === 0 && textOffset === 0 && tok.text.length >= 3 && tok.text === tok.text.toUpperCase() && nextTok !== undefined && DATELINE_MARKS.has(nextTok.text);
  if (city && !building && (placeCue || !knownNames.has(run)) && (placeCue || withArticle || dateline || city.capital || city.population >= 100_000)) {
    const it = spanning(tokens, text, textOffset, "city", i, j);
    it.city = city;
    items.push(it as CityItem);
  } else if (!hasOrgishWord(tokens, i, j) || !run.split(" ").some((w) => ORGISH.has(w.toLowerCase()))) {
    const it = spanning(tokens, text, textOffset, "person", i, j);
    it.name = ODD_SPACE.test(it.text) ? it.text.replace(/\s+/g, " ") : it.text;
    items.push(it as PersonItem);
  } else {
    for (let k = i; k < j; k++) items.push(word(tokens[k]!, k));
  }
  return j;
}

const POSSESSIVE_S = /^['’]s$/;
// One-word titles a portfolio word may open: "Enlargement Commissioner", "Fisheries Minister".
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(["commissioner", "minister", "secretary", "envoy", "spokesman", "spokeswoman", "spokesperson"]);

// (Module functions, not closures made at each call of findItems: each reads the sentence's tokens and text.)
function tokenSlice(tokens: Token[], text: string, textOffset: number, from: number, to: number): string {
  return norm(text.slice(tokens[from]!.start - textOffset, tokens[to - 1]!.end - textOffset));
}
function spanning(tokens: Token[], text: string, textOffset: number, kind: Item["kind"], from: number, to: number): AnyItem {
  return newItem(kind, from, to, tokens[from]!.start, tokens[to - 1]!.end, text.slice(tokens[from]!.start - textOffset, tokens[to - 1]!.end - textOffset));
}
const US_PARTIES: ReadonlySet<string> = new Set(["republican", "democratic", "democrat", "gop"]);
/** Parties' names written before a seat or an office ("a Labour member", "Republican Sen."): no one's name. */
export const PARTY_WORDS: ReadonlySet<string> = new Set(["labour", "labor", "conservative", "tory", "liberal", "socialist", "green", "republican", "democratic", "democrat"]);
const SEATS: ReadonlySet<string> = new Set(["member", "mp", "mps", "lawmaker", "legislator", "peer", "deputy", "senator", "parliamentarian"]);
const US_PARTY_HIT: ActorNameHit = { code: "US", kind: "demonym" };
// (Written out in full, or short with its full stop: "Sen.", "Rep.".)
const CONGRESS_SEATS: ReadonlySet<string> = new Set(["senator", "congressman", "congresswoman", "representative", "lawmaker", "senators", "lawmakers", "congressmen"]);
const CONGRESS_SHORT: ReadonlySet<string> = new Set(["sen", "rep", "sens", "reps"]);
/** Whether a seat in Congress is written at token `k`, a name after it: "Senator X", "Sen. X". */
function congressSeatAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.cap) return false;
  if (CONGRESS_SHORT.has(t.lower)) return tokens[k + 1]?.text === "." && tokens[k + 2]?.cap === true;
  return CONGRESS_SEATS.has(t.lower);
}
function actorItem(tokens: Token[], text: string, textOffset: number, from: number, to: number, hit: ActorNameHit): ActorItem {
  const it = spanning(tokens, text, textOffset, "actor", from, to);
  it.code = hit.code;
  it.via = hit.kind;
  return it as ActorItem;
}
function titleItem(tokens: Token[], text: string, textOffset: number, from: number, to: number, role: Role, title: string, former?: true): TitleItem {
  const it = spanning(tokens, text, textOffset, "title", from, to);
  it.role = role;
  it.title = title;
  it.former = former;
  return it as TitleItem;
}
/** How many plain words run from token `from` (at most `cap`), so the title scan never looks past punctuation. */
function plainRun(tokens: Token[], from: number, cap: number): number {
  let k = from;
  while (k < from + cap && k < tokens.length && plainWordOf(tokens[k]!)) k++;
  return k - from;
}

// The dictionaries' word-level answers, asked of every token, kept on its spelling's lexeme.
function titleSpanOf(token: Token): number {
  const lex = token.lex;
  return lex.titleSpan >= 0 ? lex.titleSpan : (lex.titleSpan = titleSpan(lex.lower));
}
function actorSpanOf(token: Token): number {
  const lex = token.lex;
  return lex.actorSpan >= 0 ? lex.actorSpan : (lex.actorSpan = actorNameSpan(edgeText(token)));
}
/**
 * The actor the token's text names on its own. A name that is the whole text opens with it, so a word that opens no
 * name (the lexeme knows) needs no probe of the large table; a word with ’ or ´, which the two key otherwise, is probed.
 */
function namedActor(token: Token, names: ReadonlyMap<string, ActorNameHit>): ActorNameHit | undefined {
  return token.lex.curly || actorSpanOf(token) > 0 ? names.get(token.text) : undefined;
}
function isNotName(token: Token): boolean {
  const lex = token.lex;
  // ("the Honduran-born pharmacologist", "a Saudi-led coalition": a compound of a place's adjective is no name.)
  return (lex.notName >= 0 ? lex.notName : (lex.notName = NOT_NAME.has(lex.lower) || lex.text === "MENA" || (lex.lower.includes("-") && COMPOUND_ADJECTIVE.test(lex.lower)) ? 1 : 0)) === 1;
}
function formerPrefixOf(token: Token): number {
  const lex = token.lex;
  return lex.formerPrefix >= 0 ? lex.formerPrefix : (lex.formerPrefix = lex.lower.includes("-") ? (FORMER_PREFIX.exec(lex.lower)?.[0].length ?? 0) : 0);
}
function plainWordOf(token: Token): boolean {
  const lex = token.lex;
  return (lex.plain >= 0 ? lex.plain : (lex.plain = isPlainWord(lex.text) ? 1 : 0)) === 1;
}

/**
 * No white space in the text but spaces, tabs and line breaks (none that UNUSUAL_SPACE finds). Tokens hold no white
 * space: only the gaps around them need reading, and most are one plain space.
 */
function plainlySpaced(tokens: Token[], text: string, textOffset: number): boolean {
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    const to = k < tokens.length ? tokens[k]!.start - textOffset : text.length;
    if (!(to === from + 1 && text.charCodeAt(from) === 32)) {
      for (let p = from; p < to; p++) {
        const c = text.charCodeAt(p);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && UNUSUAL_SPACE.test(text[p]!)) return false;
      }
    }
    if (k < tokens.length) from = tokens[k]!.end - textOffset;
  }
  return true;
}
const UNUSUAL_SPACE = /[^\S \t\n\r]/;

/**
 * The lengths (as bits: 1 << n) of the phrases of `span` plain words from token `from` that can read as a title or a
 * not-title: those the title trie lists, and any that says "minister" (read by shape). Every length when a gap between
 * the words is not plain white space or a word has ’ or ´, which the keys' normalising would change.
 */
function titleLengths(tokens: Token[], from: number, span: number, text: string, textOffset: number): number {
  const every = (1 << (span + 1)) - 1;
  let bits = 0;
  let at: TitleWords | undefined = titleWords();
  for (let k = 0; k < span; k++) {
    const token = tokens[from + k]!;
    const lower = token.lower;
    if (token.lex.curly) return every;
    if (k > 0 && !spacedApart(text, textOffset, tokens[from + k - 1]!, token)) return every;
    // (A phrase that says "minister" from here on, whatever its words.)
    if (lower.includes("minister")) return bits | (every & ~((1 << (k + 1)) - 1));
    at = at?.next.get(lower);
    if (at?.key) bits |= 1 << (k + 1);
  }
  return bits;
}

/** Only white space, at least one character of it, between two tokens. */
function spacedApart(text: string, textOffset: number, before: Token, after: Token): boolean {
  if (after.start <= before.end) return false;
  for (let p = before.end - textOffset; p < after.start - textOffset; p++) {
    const c = text.charCodeAt(p);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

// What a lower-case n-gram reads as: a role, no title (null), or a title-like phrase that is none (false). Every n-gram
// from a word that opens a title is looked up, and the same phrases recur: remembered, up to a bound.
const TITLE_KEYS = remembered<Role | null | false>(50_000);
const titleOfKey = (key: string): Role | null | false => TITLE_KEYS(key, readTitleKey);
const readTitleKey = (key: string): Role | null | false => (isNotTitle(key) ? false : (roleForTitle(key) ?? null));

const DOTTED_TITLES: ReadonlySet<string> = new Set(["sen", "rep"]);
const GIVEN_NAME_TITLES = new Set(["amir", "emir", "malik", "sultan"]);
const PATRONYMIC: ReadonlySet<string> = new Set(["bin", "bint", "ibn", "ben"]);
/** A one-word title after a comma that closes another title's phrase, before a surname: "ambassador to Australia, Amir Maimon". */
// ("Amir Khan Muttaqi, the Taliban's acting foreign minister": a given name the title word is, the office told after it.)
const OFFICE_HEADS: ReadonlySet<string> = new Set(["minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "secretary", "diplomat", "adviser", "advisor", "president", "premier", "chancellor"]);
function officeApposedAfter(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && tokens[k]!.cap) k++;
  if (k === i + 1 || tokens[k]?.text !== "," || !/^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? "")) return false;
  for (let j = k + 2; j < tokens.length && j <= k + 9; j++) {
    if (tokens[j]!.text === "," || tokens[j]!.text === ".") return false;
    if (OFFICE_HEADS.has(tokens[j]!.lower)) return true;
  }
  return false;
}
function apposedName(tokens: Token[], items: Item[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i - 1]?.text !== "," || !next?.cap || next.lower === "sheikh" || next.lower === "of" || tokens[i + 2]?.lower === "of") return false;
  for (let k = items.length - 1; k >= 0 && items[k]!.to >= i - 6; k--) if (items[k]!.kind === "title") return true;
  return false;
}
const NAME_MONTHS = new Set(["may", "june", "april", "august"]);
const FULL_MONTHS: ReadonlySet<string> = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
/**
 * Tokens of further portfolios after a title ending in "Affairs": ", Cooperation and Regional Integration" when "of" or a
 * comma follows them; 0 otherwise.
 */
function portfolioTail(tokens: Token[], at: number, strict = false): number {
  // "… Foreign Affairs and International Trade of Kenya": one more portfolio after "and", of words portfolios are made of.
  if (tokens[at]?.lower === "and") {
    let k = at + 1;
    while (k < tokens.length && k - at <= 4 && tokens[k]!.cap && PORTFOLIO_WORDS.has(tokens[k]!.lower)) k++;
    return k > at + 1 && (tokens[k]?.lower === "of" || tokens[k]?.text === ",") ? k - at : 0;
  }
  if (tokens[at]?.text !== ",") return 0;
  let k = at + 1;
  let joined = false;
  // ("Foreign Affairs, International Trade, Industry and Commerce of X": more portfolios between commas before the "and".)
  while (k < tokens.length && k - at <= 12 && ((tokens[k]!.cap && (!strict || PORTFOLIO_WORDS.has(tokens[k]!.lower))) || (tokens[k]!.lower === "and" && !joined) || (tokens[k]!.text === "," && !joined && k > at + 1 && PORTFOLIO_WORDS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 1]!.cap))) {
    if (tokens[k]!.lower === "and") joined = true;
    k++;
  }
  return joined && k > at + 2 && (tokens[k]?.lower === "of" || tokens[k]?.text === ",") ? k - at : 0;
}

// ("Minister for Transport, Tourism and Sport, X", "Minister for the Environment, Climate and Communications, Y": a
// portfolio after "for" or "the" too.)
const PORTFOLIO_OPENS: ReadonlySet<string> = new Set(["of", "for", "the"]);
const PORTFOLIO_WORDS = new Set([
  "international", "regional", "african", "european", "trade", "cooperation", "co-operation", "integration", "commerce", "worship",
  "tourism", "immigration", "emigration", "expatriates", "diaspora", "investment", "development", "francophonie", "relations",
  "communities", "nationals", "abroad", "overseas", "economic", "external", "affairs", "industry", "energy", "culture", "science",
  "technology", "finance", "planning", "environment", "labour", "labor", "sport", "sports", "youth", "transport", "transportation", "agriculture",
  "climate", "communications", "enterprise", "employment", "heritage", "arts", "media", "health", "education", "defence", "defense", "justice",
  "housing", "water", "fisheries", "marine", "food", "innovation", "research", "security", "equality", "children", "social", "protection",
]);

/** The city `name` spells, as written or, set in capitals ("NEW YORK"), in title case. */
function cityInAnyCase(name: string) {
  return lookupCity(name) ?? (name === name.toUpperCase() ? lookupCity(titleCased(name)[0]!) : undefined);
}

/** How many words from `i` (two or three, all capitalised and adjacent) spell a capital or a city of 100,000 or more. */
function cityOpenedBy(tokens: Token[], i: number, text: string, textOffset: number): number {
  // ("NEW YORK, Sept 27 —": a dateline in capitals, read in title case.)
  const first = tokens[i]!.text;
  const capitals = first.length > 1 && first === first.toUpperCase();
  if (!capitals && !opensCity(tokens, i, i + 2, text, textOffset)) return 0;
  for (let n = 3; n >= 2; n--) {
    if (i + n > tokens.length || !tokens[i + n - 1]!.cap || (n === 3 && !tokens[i + 1]!.cap)) continue;
    const city = cityInAnyCase(norm(text.slice(tokens[i]!.start - textOffset, tokens[i + n - 1]!.end - textOffset)));
    if (city && (city.capital || city.population >= 100_000)) return n;
  }
  return 0;
}

/**
 * Whether the words of tokens [from, to) can spell a city: false only when the first, as a name key reads it, opens
 * no city's name.
 */
function opensCity(tokens: Token[], from: number, to: number, text: string, textOffset: number): boolean {
  const lex = tokens[from]!.lex;
  // (The key's first word is the token's only when a plain space or the run's end follows it: "St." is two tokens.)
  if (from + 1 < to && text.charCodeAt(tokens[from]!.end - textOffset) !== 32) return true;
  if (lex.cityOpener >= 0) return lex.cityOpener === 1;
  // (A word with ’ or ´ is keyed otherwise: look it up.)
  const opens = lex.curly ? true : mayOpenCityName(lex.text);
  if (opens === undefined) return true;
  lex.cityOpener = opens ? 1 : 0;
  return opens;
}

/** "Feb 12" (a day) or "(KUNA)" (an agency after a dateline): a capitalised word that opens no name. */
function isDayOrAgency(tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1]?.text.charCodeAt(0) ?? 0;
  if (next >= 48 && next <= 57 && MONTH_WORDS.has(tok.lower.endsWith(".") ? tok.lower.slice(0, -1) : tok.lower)) return true;
  // (i > 0 first: a read at index -1 is a property look-up, many times slower than one past the end.)
  if (!(i > 0 && tokens[i - 1]!.text === "(" && tokens[i + 1]?.text === ")")) return false;
  // ("the Indonesian Chamber of Commerce and Industry (Kadin)": so too a body's short name, in title case.)
  return tok.text === tok.text.toUpperCase() || (i > 1 && BODY_ENDS.has(tokens[i - 2]!.text));
}
const BODY_ENDS: ReadonlySet<string> = new Set(["Industry", "Commerce", "Council", "Party", "Front", "Movement", "Organization", "Organisation", "Agency", "Bank", "Forum", "Association", "Union", "Committee", "Commission", "Ministry", "Office", "Institute", "Authority", "Corporation", "Company", "Group", "Center", "Centre", "Fund", "Court", "Assembly", "Secretariat", "Chamber", "Board", "Federation", "Alliance", "Congress", "Service", "Foundation", "Bureau", "Department"]);
export const MONTH_WORDS: ReadonlySet<string> = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
// (Sets, not regexes: readNameRun asks these of the words around every run of names.)
const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', "“", "‘", "'"]);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', "”", "’", "'"]);
const PLACE_CUES: ReadonlySet<string> = new Set(["in", "into", "to", "at", "from", "near", "outside", "visited", "visiting", "of"]);
const BUILDINGS: ReadonlySet<string> = new Set(["Palace", "Castle", "Hotel", "House", "Abbey", "Cathedral", "Gardens"]);
// Documents named after the town they were signed in: "the Vienna Convention", "the Oslo Accords".
const DOCUMENTS: ReadonlySet<string> = new Set(["Convention", "Conventions", "Accord", "Accords", "Agreement", "Agreements", "Protocol", "Protocols", "Declaration", "Charter", "Treaty"]);
const FORMER_PREFIX = /^(?:then|ex|former)-/;
const COMPOUND_ADJECTIVE = /-(?:born|based|led|backed|owned|funded|brokered|sponsored|made)$/;
// Sentence openers that are not names: "Speaking", "Currently", "Located".
const OPENER_SUFFIX = /(?:ing|ally|ently|ately|ously|ably|ibly|ually|edly|ated|ered|ated)$/;

const ACRONYM = /^[A-Z][A-Z.&]+$/;
function allAcronyms(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ACRONYM.test(tokens[k]!.text)) return false;
  return true;
}

// Only a single space between two tokens: words of one name, not across punctuation.
function adjacent(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k + 1]!.start - tokens[k]!.end > 1) return false;
  return true;
}

// Titles are words and apostrophes only ("chargé d'affaires"), never across commas or brackets.
const PLAIN_WORD = /^[\p{L}][\p{L}'’.-]*$/u;

/** PLAIN_WORD without the regex for ASCII words (most of them); the regex decides the rest. */
function isPlainWord(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiLetter(c) || (k > 0 && (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d))) continue;
    return PLAIN_WORD.test(text);
  }
  return text.length > 0;
}

// ("X, foreign policy adviser to Aliyev", "an adviser to the president": an aide in lower case is an office only when
// it says whose.)
function aideToOffice(tokens: Token[], i: number): boolean {
  if (!/^(?:adviser|advisor|aide)$/.test(tokens[i]!.lower) || tokens[i + 1]?.lower !== "to") return false;
  const next = tokens[i + 2];
  return next !== undefined && (next.cap ? next.lower !== "the" || /^(?:president|prime|king|emir|sultan|crown|supreme)$/.test(tokens[i + 3]?.lower ?? "") : next.lower === "the" && /^(?:president|prime|king|emir|sultan|crown|supreme)$/.test(tokens[i + 3]?.lower ?? ""));
}

// One-word titles must be capitalised or clearly a title word ("the minister", "the ambassador", "its ambassador-designate").
function isTitleWord(tok: Token): boolean {
  return tok.cap || /^(?:minister|ambassador|president|envoy|consul|premier|chancellor|king|queen|emir|diplomat|speaker|governor|mayor|spokesman|spokeswoman|spokesperson|nuncio|ambassadors|counterpart|counterparts|leader|leaders|ruler|rulers|presidents|envoys|lawmaker|senator|ambassadors?-designate|director-general|secretary-general|consul-general|counsell?or|attach[eé])$/.test(tok.lower);
}

// Most items are words: their text is the token's own.
function word(tok: Token, index: number): WordItem {
  const lower = tok.lex.curly ? tok.lower.replace(/[’´]/g, "'") : tok.lower;
  const it = newItem("word", index, index + 1, tok.start, tok.end, tok.text);
  it.lower = lower;
  it.cap = tok.cap;
  return it as WordItem;
}

export function isHonorific(text: string): boolean {
  return HONORIFICS.has(text.toLowerCase().replace(/\.$/, ""));
}

/** isHonorific for a word already in lower case with no dot: a set look-up, for hot loops. */
export const isHonorificLower = (lower: string): boolean => HONORIFICS.has(lower);

/** Strips honorifics and stray punctuation from a person's name as written. */
export function cleanName(raw: string): string {
  // (Asked for the same few names again and again, person by person and sentence by sentence.)
  return CLEAN_NAMES(raw, withoutHonorifics);
}
const CLEAN_NAMES = remembered<string>(20_000);
function withoutHonorifics(raw: string): string {
  const words = raw.replace(/[“”"]/g, "").split(/\s+/).filter(Boolean);
  while (words.length > 1 && isHonorific(words[0]!)) words.shift();
  return words.join(" ");
}
