// One official's mention as findOfficials and its untitled rules write it (addOfficial), and the role a state's
// practice gives a title: a module of its own so that the rules adding mentions need not import findOfficials.
import { isEnvoyRole, ROLES, type Role } from "../model/official.js";
import { roleForTitle } from "../gazetteer/titles.js";
import { cleanName, type Item, type PersonItem, type TitleItem } from "./mentions.js";
import type { OfficialMention } from "./officials.js";
import type { Sentence } from "./sentences.js";
import { personBefore } from "./title-names.js";
import { SHAPE_COUNTERPART, shapeOf } from "./title-shapes.js";
import type { StateContext } from "./title-states.js";
import { hasWhiteSpace, TWO_LETTER_NAME } from "./word-shape.js";

const ROLE_RANK = new Map<Role, number>(ROLES.map((r, i) => [r, i]));

export interface Inherited {
  country: string | null;
  accreditedTo: string | null;
  role: Role;
  former: boolean;
  counterpart: boolean;
}

const PLACE_WORD = /\s(?:Mausoleum|Memorial|Monument|Airport|University|Stadium|Hospital|Mosque|Cathedral|Street|Avenue|Boulevard|Bridge|Square|Museum)$/;
// (Or a party or movement: "leader of the Bulgarian Socialist Party"; or a body: "Türkiye's Communications Directorate".)
/** @internal Exported for tests: spaceAt gates it. */
export const NAMED_PLACE = /^\s+(?:International\s+)?(?:Airport|University|Stadium|Hospital|Mosque|Cathedral|Street|Avenue|Boulevard|Road|Highway|Bridge|Foundation|Center|Centre|Hall|Square|Park|Prize|Award|Institute|School|College|Library|Museum|Port|Dam|Palace|Hotel|Castle|Temple|Church|Gardens?|Conference Cent(?:er|re)|Convention Cent(?:er|re)|Party|Movement|Front|Alliance|Directorate|Agency|Authority|Bureau|Ministry|Corporation)\b/;

// (Or a movement's or a regime's: "Cambodia's Khmer Rouge regime".)
export const LAND_AFTER = /^\s+(?:region|province|district|oblast|governorate|county|prefecture|valley|peninsula|enclave|exclave|regime|junta|movement|militia|rebels|insurgents|faction)\b/;
const THE_BEFORE_NAME = /(?:^|\s)the\s+$/;

/** What findOfficials reads and builds for one sentence, as addOfficial needs it. */
export interface OfficialsRead {
  sentence: Sentence;
  items: Item[];
  out: OfficialMention[];
  used: Set<Item>;
  inherited: Map<number, Inherited>;
}

/**
 * Adds the official a person and a title make (null when the person is no official, or already one: a more specific
 * title then goes to the earlier mention). (A module function, not a closure made at each call of findOfficials: V8
 * compiles findOfficials whole and runs it unoptimised meanwhile.)
 */
export function addOfficial(read: OfficialsRead, person: PersonItem, title: TitleItem, role: Role, country: string | null, accreditedTo: string | null, rule: string, confidence: number, former: boolean, context?: StateContext): OfficialMention | null {
  const { sentence, items, out, used, inherited } = read;
  if (used.has(person)) {
    // A second, more specific title for the same person: "X, a veteran diplomat, as its ambassador to B".
    const earlier = out.find((o) => o.start <= person.start && o.end >= person.end);
    // (Not a past one: "Turkey's special envoy X, a former ambassador to Washington".)
    // (A current office after a past one is the one held, whatever their ranks: "his former adviser, X, as special
    // envoy", "former Interior Secretary X as ambassador to B".)
    if (earlier && ((rank(role) < rank(earlier.role) && !(former && !earlier.former)) || (earlier.former && !former))) {
      // (A past office's post and exclusions give way with it: "X, a former chief of staff to the Emirati minister,
      // handed over his letter of credence" is accredited to no one the aside names.)
      const past = earlier.former && !former;
      if (past) earlier.notCountries = undefined;
      Object.assign(earlier, { role, title: title.title, country: earlier.country ?? country, accreditedTo: past ? accreditedTo : (earlier.accreditedTo ?? accreditedTo), former: former || undefined });
    } else if (earlier && !earlier.accreditedTo && accreditedTo && !former && !earlier.former && isEnvoyRole(role) && isEnvoyRole(earlier.role) && (!country || !earlier.country || country === earlier.country)) {
      // ("Ambassador X, the U.S. envoy to NATO": the post a second envoy's title names is the first one's.)
      earlier.accreditedTo = accreditedTo;
      earlier.country ??= country;
    } else if (earlier && !earlier.country && country && !earlier.counterpart) {
      // ("The envoys — X, a former Turkish ambassador to Washington, and …": a state the first title left open, even
      // from a past office: one serves the state one served.)
      earlier.country = country;
    }
    return null;
  }
  const name = cleanName(person.name);
  if (!hasWhiteSpace(name) && name.length < 3 && !TWO_LETTER_NAME.test(name)) return null;
  // "King Khalid International Airport", "President Nyerere Street": a place named after the person.
  // (The place's noun may end the name itself: "President Ho Chi Minh Mausoleum".)
  if ((spaceAt(sentence.text, person.end - sentence.start) && NAMED_PLACE.test(sentence.text.slice(person.end - sentence.start, person.end - sentence.start + 40))) || PLACE_WORD.test(name)) return null;
  // ("Kyrgyzstan's Batken region", "Director for Eastern Europe, the Caucasus and Central Asia": a land's name, by the
  // noun after it or by an article right before; no one's.)
  if (LAND_AFTER.test(sentence.text.slice(person.end - sentence.start, person.end - sentence.start + 14)) || THE_BEFORE_NAME.test(sentence.text.slice(Math.max(0, person.start - sentence.start - 5), person.start - sentence.start))) return null;
  let counterpart = false;
  const notCountries: string[] = [];
  // "his Costa Rican counterpart X" holds the same office as the official already named, and serves another state.
  let counterpartOf: string | undefined;
  const counterpartTitle = (shapeOf(title.title) & SHAPE_COUNTERPART) !== 0;
  if (counterpartTitle) {
    const other = [...out].reverse().find((o) => o.country !== country || !country);
    if (other) {
      role = other.role;
      if (country) (other.notCountries ??= []).push(country);
      if (other.country) notCountries.push(other.country);
    } else counterpart = true;
    counterpartOf = personBefore(items, items.indexOf(title))?.name;
  }
  if (accreditedTo) notCountries.push(accreditedTo);
  used.add(person);
  const mention: OfficialMention = {
    name,
    role: stateRole(title.title, country, role),
    title: title.title,
    country,
    accreditedTo,
    sentence,
    start: Math.min(person.start, title.start),
    end: Math.max(person.end, title.end),
    rule,
    confidence,
    // Every field, set or not, in one order: mentions are read on many paths, and one shape keeps those reads fast.
    former: former || undefined,
    notCountries: notCountries.length ? notCountries : undefined,
    peers: undefined,
    counterpart: counterpart || undefined,
    counterpartOf: counterpartOf ? cleanName(counterpartOf) : undefined,
    // (The title's place is looked up only when a chain handed anything down: most sentences have none.)
    viaCounterpart: counterpartTitle || (inherited.size > 0 && inherited.get(items.indexOf(title))?.counterpart) ? true : undefined,
    stateFromContext: context && !country ? context : undefined,
  };
  out.push(mention);
  return mention;
}

/**
 * Whether `text` may have white space at `at`: NAMED_PLACE and PRESENTS_CREDENTIALS open with it, and most names end
 * at a comma or a full stop, where a look at one character spares slicing the text after them. (A character beyond
 * ASCII may be white space: the regex decides.)
 */
/** @internal Exported for tests. */
export function spaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || (c >= 9 && c <= 13) || c >= 128;
}

// Titles whose office depends on state practice ("Foreign Secretary" in India) take the state's reading.
/** @internal Exported for tests. */
export function stateRole(title: string, country: string | null, role: Role): Role {
  // (With no state there is no practice to read: roleForTitle reads the title alone, twice over.)
  if (!country) return role;
  // (Read once per state and title: a title is read again at every mention, and once more when its holder is placed.
  // A map for each state rather than one keyed by the two joined: a joined key is a new string to hash at every call.)
  let titles = STATE_ROLES.get(country);
  if (!titles) STATE_ROLES.set(country, (titles = new Map()));
  let answer = titles.get(title);
  if (answer === undefined) {
    if (titles.size >= 10_000) titles.clear();
    titles.set(title, (answer = readStateRole(title, country)));
  }
  return answer || role;
}
/** By state, then title: the office the state's practice gives the title where it differs from the general one, else "". */
const STATE_ROLES = new Map<string, Map<string, Role | "">>();
function readStateRole(title: string, country: string): Role | "" {
  const general = roleForTitle(title);
  const specific = roleForTitle(title, country);
  return specific && specific !== general ? specific : "";
}

export const rank = (role: Role) => ROLE_RANK.get(role) ?? ROLES.length;

/** A mention of a person whose office the text gives no title for, with every field, as findOfficials writes them: one shape for every mention. */
export function untitledMention(name: string, role: Role, country: string, sentence: Sentence, at: PersonItem, rule: string, former: true | undefined): OfficialMention {
  return {
    name, role, title: "", country, accreditedTo: null, sentence, start: at.start, end: at.end, rule, confidence: 0.6,
    former, notCountries: undefined, peers: undefined, counterpart: undefined, counterpartOf: undefined, viaCounterpart: undefined, stateFromContext: undefined,
  };
}
