import type { Modality } from "../model/event.js";

// Cues read in the clause before a trigger (DOMAIN.md "Modality cues"). Alternatives are plain words: linear.
// ("has yet to reopen its embassy": a clause cut before a trigger that holds the "to" ends in "has yet".)
// ("No other country has so far set a date for moving its embassy", "none of the governments has said it intends to": a
// subject no state is.)
const NEGATED = /\b(?:not|never|neither|nor|no longer|no other (?:countries|country|states?|nations?|governments?)|none of|no (?:sign|signs|indication|hint) of|denied|denies|deny|refused|refuses|refusing|rejected|rejects|without|yet to|(?:has|have|had|is|are) yet(?=\s*$)|nothing\s+(?:[\w'’]+\s+){0,6}?(?:amounted|amounts|constituted|constitutes|meant|means|implied|implies)(?:\s+to)?(?=\s*$)|nothing\s+(?:he|she|they|it|we|I)(?=\s+(?:(?:had|has|have)\s+)?$)|failed to|instead of|held back from|holding back from|refrained from|refrain from|(?:stopped|stops|stopping|stop|fell|falls|falling|fall) short of|declined to|balked at|revers(?:ed|es|ing) (?:its |their |the |a )?decision|revok(?:ed|es|ing)|rescind(?:ed|s|ing)?|call(?:ed|s|ing)? off|cancel(?:l?ed|s|ling|ing)?|scrapp(?:ed|ing)|postpon(?:ed|es|ing)|no ["“]?(?:(?:immediate|current|further|such)\s+)?(?:intention|plans?|question|chance|prospect)(?: whatsoever| at all)?["”]? (?:of|to)|rul(?:ed|es|ing) out|dismiss(?:ed|es|ing) (?:the |as (?:baseless|false|unfounded|untrue|groundless|fake|fabricated|incorrect|inaccurate|speculation|nonsense) )?(?:reports?|claims?|suggestions?|speculation|rumou?rs?))\b|n[’']t\b/i;
// "have no embassies", "no agreement was", "no talk of expelling", "no plans to break off": "no" right before the trigger
// (or one word, and "of", "to" or "for").
// ('had "no immediate plans" to open': so too a quoted phrase of two words.)
// ("No agreements were signed during the visit": so too a passive's subject.)
const NO_BEFORE = /\bno\s+(?:[\w-]+\s+)?(?:[\w-]+["”]\s+)?(?:(?:of|to|for)\s+|(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:(?:formally|officially|actually|ever)\s+)?)?$/i;
// "marked the 50th anniversary of the normalisation of their relations": an anniversary's act is no act of its day
// (the act itself is told, with its own date, where the text tells it). Up to five words between.
const ANNIVERSARY_OF = /\banniversary of\s+(?:[\w'’-]+\s+){0,5}$/i;
// "told Vilnius to withdraw its own envoy": what a state is told to do is not done (case kept: "told her minister to
// bring X home" is an order carried out, a recall).
const TOLD_STATE_TO = /\b(?:told|instructed)\s+(?:[A-Z][\w'’.-]*\s+){1,3}to\s*$/;
// Asides between commas ("The envoy, who was not named, …") do not frame the main clause.
const OPEN_RELATIVE = /^[^]*,\s*(?=(?:who|which|whose|whom)\b[^,;]*$)/i;
const JOINED_PAST = /\band\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|took|made|sent|kept|left)\b/gi;

/** Where the last "and" + past verb of `text` starts, else -1. */
function lastJoinedPast(text: string): number {
  let at = -1;
  JOINED_PAST.lastIndex = 0;
  for (let m = JOINED_PAST.exec(text); m; m = JOINED_PAST.exec(text)) at = m.index;
  return at;
}
// A teller named in capitals (a title and a name, "the Foreign Ministry") and the past verb of telling, to the end.
const TELLER_CLAUSE = /,\s+(?:(?:the|of|for)\s+|\p{Lu}[\p{L}.'’-]*\s+){1,7}(?:told|said)\b[^,;]*$/u;
const SUBORDINATE_BEFORE_AND = /\b(?:after|before|because|since|while|when|once|until)\b[^,;]{1,120},\s+and\s+$/i;
const ASIDE = /,\s*(?:who|which|whose|whom|without)\b[^,;]*,/gi;
// ("a proposal", "a motion" frame what they propose until passed: "MPs passed a motion approving …" is the act, but
// "approved a motion to expel" still asks for an act to come; "adopted, at the proposal of the ministry, a decision"
// names where the act came from; "the cabinet approved the minister's proposal to name X" is the act, as a government
// approving one of its own ministers' proposals decides it.)
// ("paid a courtesy call on the president": a visit paid, not an appeal; "was looking at appointing", "a prelude to relocating": an option weighed.)
// ("The request came days after A told B …": a request named as a thing frames nothing told after it.)
const HYPOTHETICAL = /\b(?:would|could|might|if|unless|whether|threaten(?:ed|s|ing)?(?: to)?|threats? to(?=\s*$)|warn(?:ed|s)?(?: that| it would)?|reportedly|alleging|allegations? that|considering|consider|weighing|weighs|weighed|mulling|mulls|mulled|(?:argued|argues|arguing|pushed|pushing|lobbied|lobbying) for|(?:floated|floating|floats|mooted|mooting|moots)(?=\s*$| (?:the (?:idea|option|possibility) of )?(?:[a-z]+ing\b|$))|looking (?:at|into)|exploring|contemplating|(?:prelude|precursor) to|rumou?r(?:ed|s)?|possible(?<!\bas (?:soon|quickly|early|fast) as possible)|possibility|(?<!\b(?:passed|adopted|approved|carried|endorsed|accepted) (?:an? |the |its |their )?(?:[\w-]+ )?)(?<!\b(?:approved|endorsed|accepted) (?:the )?(?:[\w-]+ ){0,2}[\w-]+['’]s )(?<!\b(?:at|on|upon) the )(?:proposal|motion)|(?<!\b(?:approved|endorsed|accepted) (?:the )?(?:[\w-]+ ){0,2}[\w-]+['’]s )(?:proposal|motion|bill) to|proposed|propos(?:e|es|ing)(?=\s+(?:to\b|that\b|the\b|an?\b|[a-z]+ing\b))|demand(?:ed|s)?|tr(?:y|ying|ied|ies) to|attempt(?:s|ed|ing)? to|efforts? to|sought to|(?<!(?:phone|telephone|video|courtesy|farewell|introductory|a|the) )call(?:ed|s|ing)? (?:on|for)|urg(?:ed?|ing)|asked|ask(?:s|ing)?(?=\s+(?:the\s+)?[A-Z][^.;,]{0,40}?\bto\s*$)|(?<!\b(?:the|a|this|that|its|their|his|her) )request(?:ed)?|should)\b/i;
// ("plans to", "plans a visit"; not a plan named as a thing: "the action plan was signed".)
// ("became the first head of state to visit Damascus": a rank told of a visit made, not one planned.)
// ("a resolution which mandated the government to recognise", "instructed the ministry to open": an act ordered, to come.)
// ("expects the minister in Lima in the coming weeks for talks": a guest awaited, talks to come.)
// (The "to" right before the trigger, with a few words between the pledge and it: not "promised support to Chile, then".)
// "had promised during her campaign to switch to China": a pledge, the act still to come (not past "and": "promised
// aid and switched").
// ("agreed to set up a committee to examine the steps required to raise the level of representation": a change to be
// studied, not one decided.)
const STUDIED = /\b(?:to (?:examine|study|explore|look into|consider)|steps? (?:required|needed|necessary) to)\b/i;
const PLEDGED_TO = /\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?)\b(?:(?!\b(?:and|but|then)\b)[^.;,]){0,60}?\bto(?:\s+\w+ly)?\s*$/i;
// ("Ties had appeared to be on a steady footing after X travelled to B": a state seen, no plan; "to be held" still is.)
// ("the two sides are preparing a memorandum of understanding": a deal being drafted, not signed.)
// ("remained committed to establishing relations", "determined to open": a resolve, the act still to come.)
// ("reiterated its readiness to facilitate direct talks between A and B": talks offered, none held.)
const PLANNED = /\b(?:will|shall|intended to|designed to|meant to|aimed at|in order to|to help|leading to|paving the way (?:for|to)|provid(?:e|es|ed|ing) for|towards?|'ll|plans? to|(?<!\b(?:the|an?|action|this|that|its|their|his|her|our) )plans?|planning|planned|intends?|intention|expected to|expects|expecting|expect(?= \w+ to\b)|in the (?:coming|next) (?:few )?(?:days|weeks|months)|is set to|are set to|set to|(?<!\b(?:appear(?:s|ed)?|seem(?:s|ed)?|prove[sd]?) )to be|going to|hopes?|hoped|hoping|wants?|wishes|aims?(?: to)?|seeks?|ready to|look(?:s|ed|ing)? forward|invit(?:ed|ation)|next (?:week|month|year)|tomorrow|upcoming|forthcoming|impending|soon|scheduled|due to|(?:is|are|was|were) due (?:in|at|back in)\b|(?:is|are) (?:also )?expected (?:in|at|back in)\b|prepar(?:ing|es|ed) (?:to|for)|(?:preparing|prepares|drafting|drafts|finali[sz]ing)(?= (?:an?|the|their|its) (?:[\w-]+ ){0,2}$)|preparations? for|(?<!\b(?:first|second|third|fourth|fifth|latest|last|only|\d+(?:st|nd|rd|th)) (?:[\w.-]+ ){0,4})to (?:open|establish|visit|sign|hold|meet)|would like|(?:committed|determined|keen|eager|willing) to(?=\s*$)|(?:readiness|willingness|offer(?:ed|s|ing)?) to|to facilitate|(?:mandat(?:ed|es|ing)|instruct(?:ed|s|ing)|tasked)\b[^.;]{0,80}?\bto)\b/i;

// "reported that it would sever ties": a future in reported speech is an announced decision, not a condition.
// ("said on Wednesday it would close": past the day it was said.)
// ("said Wednesday it would": so too a bare day.)
const REPORTED_FUTURE = /\b(?:said|says|announced|announces|reported|stated|confirmed|decided|declared|added|informed|told \w+)\b(?:\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+[A-Z]\w+(?:\s+\d{1,2})?,?|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b,?)?(?: that)?\s+(?:it|they|he|she|(?:the|his|her|its|their) \w+|\w+)?\s*would\b/i;

// "told Trump … that Morocco would reopen": the same, its verb of saying further back than the clause read.
// (Past an aside before its subject: 'announced that, in solidarity with A, B would'; the aside is read for conditions.)
const THAT_WOULD = /\bthat(?:,?\s+([^\s,;][^,;]{0,60}),)?,?\s+(?:it|they|he|she|the \w+|\w+)\s+would\b/i;

// "agreed on a road map for normalising relations", "held talks on establishing ties": the act a plan or talks are
// about, right before it, is still to come.
// ('consultations" on a Protocol on the Establishment of Diplomatic Relations': so too through a text under talks.)
const TOPIC_OF = /\b(?:road\s*map|roadmap|talks|negotiations|consultations|framework|process|steps?|path|dialogue|discussions|modalities)["”’']?\s+(?:for|on|towards?|about|over)\s+(?:(?:(?:an?|the|two|three)\s+)?(?:draft\s+)?(?:protocols?|agreements?|treaty|treaties|accords?|documents?|texts?)\s+on\s+(?:the\s+)?)?$/i;

// "may" only in lower case: "In May 2022" is a month.
const MAY = /\bmay\b/;

// Which patterns a clause can match, read in one pass over its words (see cuesIn): most clauses ("China and Costa Rica
// announced on Thursday that they had ") hold none of their words, and a pattern tried at every offset is the dear part.
export const CUE_NEGATED = 1;
export const CUE_REPORTED = 2;
/** A word ending in "would" (REPORTED_FUTURE's may follow its subject without a space). */
export const CUE_WOULD = 4;
export const CUE_HYPOTHETICAL = 8;
export const CUE_PLANNED = 16;

/** Each pattern with the bits a text must have for it to be tried: a match always holds a word of each. */
export const CUE_PATTERNS: ReadonlyArray<readonly [RegExp, number]> = [
  [NEGATED, CUE_NEGATED], [NO_BEFORE, CUE_NEGATED], [TOLD_STATE_TO, CUE_HYPOTHETICAL], [ANNIVERSARY_OF, CUE_NEGATED], [REPORTED_FUTURE, CUE_REPORTED | CUE_WOULD], [THAT_WOULD, CUE_WOULD],
  [HYPOTHETICAL, CUE_HYPOTHETICAL], [MAY, CUE_HYPOTHETICAL], [STUDIED, CUE_HYPOTHETICAL], [PLANNED, CUE_PLANNED], [PLEDGED_TO, CUE_PLANNED], [TOPIC_OF, CUE_PLANNED],
];

// One whole word, in every form, that each alternative of a pattern holds (its first, or a rarer one: "order" for "in
// order to", "be" for "to be"). ("n't" and "'ll", which start inside a word, are read apart.)
const CUE_WORDS: ReadonlyArray<readonly [number, string]> = [
  [CUE_NEGATED, "none nothing not never neither nor no denied denies deny refused refuses refusing rejected rejects without yet failed instead back refrained refrain stopped short declined balked reversed reverses reversing ruled rules ruling revoked revokes revoking rescind rescinded rescinds rescinding off cancel canceled cancelled cancels cancelling canceling scrapped scrapping postponed postpones postponing anniversary dismissed dismisses dismissing"],
  [CUE_REPORTED, "said says announced announces reported stated confirmed decided declared added informed told"],
  [CUE_HYPOTHETICAL, "examine study explore into consider required needed necessary would could might if unless whether threaten threatened threatens threatening threat threats warn warned warns reportedly alleging allegation allegations considering consider weighing weighs weighed mulling mulls mulled argued argues arguing pushed pushing lobbied lobbying floated floating floats mooted mooting moots rumor rumour rumored rumoured rumors rumours possible possibility proposal proposed propose proposes proposing motion bill demand demanded demands try trying tried tries attempt attempts attempted attempting effort efforts sought looking exploring contemplating prelude precursor call called calls calling urge urged urging asked ask asks asking request requested should may told instructed"],
  [CUE_PLANNED, "committed determined keen eager willing promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing will shall intended designed meant aimed order help leading paving provide provides provided providing toward towards plan plans planning planned intend intends intention expected set be going hope hopes hoped hoping want wants wishes aim aims seek seeks ready look looks looked looking invited invitation next tomorrow upcoming forthcoming impending soon scheduled due preparing prepares prepared preparation preparations drafting drafts finalising finalizing open establish visit sign hold meet like expect expects expecting coming readiness willingness offer offered offers offering facilitate mandated mandates mandating instructed instructs instructing tasked map roadmap talks negotiations consultations framework process step steps path dialogue discussions modalities"],
];

// Characters below 128 by class: A-Z and a-z as 1…26, the rest of `\w` (without the u flag) 27, anything else 0.
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  WORD_CODE[c] = lower >= 97 && lower <= 122 ? lower - 96 : (c >= 48 && c <= 57) || c === 95 ? 27 : 0;
}

// Words are known by a hash of their letters, in any case: two words sharing a slot only try a pattern in vain.
const CUE_SLOTS = 1 << 16;
const CUE_TABLE = new Uint8Array(CUE_SLOTS);
const HASH_START = 0x811c9dc5 | 0;
function slotOf(hash: number): number {
  return (hash ^ (hash >>> 16)) & (CUE_SLOTS - 1);
}
function hashStep(hash: number, letter: number): number {
  return Math.imul(hash ^ letter, 0x01000193);
}
for (const [bit, words] of CUE_WORDS) {
  for (const w of words.split(" ")) {
    let hash = HASH_START;
    for (let i = 0; i < w.length; i++) hash = hashStep(hash, WORD_CODE[w.charCodeAt(i)]!);
    CUE_TABLE[slotOf(hash)]! |= bit;
  }
}

/** Whether the word ending at `end` ends in "would", in any case. */
function endsInWould(text: string, end: number): boolean {
  return end >= 5 && (text.charCodeAt(end - 1) | 32) === 100 && (text.charCodeAt(end - 2) | 32) === 108 && (text.charCodeAt(end - 3) | 32) === 117 && (text.charCodeAt(end - 4) | 32) === 111 && (text.charCodeAt(end - 5) | 32) === 119;
}

/** The cues (CUE_… bits) a word ending at `end` gives, by its hash. */
function wordCues(text: string, end: number, hash: number): number {
  return CUE_TABLE[slotOf(hash)]! | (endsInWould(text, end) ? CUE_WOULD : 0);
}

/** The patterns (CUE_… bits) a clause may match: the words it holds, a "'t", a "'ll". */
export function cuesIn(text: string): number {
  let cues = 0;
  // (A word is hashed whole, digits and "_" too: one holding any is no cue word, and can only try a pattern in vain.)
  let inWord = false;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const code = c < 128 ? WORD_CODE[c]! : 0;
    if (code !== 0) {
      if (!inWord) {
        inWord = true;
        hash = HASH_START;
      }
      hash = hashStep(hash, code);
      continue;
    }
    if (inWord) {
      cues |= wordCues(text, i, hash);
      inWord = false;
    }
    if (c === 39 || c === 8217) {
      if ((text.charCodeAt(i + 1) | 32) === 116) cues |= CUE_NEGATED;
      else if (c === 39 && (text.charCodeAt(i + 1) | 32) === 108 && (text.charCodeAt(i + 2) | 32) === 108) cues |= CUE_PLANNED;
    }
  }
  return inWord ? cues | wordCues(text, text.length, hash) : cues;
}

// "informed X of the government's proposal in a telephone call": a plan the call told of frames nothing of the call.
const TOLD_OF_IN = /\b(?:of|about|on)\s+(?:[\w'’-]+\s+){0,3}?(?:proposals?|plans?|motion|intentions?|decision|bid|initiative)\s+(?:in|during|by|over)\s+(?:an?\s+|the\s+)?$/i;

// A condition its clause has not closed: "If A went further and …".
export const OPEN_CONDITION = /\b(?:if|unless)\s+[^,;]*$/i;

/** How the clause before a trigger frames it: asserted, or planned, negated, hypothetical. */
// ", and Israel's foreign minister, X, immediately recalled": a clause of a new subject, capitalised, after ", and".
const NEW_SUBJECT_AND = /,\s+and\s+(?=\p{Lu})/gu;
const CONDITION_WORD = /\b(?:if|unless|whether)\b/i;

export function modalityOf(clause: string): Modality {
  // ("announced that they would recognise A, and B's minister, X, recalled …": a clause joined with its own subject is
  // framed by its own words alone.)
  if (clause.includes(", and ")) {
    let last = -1;
    for (const m of clause.matchAll(NEW_SUBJECT_AND)) last = m.index + m[0].length;
    // (Not under a condition still open: "If A went further, and B recalled …".)
    if (last >= 0 && !CONDITION_WORD.test(clause.slice(0, last))) return modalityOf(clause.slice(last));
  }
  // (An aside starts at a comma.)
  // ("did not say when the ambassador, X, who has headed the embassy since its opening in 2013": a trigger inside a
  // relative clause still open is framed by that clause's own words, not the main clause's.)
  // (Nor a subordinate clause before a joined verb: "addressed supporters after a hall booking was cancelled, and held
  // talks" holds no cancelled talks.)
  const whole = clause.includes(",") ? clause.replace(ASIDE, ",").replace(OPEN_RELATIVE, "").replace(SUBORDINATE_BEFORE_AND, ", and ") : clause;
  // ("had repeatedly warned Tehran about threats to the mission and had decided to evacuate": a second past verb of
  // the subject after "and" is framed from there on.)
  const tail = whole.length > 120 ? whole.slice(-120) : whole;
  // (Not one a condition still open governs: "If A went further and expelled B's diplomats, …".)
  const joined = tail.includes(" and ") ? lastJoinedPast(tail) : -1;
  if (joined >= 0 && OPEN_CONDITION.test(tail.slice(0, joined))) return modalityOf(tail.slice(0, joined));
  const joinedBefore = joined >= 0 ? tail.slice(joined) : whole;
  // ("Japan will open a consulate in Cebu, Foreign Minister X told reporters in Manila": a teller's clause after the
  // main one is framed by its own verb.)
  const teller = joinedBefore.includes(" told ") || joinedBefore.includes(" said ") ? TELLER_CLAUSE.exec(tail) : null;
  const before = teller ? tail.slice(teller.index + 1) : joinedBefore;
  const cues = cuesIn(before);
  if (cues === 0) return "asserted";
  // ("had already warned Tehran last month, when it revoked the accreditation of …": a clause of time after the main
  // one is framed by its own words.)
  const whenAt = before.lastIndexOf(", when ");
  if (whenAt >= 0) return modalityOf(before.slice(whenAt + 7));
  const toldOf = cues & (CUE_HYPOTHETICAL | CUE_PLANNED) ? TOLD_OF_IN.exec(before) : null;
  if (toldOf) return modalityOf(before.slice(0, toldOf.index));
  if (cues & CUE_NEGATED && (NEGATED.test(before) || NO_BEFORE.test(before) || ANNIVERSARY_OF.test(before))) return "negated";
  if ((cues & (CUE_REPORTED | CUE_WOULD)) === (CUE_REPORTED | CUE_WOULD) && REPORTED_FUTURE.test(before)) return "planned";
  // (Not after a threat or a condition: "warned that it would", "that it would … if".)
  const thatWould = cues & CUE_WOULD ? THAT_WOULD.exec(before) : null;
  if (thatWould && !HYPOTHETICAL.test(before.slice(0, thatWould.index)) && !HYPOTHETICAL.test(thatWould[1] ?? "") && !HYPOTHETICAL.test(before.slice(thatWould.index + thatWould[0].length))) return "planned";
  if (cues & CUE_HYPOTHETICAL && (HYPOTHETICAL.test(before) || MAY.test(before) || TOLD_STATE_TO.test(before) || STUDIED.test(before))) return "hypothetical";
  if (cues & CUE_PLANNED && (PLANNED.test(before) || PLEDGED_TO.test(before) || TOPIC_OF.test(before))) return "planned";
  return "asserted";
}

// "flies to Tonga on Saturday", "arrives in Lima tomorrow": a journey in the present tense with a day named is a
// schedule (a headline's present, "envoy arrives in Caracas as ties thaw", names no day and tells what happened).
const PRESENT_JOURNEY = /^(?:flies|arrives|comes|goes|travels|heads|leaves|departs)\b/i;
const DAY_NAMED = /\b(?:(?:on|this|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)|tomorrow|tonight|later (?:today|this (?:week|month|year))|next (?:week|month))\b/i;

/** Whether a journey's trigger ("flies to") is told in the present with a day named in its sentence: a plan. */
export function scheduledJourney(trigger: string, sentence: string): boolean {
  return PRESENT_JOURNEY.test(trigger) && DAY_NAMED.test(sentence);
}

/**
 * Decisions count when they are announced, even with later effect ("will suspend its embassy from August 1" is dated
 * by the decision, SCHEMA.md): for these types a planned statement is the event.
 */
export const DECIDED_WHEN_ANNOUNCED: ReadonlySet<string> = new Set([
  "mission-closed", "relations-severed", "ambassador-recalled", "diplomat-expelled", "mission-announced",
  // ("would lower its representation in A to chargé d'affaires level from March 1": the lowering is decided; so is a
  // raising, "would raise its representation in Iran back to ambassador level".)
  "mission-downgraded", "mission-upgraded",
]);

// A wish is no decision, whatever it wishes for: "wants to see the offices raised to embassies", "hopes to close the
// embassy".
const WISHED = /\b(?:hopes?|hoped|hoping|wants?|wanted|wanting|wish(?:es|ed|ing)?|would like|seeks?|sought|seeking|aspires?|aspired)\b[^.;,]{0,60}$/i;

/** Whether an act of `type`, planned in `clause` (the words before it), counts as done by being decided. */
export function decidedWhenAnnounced(type: string, clause: string): boolean {
  // (An announcement stays one: "hopes to open an embassy in A" tells of the plan.)
  return DECIDED_WHEN_ANNOUNCED.has(type) && (type === "mission-announced" || !WISHED.test(clause));
}
