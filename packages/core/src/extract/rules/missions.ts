import type { EventType } from "../../model/event.js";
import type { MissionKind, MissionStatus } from "../../model/mission.js";

/**
 * Starts of words (lower-case letters only, none the start of another) one of which every match of a pattern holds at
 * the start of a word: a text without any is not searched with it (see wordGate in missions.ts).
 */
export type GateWords = readonly string[];

/** Names of posts, most specific first; the first that matches at a position wins. */
export const MISSION_KIND_PATTERNS: ReadonlyArray<{ kind: MissionKind; pattern: RegExp; words: GateWords }> = [
  { kind: "nunciature", pattern: /\b(?:apostolic )?nunciature\b/gi, words: ["nunciature"] },
  { kind: "high-commission", pattern: /\bhigh commissions?\b(?!er)/gi, words: ["commission"] },
  { kind: "honorary-consulate", pattern: /\bhonorary consul(?:ate)?s?(?:[- ]general)?\b/gi, words: ["honorary"] },
  { kind: "consulate-general", pattern: /\bconsulates?[- ]generals?\b|\bgeneral consulates?\b/gi, words: ["consulate"] },
  // ("its consular office in Pskov", "consular posts": a consulate by another name; not an embassy's consular section.)
  { kind: "consulate", pattern: /\b(?:vice[- ])?consulates?\b|\bconsular (?:office|post|agenc(?:y|ie))s?\b/gi, words: ["consulate", "consular"] },
  // ("its Trade Council office in Pune", "a trade promotion office": an export agency's post abroad is a trade office.)
  { kind: "trade-office", pattern: /\b(?:trade|commercial|economic and trade) (?:representation |council |promotion |and investment )?(?:office|representation|mission)s?\b/gi, words: ["trade", "commercial"] },
  { kind: "representative-office", pattern: /\b(?:Taiwan|Taipei) (?:(?:Economic and Cultural|Trade|Representative|Commercial) )*Office\b|\b(?:diplomatic |trade and )?representat(?:ive|ion) offices?\b|\bde facto embass(?:y|ies)\b|\beconomic and cultural (?:representative )?offices?\b|\brepresentative mission\b|\bdiplomatic offices?\b/gi, words: ["taiwan", "taipei", "representat", "facto", "economic", "diplomatic"] },
  { kind: "liaison-office", pattern: /\bliaison offices?\b/gi, words: ["liaison"] },
  { kind: "interests-section", pattern: /\binterests? sections?\b/gi, words: ["interest"] },
  { kind: "permanent-mission", pattern: /\bpermanent (?:mission|representation)s?\b|\bmissions?\b(?= (?:of [^.;]{1,40}? )?to (?:the (?:United Nations|UN|U\.N\.|European Union|EU|OIC|African Union|Organi[sz]ation|Arab League|OSCE|WTO|NATO|Union|bloc)\b|(?:UN|U\.N\.|EU|OIC|ASEAN|Asean|OSCE|WTO|NATO)\b))/gi, words: ["permanent", "mission"] },
  // ("its delegation in Port-au-Prince": an organisation's, see readPost.)
  { kind: "delegation", pattern: /\b(?:EU|European Union)(?:['’]s)? [Dd]elegation\b|\b[Dd]elegation of the European (?:Union|Commission)\b|\b(?:its|their) delegations?(?= in [A-Z])/g, words: ["delegation"] },
  // ("to set up a mission in the Turkish capital": a mission a state opens in a place, named bare.)
  { kind: "embassy", pattern: /\bembass(?:y|ies)\b|\bchancery\b|\bdiplomatic (?:mission|post)s?\b|\bmission(?= in )(?<=\b(?:open|opens|opened|opening|set up|sets up|setting up|establish|establishes|established|establishing|reopen|reopens|reopened|reopening) (?:an?|its|their) (?:(?:new|resident|full-fledged|fully-fledged) )?mission)/gi, words: ["embass", "chancery", "diplomatic", "mission"] },
];

export interface MissionCue {
  id: string;
  /** The status a cue leaves the mission in. */
  status: MissionStatus;
  event: EventType | null;
  pattern: RegExp;
  /** Future wording is the event itself (an announcement). */
  future?: boolean;
  /** A noun naming the change ("the reopening of the embassy"): it refers to an event rather than reporting one. */
  nominal?: RegExp;
  words: GateWords;
}

/** Verbs around a post's name that move its lifecycle (DOMAIN.md). Checked in order: the first hit decides. */
export const MISSION_CUES: readonly MissionCue[] = [
  { id: "mission.upgraded", status: "open", event: "mission-upgraded", pattern: /\b(?:upgrad(?:ed|es|ing|e)|elevat(?:ed|es|ing|e) (?:\w+ )?to|(?:elevation|raising) of(?= (?:its |the |their )?[^.;]{1,80}? to (?:the (?:rank|level|status) of|an? (?:full(?:[- ]fledged)? )?(?:embassy|high commission|consulate))\b)|raised to|(?:raised|elevated)(?= (?:its |the |their )?[^.;]{1,80}? to the (?:rank|level|status) of\b)|(?:raised|elevated)(?= (?:its |the |their )?[^.;]{1,80}? to (?:an? |the )?(?:full |full-fledged )?(?:embassy|ambassadorial|high commission|consulate(?:[- ]general)?) (?:level|status|rank)\b)|(?:became|becomes|become|(?:was|were|is|be|been) (?:[a-z]+ly )?(?:converted|turned|transformed)) (?:into )?(?:an? |the )?(?:full(?:[- ]fledged)? |new )?(?:embassy|high commission|consulate)|(?:converted|turned|transformed|converts|turns|transforms)(?= (?:its|their|the) [^.;]{1,60}? into (?:an? |the )?(?:full(?:[- ]fledged)? |new )?(?:embassy|high commission|consulate)))\b/i, words: ["upgrad", "elevat", "raised", "raising", "becam", "becom", "convert", "turn", "transform"] },
  { id: "mission.downgraded", status: "open", event: "mission-downgraded", pattern: /\bdowngrad(?:ed|es|ing|e)\b/i, words: ["downgrad"] },
  // ("growing too close to Israel", "close ties": the adjective, not the verb.)
  // ("The closed embassy reopened", "its shuttered consulate": a post described by its past, not closed now.)
  // ("withdrew its consent for A's consulate in B to operate": the host's leave taken back closes the post; not
  // "revoked permission for A to open a consulate", a post never opened.)
  { id: "mission.closed", status: "closed", event: "mission-closed", pattern: /\b(?:(?<!temporar(?:il)?y )(?:clos(?:(?<!\b(?:the|a|an|its|their|now|long) clos)ed|es|ing|ure of|ure|(?<!\b(?:too|very|so|as|more) clos)e(?! to\b| (?:ties|relations|partners?|allies|ally|friends?|cooperation)\b))(?! (?:for|on|over) (?:the )?(?:holiday|weekend|day|public|security|renovation)| to (?:the public|visitors|applicants))|shut(?:s|ting)?(?: down)?|(?<!\b(?:the|a|an|its|their|now|long) )shutter(?:ed|s|ing))|shutdown|lower(?:ed|s|ing) (?:the|its|their) (?:\w+ )?flag|ordered (?:\w+ ){0,3}(?:closed|shut)|pulled out|withdr(?:ew|awn|awing|aws) (?:all )?(?:its |their )?(?:staff|diplomats|personnel)|relocat(?:ed|es|ing|ion of)|(?:mov(?:ed|es|ing)|transferr(?:ed|ing))(?= (?:its|their|the) (?:[\w-]+ ){0,2}(?:embass|consul|high commission|mission|(?:representative|trade|liaison) office))|ceas(?:ed|es|ing) (?:its |all |(?:its )?diplomatic )?(?:operations|activities|functioning|work|to (?:operate|function))|(?:withdr(?:ew|awn|awing|aws)|revok(?:ed|es|ing)) (?:its |their |the )?(?:consent|permission|authori[sz]ation)(?= (?:for|to) [^.;]{1,80}?\b(?:operat|function|work)))\b/i, words: ["clos", "shut", "lower", "ordered", "pulled", "withdr", "relocat", "mov", "transferr", "ceas", "revok"] },
  // Staff evacuated, operations halted: suspended, not closed (DOMAIN.md lifecycle).
  { id: "mission.suspended", status: "suspended", event: "mission-closed", pattern: /\b(?:suspend(?:ed|s|ing)?|suspension of|halt(?:ed|s)|froze|evacuat(?:ed|es|ing|ion of)|temporar(?:il)?y (?:clos(?:ed|es|ing|ure of|ure|e)|shut(?:s|ting)?(?: down)?))\b/i, words: ["suspen", "halt", "froze", "evacuat", "temporar"] },
  // ("adopted, at the ministry's proposal, a Decision on the establishment of the Embassy": a government's act.)
  // ("the government adopted a decision to open an embassy": a decision adopted, as a decree is, is the act itself.)
  { id: "mission.approved", status: "approved", event: "mission-approved", pattern: /\b(?:(?:government|cabinet|council of ministers) (?:of \w+ )?(?:resolved|decided) to (?:establish|open)|approv(?:ed|es|al of|ing)|ratif(?:ied|ies|y)|decrees?|law on|bill on|(?:signed|adopt(?:ed|s|ing)) (?:an? |the )?(?:laws?|decrees?|orders?|resolutions?|decision(?= (?:to (?:open|establish)|on (?:the )?(?:open|establish)(?:ing|ment))\b))|enact(?:ed|s|ing)? (?:an? |the )?(?:revised |new )?(?:law|bill|act|decree)|(?:executive|presidential|royal|ministerial|supreme) (?:order|decree)|(?:parliament|legislature|national assembly|cabinet|council of ministers|senate)\b[^.;]{0,40}\b(?:decision|decided|voted|passed|adopted)|(?:ordered|decreed|authori[sz]ed|endorsed|sanctioned) (?:the )?(?:establishment|opening|creation) of|(?:resolution|[Dd]ecision) (?:on|for) (?:the )?(?:establishment|opening|creation) of)\b/i, words: ["ordered", "authori", "endorsed", "sanctioned", "resolution", "decision", "government", "cabinet", "council", "approv", "ratif", "decree", "law", "bill", "signed", "adopt", "enact", "executive", "presidential", "royal", "ministerial", "supreme", "parliament", "legislature", "national", "senate"] },
  // ("the new posts would comprise embassies in A and B": the posts a plan names, each by its kind.)
  // ("would likewise set up an embassy in A": the other side's post, planned in turn; "A will in turn open an embassy".)
  // ("its consulate in Basra would resume work on Wednesday": a post said to start working again later.)
  // ("The embassy in Kigali is expected to open in 2024", "is due to open": as "is set to open", a post still to come.)
  // ("will move its embassy to Jerusalem", "his intention to move the embassy to A": a move to come is a post planned.)
  { id: "mission.announced", status: "planned", event: "mission-announced", future: true, pattern: /\b(?:(?:will|pledged to|vowed to|committed to|promised to) (?:(?:also|likewise|similarly|soon|shortly|now|in turn|(?:later )?this year|next year|this month|next month) )?(?:(?:re-?)?open|establish|set up)|(?:will|plans? to|is to|intends? to) (?:expand|extend|enlarge|widen|grow) (?:its |their )?(?:diplomatic |consular )?(?:network|presence|footprint)|(?:will|shall|would|agreed to) (?:[\w-]+ ){1,6}and (?:(?:re-?)?open|establish|set up)|plans? to (?:open|establish|set up)|(?:will|shall|plans? to|intends? to|intention to|decided to|decision to|pledged to|promised to|vowed to) (?:(?:also|soon|now|eventually) )?(?:move|relocate)(?= (?:its|their|the|his|her) (?:country['’]s )?(?:[\w-]+ ){0,2}(?:embass(?:y|ies)|consulates?(?:[- ]generals?)?|high commissions?|missions?|(?:representative|trade|liaison) offices?)\b(?! (?:staff|personnel|employees|diplomats|workers)\b)[^.;]{0,40}? to (?!(?:an?|the|its|their|new|larger|bigger|other)\b))|(?<=\bto (?:[\w-]+ ){1,4}and )(?:re-?)?(?:open|establish)|plans? (?:an? |new )|planning to (?:open|establish)|decided to (?:open|establish)|decision to (?:open|establish)|agreed to (?:open|establish)|intends? to (?:open|establish)|(?<!\b(?:became|becomes|was|is) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|newest|last|only|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){0,2}(?:country|state|nation|government)s? )to (?:re-?)?open|to (?:re-?)?establish|to set up|announced (?:the |its |plans? |that )?(?:opening|establishment|(?:it |they )?(?:will|would) open)|(?:announced|unveiled|outlined|revealed) (?:its |his |her |their |the )?plans? for(?= (?:an? |the |new |its |their )?(?:[\w-]+ ){0,2}(?:embass|consul|high commission|(?:trade|representative|liaison) office))|would (?:(?:also|likewise|similarly|soon|shortly|now) )?(?:re-?)?(?:open|establish|set up)|is to open|set to open|(?:expected|due|scheduled|slated|poised) to (?:re-?)?open|(?:expected|due|scheduled|slated|poised|set) to be (?:(?:officially|formally) )?(?:inaugurated|opened|reopened|launched)|(?:posts|missions|offices|embassies) (?:will|would|are to) (?:comprise|include|consist of)|(?:will|would|is to|are to|set to) resume (?:its |their )?(?:full |normal |regular |diplomatic |consular )?(?:operations|work|activities|functioning))\b/i, words: ["open", "reopen", "establish", "reestablish", "set", "expand", "extend", "enlarge", "widen", "grow", "plan", "announced", "comprise", "include", "consist", "resum", "mov", "relocat", "inaugurat", "launch"] },
  // ("became the first Muslim-majority country to open an embassy": a word or two may describe the rank's class.)
  { id: "mission.opened", status: "open", event: "mission-opened", nominal: /^(?:(?:re)?opening|inauguration|establishment)/i, pattern: /\b(?:flag (?:was |were )?(?:raised|hoisted)|(?<=\b(?:became|becomes|was|is) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|newest|last|only|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){0,2}(?:country|state|nation|government)s? to )(?:re-?)?open\b|(?:raised|hoisted) (?:the|its|their) (?:\w+ )?flag|open(?:ed|s|ing)(?! fire)|inaugurat(?:ed|es|ing|ion of|ion|e)|began (?:its |their )?(?:operating|functioning|operations?|work)|start(?:ed|s) (?:its |their )?(?:functioning|operating|operations?|work)|reopen(?:ed|s|ing)|resum(?:ed|es|ing) (?:the )?(?:its |their )?(?:full |normal |regular |diplomatic |consular )?(?:operations|work|activities|functioning)(?: (?:of|at)(?= (?:its|their|the|[A-Z])))?|launch(?:ed|es)|set up|(?:re-?)?establish(?:ed|ing)|establishment of|commissioned|unveiled)\b/i, words: ["flag", "raised", "hoisted", "open", "inaugurat", "began", "start", "reopen", "resum", "launch", "set", "establish", "reestablish", "commissioned", "unveiled"] },
  // "will keep its embassy in Tel Aviv": a post said to stay is open, in any tense, and nothing happens to it.
  { id: "mission.kept", status: "open", event: null, future: true, pattern: /\b(?:keep|keeps|kept|keeping|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)\b/i, words: ["keep", "kept", "maintain", "retain"] },
  // "Denmark has an embassy in Dhaka": a post said to exist is open, and nothing happens to it (so too "has had an
  // embassy in Dhaka since 1972").
  // ("is represented in Kampala by an honorary consul": so is one said to represent it.)
  { id: "mission.exists", status: "open", event: null, pattern: /\b(?:(?:(?:has|have)\s+had|has|have|operates|operate|runs|run)\s+(?:an?|one|its|their|a resident|a full)|represented\s+(?:in|at)\s+[^.;,]{1,40}?\s+by\s+(?:an?|its|their))\s+(?:[\w-]+\s+){0,2}(?=embass|consul|high commission|(?:trade|representative|liaison) office|nunciature|interests? section|mission)/i, words: ["has", "have", "operate", "run", "represented"] },
];
