// The benchmarks' article corpus: templates of our own sentences (never an article's), filled from the gazetteer with a
// seeded generator. Used by the extraction benchmark and by the store's document-ingest benchmark.

let seed = 20_240_501;
const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (low, high) => low + Math.floor(random() * (high - low + 1));

const FIRST = ["Amina", "Tomas", "Leila", "Jonas", "Priya", "Mateo", "Ingrid", "Kwame", "Sofia", "Rashid", "Elena", "Bashir", "Marta", "Hugo", "Nadia", "Oskar", "Yusuf", "Clara", "Dmitri", "Aiko"];
const LAST = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Varga", "Castillo", "Nakamura", "Petrov", "Mensah", "Kowalski", "Duarte", "Farouk", "Jensen", "Romero", "Abebe", "Novak", "Ibrahim", "Sato", "Keller", "Osei"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TOPICS = ["trade and energy", "regional security", "fisheries and maritime borders", "visa rules", "climate finance", "student exchanges", "grain exports"];

// One sentence each; {A} {B} {C} are states, {dA} their demonyms, {capB} a capital, {p1}… people, {date} a day.
const TEMPLATES = [
  "{dA} Foreign Minister {p1} arrived in {capB} on {weekday} for a {n}-day official visit, the ministry said.",
  "{p1} held talks with his {dB} counterpart {p2} on {topic}.",
  "The two ministers signed a memorandum of understanding on {topic} after the talks.",
  "{A} will open an embassy in {capB} next year, {p1} told reporters after the meeting.",
  "{B} appointed {p3} as its ambassador to {A} on {date}.",
  "Ambassador {p3} presented her credentials to President {p4} of {A} on {date}.",
  "{A} and {B} established diplomatic relations in {year}.",
  "Last month, {C} recalled its ambassador from {B} for consultations after a dispute over {topic}.",
  "{dA} President {p4} spoke by telephone with {dC} Prime Minister {p5} on {weekday}.",
  "The {dB} government expelled two {dC} diplomats on {date}, accusing them of activities incompatible with their status.",
  "Trade between the two countries reached {n} million dollars in {year}, according to official figures.",
  "Analysts in {capC} said the visit reflected a broader effort to widen partnerships beyond traditional allies.",
  "The new consulate in {capB} will handle visa applications from {month} {year}.",
  "{p1} is expected to travel to {capC} later this month for a summit of regional leaders.",
  "Officials from both sides met in {capB} between {date} and {date2} to prepare the agreement.",
  "\"We are opening a new chapter,\" {p2} said at a joint news conference, adding that {A} was a reliable partner.",
  "The embassy of {C} in {capB} was closed in {year} and has not reopened since.",
  "{dB} Prime Minister {p5} received {p1} at the government headquarters on {weekday} evening.",
];

// States that no longer exist (the gazetteer keeps them for history): the corpus is today's news.
const FORMER_STATES = new Set(["CS", "DD", "YU"]);

function actors(listActors) {
  return listActors().filter((a) => a.kind === "state" && !FORMER_STATES.has(a.code) && a.capital && a.demonyms.length > 0 && !a.demonyms[0].includes(","));
}

function article(states, index) {
  const [A, B, C] = [pick(states), pick(states), pick(states)];
  if (A === B || B === C || A === C) return article(states, index);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const year = int(2012, 2025);
  const month = int(1, 12);
  const dayOf = () => `${int(1, 28)} ${MONTHS[month - 1]} ${year}`;
  const slots = {
    A: A.name, B: B.name, C: C.name, dA: A.demonyms[0], dB: B.demonyms[0], dC: C.demonyms[0], capB: B.capital, capC: C.capital,
    p1: person(), p2: person(), p3: person(), p4: person(), p5: person(),
    weekday: pick(WEEKDAYS), n: String(int(2, 900)), topic: pick(TOPICS), year: String(year), month: MONTHS[month - 1],
    date: dayOf(), date2: dayOf(),
  };
  const sentences = Array.from({ length: int(8, 14) }, () => pick(TEMPLATES).replace(/\{(\w+)\}/g, (_, key) => slots[key]));
  const paragraphs = [];
  while (sentences.length) paragraphs.push(sentences.splice(0, int(1, 3)).join(" "));
  const published = `${year}-${String(month).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
  return { id: `bench-${index}`, published, url: `https://news.example.com/${index}`, title: `${A.name} and ${B.name}`, text: paragraphs.join("\n\n") };
}

/**
 * News-like articles from our own sentence templates, filled from the gazetteer (`listActors` of @proj/core) with a
 * seeded generator: the same articles every run. Stops at `bytes` of text or at `count` articles, whichever is given.
 */
export function createCorpus(listActors, { bytes: targetBytes = Infinity, count = Infinity, seed: start = 20_240_501 } = {}) {
  seed = start;
  const states = actors(listActors);
  const articles = [];
  let bytes = 0;
  while (bytes < targetBytes && articles.length < count) {
    const a = article(states, articles.length);
    articles.push(a);
    bytes += Buffer.byteLength(a.text);
  }
  return { articles, bytes };
}
