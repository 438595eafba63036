import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, STATE_FROM_DOCUMENT, stateFromDocument } from "./extract.js";
import { findItems } from "./mentions.js";
import { heldOn } from "../gazetteer/office-holders.js";
import { roleForTitle, titleIndex } from "../gazetteer/titles.js";
import { heldOnDay } from "./dictionary-holders.js";
import { NAMED_PLACE, spaceAt, stateRole } from "./official-mention.js";
import { findOfficials, indexPeople, type OfficialMention, resolvePeople } from "./officials.js";
import { mayPresentList, PRESENTING_WERE, PRESENTS_CREDENTIALS } from "./untitled-envoys.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

// Reads a text the way extract.ts does: items and officials per sentence, then people across the document.
function read(text: string) {
  const analysed = splitSentences(text).map((sentence) => {
    const items = findItems(tokenize(sentence.text, sentence.start), sentence.text, sentence.start, new Set());
    return { sentence, items, officials: findOfficials(sentence, items) };
  });
  const counts = new Map<string, number>();
  for (const a of analysed) for (const it of a.items) if (it.kind === "actor") counts.set(it.code, (counts.get(it.code) ?? 0) + 1);
  const mentions: OfficialMention[] = analysed.flatMap((a) => a.officials);
  return { mentions, people: resolvePeople(mentions, analysed, counts).filter((p) => p.country) };
}

function expectOfficial(text: string, expected: { name: string; country?: string; role?: string }) {
  const { people } = read(text);
  const person = people.find((p) => p.name === expected.name);
  expect(person, `${expected.name} in ${JSON.stringify(people.map((p) => p.name))}`).toBeDefined();
  if (expected.country) expect(person!.country).toBe(expected.country);
  if (expected.role) expect(person!.mentions.find((m) => m.country)?.role ?? person!.mentions[0]!.role).toBe(expected.role);
}

// The title scan looks phrases up only where the title trie or the word "minister" allows; odd spaces and ’ keep
// every length looked up, so these still read as titles.
describe("findOfficials: titles written with odd spaces or apostrophes", () => {
  it.each([
    ["Kenya's Prime\u00a0Minister Amina Otieno spoke.", { name: "Amina Otieno", country: "KE", role: "head-of-government" }],
    ["The Ugandan Minister  of Foreign Affairs Tomas Okello spoke.", { name: "Tomas Okello", country: "UG", role: "foreign-minister" }],
    ["The French chargé d’affaires Marc Blanc spoke.", { name: "Marc Blanc", country: "FR", role: "charge-d-affaires" }],
    ["Peru's Minister of State for Foreign Trade Rosa Quispe spoke.", { name: "Rosa Quispe", country: "PE", role: "minister" }],
    ["Chile's Deputy\tForeign Minister Ana Rojas spoke.", { name: "Ana Rojas", country: "CL", role: "deputy-foreign-minister" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
});

describe("officials: datelines and state-specific titles", () => {
  it("takes no qualifier from a dateline set in capitals before the title", () => {
    const { officials } = extract({ text: "BEIJING--Prime Minister Shinzo Abe and Chinese President Xi Jinping held talks on Nov. 10.", published: "2014-11-11" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Shinzo Abe", "JP"], ["Xi Jinping", "CN"]]);
  });

  it("drops the royal honorifics HRH and HH from names", () => {
    const { officials } = extract({ text: "Crown Prince and Prime Minister HRH Prince Salman bin Hamad of Bahrain phoned H.H. Sheikh Tamim bin Hamad of Qatar on Monday.", published: "2023-04-13" });
    expect(officials.map((o) => o.name)).toEqual(["Salman bin Hamad", "Tamim bin Hamad"]);
  });

  it("reads Japan's Chief Cabinet Secretary as an official of Japan", () => {
    const { officials } = extract({ text: "In Tokyo, Chief Cabinet Secretary Kenji Mori said on Tuesday that talks would go on.", published: "2014-11-11" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Kenji Mori", "JP", "official"]]);
  });
});

describe("findOfficials: a title and a name", () => {
  it.each([
    ["Israeli President Moshe Levin visited Paris.", { name: "Moshe Levin", country: "IL", role: "head-of-state" }],
    ["Azerbaijan's new Foreign Minister Ali Hasanov arrived in Rome.", { name: "Ali Hasanov", country: "AZ", role: "foreign-minister" }],
    ["The Foreign Minister of Peru, Rosa Quispe, met the press.", { name: "Rosa Quispe", country: "PE", role: "foreign-minister" }],
    ["Rosa Quispe, the foreign minister of Peru, met the press.", { name: "Rosa Quispe", country: "PE", role: "foreign-minister" }],
    ["Tomas Berg, Sweden's top diplomat, flew to Oslo.", { name: "Tomas Berg", country: "SE", role: "foreign-minister" }],
    ["Chile's socialist President Ana Rojas spoke on Monday.", { name: "Ana Rojas", country: "CL", role: "head-of-state" }],
    ["French Sports Minister Claire Dubois said so.", { name: "Claire Dubois", country: "FR", role: "minister" }],
    ["Prime Minister Datuk Seri Amir Hamzah met reporters in Kuala Lumpur.", { name: "Amir Hamzah", role: "head-of-government" }],
    ["Kenyan Foreign Minister Professor John Otieno signed the accord.", { name: "John Otieno", country: "KE" }],
    ["Tanzanian Ambassador Dr. Mary Kileo presented her letters.", { name: "Mary Kileo", country: "TZ", role: "ambassador" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
});

describe("resolvePeople: one person under the first of two family names", () => {
  it("joins 'Ambassador Paz' to 'Luis Paz Rojas', as Spanish usage calls a person", () => {
    const { officials } = extract({ text: "Luis Paz Rojas was appointed Ambassador of Peru to Chile. Ambassador Paz arrived on Monday.", published: "2023-03-31" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Luis Paz Rojas", "PE", "ambassador"]]);
  });
});

describe("findOfficials: chains, lists and appositions", () => {
  it.each([
    ["Ghanaian High Commissioner to Nigeria, Ambassador Kofi Mensah, presented his letters.", { name: "Kofi Mensah", country: "GH", role: "ambassador" }],
    ["Norway's Permanent Representative to the United Nations, Ambassador Lars Dahl, spoke first.", { name: "Lars Dahl", country: "NO", role: "ambassador" }],
    ["The ambassadors are Hugo Vidal, representing Uruguay; Petra Novak of Slovakia.", { name: "Petra Novak", country: "SK", role: "ambassador" }],
    ["Foreign ministers of Chile and Peru Ana Rojas and Luis Paz met in Lima.", { name: "Luis Paz", country: "PE", role: "foreign-minister" }],
    ["Pavel Dvorak, the newly appointed charge d'affaires of Slovakia, arrived on Monday.", { name: "Pavel Dvorak", country: "SK", role: "charge-d-affaires" }],
    ["Sultan Omar Saifuddin of Brunei hosted the dinner.", { name: "Omar Saifuddin", role: "head-of-state" }],
    ["Estonian Foreign Minister Mart Kask met his Latvian counterpart Janis Ozols.", { name: "Janis Ozols", country: "LV", role: "foreign-minister" }],
    ["Nadia Farah, who led the trade office, takes over from Karim Haddad as Lebanon's top envoy in Ottawa.", { name: "Nadia Farah", country: "LB" }],
    ["The Governor-General, His Excellency, the Most Hon. Sir Edward Clarke, received the letters in Kingston, Jamaica.", { name: "Edward Clarke", role: "head-of-state" }],
    ["High Commissioner Bishnu ‘Bish’ Ramdass-Singh opened the mission of Guyana.", { name: "Bishnu ‘Bish’ Ramdass-Singh", role: "ambassador" }],
    ["Governor of Tula region of Russia Ivan Petrov attended.", { name: "Ivan Petrov", country: "RU" }],
    ["The decision followed George W. Smith's Government in Canberra, as Australia's envoy said.", { name: "George W. Smith", role: "head-of-government" }],
    ["Sweden and Norway met. Norway's Minister of Foreign Affairs [Kari Holm] spoke in Oslo.", { name: "Kari Holm", country: "NO" }],
    ["Saudi Foreign Minister Prince Faisal bin Farhan Al-Saud visited Cairo.", { name: "Faisal bin Farhan Al-Saud", country: "SA" }],
    // (Past a perfect's "has been", and not the head of state whose decree it is.)
    ["Luis Paz has been appointed Ambassador of Peru to Chile.", { name: "Luis Paz", country: "PE", role: "ambassador" }],
    ["By Decree of the President, Luis Paz has been appointed Ambassador of Peru to Chile.", { name: "Luis Paz", country: "PE", role: "ambassador" }],
    // (A one-word title in lower case: "ambassador-designate" is one, not a plural.)
    ["Peru has recalled its ambassador-designate to Chile, Luis Paz.", { name: "Luis Paz", country: "PE", role: "ambassador" }],
    // ("its" is the subject's, not the state of the envoy the verb before acted on.)
    ["Lima expelled Chile's ambassador, Ana Rojas, and recalled its own envoy in Santiago, Luis Paz.", { name: "Luis Paz", country: "PE", role: "ambassador" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
});

describe("findOfficials: portfolios, town offices, lower-case titles and sides", () => {
  it.each([
    ["Ghana's Minister of Information Kwame Asare announced the decision.", { name: "Kwame Asare", country: "GH", role: "minister" }],
    ["Lin Chae-won, a director-general in the South Korean foreign ministry, told reporters.", { name: "Lin Chae-won", country: "KR", role: "official" }],
    ["The guests included Daegu Mayor Kim Sung-hoon and his deputy.", { name: "Kim Sung-hoon", country: "KR", role: "official" }],
    ["Australia's Opposition Leader Tom Reid welcomed the plan.", { name: "Tom Reid", country: "AU", role: "legislator" }],
    ["Canada's Chief of Protocol, Marie Roy, received the copies.", { name: "Marie Roy", country: "CA", role: "official" }],
    ["Mexican Foreign Relations Secretary Ana Ruiz and Interior Secretary Juan Soto spoke.", { name: "Ana Ruiz", country: "MX", role: "foreign-minister" }],
    ["The deal was signed on the Chilean side by Justice Minister Luis Paz.", { name: "Luis Paz", country: "CL", role: "minister" }],
    ["Peru's special envoy for migration and refugees in the border regions, Rosa Quispe, arrived in Quito.", { name: "Rosa Quispe", country: "PE", role: "envoy" }],
    ["The post is run by Ana Torres, the Spanish-born economist whom Lima named in May as its honorary consul in Porto.", { name: "Ana Torres", country: "PE", role: "consul" }],
    ["Kenya's parliament heard Speaker Joseph ole Sankok on Monday.", { name: "Joseph ole Sankok", role: "legislator" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));

  it("reads no person in a party's name or an adjective of birth", () => {
    const { people } = read("Marta Vidal, the leader of the Green Star Movement, met the Honduran-born writer.");
    expect(people.map((p) => p.name)).toEqual([]);
  });
});

describe("findOfficials: offices of bodies and posts, formal names and lists of possessives", () => {
  it.each([
    ["Among the leaders present were Peru's Ana Rojas, Chile's Luis Vera and Bolivia's Eva Mamani.", { name: "Luis Vera", country: "CL", role: "head-of-state" }],
    ["Among the leaders present were Peru's Ana Rojas, Chile's Luis Vera and Bolivia's Eva Mamani.", { name: "Ana Rojas", country: "PE", role: "head-of-state" }],
    ["Hugo Lind, a counselor at the Swedish embassy, was expelled.", { name: "Hugo Lind", country: "SE", role: "diplomat" }],
    ["Peru upgraded its post. The decree was signed by the President of the Republic, Ana Rojas.", { name: "Ana Rojas", country: "PE", role: "head-of-state" }],
    ["Lia Berg, Special Envoy of the Secretary-General of the United Nations for Libya, arrived in Tunis.", { name: "Lia Berg", country: "UN", role: "envoy" }],
    ["He received the Head of the Delegation of the European Union, Ambassador Karl Weber, in Astana.", { name: "Karl Weber", country: "EU", role: "ambassador" }],
    ["Ravi Persad, High Commissioner for the Republic of Guyana, presented his letter of commission.", { name: "Ravi Persad", country: "GY", role: "ambassador" }],
    ["Moratinos phoned Anna Berg, the European Commissioner for Trade, Energy and Transport, on Monday.", { name: "Anna Berg", country: "EU", role: "official" }],
    ["The President accepted the letters of credence of three Ambassadors Extraordinary and Plenipotentiary to Estonia: Ana Rojas of the Republic of Chile, Luis Vera of the Republic of Peru and Eva Mamani of Bolivia.", { name: "Luis Vera", country: "PE", role: "ambassador" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
});

describe("officials: a state that sends, a state to leave, another's officer, 'Sen.' and 'al-'", () => {
  it.each([
    ["Kenya has sent Vice-President Ruth Wanjiru in place of the president.", { name: "Ruth Wanjiru", country: "KE", role: "official" }],
    ["Dara Lind, a former chief of staff to United Nations Secretary-General Ana Rojas, spoke on Monday.", { name: "Ana Rojas", country: "UN", role: "official" }],
    ["Sen. Tom Hale, R-Utah, led the debate.", { name: "Tom Hale", country: "US", role: "legislator" }],
    ["Caracas turned on Washington. It said Ambassador Tom Hale had 72 hours to leave Venezuela, and the United States protested.", { name: "Tom Hale", country: "US", role: "ambassador" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));

  it("joins 'Rashid' to 'Omar al-Rashid'", () => {
    const { officials } = extract({ text: "Prime Minister Omar al-Rashid of Iraq hosted the talks. Rashid's government called them a success.", published: "2021-08-28" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Omar al-Rashid", "IQ"]]);
  });

  it("reads a surname written in full before as the person, not the town it also names", () => {
    const { events } = extract({ text: "Peruvian Foreign Minister Ana Medina arrived in Quito on Monday. Medina held talks with her Ecuadorian counterpart, Luis Vera.", published: "2016-01-20" });
    expect(events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target, e.officials])).toEqual([["PE", "EC", ["Ana Medina", "Luis Vera"]]]);
  });

  it("places an emir the dictionary knows in office before the state a story about Qatar names most", () => {
    const { officials } = extract({ text: "Emir Sabah al-Ahmad al-Jaber al-Sabah flew to Jeddah to mediate over Qatar. Qatar rejected the demands, and Qatar's allies backed it.", published: "2017-06-07" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Sabah al-Ahmad al-Jaber al-Sabah", "KW"]]);
  });

  it("reads no title in a surname 'Sen'", () => {
    expect(read("Amartya Sen spoke in Delhi on Monday.").people).toEqual([]);
  });
});

describe("officials: titled members of a plural title, 'its' past a relative clause, a security official, a tenure not yet begun", () => {
  it.each([
    ["Some 20 heads of state came, among them Ghanaian President Kofi Mensah, Malian President Amadou Traore and Senegalese Prime Minister Awa Ndiaye.", { name: "Kofi Mensah", country: "GH", role: "head-of-state" }],
    ["Chile, whose border dispute with Bolivia goes back a century, has softened its tone: its Foreign Minister, Ana Rojas, said on Monday that talks would resume.", { name: "Ana Rojas", country: "CL", role: "foreign-minister" }],
    ["Talks resumed when Kenya's top security official, Amina Otieno, flew to Kampala on Monday.", { name: "Amina Otieno", country: "KE", role: "official" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));

  it("takes no one from the dictionary in the month before their tenure begins (someone elected, not yet in office)", () => {
    expect(heldOn("Javier Milei", "2023-11-25")).toBeNull();
    expect(heldOn("Javier Milei", "2023-12-15")).toEqual({ country: "AR", role: "head-of-state" });
  });
});

describe("officials: heads of a post, a leader's officers, a dictionary holder's counterpart, offices ended, leaders named as relations", () => {
  it.each([
    ["Ghana has picked Kwame Boateng, a career diplomat, to run the new embassy as chargé d'affaires until an ambassador arrives.", { name: "Kwame Boateng", country: "GH", role: "charge-d-affaires" }],
    ["Ana Rojas, who has headed the Chilean embassy as chargé d'affaires since May, is tipped for the post.", { name: "Ana Rojas", country: "CL", role: "charge-d-affaires" }],
    ["Canada opened an embassy in Dili on Friday, with Marc Blanc, a veteran diplomat, serving as chargé d'affaires for now.", { name: "Marc Blanc", country: "CA", role: "charge-d-affaires" }],
    ["Chancellor Olaf Scholz's special envoy, Jonas Weber, told reporters in Nairobi that talks had begun.", { name: "Jonas Weber", country: "DE", role: "envoy" }],
  ])("%s", (text, expected) => {
    const { officials } = extract({ text, published: "2023-06-01" });
    expect(officials.find((o) => o.name === expected.name)).toMatchObject(expected);
  });

  // Every official the text yields, with state and office.
  it.each([
    ["Prince Faisal bin Farhan and his Omani counterpart, Salim al-Harthy, held talks in Riyadh on Monday.", "2023-03-01", [["Faisal bin Farhan", "SA", "foreign-minister"], ["Salim al-Harthy", "OM", "foreign-minister"]]],
    ["Ties with Lima soured after Peruvian generals removed President Juan Ortiz in 2009.", "2015-05-05", []],
    ["Talks in Nairobi stalled until President Joe Biden named his former chief of staff, Tom Hale, as special envoy.", "2022-03-01", [["Joe Biden", "US", "head-of-state"], ["Tom Hale", "US", "envoy"]]],
    ["Tom Hale, Joe Biden's son-in-law, flew in for the signing.", "2022-03-01", []],
  ])("%s", (text, published, expected) => {
    expect(extract({ text, published }).officials.map((o) => [o.name, o.country, o.role])).toEqual(expected);
  });
});

describe("resolvePeople: the state of an official whose title names none", () => {
  it("is not the counterpart's", () => {
    expectOfficial("Foreign Minister Asel Omarova met his Kyrgyz counterpart Bakyt Asanov in Bishkek. Kazakhstan and Kazakhstan's partners welcomed it.", { name: "Asel Omarova", country: "KZ" });
  });
  it("is not where an envoy is accredited", () => {
    expectOfficial("Ambassador Jonas Lind presented his credentials to Lithuania. Sweden's ties with Lithuania are strong. Sweden welcomed it.", { name: "Jonas Lind", country: "SE" });
  });
  it("follows the dateline", () => {
    expectOfficial("ACCRA — Foreign Minister Ama Owusu left for Lome on Monday to meet Togo's leaders.", { name: "Ama Owusu", country: "GH" });
  });
  it("follows a digest paragraph's own dateline, even one with an apostrophe", () => {
    const text = "LIMA — Peru and Chile signed a fisheries accord on Monday.\n\nN'DJAMENA — President Idriss Mahamat received the new Qatari ambassador on Tuesday.";
    expectOfficial(text, { name: "Idriss Mahamat", country: "TD" });
  });
  it("reads Kenyan and Indian titles, and a title several states use as the state the article names most", () => {
    expectOfficial("Kenya opened a mission. Foreign and Diaspora Affairs Cabinet Secretary Daniel Chepkwony cut the ribbon in Accra.", { name: "Daniel Chepkwony", country: "KE", role: "foreign-minister" });
    expectOfficial("India and Armenia signed two pacts. India's envoy attended Foreign Office consultations. Foreign Secretary Anand Raghavan called on the minister.", { name: "Anand Raghavan", country: "IN", role: "official" });
  });
  it("reads 'Its current ambassador, X' as the envoy of the state the sentence before opened with, and an envoy 'ordered back to Baku' as Azerbaijan's", () => {
    expectOfficial("Austria reopened its embassy in Kyiv in May 2022 after Russia invaded. Its current ambassador, Eva Lentz, presented her credentials to Ukraine's president in January.", { name: "Eva Lentz", country: "AT" });
    expectOfficial("The Netherlands summoned Azerbaijan's envoy. Ambassador Elnur Huseynli was ordered back to Baku on Friday.", { name: "Elnur Huseynli", country: "AZ" });
  });
  it("reads 'Eng.' as no sentence end, and a place before a title as no qualifier ('in Riyadh the Ambassador of Chad')", () => {
    const text = "Riyadh, SPA -- The Deputy Minister of Foreign Affairs, Eng. Majed Al-Shahrani, received today at the Ministry's headquarters in Riyadh the Ambassador of Chad, Mr. Abakar Adoum.";
    const { officials } = extract({ text, published: "2025-02-11" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Majed Al-Shahrani", "SA"], ["Abakar Adoum", "TD"]]);
  });
  it("reads names with two particles ('Joost van der Meulen')", () => {
    expectOfficial("Dutch Ambassador Joost van der Meulen met Chile's foreign minister.", { name: "Joost van der Meulen", country: "NL" });
  });
  it("reads a foreign affairs undersecretary as a deputy foreign minister", () => {
    expectOfficial("Philippine Foreign Affairs Undersecretary Ramon Cruz met Canada's trade minister.", { name: "Ramon Cruz", country: "PH", role: "deputy-foreign-minister" });
    expectOfficial("Chile's Undersecretary of Foreign Affairs Gloria Vera met Peru's foreign minister.", { name: "Gloria Vera", country: "CL", role: "deputy-foreign-minister" });
  });
  it("reads a South Asian Foreign Secretary as an official", () => {
    expectOfficial("Foreign Secretary Rakesh Menon met his Nepali counterpart in Kathmandu. India and Nepal agreed.", { name: "Rakesh Menon", country: "IN", role: "official" });
  });
  it("joins surnames and family-name-first mentions", () => {
    const { people } = read("Chinese Foreign Minister Zhao Lei met Kenyan President Ruth Wanjiru. Zhao said Wanjiru agreed.");
    const find = indexPeople(people);
    expect(find("Zhao")?.name).toBe("Zhao Lei");
    expect(find("Wanjiru")?.name).toBe("Ruth Wanjiru");
  });
  it("gives a name asked again the answer it gave the first time, found or not", () => {
    const { people } = read("Chinese Foreign Minister Zhao Lei met Kenyan President Ruth Wanjiru. Zhao said Wanjiru agreed.");
    const find = indexPeople(people);
    for (const name of ["Zhao", "Wanjiru", "Lei", "Ruth Wanjiru", "Nobody", "Zhao", "Nobody", "Wanjiru", ""]) expect(find(name)).toBe(indexPeople(people)(name));
    expect(find("Nobody")).toBeUndefined();
  });
  it("is not where the official travels", () => {
    expectOfficial("Foreign Minister Omar Zaidi is in Ankara on the second leg of his tour. Turkey and Turkey's partners met him. Jordan's ties with Turkey grew, Jordan's envoy said.", { name: "Omar Zaidi", country: "JO" });
  });
  it("takes the state visited for whom the traveller will meet there, in the next sentence too", () => {
    expectOfficial("Chilean President Ana Rojas arrived in Lima on Monday. She will meet President Luis Tapia on Wednesday.", { name: "Luis Tapia", country: "PE" });
  });
  it("takes the state that opened the sentence or clause before a bare title opening its own", () => {
    expectOfficial("Chile recognised Palestine. Peru has said recognition is no taboo but has not taken the step; President Ana Rojas prefers to wait.", { name: "Ana Rojas", country: "PE" });
    expectOfficial("Chile recognised Palestine. Israel did not wait either. On 22 May its foreign minister, Ivan Stern, recalled the ambassador.", { name: "Ivan Stern", country: "IL" });
    expectOfficial("Chile recognised Palestine. Taipei moved within hours. Foreign Minister Lin Wei said it regretted the move.", { name: "Lin Wei", country: "TW" });
  });
  it("reads whoever presents credentials as an envoy, with no title as written", () => {
    const { officials } = extract({ text: "Chile's embassy in Hanoi opened in April. Ana Rojas Vera presented her letters of credence to Vietnam's President Luong Hoa on Thursday.", published: "2023-05-31" });
    expect(officials.find((o) => o.name === "Ana Rojas Vera")).toMatchObject({ role: "ambassador", title: null, country: "CL" });
  });
  it("does not give an envoy the state of the head of state receiving the credentials, whatever opened the sentence before", () => {
    const { officials } = extract({ text: "Chile opened its embassy in Lima on Wednesday. Peru has had an embassy in Santiago since 1990.\n\nAmbassador Ana Rojas presented her letters of credence to Peruvian President Luis Tapia on Wednesday.", published: "2023-03-31" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "CL"], ["Luis Tapia", "PE"]]);
  });
  it("joins a Gulf minister called by the given name ('Sheikh Fahad'), reads a nominee after 'the nomination of', and no day or agency as a person", () => {
    const text = "KUWAIT, Feb 12 (KUNA) -- Kuwaiti Minister of Foreign Affairs Sheikh Fahad Nasser Al-Sabah spoke. Separately, Sheikh Fahad received a copy of the credentials of the new Ambassador of Kenya to Kuwait, Halima Odhiambo. The Council also approved the nomination of Fawaz Abdulrahman Al-Enezi as Kuwait's first resident ambassador to Slovenia.";
    const { officials, events } = extract({ text, published: "2025-02-12" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([
      ["Fahad Nasser Al-Sabah", "KW", "foreign-minister"], ["Halima Odhiambo", "KE", "ambassador"], ["Fawaz Abdulrahman Al-Enezi", "KW", "ambassador"],
    ]);
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["credentials-presented", "KE", "KW"], ["ambassador-appointed", "KW", "SI"]]);
  });
  it("takes the place for a head of state receiving credentials there", () => {
    expectOfficial("She presented her credentials to Emperor Akihito in Tokyo in 1990.", { name: "Akihito", country: "JP" });
  });
  it("takes the host for a head of state receiving credentials", () => {
    expectOfficial("Swedish Ambassador to Mongolia Lena Fors presented her credentials to President Bat Erdene.", { name: "Bat Erdene", country: "MN" });
  });
  it("takes the state of a nameless title just before", () => {
    expectOfficial("Chile expelled the Bolivian ambassador. Ambassador Rosa Mamani left Santiago on Monday.", { name: "Rosa Mamani", country: "BO" });
  });
  it("reads 'its' as the state the clause is about", () => {
    expectOfficial("Last week, Oman appointed Said Harthi, a career diplomat, as its ambassador to Kenya.", { name: "Said Harthi", country: "OM", role: "ambassador" });
  });
  it("reads 'the embassy's' as the post's sender", () => {
    expectOfficial("BERLIN: The Cuban embassy in Berlin will close. The embassy's charge d'affaires Ana Marti confirmed the plan.", { name: "Ana Marti", country: "CU" });
  });
  it("copies a counterpart's office across sentences", () => {
    const { people } = read("Oman's Foreign Minister Said Harthi arrived. Harthi and his Maltese counterpart Ian Borg held talks.");
    expect(people.find((p) => p.name === "Ian Borg")?.mentions[0]?.role).toBe("foreign-minister");
  });
  it("drops former office holders who take no part in the news", () => {
    const { people } = read("Peru's former President Jorge Salas was in the news. Peru's President Ana Rojas visited Quito.");
    expect(people.map((p) => p.name)).toEqual(["Ana Rojas"]);
  });
});

describe("findOfficials: negatives", () => {
  it.each([
    "ACME President Paul Stone praised the market in Nairobi.",
    "The Chamber's chairman said exports rose.",
    "Opposition leader Juan Perez called for a vote.",
    "Speaking on Monday, the minister said nothing.",
    "Six Ambassadors-Designate for the Caribbean and Latin American region arrived.",
    "The ministry thanked the NGO Ekmar and the BBC.",
    "Anna Berg served as President and CEO of the Nordic Foundation.",
    "Tom Hale, President of the University of Arnor, spoke.",
    "Lia Moss arrived in Rohan as an ambassador to promote its football league.",
    "Lia Moss made her first appearance as ambassador at a primary school.",
  ])("%s", (text) => {
    expect(read(text).people.map((p) => p.name)).toEqual([]);
  });
});

describe("officials whose state the article never gives", () => {
  it("marks the rule when the state is the document's own, and only then", () => {
    const text = "Israel's President Ruth Amir received the new Azerbaijani ambassador, Emin Aliyev. The embassy opened in the presence of Foreign Minister Kamran Mammadov.";
    const { officials } = extract({ text, published: "2023-03-31" });
    const minister = officials.find((o) => o.name === "Kamran Mammadov")!;
    expect(minister.sources.map((s) => s.rule)).toEqual([`official.title-name${STATE_FROM_DOCUMENT}`]);
    expect(stateFromDocument(minister)).toBe(true);
    expect(officials.filter((o) => o.name !== "Kamran Mammadov").map((o) => [o.name, stateFromDocument(o)])).toEqual([
      ["Ruth Amir", false],
      ["Emin Aliyev", false],
    ]);
  });
});

describe("the state of an official named without one", () => {
  it("gives '…, Foreign Minister X said' the state the sentence is about, not the article's most named", () => {
    const text = "Chile will reopen its embassy in Lima, Foreign Minister Rosa Vidal said. Peru welcomed the step. Peruvian officials called Peru's decision wise.";
    expectOfficial(text, { name: "Rosa Vidal", country: "CL", role: "foreign-minister" });
  });

  it("does not take a return home for a post abroad, nor a region's adjective for a state ('the South American country')", () => {
    expectOfficial("Chile closed its embassy in Caracas. The South American country said its ambassador, Luis Tapia, would return to Santiago.", { name: "Luis Tapia", country: "CL" });
  });

  it("reads a state's or city's name right after a title as a first name ('President Santiago Peña')", () => {
    expectOfficial("Israel's Foreign Minister Israel Katz met his Chilean counterpart.", { name: "Israel Katz", country: "IL" });
    const { officials } = extract({ text: "Paraguayan President Santiago Ruiz arrived in Lima on Monday.", published: "2023-03-31" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Santiago Ruiz", "PY"]]);
  });

  it("reads the Philippine titles of the foreign minister", () => {
    expectOfficial("Philippine Foreign Affairs Secretary Ana Cruz visited Hanoi.", { name: "Ana Cruz", country: "PH", role: "foreign-minister" });
    expectOfficial("The Secretary of Foreign Affairs of the Philippines, Ana Cruz, visited Hanoi.", { name: "Ana Cruz", country: "PH", role: "foreign-minister" });
  });

  it("reads 'X was <demonym> Ambassador to Y' as X's state, and gives a nominating president the nominee's", () => {
    const text = "President Ana Lind announced her intent to nominate Ann Berg to be Ambassador to Chile. Previously, Berg was Norwegian Ambassador to Peru.";
    const { officials, events } = extract({ text, published: "2023-03-31" });
    expect(officials.map((o) => [o.name, o.country, stateFromDocument(o)])).toEqual([
      ["Ana Lind", "NO", false],
      ["Ann Berg", "NO", false],
    ]);
    expect(events.find((e) => e.type === "ambassador-appointed")).toMatchObject({ source: "NO", target: "CL" });
  });

  it("reads a state given through a pronoun ('Previously, he was U.S. Ambassador to …') for the person named last", () => {
    const text =
      "President Ana Lind announced her intent to nominate Paul Reed to be Ambassador to Chile. Reed, a career diplomat, led a foundation. Previously, he was U.S. Ambassador to Peru and chargé d'affaires in Quito, Ecuador.";
    const { officials, events } = extract({ text, published: "2023-03-31" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([
      ["Ana Lind", "US"],
      ["Paul Reed", "US"],
    ]);
    // The nomination is told without a day of its own: undated, not the report's day.
    expect(events.filter((e) => e.type === "ambassador-appointed").map((e) => [e.source, e.target, e.date])).toEqual([["US", "CL", null]]);
  });

  it("reads each envoy's state in a list after a plural title ('ambassadors: A of Sweden, B of India and C of Liberia')", () => {
    const text = "ACCRA — President Kofi Mensah on Wednesday received letters of credence from three new ambassadors: H.E. Mr. Lars Berg of Sweden, H.E. Ms. Asha Rao of India and H.E. Dr. Sam Doe of Liberia.";
    const { officials, events } = extract({ text, published: "2022-09-15" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Kofi Mensah", "GH"], ["Lars Berg", "SE"], ["Asha Rao", "IN"], ["Sam Doe", "LR"]]);
    expect(events.filter((e) => e.type === "credentials-presented").map((e) => [e.source, e.target])).toEqual([["SE", "GH"], ["IN", "GH"], ["LR", "GH"]]);
  });

  it("never gives the president receiving credentials an envoy's state", () => {
    const text = "President Kofi Mensah on Wednesday received letters of credence from the new ambassadors, Lars Berg of Sweden and Asha Rao of India.";
    expect(extract({ text, published: "2022-09-15" }).officials.map((o) => [o.name, o.country])).toEqual([["Lars Berg", "SE"], ["Asha Rao", "IN"]]);
  });

  it("gives the president who appointed an envoy ('X was appointed … by President Y') the envoy's state", () => {
    const text = "Chilean Ambassador Luis Mora arrived in Nairobi. Mora was appointed ambassador to Kenya by President Ana Lind in May.";
    const { officials } = extract({ text, published: "2023-09-01" });
    expect(officials.map((o) => [o.name, o.country, stateFromDocument(o)])).toEqual([
      ["Luis Mora", "CL", false],
      ["Ana Lind", "CL", false],
    ]);
  });

  it("joins a one-word mention to the person whose family name comes first ('Park Jiwon', later 'Park')", () => {
    const { officials, events } = extract({ text: "South Korean Ambassador Park Jiwon arrived in Nairobi. Park was appointed ambassador to Kenya in May.", published: "2023-09-01" });
    expect(officials.map((o) => [o.name, o.country, o.aliases])).toEqual([["Park Jiwon", "KR", ["Park"]]]);
    expect(events.find((e) => e.type === "ambassador-appointed")?.officials).toEqual(["Park Jiwon"]);
  });

  it("reads no office into a copula after a pronoun ('his claim that he is X's president')", () => {
    const { officials } = extract({ text: "Peru rejected Juan Soto's claim that he is Bolivia's interim president.", published: "2023-03-31" });
    expect(officials).toEqual([]);
  });
});

describe("officials: probes of the fifth session", () => {
  it.each([
    // A sentence that opens on a place speaks for it.
    ["ACCRA — Ghana recalled its envoy to Togo. In Lome, government spokesperson Abla Mensah said Togo regretted the step.", { name: "Abla Mensah", country: "TG" }],
    ["Komi Adjovi, the minister in charge of foreign affairs, said Togo would answer.", { name: "Komi Adjovi", country: "TG", role: "foreign-minister" }],
    // A long portfolio, a chain of honorifics and "Amb." before the name.
    ["The post was opened by the Cabinet Secretary for Foreign Affairs and International Trade of Kenya, Hon. Amb. Dr Wairimu Njoroge.", { name: "Wairimu Njoroge", country: "KE", role: "foreign-minister" }],
    ["Botswana's Minister of International Affairs and Cooperation, Hon. Kabo Seretse, spoke.", { name: "Kabo Seretse", country: "BW", role: "foreign-minister" }],
    ["The Kyrgyz Deputy Foreign Minister Aibek Toktogulov arrived in Krasnoyarsk.", { name: "Aibek Toktogulov", country: "KG" }],
    ["Foreign Minister Lyonpo Dr. Karma Wangdi of Bhutan welcomed the step.", { name: "Karma Wangdi", country: "BT", role: "foreign-minister" }],
    // "its" is the clause's subject, not the place named last.
    ["Peru downgraded its embassy in Managua and called its ambassador, Luis Paredes, back to Lima.", { name: "Luis Paredes", country: "PE", role: "ambassador" }],
    ["Peru's Vice Chancellor Rosa Quispe flew to Quito.", { name: "Rosa Quispe", country: "PE", role: "deputy-foreign-minister" }],
    ["Germany's Vice Chancellor Jonas Weber spoke.", { name: "Jonas Weber", country: "DE", role: "official" }],
    ["In a resolution in the gazette El Diario, Lima granted agrément to Rui Matos as Portugal's new ambassador to Peru.", { name: "Rui Matos", country: "PT", role: "ambassador" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));

  it("takes no continent for a person", () => {
    const { people } = read("Asmara named Tesfai Gebre, a former head of the ministry's Africa department, as its ambassador to Djibouti.");
    expect(people.map((p) => [p.name, p.country])).toEqual([["Tesfai Gebre", "ER"]]);
  });

  it("reads no visitor's title as the place's", () => {
    const { people } = read("Benin sent a delegation. In Lome, on a visit, Foreign Minister Abla Mensah said the talks went well.");
    expect(people.map((p) => [p.name, p.country])).toEqual([["Abla Mensah", "BJ"]]);
  });
});

// Every person of a text with their state, in order of first mention.
const statesOf = (text: string) => read(text).people.map((p) => [p.name, p.country]);

describe("officials: probes of the fifth session, states across sentences", () => {
  it.each([
    // Whoever receives an envoy's copies of credentials serves the state the envoy is accredited to.
    ["Indonesia's ambassador to Mexico, Dewi Sari, arrived in September. Earlier this month she handed copies of her credentials to Foreign Secretary Juan Valdés.", [["Dewi Sari", "ID"], ["Juan Valdés", "MX"]]],
    // Another state's official named between a person and a visit travels, not the person.
    ["State President Tran Minh received the letters of credence of five new ambassadors at a ceremony in Hanoi on Monday. Minh hoped the Mongolian President's state visit to Vietnam would give fresh impetus.", [["Tran Minh", "VN"]]],
    // An initial joined to a surname.
    ["Foreign Minister of Mongolia Bat-Erdene Ganzorig arrived in Tokyo. On Monday, Minister B.Ganzorig held talks with Foreign Minister of Japan Yuko Hamada.", [["Bat-Erdene Ganzorig", "MN"], ["Yuko Hamada", "JP"]]],
    // "During his stay in X, Y held talks" is Y's trip, so Y is not of X.
    ["Kyrgyzstan opened a consulate in Krasnoyarsk. Deputy Foreign Minister Azamat Bekov attended. During his stay in Krasnoyarsk, Bekov held talks with Governor Viktor Orlov of Russia.", [["Azamat Bekov", "KG"], ["Viktor Orlov", "RU"]]],
    // "He then travelled to X, where he met Y": Y stays X's.
    ["South Korea's Vice Foreign Minister Choi Min-ho visited Uzbekistan. He then travelled to Samarkand, where he met regional governor Rustam Aliev on Wednesday.", [["Choi Min-ho", "KR"], ["Rustam Aliev", "UZ"]]],
  ] as const)("%s", (text, expected) => expect(statesOf(text)).toEqual(expected));

  it("reads 'a visit to X by Y' as Y's trip", () => {
    const { people } = read("Oman's foreign minister Badr Saif met Kazakh officials in Astana. They discussed a possible visit to Kazakhstan by Sultan Haitham Tariq in the autumn.");
    expect(people.find((p) => p.name === "Haitham Tariq")?.country).not.toBe("KZ");
  });

  it("reads 'Sir X, GCMG, Governor-General of Y'", () => {
    expectOfficial("The envoy presented her letters to His Excellency Sir Dominic Laore, GCMG, Governor-General of Solomon Islands, on Tuesday.", { name: "Dominic Laore", country: "SB", role: "head-of-state" });
  });
});

describe("officials: probes of the sixth session", () => {
  it("pairs states listed before a plural title with the names after it ('his Chinese and South Korean counterparts, A and B')", () => {
    expect(statesOf("Foreign Minister Hana Sato of Japan hosted his Peruvian and Kenyan counterparts, Rosa Quispe and Otieno Kamau, on Saturday.")).toEqual([
      ["Hana Sato", "JP"], ["Rosa Quispe", "PE"], ["Otieno Kamau", "KE"],
    ]);
  });

  it("reads the publisher's state as home over a place its people travelled to, and over one mention more of another state", () => {
    const agency = "Lima, Nov. 16 – President Ama Mensah on Saturday arrived in Lima, Peru, for a summit of Pacific leaders. He held talks with Peru's President Rosa Quispe. Ghana and Peru agreed to cooperate on cocoa. Ghana thanked Peru.";
    const onSite = (url: string) => extract({ text: agency, published: "2024-11-16", url }).officials.find((o) => o.name === "Ama Mensah")?.country;
    expect(onSite("https://news.example.com.gh/summit")).toBe("GH");
    const text = "Prime Minister Tane Walker and his Fijian counterpart Sitiveni Rabuka held talks by video on Monday. They last met in Lima, Peru, in November. Walker said Fiji was a partner. Fiji and New Zealand agreed to share flights, and Walker will visit Fiji.";
    expect(extract({ text, published: "2025-03-11", url: "https://www.rnz.co.nz/news/1" }).officials.find((o) => o.name === "Tane Walker")?.country).toBe("NZ");
  });
});

describe("officials: probes of the sixth session, titles, envoys and names", () => {
  it.each([
    // "TD" (Dáil deputy) is a legislator's title, Ireland's by practice, and ends a run of capitalised words.
    ["Fine Gael TD Siobhán Kehoe said an embassy would cost too much.", { name: "Siobhán Kehoe", country: "IE", role: "legislator" }],
    ["Replying for the Government, Colm Furlong, Minister of State at the Department of Foreign Affairs of Ireland, said relations were warm.", { name: "Colm Furlong", country: "IE", role: "deputy-foreign-minister" }],
    ["The same afternoon, Hung paid a courtesy call on President of the Senate Patricio Ulloa of Chile.", { name: "Patricio Ulloa", country: "CL", role: "legislator" }],
    ["Dasho Karma Wangchuk, Ambassador of the Kingdom of Bhutan, presented his letters.", { name: "Karma Wangchuk", country: "BT", role: "ambassador" }],
    ["Mr. Menon was accompanied by the High Commissioner of India to Fiji, Smt. Priya Raghavan.", { name: "Priya Raghavan", country: "IN", role: "ambassador" }],
    // A capital closing a name with a particle is a surname.
    ["H.E. Mr. Ricardo de Azevedo Lima, Ambassador of the Federative Republic of Brazil, arrived.", { name: "Ricardo de Azevedo Lima", country: "BR", role: "ambassador" }],
    ["The embassy of Brazil will be headed by the chargé d'affaires, Carolina Assunção Ferreira Lima.", { name: "Carolina Assunção Ferreira Lima" }],
    // Styles of address between a title and a name, and a title chained to another.
    ["President His Highness Sheikh Mohamed bin Zayed of the United Arab Emirates received a phone call today.", { name: "Mohamed bin Zayed", country: "AE", role: "head-of-state" }],
    ["MANAMA, June 3 (BNA) -- His Royal Highness Prince Salman bin Hamad, Crown Prince and Prime Minister, chaired the Cabinet.", { name: "Salman bin Hamad", country: "BH", role: "head-of-government" }],
    // Sentence openers and regions are no names.
    ["Likewise, Minister Counsellor Julio Paredes Arana of Peru was appointed Consul General in Paterson.", { name: "Julio Paredes Arana", country: "PE" }],
    ["A meeting was held between the Undersecretary for Latin America and the Caribbean of Mexico, Maximiliano Reyes, and his guest.", { name: "Maximiliano Reyes", country: "MX" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));

  it("reads no person in a sentence opener, a region or a building", () => {
    const text = "Likewise, the Undersecretary for Latin America and the Caribbean of Mexico spoke. In the afternoon, already at the Executive Tower, the new president of Uruguay held meetings.";
    expect(read(text).mentions.map((m) => m.name)).toEqual([]);
  });

  it("reads an envoy presenting credentials in a capital as another state's than that capital's", () => {
    const text = "Bangladesh was one of Ireland's largest suppliers. Bangladesh has grown fast, and Bangladesh wants more students. He noted that the ambassador, Ciarán Doherty, had presented his credentials to President Mohammed Shahabuddin in Dhaka in May. Ireland was praised.";
    expect(statesOf(text)).toContainEqual(["Ciarán Doherty", "IE"]);
  });

  it("reads a portfolio title's name before another state's official, and the subject past a dateline's day and agency", () => {
    const text = "DODOMA, May 15 (NW) — Egypt on Thursday inaugurated its embassy in Dodoma. Deputy Foreign Minister for African Affairs Amr Zakaria Fathy and Tanzania's Minister of Foreign Affairs, Mahmoud Thabit Kombo, unveiled a plaque.";
    expect(statesOf(text)).toEqual([["Amr Zakaria Fathy", "EG"], ["Mahmoud Thabit Kombo", "TZ"]]);
  });

  it("reads the state qualifying a leader's title as the next title's ('Nauru's President X and Foreign Minister Y'), and no other's", () => {
    const text = "Taiwan lost an ally. Taiwan and Taipei protested. The ceremony was attended by Nauru's President David Adeang and Foreign Minister Lionel Aingimea.";
    expect(statesOf(text)).toEqual([["David Adeang", "NR"], ["Lionel Aingimea", "NR"]]);
    const two = "Kenya and Kenya's partners met. It was presided over by Ecuador's Vice Minister Alejandro Dávalos and Foreign Affairs Principal Secretary Janet Kirui.";
    expect(statesOf(two)).toContainEqual(["Janet Kirui", "KE"]);
  });

  it("reads a government site's unqualified officials as its state's, before the company they keep", () => {
    const text = "Chancellor Martín Benítez Ayala received on Tuesday the Deputy Minister of Foreign Affairs of the Republic of China (Taiwan), Lin Chia-hsien. Benítez Ayala reiterated support for Taiwan. Benítez Ayala and Lin signed an agreement with Taiwan. Paraguay and Taiwan are allies.";
    const { officials } = extract({ text, published: "2024-10-10", url: "https://www.mre.gov.py/index.php/noticias/x" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([
      ["Martín Benítez Ayala", "PY", "foreign-minister"], ["Lin Chia-hsien", "TW", "deputy-foreign-minister"],
    ]);
  });

  it("reads 'While in New York, X held …' as X's trip, not X's state", () => {
    const text = "South Africa and Kiribati established relations, the ministry announced. The Minister of International Relations, Ronald Lamola, signed the communiqué. While in New York, Lamola also held a meeting with Cuba's Minister of Foreign Affairs, Bruno Rodríguez.";
    const { officials } = extract({ text, published: "2025-09-26", url: "https://www.sanews.gov.za/south-africa/x" });
    expect(officials.find((o) => o.name === "Ronald Lamola")?.country).toBe("ZA");
  });

  it("reads a bare title after an opening phrase as the previous sentence's subject only when that subject opens it", () => {
    const text = "HANOI — Latin America has long sat low on Vietnam's list. That is starting to change, and not only because of Chilean cherries. Last week Foreign Minister Tran Quoc Hung spent six days in the region.";
    expect(statesOf(text)).toEqual([["Tran Quoc Hung", "VN"]]);
  });

  it("reads an envoy with no state as the head of the embassy just named, unless that embassy's head is named", () => {
    const visit = "Chile and Peru are partners. Earlier, Hung visited the staff of the Vietnamese Embassy in Santiago. Ambassador Pham Truong Giang briefed him on the community.";
    expect(statesOf(visit)).toContainEqual(["Pham Truong Giang", "VN"]);
    const headed = "Oman welcomed the envoys. Mrs. von Bergen, who heads the German Embassy in Muscat, served in Abu Dhabi. The reception was attended by Ambassador Faisal Al Marhoon, Head of Protocol.";
    expect(statesOf(headed)).not.toContainEqual(["Faisal Al Marhoon", "DE"]);
  });
});

// The seventh session's probes: whom a person serves, and in what office.
describe("officials: probes of the seventh session", () => {
  it.each([
    ["'EU foreign policy chief X' is the bloc's foreign minister", "The talks were chaired by EU foreign policy chief Josep Borrell.", ["Josep Borrell", "EU", "foreign-minister"]],
    ["'Foreign and European Affairs Minister' is the foreign minister", "Croatian Foreign and European Affairs Minister Gordan Grlic Radman hosted a reception.", ["Gordan Grlic Radman", "HR", "foreign-minister"]],
    ["'Minister for European Affairs' without 'foreign' is a minister", "The talks in Vilnius were joined by Lars Eklund, Sweden's Minister for European Affairs.", ["Lars Eklund", "SE", "minister"]],
    ["'Trinidad & Tobago's Foreign Minister X': '&' for 'and' in a state's name", "Trinidad & Tobago's Foreign Minister Maya Joseph met reporters.", ["Maya Joseph", "TT", "foreign-minister"]],
    ["'Legislative Yuan Speaker X' is Taiwan's", "The delegation called on Legislative Yuan Speaker Ma Wen-li on Monday.", ["Ma Wen-li", "TW", "legislator"]],
    ["'the Republic of Congo's X' is Congo-Brazzaville's", "The Republic of Congo's Foreign Minister Ana Mbemba met reporters.", ["Ana Mbemba", "CG", "foreign-minister"]],
    ["'A's ambassador to B, Amir X': a given name after a title's phrase, not the title Amir", "Israel's ambassador to Australia, Amir Levi, was recalled on Thursday.", ["Amir Levi", "IL", "ambassador"]],
    ["'military rulers X of A and Y of B': each a head of state", "The two countries restored relations in 1975, when military rulers Luis Vera of Peru and Ana Soto of Chile met at the border.", ["Ana Soto", "CL", "head-of-state"]],
    ["'the A embassy in C, still headed by Ambassador X' is A's", "Peru's embassy in Santiago is run by a chargé, while the Chilean embassy in Lima, still headed by Ambassador Luis Vera, is short of staff.", ["Luis Vera", "CL", "ambassador"]],
    ["'Minister of Information and Digitalisation X' is a minister", "Malawi's Minister of Information and Digitalisation Ana Banda told journalists on Sunday.", ["Ana Banda", "MW", "minister"]],
    ["'T&T's Foreign Minister X'", "T&T's Foreign Minister Maya Joseph met reporters.", ["Maya Joseph", "TT", "foreign-minister"]],
    ["'the appointment in March of X as A's ambassador': the one appointed, past the date", "The appointment in March of Kari Holm as Norway's first ambassador to Peru was praised in Lima.", ["Kari Holm", "NO", "ambassador"]],
    ["'Minister of Foreign and European Affairs' is the foreign minister", "The talks in Vilnius were joined by Marta Novak, Slovakia's Minister of Foreign and European Affairs.", ["Marta Novak", "SK", "foreign-minister"]],
    ["'The Kenyan leader' opening the next sentence names the state of the president just named",
      "NAIROBI - Kazakh Foreign Minister Murat Nurtleu arrived on Monday. Nurtleu was received at State House by President William Ruto. The Kenyan leader welcomed the new embassy.", ["William Ruto", "KE", "head-of-state"]],
    ["'A and his Saudi counterpart, X': X holds A's office, not the first official's of the text",
      "Iran's new ambassador to Saudi Arabia, Ali Naderi, arrived in Riyadh. Foreign Minister Hossein Amir-Abdollahian sent greetings. Amir-Abdollahian and his Saudi counterpart, Prince Faisal bin Farhan, met in Beijing on April 6.", ["Faisal bin Farhan", "SA", "foreign-minister"]],
    ["the most senior guest 'to visit' a capital is not its host's traveller",
      "Six days later Saudi Foreign Minister Prince Faisal bin Farhan was in Damascus, where he was received by President Bashar al-Assad, the most senior Saudi official to visit the Syrian capital since 2011.", ["Bashar al-Assad", "SY", "head-of-state"]],
    ["'the spokesperson of Sudan's foreign ministry, X'", "The spokesperson of Sudan's foreign ministry, Al-Obeid Meruh, told reporters on Monday.", ["Al-Obeid Meruh", "SD", "official"]],
    ["'X, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces': X's, and no 'Supreme Commander' person",
      "Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces, met the guest.", ["Mohamed bin Zayed", "AE", "official"]],
    ["'Minister of State for Foreign Trade' is a trade minister", "The deal was signed by Thani Al Zeyoudi, the UAE's Minister of State for Foreign Trade.", ["Thani Al Zeyoudi", "AE", "minister"]],
    ["'X was part of the Turkish delegation', before the counterpart named first takes the state",
      "The talks in Abu Dhabi were attended by Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, while Foreign Minister Mevlut Cavusoglu was part of the Turkish delegation.", ["Mevlut Cavusoglu", "TR", "foreign-minister"]],
    ["'Her Ecuadorian counterpart, X' after the minister named before holds her office",
      "Ambassador Raquel Serur left Quito. Mexican Chancellor Alicia Bárcena said Mexico broke ties. Her Ecuadorian counterpart, Gabriela Sommerfeld, defended the raid.", ["Gabriela Sommerfeld", "EC", "foreign-minister"]],
    ["an envoy a state expels is not its own ('Bolivia's interim government expelled Ambassador X')",
      "In late December 2019 Bolivia's interim government expelled Ambassador María Teresa Mercado as former officials sheltered in the Mexican embassy in La Paz.", ["María Teresa Mercado", "MX", "ambassador"]],
    ["'Lao President X': a three-letter state before a title", "Lukashenko recalled his talk with Lao President Thongloun Sisoulith.", ["Thongloun Sisoulith", "LA", "head-of-state"]],
    ["a past title does not replace the present one ('Turkey's special envoy X, a former ambassador to Washington')",
      "Turkey's special envoy Serdar Kilic, a former ambassador to Washington, held talks in Vienna.", ["Serdar Kilic", "TR", "envoy"]],
    ["'International Relations and Cooperation Minister' is the foreign minister", "South African International Relations and Cooperation Minister Naledi Pandor spoke.", ["Naledi Pandor", "ZA", "foreign-minister"]],
    ["a parliament's own name is no person ('a member of the Riigikogu who served as foreign minister')",
      "Urmas Reinsalu, a member of the Riigikogu who served as foreign minister until April 2023, criticised the decision.", ["Urmas Reinsalu", "EE", "foreign-minister"]],
    ["'the head of Estonian diplomacy, X' is the foreign minister", "The head of Estonian diplomacy, Margus Tsahkna, told reporters on Thursday.", ["Margus Tsahkna", "EE", "foreign-minister"]],
    ["'X led the Bangladesh side, while the Pakistani delegation was headed by Y': each side's",
      "Foreign Secretary Md Jashim Uddin led the Bangladesh side at the talks, while the Pakistani delegation was headed by Foreign Secretary Amna Baloch.", ["Amna Baloch", "PK", "official"]],
    ["a person the text names without a state, from the dated office-holders dictionary", "ISLAMABAD: Foreign Minister Ishaq Dar met President Xi Jinping on Monday.", ["Xi Jinping", "CN", "head-of-state"]],
    ["'Peru's team was headed by Trade Minister X': a possessive names the delegation's state",
      "LIMA — Talks opened in Lima. Peru's team was headed by Trade Minister Rosa Quispe. Ghana's side was led by Finance Minister Kwame Boateng.", ["Kwame Boateng", "GH", "minister"]],
    ["'… was led by X, and included Deputy Minister Y': the members listed are the delegation's",
      "LIMA — Talks opened in Lima. Ghana's delegation was led by Kwame Boateng, an adviser, and included Deputy Finance Minister Ama Owusu.", ["Ama Owusu", "GH", "minister"]],
  ] as const)("%s", (_shape, text, [name, country, role]) => {
    const official = extract({ text, published: "2024-06-05" }).officials.find((o) => o.name === name);
    expect([official?.name, official?.country, official?.role]).toEqual([name, country, role]);
  });

  it("reads a person named in full with no title as an official when the dictionary has them in office that day, and their surname later", () => {
    const text = "Colombia's leader shook hands with Ecuador's Rafael Correa and Mario Vellani at the summit. Correa later spoke to reporters.";
    const { officials } = extract({ text, published: "2008-03-08" });
    const correa = officials.find((o) => o.name === "Rafael Correa");
    expect([correa?.country, correa?.role, correa?.title, correa?.sources.length]).toEqual(["EC", "head-of-state", null, 2]);
    // (Out of office, or not in the dictionary, a name without a title is nobody's official.)
    expect(officials.map((o) => o.name)).toEqual(["Rafael Correa"]);
    expect(extract({ text, published: "2019-03-08" }).officials).toEqual([]);
  });

  it("reads no person in a news agency's name ('the ambassador told Kazinform')", () => {
    expect(extract({ text: "Kazakhstan's ambassador to Malta, Yerlan Iskakov, told Kazinform on Monday that talks went well.", published: "2024-06-05" }).officials.map((o) => o.name)).toEqual(["Yerlan Iskakov"]);
  });

  it("reads no state a person accuses as theirs ('X, the minister of communication, who accused Kigali of …')", () => {
    const text = "KIGALI – Rwanda took note of the decision by the Democratic Republic of Congo to expel its ambassador. It was read out by Jean Mbala, the Minister of Communication, who accused Kigali of backing the rebels.";
    expect(extract({ text, published: "2022-10-31" }).officials.map((o) => [o.name, o.country])).toEqual([["Jean Mbala", "CD"]]);
  });

  it("reads the state a spokesperson speaks for ('the spokesperson for India's foreign ministry')", () => {
    const text = "Canada expelled six diplomats on Monday. Ravi Kumar, the spokesperson for India's foreign ministry, rejected the accusations.";
    expect(extract({ text, published: "2024-10-15", url: "https://www.example.ca/x" }).officials.map((o) => [o.name, o.country])).toEqual([["Ravi Kumar", "IN"]]);
  });

  it("reads a title several states use as the publisher's own state's ('Foreign Secretary X' in an Indian paper)", () => {
    const text = "Pakistan expelled the advisers on Thursday. Pakistan closed its airspace. Foreign Secretary Anil Rao said India would respond.";
    expect(extract({ text, published: "2025-04-25", url: "https://www.thehindu.com/x" }).officials.map((o) => [o.name, o.country])).toEqual([["Anil Rao", "IN"]]);
  });

  it.each([
    ["a palace named after nobody", "When Nikol Pashinyan walked into Istanbul's Dolmabahçe Palace last Friday, he became the first Armenian prime minister to visit Turkey.", ["Nikol Pashinyan"]],
    ["a party's name", "Deputy Prime Minister Korneliya Ninova, leader of the Bulgarian Socialist Party, called it an unprecedented act.", ["Korneliya Ninova"]],
    ["a generation's suffix ('Surangel Whipps Jr', later 'Whipps')", "Palau's President Surangel Whipps Jr held talks in Taipei on Tuesday. Whipps said the visit mattered.", ["Surangel Whipps Jr"]],
  ] as const)("reads no extra person in %s", (_shape, text, names) => {
    expect(extract({ text, published: "2021-03-30" }).officials.map((o) => o.name)).toEqual(names);
  });

  it("reads a surname two people share as the one in office's ('Marcos' beside 'the late President Ferdinand E. Marcos')", () => {
    const text = "President Ferdinand R. Marcos Jr. arrived in Beijing on Tuesday. His father, the late President Ferdinand E. Marcos, visited in 1975. Marcos also met Chinese Premier Li Keqiang on Wednesday.";
    const { events } = extract({ text, published: "2023-01-05" });
    expect(events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target, e.date])).toEqual([["PH", "CN", "2023-01-04"]]);
  });

  it("reads a leading initial as part of a name ('External Affairs Minister S. Jaishankar')", () => {
    expect(extract({ text: "External Affairs Minister S. Jaishankar arrived in Male on Friday.", published: "2024-08-10" }).officials.map((o) => o.name)).toEqual(["S. Jaishankar"]);
  });

  it("names a person titled under a surname by the fullest form the text writes ('Prime Minister Kiril Petkov' later 'Petkov')", () => {
    const text = "Kiril Petkov said on Tuesday that Bulgaria would expel 70 Russian diplomats. Prime Minister Petkov told reporters the decision was final.";
    expect(extract({ text, published: "2022-07-01" }).officials.map((o) => [o.name, o.country])).toEqual([["Kiril Petkov", "BG"]]);
  });

  it("reads a past office-holder who acts in what the article reports ('then foreign secretary X told parliament that Britain had closed the embassy')", () => {
    const text = "The next day then foreign secretary William Hague told parliament that Britain had closed the embassy in Tehran.";
    expect(extract({ text, published: "2016-09-06" }).officials.map((o) => [o.name, o.country, o.role])).toEqual([["William Hague", "GB", "foreign-minister"]]);
  });

  it("reads no town in a building named after one ('to Buckingham Palace', not Buckingham, Quebec)", () => {
    const text = "The guests rode to Buckingham Palace, then to Windsor Castle.";
    expect(findItems(tokenize(text, 0), text, 0, new Set()).filter((it) => it.kind === "city")).toEqual([]);
  });

  it("reads no verb of a title-case headline into a name ('Prime Minister Abe Visits the Islamic Republic of Iran')", () => {
    const text = "Prime Minister Abe Visits the Islamic Republic of Iran\n\nPrime Minister Shinzo Abe met President Hassan Rouhani on Wednesday.";
    expect(extract({ text, published: "2019-06-14" }).officials.map((o) => o.name)).toEqual(["Shinzo Abe", "Hassan Rouhani"]);
  });

  it("reads 'May' closing a given name as a surname, not a month ('Prime Minister Theresa May told')", () => {
    const { officials } = extract({ text: "Prime Minister Theresa May told the House of Commons on Monday that 18 countries had joined. In May the talks resumed.", published: "2018-03-27" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Theresa May", "GB"]]);
  });

  it("reads an organisation's president as its official, from the dictionary's tenures at the organisation ('European Council President Donald Tusk')", () => {
    const { officials } = extract({ text: "European Council President Donald Tusk spoke in Varna on Monday.", published: "2018-03-27" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Donald Tusk", "EU", "official"]]);
  });

  it("reads no person in a place whose noun ends the name ('President Ho Chi Minh Mausoleum')", () => {
    expect(extract({ text: "Before leaving, the guest laid a wreath at the President Ho Chi Minh Mausoleum.", published: "2024-06-05" }).officials).toEqual([]);
  });

  it("reads no person in a place named after one ('King Khalid International Airport')", () => {
    expect(extract({ text: "The envoy landed at King Khalid International Airport on Tuesday.", published: "2024-06-05" }).officials).toEqual([]);
  });
});

describe("officials: the publisher's state before a dateline abroad", () => {
  it("reads an outlet's unqualified official as its own state's when it writes from another ('Busan (VNA) – …')", () => {
    const text = "Busan (VNA) – The Consulate General of Vietnam in Busan was inaugurated on Friday. Speaking at the ceremony, Deputy Minister of Foreign Affairs Nguyen Minh Vu thanked the Korean side.";
    const { officials } = extract({ text, published: "2022-09-24", url: "https://en.vietnamplus.vn/x" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Nguyen Minh Vu", "VN"]]);
  });
});

describe("spaceAt", () => {
  // It stands in for the opening \s+ of the regexes it gates: it must say yes wherever \s matches.
  it("is true at every character \\s matches, and the regexes it gates open with \\s+", () => {
    const missed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c)) && !spaceAt(String.fromCharCode(c), 0)) missed.push(c);
    expect(missed).toEqual([]);
    expect(spaceAt("Kim", 3)).toBe(false);
    for (const re of [NAMED_PLACE, PRESENTS_CREDENTIALS]) expect(re.source.startsWith("^\\s+")).toBe(true);
  });
});

describe("mayPresentList", () => {
  // It stands in for PRESENTING_WERE where it says no: PRESENTING_WERE must never match there.
  it("is true wherever PRESENTING_WERE matches", () => {
    const piece = fc.oneof(
      fc.constantFrom("Presenting", "presenting", "PRESENTING", "The", "the", "THE", " ", "  ", "\n", "\u00a0", "“", "\"", "(", "—", "_", "1", "é", "ſ", "their", "his", "credentials", "letters of credence", "to the King", "new", "newly accredited", "diplomats", "envoys", "ambassadors", "heads of mission", "were", "was", "are", ","),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join(" ");
      expect(!PRESENTING_WERE.test(text) || mayPresentList(text)).toBe(true);
      const tight = pieces.join("");
      expect(!PRESENTING_WERE.test(tight) || mayPresentList(tight)).toBe(true);
    }), { numRuns: 3000 });
    // (And openings that match, after any characters that are not word characters, or are.)
    const lead = fc.array(fc.constantFrom(" ", "“", "(", "—", "\n", "*", "é", "ſ", "_", "1", "K"), { maxLength: 4 });
    const opening = fc.constantFrom("Presenting their credentials were", "presenting HIS letters of credence to the King was", "The envoys were", "THE NEWLY ACCREDITED heads of mission are", "the diplomats were");
    fc.assert(fc.property(lead, opening, fc.string({ maxLength: 4 }), (before, phrase, after) => {
      const text = before.join("") + phrase + after;
      expect(!PRESENTING_WERE.test(text) || mayPresentList(text)).toBe(true);
    }), { numRuns: 2000 });
    expect(mayPresentList("“Presenting their credentials were")).toBe(true);
    expect(mayPresentList("— The envoys were")).toBe(true);
    expect(mayPresentList("Ambassadors were")).toBe(false);
    expect(mayPresentList("_The envoys were")).toBe(false);
  });
});

describe("stateRole", () => {
  // It stands in for reading the title twice, with and without the state, at every call: it must answer the same.
  it("answers as the two readings of roleForTitle would, with a state or none", () => {
    const slow = (title: string, country: string | null, role: Parameters<typeof stateRole>[2]) => {
      const general = roleForTitle(title);
      const specific = roleForTitle(title, country);
      return specific && specific !== general ? specific : role;
    };
    const titles = [...titleIndex().keys(), "Foreign Secretary", "foreign secretary", "Chancellor", "Vice Chancellor", "Vice-Chancellor", "Minister of State for Foreign Affairs", "Minister for Trade", "Ambassador", "", "Foreign\tSecretary"];
    for (const title of titles) {
      for (const country of [null, "", "IN", "PK", "BD", "LK", "NP", "AT", "DE", "GB", "US", "A\tB"]) {
        for (const role of ["official", "ambassador", "foreign-minister"] as const) expect(stateRole(title, country, role)).toBe(slow(title, country, role));
      }
    }
    expect(stateRole("Foreign Secretary", "IN", "foreign-minister")).toBe("official");
    expect(stateRole("Foreign Secretary", null, "foreign-minister")).toBe("foreign-minister");
  });
});

describe("heldOnDay", () => {
  // It keeps heldOn's answers under one key for a day and a name: no two pairs may share it.
  it("answers as heldOn for each day and name, asked in any order", () => {
    const names = ["Rafael Correa", "Xi Jinping", "Hugo Chávez", "Correa", "Arnor Gondor", "", "1:Rafael Correa"];
    const days = ["2008-03-08", "2023-08-24", "2010-01-01", "2008-03-0", "1", ""];
    for (const round of [0, 1]) {
      for (const day of round ? [...days].reverse() : days) for (const name of names) expect(heldOnDay(name, day)).toEqual(heldOn(name, day));
    }
    expect(heldOnDay("Rafael Correa", "2008-03-08")).toEqual({ country: "EC", role: "head-of-state" });
  });
});

describe("officials: probes of the ninth session (spokespeople, heads of office, envoys in lists)", () => {
  it.each([
    // A state's own body between its adjective and the title keeps the adjective the title's.
    ["government body after a demonym ('Kenyan government spokeswoman X')", "Kenyan government spokeswoman Amina Odhiambo said on Friday that talks would resume.", { name: "Amina Odhiambo", country: "KE", role: "official" }],
    ["'ministry press secretary X' is an official", "The new consulate will serve Kazakh workers, ministry press secretary Aidos Serikov said.", { name: "Aidos Serikov", country: "KZ", role: "official" }],
    ["'X, who is to become A's ambassador' after 'granted agrément … to'", "The Ghanaian side granted agrément on Friday to Kofi Mensah, who is to become Togo's first resident ambassador in Accra.", { name: "Kofi Mensah", country: "TG", role: "ambassador" }],
    ["'the ambassadors of A, X, and B, Y': B before Y without its 'of'", "The minister received the credentials of the new ambassadors of Chile, Ana Rojas, and Peru, Luis Vega.", { name: "Luis Vega", country: "PE", role: "ambassador" }],
    ["a past office in apposition gives the state a plural title left open", "The mediators — Jan Novak, a former Czech ambassador to Vienna, and Eva Horak, deputy speaker of Slovakia's parliament — met on Friday.", { name: "Jan Novak", country: "CZ" }],
    ["'X, deputy speaker of A's parliament'", "The mediators — Jan Novak, a former Czech ambassador to Vienna, and Eva Horak, deputy speaker of Slovakia's parliament — met on Friday.", { name: "Eva Horak", country: "SK", role: "legislator" }],
    ["'Government spokesman X said <capital> had …' speaks for that capital", "Government spokesman Omar Haddad said Amman had also warned Damascus of further steps.", { name: "Omar Haddad", country: "JO", role: "official" }],
    ["'It is headed by X, a career diplomat' after a state's office opened the sentence before", "The Kenyan office in the port opened on Monday. It is headed by Peter Kamau, a career diplomat.", { name: "Peter Kamau", country: "KE", role: "diplomat" }],
    ["'A recalled X' names A's ambassador", "Chile recalled Ana Rojas for consultations on Tuesday.", { name: "Ana Rojas", country: "CL", role: "ambassador" }],
    ["'the bloc's ambassador' is the organisation's", "EU ministers met in Brussels and agreed to recall the bloc's ambassador to Caracas, Hans Weber, for consultations.", { name: "Hans Weber", country: "EU", role: "ambassador" }],
    ["'Vice-Premier X' is an official", "Chinese Vice-Premier Li Wenhua travelled to Hanoi in May.", { name: "Li Wenhua", country: "CN", role: "official" }],
  ] as const)("%s", (_label, text, expected) => expectOfficial(text, expected));

  it.each([
    ["'recalled that' names no envoy", "Chile recalled that Ana Rojas had served in Lima."],
    ["a person who recalls is no envoy", "Ana Rojas recalled the talks of 1990."],
  ])("%s", (_label, text) => expect(read(text).people).toEqual([]));

  it("reads a bare 'Congo' as the DRC where the text names Kinshasa, and as the Republic of the Congo where it names Brazzaville", () => {
    const drc = extract({ text: "KINSHASA — Talks resumed on Monday. Congo's Health Minister Jean Kabongo said the border would stay open.", published: "2024-05-06" });
    expect(drc.officials.map((o) => [o.name, o.country])).toEqual([["Jean Kabongo", "CD"]]);
    const rc = extract({ text: "Talks resumed in Brazzaville on Monday. Congo's Health Minister Jean Kabongo said the border would stay open.", published: "2024-05-06" });
    expect(rc.officials.map((o) => [o.name, o.country])).toEqual([["Jean Kabongo", "CG"]]);
  });

  it("reads a town's name opening a leader's name the dictionary has in office ('Santiago Peña'), and his later surname", () => {
    const { officials } = extract({ text: "Argentina's President Javier Milei flew to Asunción, where his host Santiago Peña welcomed him. Peña spoke of the river.", published: "2024-03-01" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toContainEqual(["Santiago Peña", "PY", "head-of-state"]);
    expect(officials.map((o) => o.name)).not.toContain("Peña");
  });
});

describe("officials: envoys of a credentials list", () => {
  it.each([
    ["'Ambassadors Extraordinary and Plenipotentiary to A: X of B, Y of C' gives each their state", "The President received five Ambassadors Extraordinary and Plenipotentiary to Norway: Jan de Vries of the Kingdom of the Netherlands and Ivan Petrov of Bulgaria.", { name: "Ivan Petrov", country: "BG", role: "ambassador" }],
    ["'X, High Commissioner for the Republic of A' is A's high commissioner", "Ravi Persaud, High Commissioner for the Republic of Guyana, presented his letter of commission.", { name: "Ravi Persaud", country: "GY", role: "ambassador" }],
    ["a special envoy for a state is not that state's", "Norway's Special Envoy for Yemen Kari Holm met the parties in Muscat.", { name: "Kari Holm", country: "NO" }],
  ] as const)("%s", (_label, text, expected) => expectOfficial(text, expected));
});

describe("officials: a person named after a state's possessive with no title", () => {
  const officials = (text: string) => extract({ text, published: "2024-09-12" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads 'A's X', whom a sentence tells acting, as an official of A", () => {
    expect(officials("Peru's Ana Rojas and Chile's Luis Vera visited Abuja on Monday. Rojas said trade would grow.")).toEqual([["Ana Rojas", "PE", "official"], ["Luis Vera", "CL", "official"]]);
  });
  it.each([
    ["no act told", "Peru's Ana Rojas won the marathon in Abuja on Monday."],
    ["a town's", "Lima's Ana Rojas visited Abuja on Monday."],
    ["a place named after a person", "Chile's Luis Vera Stadium hosted the talks on Monday."],
  ])("reads no official: %s", (_shape, text) => expect(officials(text)).toEqual([]));
  it("keeps the title the text gives elsewhere", () => {
    expect(officials("Peru's Ana Rojas visited Abuja on Monday. Foreign Minister Rojas met her host.")).toEqual([["Ana Rojas", "PE", "foreign-minister"]]);
  });
  it("reads 'X, the president's adviser' as an official of the state before X's name, not as its president", () => {
    expect(officials("ACCRA — Chile's Luis Vera, the president's adviser, flew in on Thursday.")).toEqual([["Luis Vera", "CL", "official"]]);
    expect(officials("Luis Vera, the Chilean president's chief adviser, met Ghanaian President Kofi Mensah on Monday.")).toEqual([["Luis Vera", "CL", "official"], ["Kofi Mensah", "GH", "head-of-state"]]);
  });
});

describe("officials: predecessors and relative clauses of an apposition", () => {
  it("reads 'X's predecessor, Y' as a past holder of X's office for X's state, when Y acts", () => {
    const text = "President Abla Mensah of Togo arrived on Monday. The pact was signed in 2015 by Mensah's predecessor, Komi Adjovi.";
    expect(statesOf(text)).toEqual([["Abla Mensah", "TG"], ["Komi Adjovi", "TG"]]);
    expect(read(text).people.find((p) => p.name === "Komi Adjovi")!.mentions[0]!.role).toBe("head-of-state");
  });

  it("keeps a predecessor who does no act of the article out", () => {
    expect(statesOf("President Abla Mensah of Togo arrived on Monday. Mensah's predecessor, Komi Adjovi, lives in Lome.")).toEqual([["Abla Mensah", "TG"]]);
  });

  it("reads 'X, the Nobel laureate who as foreign minister …' as X's office, not the laureate's prize", () => {
    expect(statesOf("Jan Novak, the Nobel laureate who as Czech foreign minister shaped the treaty, died on Monday.")).toEqual([["Jan Novak", "CZ"]]);
  });
});


describe("findOfficials: a portfolio of capitalised words closed by a noun in lower case", () => {
  it("reads 'X, the U.S. assistant secretary of state for Western Hemisphere affairs' as X's title, with no person named 'Hemisphere'", () => {
    const { people } = read("Among the guests was Ana Ruiz, the U.S. assistant secretary of state for Western Hemisphere affairs, who led the talks.");
    expect(people.map((p) => [p.name, p.country])).toEqual([["Ana Ruiz", "US"]]);
  });
  it("still reads the name after a capitalised portfolio ('Special Envoy for Yemen Hans Berg')", () => {
    expectOfficial("UN Special Envoy for Yemen Hans Berg arrived in Riyadh.", { name: "Hans Berg", country: "UN", role: "envoy" });
  });
});

describe("officials: a title several states use, in a story filed from one of them; states sending and appointing", () => {
  it.each([
    ["a 'Foreign Secretary' with no state is the dateline's, though the story names India most", "DHAKA — Bangladesh expelled an Indian diplomat on Tuesday. India said the move was hostile, and Indian officials said India would respond. Foreign Secretary Rafiq Hasan received the Chinese ambassador on Monday.",
      { name: "Rafiq Hasan", country: "BD" }],
    ["… but not one who 'arrived here': a visitor to the dateline's state", "DHAKA — Foreign Secretary Anil Rao, who arrived here on Monday, conveyed India's concerns. India wants stable ties, Indian officials said, and India will keep talking to Bangladesh.",
      { name: "Anil Rao", country: "IN" }],
    ["'A, which attends as an observer, has sent X': X is A's, past the aside", "Fiji hosts the forum, and Fiji's leaders welcomed the delegations to Fiji. Peru, which attends as an observer, has sent Deputy Foreign Minister Ana Rojas.",
      { name: "Ana Rojas", country: "PE" }],
    ["'the appointment by Sultan X of Dato Paduka Y as ambassador': Y is the appointing leader's, with no honorific", "HANOI — The move follows the appointment last month by Sultan Hassanal Bolkiah of Dato Paduka Omar Salleh as ambassador to Vietnam. Vietnam welcomed the step, Vietnamese officials said.",
      { name: "Omar Salleh", country: "BN", role: "ambassador" }],
    ["one who receives an envoy 'of A to B' is not A's but B's", "Minister of State for Foreign Affairs Omar Haddad received the newly appointed ambassador of Chile to Qatar on Monday.",
      { name: "Omar Haddad", country: "QA" }],
  ] as const)("%s", (_shape, text, expected) => expectOfficial(text, expected));
});

describe("officials: bulletins of the Holy See, nominee lists and governments named by their head", () => {
  const rolesOf = (text: string, published = "2024-05-10") => extract({ text, published }).officials.map((o) => [o.name, o.country, o.role]);

  it("reads 'the Holy Father X' as the pope, and a nuncio named after his posts and the clergy's styles", () => {
    const text = "This morning the Holy Father Clement received in audience Kofi Mensah, Prime Minister of Ghana. The Holy Father has appointed as Apostolic Nuncio in Togo and Benin His Excellency Monsignor Piotr Nowak, titular archbishop.";
    expect(rolesOf(text)).toEqual([["Clement", "VA", "head-of-state"], ["Kofi Mensah", "GH", "head-of-government"], ["Piotr Nowak", "VA", "ambassador"]]);
    expect(extract({ text, published: "2024-05-10" }).events.map((e) => [e.type, e.source, e.target, e.officials])).toEqual([
      ["meeting", "VA", "GH", ["Clement", "Kofi Mensah"]], ["visit", "GH", "VA", ["Clement", "Kofi Mensah"]],
      ["ambassador-appointed", "VA", "TG", ["Clement", "Piotr Nowak"]], ["ambassador-appointed", "VA", "BJ", ["Clement", "Piotr Nowak"]],
    ]);
  });

  it("reads each nominee of a list: 'A, named High Commissioner to X; B, …, who goes to Y as ambassador to Z', all of one state", () => {
    const text = "Kenya's parliament on Tuesday approved the nominees of President Daniel Kamau. They are Mary Wanjiku Otieno, named High Commissioner to India; James Mwangi Kariuki, who heads to Lima as ambassador to Peru; and Jane Atieno Njeri, a former county executive, who goes to Accra as ambassador to Ghana.";
    expect(rolesOf(text)).toEqual([["Daniel Kamau", "KE", "head-of-state"], ["Mary Wanjiku Otieno", "KE", "ambassador"], ["James Mwangi Kariuki", "KE", "ambassador"], ["Jane Atieno Njeri", "KE", "ambassador"]]);
  });

  it("reads 'Minister of the Presidency X', 'the government of X', and no office-holder in 'the removal of President X'", () => {
    const text = "Minister of the Presidency Rosa Quispe said Peru would send aid. Ties were restored in 2001 by the interim government of Luis Tapia, years after the army's removal of president Jorge Rivas.";
    expect(rolesOf(text)).toEqual([["Rosa Quispe", "PE", "minister"], ["Luis Tapia", "PE", "head-of-government"]]);
  });

  it("still reads an ambassador recalled by name as the recalling leader's ('announced the recall of ambassador X')", () => {
    const text = "LIMA, May 9 - Peru broke off relations with Iran. Chilean President Ana Rojas announced the recall of ambassador Pablo Soto.";
    expect(rolesOf(text)).toContainEqual(["Pablo Soto", "CL", "ambassador"]);
  });
});

describe("officials: the first of two family names, later on its own", () => {
  it("reads 'Mendoza' after 'Pablo Mendoza Ruiz' as him, not the Argentine town", () => {
    const { events } = extract({ text: "Chilean Foreign Minister Pablo Mendoza Ruiz arrived in Lima on Monday. Mendoza later drove to the palace, where Peruvian Foreign Minister Luis Vera received him for talks.", published: "2016-01-20" });
    expect(events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target, e.officials])).toEqual([["PE", "CL", ["Pablo Mendoza Ruiz", "Luis Vera"]]]);
  });
  it("still reads the town when no one of that name was written in full", () => {
    const { events } = extract({ text: "Chilean Foreign Minister Pablo Soto Ruiz arrived in Mendoza on Monday.", published: "2016-01-20" });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["visit", "CL", "AR"]]);
  });
});

describe("officials: an envoy's brief 'for the <region>' before the name", () => {
  it.each([
    ["Norway's special envoy for the Horn of Africa, Kari Holm, met Kenyan officials.", { name: "Kari Holm", country: "NO", role: "envoy" }],
    ["The Chilean special envoy for the Middle East, Ana Rojas, arrived on Monday.", { name: "Ana Rojas", country: "CL", role: "envoy" }],
    ["The Special Representative of Peru for the Great Lakes Region, Luis Vera, spoke on Monday.", { name: "Luis Vera", country: "PE", role: "envoy" }],
    ["Chilean Special Envoy for the Sahel Ana Rojas visited Niger.", { name: "Ana Rojas", country: "CL", role: "envoy" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
  it("negative: a brief in lower case after 'the' names no one", () => {
    expect(read("Norway's special envoy for the region, a veteran diplomat, said talks were close.").people.map((p) => p.name)).toEqual([]);
  });
});

describe("officials: the envoy of another office's holder ('Special Envoy of the President of Togo, X')", () => {
  it.each([
    ["Chile's president received the Special Envoy of the President of Peru, Luis Vera, on Tuesday.", { name: "Luis Vera", country: "PE", role: "envoy" }],
    ["Chile's president received the special envoy of the Bolivian president, Luis Vera, on Tuesday.", { name: "Luis Vera", country: "BO", role: "envoy" }],
    ["Chile's foreign minister met the Special Envoy of the UN Secretary-General for Yemen, Kari Holm, on Tuesday.", { name: "Kari Holm", country: "UN", role: "envoy" }],
    ["Chile's foreign minister met the Special Envoy of the Secretary-General for Syria, Kari Holm, on Tuesday.", { name: "Kari Holm", country: "UN", role: "envoy" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
  it("negative: a holder named after the office is that office's ('special envoy of Peruvian President X')", () => {
    expectOfficial("Chile's president received an envoy, the special envoy of Peruvian President Luis Vera, on Tuesday.", { name: "Luis Vera", country: "PE", role: "head-of-state" });
  });
  it("reads the talks with the envoy as with the body the envoy serves, not the state of the brief", () => {
    const { events } = extract({ text: "Chilean Foreign Minister Ana Rojas met the Special Envoy of the UN Secretary-General for Yemen, Kari Holm, in Santiago on Tuesday.", published: "2023-03-31" });
    expect(events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target])).toEqual([["CL", "UN"]]);
  });
});

describe("officials: 'X, special envoy of Peruvian President Y' names both", () => {
  it("reads X as the envoy of Y's state and Y as the president", () => {
    const { people } = read("Chilean President Ana Rojas received Luis Vera, special envoy of Peruvian President Jorge Soto, on Monday.");
    expect(people.map((p) => [p.name, p.country, p.mentions[0]!.role])).toEqual([["Ana Rojas", "CL", "head-of-state"], ["Luis Vera", "PE", "envoy"], ["Jorge Soto", "PE", "head-of-state"]]);
  });
  it("negative: titles of one person still chain ('Permanent Representative to the UN, Ambassador X')", () => {
    expectOfficial("Peru's Permanent Representative to the UN, Ambassador Luis Vera, spoke on Monday.", { name: "Luis Vera", country: "PE", role: "ambassador" });
  });
});

describe("officials: a one-word title right after another title is a given name ('foreign minister Amir Khan Muttaqi')", () => {
  it.each([
    ["The Afghan foreign minister Amir Khan Haidari met the press.", { name: "Amir Khan Haidari", country: "AF", role: "foreign-minister" }],
    ["Iraqi Foreign Minister Amir Hassan spoke on Monday.", { name: "Amir Hassan", country: "IQ", role: "foreign-minister" }],
    ["Iranian Ambassador Emir Hosseini spoke on Monday.", { name: "Emir Hosseini", country: "IR", role: "ambassador" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
  it("negative: a state's emir is still the emir ('Qatar's Emir Sheikh Tamim')", () => {
    expectOfficial("Saudi Foreign Minister Prince Faisal met Qatar's Emir Sheikh Tamim on Monday.", { name: "Tamim", country: "QA", role: "head-of-state" });
  });
  it("reads 'the head of Iran's diplomacy, X' as the foreign minister", () => {
    expectOfficial("The head of Iran's diplomacy, Abbas Karimi, arrived in Doha on Monday.", { name: "Abbas Karimi", country: "IR", role: "foreign-minister" });
  });
});

describe("officials: a middle initial that is also a word ('A.', 'I.')", () => {
  it.each([
    ["Ghanaian Foreign Minister Kofi A. Mensah met his Togolese counterpart on Monday.", { name: "Kofi A. Mensah", country: "GH", role: "foreign-minister" }],
    ["Minister Kofi I. Mensah of Ghana arrived in Lome on Monday.", { name: "Kofi I. Mensah", country: "GH" }],
  ] as const)("reads %j", (text, expected) => expectOfficial(text, expected));
});

describe("officials: one name in apposition to a plural title is none of them", () => {
  it("reads no envoy 'Bangabhaban' in 'On arrival at Bangabhaban, the envoys were received'", () => {
    const { people } = read("Two new envoys presented their credentials to President Kofi Mensah of Ghana at Jubilee House on Monday. On arrival at Osuhall, the envoys were received by the Chief of Protocol.");
    expect(people.map((p) => p.name)).not.toContain("Osuhall");
  });
});

describe("officials: town officers, speakers and run-together initials", () => {
  it.each([
    ["The ambassador also met Ana Paz, Mayor of the City of Arequipa, on Monday.", { name: "Ana Paz", country: "PE", role: "official" }],
    ["The ambassador also met Ana Paz, Mayor of Arequipa.", { name: "Ana Paz", country: "PE", role: "official" }],
    ["Ms Rojas flew on to Chile, where she met US House Speaker Tom Reyes.", { name: "Tom Reyes", country: "US", role: "legislator" }],
    ["The delegation called on Tran Van Minh, Chairman of the National Assembly of Viet Nam.", { name: "Tran Van Minh", country: "VN", role: "legislator" }],
    ["Kenyan Parliament Speaker Joy Wanjiru visited Lima.", { name: "Joy Wanjiru", country: "KE", role: "legislator" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));

  it("keeps a name with run-together initials whole, and the sentence after it", () => {
    const { events, officials } = extract({ text: "Indonesian Foreign Minister Sari L.P. Wulan held talks with her Peruvian counterpart Ana Paz on Thursday.", published: "2023-03-31" });
    expect(officials.map((o) => o.name)).toEqual(["Sari L.P. Wulan", "Ana Paz"]);
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["meeting", "ID", "PE"]]);
  });
});

describe("officials: 'their' before a plural title over two sides", () => {
  it("gives no one state to all of 'the two leaders … their foreign ministers, A and B'", () => {
    const text = "Ghanaian President Kofi Mensah held talks with President Ana Paz before the two leaders watched their foreign ministers, Tom Reyes and Jo Adei, sign the deals. Reyes, Peru's top diplomat, said the deals were good.";
    expectOfficial(text, { name: "Tom Reyes", country: "PE", role: "foreign-minister" });
  });
  it("still reads the states in order after 'Ghana and Peru … their foreign ministers, A and B'", () => {
    const text = "Ghana and Peru signed two deals on Monday; their foreign ministers, Tom Reyes and Jo Adei, met later.";
    expectOfficial(text, { name: "Tom Reyes", country: "GH" });
    expectOfficial(text, { name: "Jo Adei", country: "PE" });
  });
});

describe("officials: a portfolio after 'of' and Balinese names", () => {
  it.each([
    ["Ghanaian Minister Ama Owusu was joined by the Director General of Asian and Pacific Affairs, Kofi Boateng.", { name: "Kofi Boateng", country: "GH", role: "official" }],
    ["Ghanaian Minister Ama Owusu was joined by the Director General of Protocol and Consular Affairs, Kofi Boateng.", { name: "Kofi Boateng", country: "GH", role: "official" }],
    ["Indonesian Director General I Wayan Sudirta spoke in Lima on Monday.", { name: "I Wayan Sudirta", country: "ID", role: "official" }],
    ["Indonesian Ambassador Ni Made Ayu Lestari presented her credentials on Monday.", { name: "Ni Made Ayu Lestari", country: "ID", role: "ambassador" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));
  it("negative: 'President of the University Council, X' is still an organisation's officer", () => {
    const { people } = read("Ghana's President of the University Council, Kofi Boateng, spoke on Monday.");
    expect(people.map((p) => p.name)).not.toContain("Kofi Boateng");
  });
});

describe("officials: a companion serves the state of the one they accompany", () => {
  const text = "Ghanaian Foreign Minister Ama Owusu held a call with Foreign Minister of Peru Ana Paz Salinas on Thursday. Minister Owusu was accompanied by Deputy Minister Kofi Boateng. Minister Paz was accompanied by the Undersecretary for Multilateral Affairs and Human Rights, Rosa Mendez. Ghana will send aid, Owusu said.";
  it("reads 'Minister Paz was accompanied by the Undersecretary for …, X' as Peru's", () => {
    expectOfficial(text, { name: "Rosa Mendez", country: "PE" });
    expectOfficial(text, { name: "Kofi Boateng", country: "GH" });
  });
  it("negative: a companion whose title gives a state keeps it", () => {
    expectOfficial("Peruvian Foreign Minister Ana Paz arrived on Monday. Minister Paz was accompanied by the Ghanaian Ambassador, Kofi Boateng.", { name: "Kofi Boateng", country: "GH" });
  });
});

describe("officials: long portfolio lists and a capital's name closing a two-word name", () => {
  it.each([
    ["Ghana's minister met the Minister of Foreign Affairs, International Trade, Industry and Commerce of Grenada Kofi Boateng in Lima.", { name: "Kofi Boateng", country: "GD", role: "foreign-minister" }],
    ["The Foreign Minister of Jamaica Ama Kingston arrived in Lima on Monday.", { name: "Ama Kingston", country: "JM", role: "foreign-minister" }],
    ["Kenyan Foreign Minister Peter Douglas arrived in Lima on Monday.", { name: "Peter Douglas", country: "KE", role: "foreign-minister" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));
  it("negative: a capital after a preposition stays a place", () => {
    const { people } = read("Minister Kofi Boateng of Ghana held talks in Kingston on Monday.");
    expect(people.map((p) => p.name)).toEqual(["Kofi Boateng"]);
  });
});

describe("officials: 'Prior to', a predecessor, and the one credentials are handed to", () => {
  it("reads no official 'Prior' in 'Prior to her posting, she served as Consul General in Lima'", () => {
    const { people } = read("Ghanaian Ambassador Ama Owusu arrived on Monday. Prior to her posting, she served as Consul General in Lima.");
    expect(people.map((p) => p.name)).toEqual(["Ama Owusu"]);
  });
  it("lists no predecessor who does not act ('She succeeds Ambassador X, who retired')", () => {
    const { officials } = extract({ text: "Ghanaian Ambassador Ama Owusu arrived in Lima on Monday. She succeeds Ambassador Kofi Boateng, who retired in August.", published: "2024-02-09" });
    expect(officials.map((o) => o.name)).toEqual(["Ama Owusu"]);
  });
  it("reads the host's protocol chief, an ambassador by rank, as the host's ('presented the copy of her credentials … to Ambassador X')", () => {
    const text = "LIMA – Ghanaian Ambassador-designate Ama Owusu presented the copy of her credentials to Ambassador Rosa Mendez Salinas, Director General of Protocol of the Ministry of Foreign Affairs, in a ceremony in Lima. Peru welcomed her.";
    expectOfficial(text, { name: "Rosa Mendez Salinas", country: "PE" });
  });
});

describe("officials: South Asian secretaries' grades", () => {
  it("reads no name 'Additional' after an envoy's apposition ('X, High Commissioner of A to B, the Additional Secretary (South Asia)')", () => {
    const { people } = read("The Nepali delegation comprised Kamal Thapa, Ambassador of Nepal to Bhutan, the Additional Secretary (South Asia) and the Joint Secretary of the Division.");
    expect(people.map((p) => [p.name, p.country])).toEqual([["Kamal Thapa", "NP"]]);
  });
  it.each([
    ["Nepali Additional Secretary Kamal Thapa arrived in Thimphu on Monday.", { name: "Kamal Thapa", country: "NP", role: "official" }],
    ["Indian Joint Secretary Kamal Rao arrived in Thimphu on Monday.", { name: "Kamal Rao", country: "IN", role: "official" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));
});

describe("officials: an office held 'at the time'", () => {
  it("reads 'his Peruvian counterpart at the time, X' as the counterpart then", () => {
    expectOfficial("Ghanaian Foreign Minister Ama Owusu flew to Lima and held talks with his Peruvian counterpart at the time, Rosa Mendez.", { name: "Rosa Mendez", country: "PE", role: "foreign-minister" });
  });
});

describe("officials: a ministry's officer in the possessive, and a trip planned", () => {
  it.each([
    ["Rosa Mendez, the Peruvian Foreign Ministry's spokeswoman, said on Thursday that Lima would not yield.", { name: "Rosa Mendez", country: "PE", role: "official" }],
    ["The Peruvian Foreign Ministry's spokeswoman Rosa Mendez said on Thursday that Lima would not yield.", { name: "Rosa Mendez", country: "PE", role: "official" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));
  it("reads one due to fly to a state as not its own ('X had been due to fly to Lima')", () => {
    const text = "Ghana expelled two diplomats on Saturday. Ghanaian Prime Minister Ama Owusu and Kofi Boateng, the interior minister, said Peru's agents were behind the blast.\n\nBoateng had been due to fly to Lima on Monday to discuss Peruvian vaccines from Peru's suppliers.";
    expectOfficial(text, { name: "Kofi Boateng", country: "GH" });
  });
});

describe("officials: 'former' across 'and', and a head of chancery", () => {
  it("reads 'to arrest a former vice-president and President X' as the president in office", () => {
    const { officials } = extract({ text: "Peruvian police forced their way into the Ghanaian embassy in Lima to arrest a former vice-president and Ghanaian President Kofi Mensah responded by recalling his envoy.", published: "2024-04-08" });
    expect(officials.map((o) => [o.name, o.country])).toContainEqual(["Kofi Mensah", "GH"]);
  });
  it("reads 'X, the embassy's head of chancery' as a diplomat of the embassy's state", () => {
    expectOfficial("Ghana closed its embassy in Lima. \"It has no precedent,\" said Kofi Boateng, the embassy's head of chancery.", { name: "Kofi Boateng", country: "GH", role: "diplomat" });
  });
});

describe("officials: an envoy a move is 'against', a quote opening on 'Very', an office held now", () => {
  it("reads 'Peru reversed its move against Ambassador X' as another state's envoy, its office the one held now", () => {
    const text = "Peru expelled Ghana's ambassador on Friday. Peruvian Foreign Minister Ana Paz said Lima had reversed its move against Ambassador Kofi Boateng after a call with Ghana's prime minister. Boateng, a former Ghanaian interior minister, stayed at his post.";
    const { officials } = extract({ text, published: "2020-11-30" });
    expect(officials.find((o) => o.name === "Kofi Boateng")).toMatchObject({ country: "GH", positions: [{ role: "ambassador" }] });
  });
  it("reads no official 'Very' in '\"Very soon there will be an American ambassador here\"'", () => {
    const { officials } = extract({ text: "Ana Paz spoke outside the Peruvian embassy in Accra. \"Very soon there will be a Peruvian ambassador here,\" she said.", published: "2020-11-30" });
    expect(officials.map((o) => o.name)).not.toContain("Very");
  });
});

describe("officials: a name's possessive apostrophe after its final s", () => {
  it.each([
    ["Ana Paz took up her post as the Netherlands' ambassador to Peru on Friday.", { name: "Ana Paz", country: "NL", role: "ambassador" }],
    ["Kofi Boateng, the Bahamas’ envoy to Ghana, spoke on Friday.", { name: "Kofi Boateng", country: "BS", role: "ambassador" }],
    ["The Philippines' foreign secretary, Rosa Mendez, flew to Lima on Monday.", { name: "Rosa Mendez", country: "PH", role: "foreign-minister" }],
  ] as const)("%s", (text, expected) => expectOfficial(text, expected));
});

describe("officials: a body's short name in parentheses", () => {
  it("reads '(Kadin)' after 'the Chamber of Commerce and Industry' as the body's name, so 'who' is the person before it", () => {
    const text = "Among them was Ana Paz, former chairman of the Peruvian Chamber of Commerce and Industry (Camcoin), who was installed as Peru's ambassador to Ghana.";
    expect(extract({ text, published: "2021-10-25" }).officials.map((o) => [o.name, o.country, o.positions[0]?.role])).toEqual([["Ana Paz", "PE", "ambassador"]]);
  });
});

describe("officials: a roster of envoys after an appointment", () => {
  it("reads each member, with no title, as an envoy of the appointing state; a past title gives way", () => {
    const text = "LIMA (Andina) - President Ana Paz installed 12 ambassadors on Monday. Others installed included former minister Luis Rojas, who will serve in Ghana; Kofi Mensah, for Chile; and Rosa Mendez, for Norway. Maria Vega was assigned to Japan, and Juan Ortiz to India.";
    expect(extract({ text, published: "2021-10-26" }).officials.map((o) => [o.name, o.country, o.positions[0]?.role])).toEqual([
      ["Ana Paz", "PE", "head-of-state"], ["Luis Rojas", "PE", "ambassador"], ["Kofi Mensah", "PE", "ambassador"], ["Rosa Mendez", "PE", "ambassador"], ["Maria Vega", "PE", "ambassador"], ["Juan Ortiz", "PE", "ambassador"],
    ]);
  });
  it("reads no envoy in 'met Kofi Mensah, for Ghana' without an appointment", () => {
    expect(extract({ text: "President Ana Paz met Kofi Mensah, for Ghana, on Monday.", published: "2021-10-26" }).officials.map((o) => o.name)).toEqual(["Ana Paz"]);
  });
});

describe("officials: a relative named by kinship", () => {
  it("reads 'her father, President X' as a past office, so a later 'Ms Y' is still the envoy who shares the name", () => {
    const text = "Ana Paz has spent her first week as Ghana's ambassador to Peru. On Wednesday Peruvian President Rosa Vega received Ms Paz at the palace. She often recalls that her father, President Luis Paz, visited Lima in 1970.";
    const { events } = extract({ text, published: "2022-07-29" });
    expect(events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target, e.date])).toEqual([["PE", "GH", "2022-07-27"]]);
  });
});

describe("officials: a speaker after the quote that opens a sentence", () => {
  it("reads 'said X, the deputy prime minister' as the sentence before's subject's, not the state named most", () => {
    const text = "Ghana recalled its ambassadors to Peru and Chile on Monday. \"We will not stay silent,\" said Kofi Boateng, the deputy prime minister, announcing the decision. Chile also recalled its ambassador to Peru.";
    expect(extract({ text, published: "2020-11-30" }).officials.find((o) => o.name === "Kofi Boateng")).toMatchObject({ country: "GH" });
  });
});

describe("officials: a spokesman who 'said Lima would be held responsible'", () => {
  it("reads no state of the speaker from the state the words act upon", () => {
    const text = "On Thursday Ghana accused Peruvian troops of shelling its embassy in Lima. Foreign ministry spokesman Kofi Boateng said Lima would be held responsible for the damage.";
    expect(extract({ text, published: "2020-11-30" }).officials.find((o) => o.name === "Kofi Boateng")).toMatchObject({ country: "GH" });
  });
  it("still reads 'said Lima had also warned' as the speaker's state", () => {
    expectOfficial("Government spokesman Kofi Boateng said Lima had also warned Ghana.", { name: "Kofi Boateng", country: "PE" });
  });
});

describe("officials: a delegation's members 'Traveling with him were …'", () => {
  it("reads 'Senate Vice President X' as a legislator of the state of the one they travel with", () => {
    const text = "Peruvian President Ana Paz left for Accra on Sunday. Traveling with her were First Lady Rosa Paz, Senate Vice President Luis Rojas and several cabinet officials.";
    expectOfficial(text, { name: "Luis Rojas", country: "PE", role: "legislator" });
  });
});

describe("officials: 'approved X as Lima's new ambassador'", () => {
  it("reads the nominee as the envoy of the capital's state, past the capital's possessive", () => {
    expectOfficial("The Senate on Thursday approved Ana Paz as Lima's new ambassador to Ghana.", { name: "Ana Paz", country: "PE", role: "ambassador" });
  });
  it("reads no envoy in 'met Ana Paz in Lima's old town', which has no title", () => {
    expect(read("Kofi Mensah met Ana Paz in Lima's old town.").people.map((p) => p.name)).toEqual([]);
  });
});

describe("officials: an untitled office-holder of the month a background act is told in", () => {
  // The dated dictionary holds real tenures; the sentences are made up.
  const names = (text: string) => extract({ text, published: "2024-03-15" }).officials.map((o) => [o.name, o.country, o.positions[0]?.role]);
  it("reads both leaders of 'In May 2005 X held talks with Y', years before the story", () => {
    expect(names("Ties have grown since. In May 2005 Tabaré Vázquez held talks with Néstor Kirchner in Montevideo.")).toEqual([
      ["Tabaré Vázquez", "UY", "head-of-state"], ["Néstor Kirchner", "AR", "head-of-state"],
    ]);
  });
  it.each([
    ["no act told", "In May 2005 Tabaré Vázquez was a popular figure in Montevideo."],
    ["a bare year only", "In 2005 Tabaré Vázquez held talks with Néstor Kirchner in Montevideo."],
    ["a month out of their terms", "In May 1995 Tabaré Vázquez held talks with Néstor Kirchner in Montevideo."],
  ])("reads no one with %s", (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("officials: a military rank in two words before a name", () => {
  it("reads 'Major General X' and 'Lieutenant Colonel Y' as X and Y, not the rank's first word", () => {
    const text = "The ambassador of Ghana to Chile, Major General Kofi Mensah, met Peru's ambassador, Lieutenant Colonel Ana Paz.";
    expect(extract({ text, published: "2021-10-25" }).officials.map((o) => [o.name, o.country])).toEqual([["Kofi Mensah", "GH"], ["Ana Paz", "PE"]]);
  });
  it("still reads 'Prime Minister John Major' whole", () => {
    expectOfficial("British Prime Minister John Major met Chilean President Ana Paz.", { name: "John Major", country: "GB" });
  });
});

describe("officials: 'Government spokesman X' after a state's government is named", () => {
  it("reads the spokesman as that government's, not the dateline's", () => {
    const text = "ACCRA, Jan 31 (Reuters) - Ghana has shut its embassy in Lome.\n\nTogo's government apologised on Thursday. Government spokesman Kofi Mensah said the police had detained several people.";
    expect(extract({ text, published: "2003-01-31" }).officials.find((o) => o.name === "Kofi Mensah")).toMatchObject({ country: "TG" });
  });
  it("still reads the dateline's state when no government was named", () => {
    const text = "ACCRA, Jan 31 (Reuters) - Ghana has shut its embassy in Lome. Government spokesman Kofi Mensah said the police had detained several people.";
    expect(extract({ text, published: "2003-01-31" }).officials.find((o) => o.name === "Kofi Mensah")).toMatchObject({ country: "GH" });
  });
});

describe("officials: 'Minister of A, B and C, X' with several portfolios", () => {
  it("reads the portfolios after a comma as one title, and X as its holder", () => {
    expectOfficial("Peru's Minister of Industry, Trade and Investment, Kofi Mensah, met Chile's envoy.", { name: "Kofi Mensah", country: "PE", role: "minister" });
  });
  it("reads 'Minister of Transportation X'", () => {
    expectOfficial("Ghana's Minister of Transportation Ana Paz met Chile's envoy.", { name: "Ana Paz", country: "GH", role: "minister" });
  });
  it("takes no states after the comma for portfolios", () => {
    expect(extract({ text: "The Minister of Industry, Peru and Chile, Kofi Mensah, met.", published: "2021-10-25" }).officials.map((o) => o.name)).toEqual([]);
  });
});

describe("officials: an unqualified minister in a story of a visit 'to A by B's minister'", () => {
  it("reads the minister as the host's, though B is named more often", () => {
    const text = "Ghana and Chile yesterday signed a memorandum during a visit to Accra by Chilean Foreign Minister Ana Paz. The Minister of Transportation, Yaw Boateng, took part in the talks. Paz arrived in Accra on Monday. Chile has sent its foreign minister abroad often, and Santiago values the ties; the Chilean minister praised Chile's trade.";
    expect(extract({ text, published: "2021-01-06" }).officials.find((o) => o.name === "Yaw Boateng")).toMatchObject({ country: "GH" });
  });
});

describe("officials: an envoy a leader appoints, and 'the head of the X foreign ministry'", () => {
  it.each([
    ["President Kofi Mensah appointed Ama Owusu as Ambassador to Chile.", "Ama Owusu", "GH"],
    ["Ghanaian President Kofi Mensah on Monday nominated Ama Owusu as ambassador to Chile.", "Ama Owusu", "GH"],
    ["The head of the Peruvian foreign ministry, Ana Paz, arrived in Accra on Monday.", "Ana Paz", "PE"],
  ])("%s", (text, name, country) => {
    const officials = extract({ text: `${text} Ghana's President Kofi Mensah spoke.`, published: "2024-08-21" }).officials;
    expect(officials.find((o) => o.name === name)).toMatchObject({ country });
  });
  it("reads 'the head of Peru's foreign ministry' as the minister, and 'the Peruvian foreign ministry' alone as no one", () => {
    expect(extract({ text: "The head of Peru's foreign ministry, Ana Paz, arrived in Accra.", published: "2024-08-21" }).officials).toMatchObject([{ name: "Ana Paz", country: "PE", role: "foreign-minister" }]);
    expect(extract({ text: "The Peruvian foreign ministry said Ana Paz arrived in Accra.", published: "2024-08-21" }).officials).toEqual([]);
  });
});

describe("officials: a diplomat 'at A's embassy', and 'the embassy's defence attaché'", () => {
  it("reads each as the post's sender, not the expelling state, nor excluded as the other's counterpart", () => {
    const text = "Chile's authorities declared two Peruvian diplomats persona non grata. A statement named Ana Paz, first counsellor at Peru's embassy in Santiago, and the embassy's defence attaché, Colonel Juan Soto.";
    expect(extract({ text, published: "2025-02-13" }).officials.map((o) => [o.name, o.country])).toEqual([["Ana Paz", "PE"], ["Juan Soto", "PE"]]);
  });
  it("negative: 'at' a place that is no post gives no state", () => {
    expect(extract({ text: "Chile's authorities said Ana Paz, first counsellor, spoke at Peru's border.", published: "2025-02-13" }).officials.map((o) => o.country)).not.toContain("PE");
  });
});

describe("officials: the one who hands a summoned envoy the note serves the summoning state", () => {
  const lead = "Chile's foreign ministry on Monday summoned Peru's ambassador, Juan Soto, over remarks by a Peruvian minister.";
  const rest = " Peru's president, Peru's minister and Peru's senate all spoke; Peru said Lima would reply.";
  it("reads 'Deputy Foreign Minister X handed the envoy a protest note' as the summoner's, though Peru is named most", () => {
    expect(extract({ text: `${lead} Deputy Foreign Minister Ana Paz handed the envoy a protest note.${rest}`, published: "2023-08-10" }).officials.find((o) => o.name === "Ana Paz")).toMatchObject({ country: "CL" });
  });
  it("negative: no envoy handed anything", () => {
    expect(extract({ text: `${lead} Deputy Foreign Minister Ana Paz praised the envoy.${rest}`, published: "2023-08-10" }).officials.find((o) => o.name === "Ana Paz")).toMatchObject({ country: "PE" });
  });
});

describe("officials: 'the embassy's staff, led by Ambassador X', and 'X, who …, was the first A ambassador to B'", () => {
  it("reads the staff's head as the state of the sentence before, not the host named most", () => {
    const text = "Chile suspended its embassy in Lima on Saturday. The embassy's staff, led by Ambassador Ana Paz, travelled by road to Tacna. Peru's army and Peru's police fought in Lima; Peru's government said Peru would recover.";
    expect(extract({ text, published: "2023-04-24" }).officials.find((o) => o.name === "Ana Paz")).toMatchObject({ country: "CL" });
  });
  it("reads the state of a copula after a relative clause, the surname alone naming the person", () => {
    const text = "Peru's army and Peru's police fought in Lima, and Peru's government flew people, among them Ambassador Juan Soto, out of the country. Soto, who presented his credentials in 2022, was the first Chilean ambassador to Peru in 25 years.";
    expect(extract({ text, published: "2023-04-24" }).officials.find((o) => o.name === "Juan Soto")).toMatchObject({ country: "CL" });
  });
  it("negative: a party led by an envoy that is no post's staff", () => {
    const text = "Chile suspended its embassy in Lima on Saturday. A convoy, led by Ambassador Ana Paz, travelled by road to Tacna. Peru's army and Peru's police fought in Lima; Peru's government said Peru would recover.";
    expect(extract({ text, published: "2023-04-24" }).officials.find((o) => o.name === "Ana Paz")?.country).not.toBe("CL");
  });
});

describe("officials: a body's sitting or office after a plural title ('the 79th Session of the United Nations')", () => {
  const names = (text: string) => extract({ text, published: "2024-09-26" }).officials.map((o) => o.name);
  it.each([
    "Foreign Minister Ana Paz of Peru met her counterparts on the margins of the 79th Session of the United Nations General Assembly.",
    "At the ASEAN Foreign Ministers' meeting, Foreign Minister Ana Paz of Peru met Juan Soto of Chile, Chair of ASEAN for 2024.",
  ])("%s", (text) => expect(names(text)).not.toContain(expect.stringMatching(/^(?:Session|Chair)$/)));
  it("negative: a name after a plural title is still read", () => {
    expect(names("The ambassadors are Ana Paz of Peru and Juan Soto of Chile.")).toEqual(["Ana Paz", "Juan Soto"]);
  });
});

describe("officials: a person with no title who heads a state's post ('X, who heads the Ghanaian embassy in Vienna')", () => {
  it.each([
    ["Foreign Minister Ana Paz of Peru later met Kofi Mensah, who heads the Ghanaian embassy in Vienna.", "ambassador"],
    ["Foreign Minister Ana Paz of Peru later met Kofi Mensah, the head of the Ghanaian embassy in Lima.", "ambassador"],
    ["Kofi Mensah, who heads the Ghanaian consulate in Lima, met Paz.", "consul"],
  ])("%s", (text, role) => {
    expect(extract({ text, published: "2024-06-04" }).officials.find((o) => o.name === "Kofi Mensah")).toMatchObject({ country: "GH", role });
  });
  it("negative: the head of a team or company is no envoy", () => {
    expect(extract({ text: "Kofi Mensah, who heads the Ghanaian football team, met Paz.", published: "2024-06-04" }).officials).toEqual([]);
  });
});

describe("officials: a state a title names after 'of', shared with the next title ('the Speaker of the Storting X and the Minister of Economics Y')", () => {
  const official = (text: string, name: string) => extract({ text, published: "2024-10-16" }).officials.find((o) => o.name === name);
  it("reads the second title's holder as the first one's state, 'Minister of Economics' as a minister", () => {
    expect(official("Peru's Foreign Minister Ana Paz also met with the Speaker of the Storting Juan Soto and the Minister of Economics Luis Rojas.", "Luis Rojas")).toMatchObject({ country: "NO", role: "minister" });
  });
  it("negative: a second title with a state of its own keeps it", () => {
    expect(official("Peru's Foreign Minister Ana Paz also met with the Speaker of the Storting Juan Soto and the Chilean Minister of Economics Luis Rojas.", "Luis Rojas")).toMatchObject({ country: "CL" });
  });
});

describe("officials: the head of a post named right before, over another state's appointee told the sentence before", () => {
  const official = (text: string, name: string) => extract({ text, published: "2025-08-25" }).officials.find((o) => o.name === name);
  it("reads 'A's High Commission in B, headed by High Commissioner X' as A's, after 'named Y as B's next high commissioner'", () => {
    const text = "Otieno said Kenya had earlier this month named career diplomat Ruth Wanjiru as Kenya's next high commissioner to Ghana. The Ghana High Commission in Nairobi, headed by High Commissioner Kofi Mensah, has eased visa rules.";
    expect(official(text, "Kofi Mensah")).toMatchObject({ country: "GH", role: "ambassador" });
  });
  it("negative: a high commissioner with no post heading still takes the title told before", () => {
    const text = "Kenya had named Ruth Wanjiru as Kenya's next high commissioner to Ghana. High Commissioner Kofi Mensah said visa rules had been eased.";
    expect(official(text, "Kofi Mensah")?.country).not.toBe("GH");
  });
});

describe("officials: whom a traveller went 'for talks with' or 'for a dialogue with' is of the place visited", () => {
  const official = (text: string, name: string) => extract({ text, published: "2022-03-19" }).officials.find((o) => o.name === name);
  it("reads a defence minister the visitor came for talks with as the host's", () => {
    expect(official("Chilean Foreign Minister Ana Rojas was in Lusaka on Monday for a dialogue with Defence Minister Mwila Banda.", "Mwila Banda")).toMatchObject({ country: "ZM", role: "minister" });
    expect(official("Chilean Foreign Minister Ana Rojas visited Lusaka on Monday for talks with Defence Minister Mwila Banda.", "Mwila Banda")).toMatchObject({ country: "ZM" });
  });
  it("negative: a minister named beside a journey with no talks is not placed there", () => {
    expect(official("Chilean Foreign Minister Ana Rojas visited Lusaka on Monday, and Defence Minister Mwila Banda stayed home.", "Mwila Banda")?.country).not.toBe("ZM");
  });
});

describe("officials: 'its' after a list of posts ('its ambassadors to A and B, …, and its chargé d'affaires in C') is the sender's", () => {
  const official = (text: string, name: string) => extract({ text, published: "2022-03-19" }).officials.find((o) => o.name === name);
  it("reads the chargé d'affaires as the recalling state's, not the last post's", () => {
    expect(official("On Monday Chile recalled its ambassadors to Peru and Bolivia, Luis Tapia and Jorge Soto, and its chargé d'affaires in Zambia, Ana Rojas.", "Ana Rojas")).toMatchObject({ country: "CL", role: "charge-d-affaires" });
  });
  it("negative: a state that opens the clause after the list is the one 'its' names", () => {
    expect(official("Chile named envoys to Peru and Bolivia, and Argentina named its chargé d'affaires in Zambia, Ana Rojas.", "Ana Rojas")).toMatchObject({ country: "AR" });
  });
});

describe("officials: an army chief named with his rank ('the army chief, General X') is an official", () => {
  const official = (text: string, name: string) => extract({ text, published: "2022-03-19" }).officials.find((o) => o.name === name);
  it("reads the army chief, and the Chief of Army Staff, as officials of their state", () => {
    expect(official("Ghana's army chief, General Kofi Mensah, met Chilean Foreign Minister Ana Rojas on Monday.", "Kofi Mensah")).toMatchObject({ country: "GH", role: "official" });
    expect(official("Ghana's Chief of Army Staff, General Kofi Mensah, met Chilean Foreign Minister Ana Rojas on Monday.", "Kofi Mensah")).toMatchObject({ country: "GH", role: "official" });
  });
  it("negative: a general with no office, or an unnamed army chief, is no official", () => {
    expect(official("General Kofi Mensah, a retired soldier, met Chilean Foreign Minister Ana Rojas on Monday.", "Kofi Mensah")).toBeUndefined();
    expect(extract({ text: "Ghana's army chief met Chilean Foreign Minister Ana Rojas on Monday.", published: "2022-03-19" }).officials.map((o) => o.name)).toEqual(["Ana Rojas"]);
  });
});

describe("officials: whom a traveller who 'stopped in <town> for talks with' meets is of the town's state", () => {
  const official = (text: string, name: string) => extract({ text, published: "2022-03-19" }).officials.find((o) => o.name === name);
  it("reads the army chief at the talks as the host's, over the state the sentence before was about", () => {
    const text = "Peru's President Luis Tapia criticised the plan. Chilean Foreign Minister Ana Rojas stopped in Accra on Monday for talks with President Kwame Boateng, attended by the army chief, General Kofi Mensah.";
    expect(official(text, "Kofi Mensah")).toMatchObject({ country: "GH", role: "official" });
  });
  it("negative: talks stopped in a town are no stop there", () => {
    const text = "Peru's President Luis Tapia criticised the plan. The talks stopped in Accra on Monday, said the army chief, General Kofi Mensah.";
    expect(official(text, "Kofi Mensah")?.country).not.toBe("GH");
  });
});

describe("officials: a title's portfolios listed past a comma ('Minister for Trade, Industry and Nordic Affairs X')", () => {
  const officials = (text: string) => extract({ text, published: "2024-09-09" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads the name after the list, not its second portfolio", () => {
    expect(officials("Sweden's Minister for Culture, Sport and Youth Affairs Karl Svensson visited Oslo on Monday.")).toEqual([["Karl Svensson", "SE", "minister"]]);
  });
  it("negative: a name after the comma, then another after 'and', is the title's holder", () => {
    expect(officials("Sweden's Minister for Trade, Karl Svensson and Anna Berg visited Oslo on Monday.")).toEqual([["Karl Svensson", "SE", "minister"]]);
  });
});

describe("officials: a demonym inside a body's name after a plural title ('the Bureau of Kenyan Standards')", () => {
  it("reads no member of 'the two leaders' in a body's capitalised name", () => {
    const { officials } = extract({ text: "Three accords were signed in the presence of the two leaders: on trade, and on standards between the Bureau of Kenyan Standards and the Peru Standards Authority.", published: "2025-07-04" });
    expect(officials).toEqual([]);
  });
  it("negative: a member named with 'of' and a state is still read", () => {
    expect(extract({ text: "The ambassadors are Ana Paz of Chile and Luis Soto of Peru.", published: "2025-07-04" }).officials.map((o) => [o.name, o.country])).toEqual([["Ana Paz", "CL"], ["Luis Soto", "PE"]]);
  });
});

describe("officials: the leader of a state's party ('leader of the Chilean far-right Patria party') is no official", () => {
  const officials = (text: string) => extract({ text, published: "2023-01-22" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads no head of state in a party's leader, named by demonym or possessive", () => {
    expect(officials("Ana Ruiz, leader of the Chilean far-right Patria (Homeland) party, burned a flag outside the embassy.")).toEqual([]);
    expect(officials("Ana Ruiz, the leader of Chile's main opposition party, criticised the decision.")).toEqual([]);
  });
  it("negative: the leader of a state is still its head", () => {
    expect(officials("Ana Ruiz, leader of Chile, criticised the decision.")).toEqual([["Ana Ruiz", "CL", "head-of-state"]]);
  });
});

describe("officials: a speaker before 'a visit to A by Y' is not the traveller", () => {
  const official = (text: string, name: string) => extract({ text, published: "2023-01-22" }).officials.find((o) => o.name === name);
  it("keeps the speaker's state the visited one, the visitor being the one after 'by'", () => {
    const text = "Ghana's Foreign Minister Kofi Mensah met the Togolese envoy on Friday. Separately, Defence Minister Ama Owusu said a visit to Ghana by Togolese Defence Minister Koffi Agbo had been called off.";
    expect(official(text, "Ama Owusu")).toMatchObject({ country: "GH" });
  });
  it("negative: a traveller named before 'visit to A' is still the one who travels", () => {
    const text = "Ghana's Foreign Minister Kofi Mensah met the Togolese envoy on Friday. Defence Minister Ama Owusu said her visit to Togo had gone well, as Koffi Agbo agreed.";
    expect(official(text, "Ama Owusu")?.country).not.toBe("TG");
  });
});

describe("officials: 'National Assembly Chairman X', the title before the body's name turned round, is a legislator", () => {
  const official = (text: string, name: string) => extract({ text, published: "2024-01-12" }).officials.find((o) => o.name === name);
  it("reads the chair or speaker of a national assembly named first as a legislator", () => {
    expect(official("Chilean President Ana Ruiz met Peruvian National Assembly Chairman Luis Tapia on Friday.", "Luis Tapia")).toMatchObject({ country: "PE", role: "legislator" });
    expect(official("Chilean President Ana Ruiz met Peruvian National Assembly Speaker Luis Tapia on Friday.", "Luis Tapia")).toMatchObject({ country: "PE", role: "legislator" });
  });
  it("negative: a chairman of another body stays an official", () => {
    expect(official("Chilean President Ana Ruiz met Peruvian Central Bank Chairman Luis Tapia on Friday.", "Luis Tapia")?.role).not.toBe("legislator");
  });
});

describe("officials: a town's or province's deputy officer ('Gdansk Vice Mayor X', 'Tumbaro Vice Governor Y' of 'Peru's northern Tumbaro Province')", () => {
  const official = (text: string, name: string) => extract({ text, published: "2024-10-16" }).officials.find((o) => o.name === name);
  it("reads the deputy of a town's officer as the town's state", () => {
    expect(official("Chile opened a consulate in Gdansk. The ceremony was attended by Gdansk Vice Mayor Anna Kowalska.", "Anna Kowalska")).toMatchObject({ country: "PL", role: "official" });
    expect(official("Chile opened a consulate in Gdansk. The ceremony was attended by Gdansk Deputy Mayor Anna Kowalska.", "Anna Kowalska")).toMatchObject({ country: "PL", role: "official" });
  });
  it("reads the officer of a province the text places in a state as that state's", () => {
    const told = (place: string) => `Chile has opened a consulate in Trujillo, ${place}, the Chilean Foreign Ministry said. The ceremony was attended by Tumbaro Vice Governor Luis Quispe and members of the Chilean community.`;
    expect(official(told("the capital of Peru's northern Tumbaro Province"), "Luis Quispe")).toMatchObject({ country: "PE", role: "official" });
    expect(official(told("in the Tumbaro Province of Peru"), "Luis Quispe")).toMatchObject({ country: "PE", role: "official" });
  });
  it("negative: a province the text places nowhere, or a deputy of another office, gives no state", () => {
    const nowhere = "Chile has opened a consulate in Trujillo, in Tumbaro Province, the Peruvian press said. The ceremony was attended by Tumbaro Vice Governor Luis Quispe and members of the Chilean community.";
    expect(official(nowhere, "Luis Quispe")?.country).not.toBe("PE");
    expect(official("Chile opened a consulate in Gdansk. The ceremony was attended by Gdansk Vice Minister Anna Kowalska.", "Anna Kowalska")?.country).not.toBe("PL");
  });
});

describe("officials: a Gulf name written again without its family name ('Sheikh Omar bin Rashid' after '… Al Falasi')", () => {
  const text = (later: string) => `The ceremony was attended by Sheikh Omar bin Rashid Al Falasi, Minister of Foreign Affairs of the UAE. Later, Sheikh ${later} received a phone call from Ivan Petrenko, Minister of Foreign Affairs of Ukraine.`;
  it("reads the short form as the person named in full before, in the list and in the call", () => {
    const { officials, events } = extract({ text: text("Omar bin Rashid"), published: "2022-11-15" });
    expect(officials.map((o) => o.name)).toEqual(["Omar bin Rashid Al Falasi", "Ivan Petrenko"]);
    expect(events.map((e) => [e.type, e.officials])).toEqual([["phone-call", ["Omar bin Rashid Al Falasi", "Ivan Petrenko"]]]);
  });
  it("negative: another son of the same father is not the one named in full", () => {
    const { events } = extract({ text: text("Hamad bin Rashid"), published: "2022-11-15" });
    expect(events.flatMap((e) => e.officials)).not.toContain("Omar bin Rashid Al Falasi");
  });
});

describe("officials: an untitled-state host who 'received' a guest whose state is told does not serve the guest's state", () => {
  const official = (text: string) => extract({ text, published: "2022-11-15" }).officials.find((o) => o.name === "Ana Rojas");
  it("reads 'X, Minister of State, received in Lima Y, … of Ukraine' as a minister of the host, not of Ukraine", () => {
    expect(official("Ana Rojas, Minister of State, received on Monday in Lima Ivan Petrenko, Deputy Minister of Foreign Affairs of Ukraine. Rojas noted that trade with Ukraine was up.")).toMatchObject({ country: "PE", role: "minister" });
  });
  it("negative: travelling with the guest says nothing against the guest's state", () => {
    expect(official("Ana Rojas, Minister of State, travelled on Monday with Ivan Petrenko, Deputy Minister of Foreign Affairs of Ukraine. Rojas noted that trade with Ukraine was up.")).toMatchObject({ country: "UA" });
  });
});

describe("officials: 'Foreign Affairs and Foreign Trade Minister', and a state's 'Permanent Observer' to the UN", () => {
  it.each([
    ["Peru's Foreign Affairs and Foreign Trade Minister Joan Smith met Chilean President Ana Rojas.", { name: "Joan Smith", country: "PE", role: "foreign-minister" }],
    ["Peru's Foreign Affairs and Trade Minister Joan Smith met Chilean President Ana Rojas.", { name: "Joan Smith", country: "PE", role: "foreign-minister" }],
    ["Palestine's Permanent Observer to the UN, Omar Haddad, thanked Peru.", { name: "Omar Haddad", country: "PS", role: "ambassador" }],
  ])("%s", (text, expected) => expectOfficial(text, expected));
  it("negative: a trade minister alone is a minister, an election observer no official", () => {
    expectOfficial("Peru's Foreign Trade Minister Joan Smith met Chilean President Ana Rojas.", { name: "Joan Smith", country: "PE", role: "minister" });
    expect(extract({ text: "The election observer Omar Haddad said the vote in Peru was fair.", published: "2024-04-23" }).officials).toEqual([]);
  });
});

describe("officials: 'the foreign ministry's spokeswoman' serves the state whose ministry was named before", () => {
  it("reads the state of the ministry named paragraphs before, over the publisher's", () => {
    const text = "The measures were announced by the Chilean foreign ministry on Monday.\n\nPeru said it regretted the step. Lima would respond in kind, its government said.\n\nThe Peruvian ambassador, Luis Soto, was summoned on Monday.\n\nAna Rojas, the foreign ministry's spokeswoman, said further steps could follow.";
    expect(extract({ text, published: "2024-01-01", url: "https://www.andina.com.pe/x" }).officials.map((o) => [o.name, o.country])).toEqual([["Luis Soto", "PE"], ["Ana Rojas", "CL"]]);
  });
  it("negative: a state named before some other word than a ministry's gives no ministry", () => {
    const text = "Chilean officials told the ministry on Monday that Peru would respond.\n\nPeru said it regretted the step. Lima would respond in kind, its government said.\n\nAna Rojas, the foreign ministry's spokeswoman, said further steps could follow.";
    expect(extract({ text, published: "2024-01-01", url: "https://www.andina.com.pe/x" }).officials.map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "PE"]]);
  });
});

describe("officials: an office held 'in his capacity as' another's envoy is beside the one the person is titled with", () => {
  const official = (text: string) => extract({ text, published: "2022-06-10" }).officials.find((o) => o.name === "Luis Vera");
  it("reads the foreign minister of the leader's delegation as his own state's, not the body's envoy", () => {
    expect(official("Chilean President Ana Rojas arrived in Lima on Monday. Rojas, who was accompanied by Foreign Minister Luis Vera, met the speaker. Mr Luis Vera would return there next month in his capacity as the African Union's special envoy.")).toMatchObject({ country: "CL", role: "foreign-minister" });
  });
  it("negative: with no other title, the capacity's own office stands", () => {
    expect(official("Chilean President Ana Rojas arrived in Lima on Monday. Mr Luis Vera would return there next month in his capacity as the African Union's special envoy.")).toMatchObject({ country: "AFRICAN-UNION", role: "envoy" });
  });
});

describe("officials: one met 'in' a place by another state's leader ('held talks in Lima with President X') is the host's", () => {
  const official = (text: string, name: string) => extract({ text, published: "2017-06-07" }).officials.find((o) => o.name === name);
  it("reads the one talked with in Lima as Peru's, not the dateline's", () => {
    expect(official("Quito: Chile's President Ana Rojas arrived in Quito on Wednesday, a day after holding talks in Lima with President Luis Vera.", "Luis Vera")).toMatchObject({ country: "PE" });
  });
  it("negative: one met in the leader's own state is a guest, not its own", () => {
    expect(official("Quito: Peru's President Luis Vera arrived in Quito on Wednesday, a day after holding talks in Lima with President Ana Rojas.", "Ana Rojas")?.country).not.toBe("PE");
  });
});

describe("officials: 'the Custodian of the Two Holy Mosques (King) X' is the Saudi king", () => {
  const official = (text: string) => extract({ text, published: "2017-06-07" }).officials.find((o) => o.name === "Omar Nasser");
  it.each([
    "Bahrain's Crown Prince Ali Hassan held talks in Manama on Tuesday with the Custodian of the Two Holy Mosques King Omar Nasser.",
    "Bahrain's Crown Prince Ali Hassan held talks in Manama on Tuesday with the Custodian of the Two Holy Mosques, Omar Nasser.",
  ])("%s", (text) => expect(official(text)).toMatchObject({ country: "SA", role: "head-of-state" }));
  it("negative: a custodian of a mosque is no office", () => {
    expect(official("Bahrain's Crown Prince Ali Hassan held talks in Manama on Tuesday with Omar Nasser, the custodian of the city's old mosque.")).toBeUndefined();
  });
});

describe("officials: 'X, the politician whom Y had appointed ambassador to A' is the one appointed", () => {
  it("reads the object of 'whom' as the envoy, of the state the text is about, past a capitalised adjective", () => {
    const { officials } = extract({ text: "Peru will not send a new envoy. In May it recalled Ana Rojas, the Aprista politician whom President Luis Soto had appointed ambassador to Chile in 2021.", published: "2024-04-23" });
    expect(officials.find((o) => o.name === "Ana Rojas")).toMatchObject({ country: "PE", role: "ambassador" });
    expect(officials.find((o) => o.name === "Luis Soto")).toMatchObject({ role: "head-of-state" });
  });
  it("negative: a 'whom' that hangs on no appointment to a post names no envoy", () => {
    const { officials } = extract({ text: "Peru will not send a new envoy. In May it praised Ana Rojas, the Aprista politician whom President Luis Soto had met in Lima.", published: "2024-04-23" });
    expect(officials.map((o) => o.name)).toEqual(["Luis Soto"]);
  });
});

describe("officials: 'he was recalling the ambassador to A, X' — the envoy called home is the recalling state's", () => {
  const country = (text: string) => extract({ text, published: "2023-03-31" }).officials.find((o) => o.name === "Rafael Vega")?.country;
  it("reads the envoy as of the state named before the recall", () => {
    expect(country("Israeli Foreign Minister Eli Dan said on Monday he was recalling the ambassador to Chile, Rafael Vega, for consultations. Chile recognised Palestine. Palestinian President Omar Nasser welcomed the Palestinian step. Palestine thanked Chile.")).toBe("IL");
  });
  it("negative: an envoy merely met is not placed by the recall cue", () => {
    expect(country("Israeli Foreign Minister Eli Dan said on Monday he was meeting the ambassador to Chile, Rafael Vega. Chile recognised Palestine. Palestinian President Omar Nasser welcomed the Palestinian step. Palestine thanked Chile.")).toBe("PS");
  });
});

describe("officials: 'ministry spokeswoman X' is of the ministry a state was named with before", () => {
  const country = (text: string) => extract({ text, published: "2023-03-31" }).officials.find((o) => o.name === "Ana Rojas")?.country;
  it("reads the bare ministry as the one named with its state in the sentence before", () => {
    expect(country('Chile broke with Ecuador on Thursday, and Chile recalled its envoy from Ecuador. Chile and Bolivia signed a communique, Bolivia\'s Foreign Ministry said. "We welcome the choice made by Chile," ministry spokeswoman Ana Rojas told a briefing. Chile thanked Bolivia.')).toBe("BO");
  });
  it("negative: with no ministry named before, the story's state stays", () => {
    expect(country('Chile broke with Ecuador on Thursday, and Chile recalled its envoy from Ecuador. Chile and Bolivia signed a communique, officials said. "We welcome the choice made by Chile," ministry spokeswoman Ana Rojas told a briefing. Chile thanked Bolivia.')).toBe("CL");
  });
});

describe("officials: 'the vice chancellor of Foreign Relations, X' is a Latin American deputy foreign minister", () => {
  it("reads the title with its ministry after it, of the state the sentence is about", () => {
    const { officials } = extract({ text: "The government of Peru broke diplomatic relations with Chile, announced on Tuesday the vice chancellor of Foreign Relations, Ana Rojas.", published: "2023-03-31" });
    expect(officials.find((o) => o.name === "Ana Rojas")).toMatchObject({ country: "PE", role: "deputy-foreign-minister" });
  });
  it("negative: a university's vice-chancellor is no official", () => {
    expect(extract({ text: "The vice-chancellor of the University of Lima, Ana Rojas, spoke on Tuesday.", published: "2023-03-31" }).officials).toEqual([]);
  });
});

describe("officials: 'Communications Director X' is an official; a 'Communications Directorate' is no person", () => {
  it("reads the title before the name", () => {
    const { officials } = extract({ text: "Peruvian President Luis Soto arrived in Quito with Communications Director Ana Rojas.", published: "2023-03-31" });
    expect(officials.find((o) => o.name === "Ana Rojas")).toMatchObject({ country: "PE", role: "official" });
  });
  it("negative: the directorate named after a possessive is a body", () => {
    expect(extract({ text: "Peru and Chile signed a joint declaration, according to Peru's Communications Directorate.", published: "2023-03-31" }).officials).toEqual([]);
  });
});

describe("officials: 'On X, the Peruvian president said' opens with a topic, not a name", () => {
  it("reads no person in the topic before the comma", () => {
    const { officials } = extract({ text: "Peruvian President Luis Soto arrived in Quito. On Migration, the Peruvian president said both countries would act.", published: "2023-03-31" });
    expect(officials.map((o) => o.name)).toEqual(["Luis Soto"]);
  });
  it("negative: a name the title stands beside with no preposition before it is still one", () => {
    const { officials } = extract({ text: "Peruvian President Luis Soto arrived in Quito. Marta, the Peruvian president, said both countries would act.", published: "2023-03-31" });
    expect(officials.map((o) => o.name)).toContain("Marta");
  });
});

describe("officials: 'X was accompanied by Finance Minister A, Energy and Mines Minister B and Trade Minister C' are X's state's", () => {
  it("reads each titled companion of the list as the leader's, not as the host's counterparts", () => {
    const { officials } = extract({ text: "Peruvian President Luis Soto held talks with Ecuadorian President Marta Diaz in Quito. Soto was accompanied by Finance Minister Ana Rojas, Energy and Mines Minister Pedro Ruiz and Trade Minister Juan Vera.", published: "2023-03-31" });
    expect(officials.filter((o) => o.role === "minister").map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "PE"], ["Pedro Ruiz", "PE"], ["Juan Vera", "PE"]]);
  });
  it("negative: ministers merely present at the host's talks are not the guest's companions", () => {
    const { officials } = extract({ text: "Peruvian President Luis Soto held talks with Ecuadorian President Marta Diaz in Quito, where Finance Minister Ana Rojas and Energy Minister Pedro Ruiz were also present.", published: "2023-03-31" });
    expect(officials.filter((o) => o.role === "minister").map((o) => o.country)).toEqual(["EC", "EC"]);
  });
});

describe("officials: an outlet that qualifies its own state's official ('the Cuban Chancellor, X') leaves the others to the dateline's state", () => {
  const url = "https://www.plenglish.com/news/2023/11/01/story/";
  const lead = "La Paz, Nov 1 (Prensa Latina) The government of Bolivia broke diplomatic relations with Israel, announced the Minister of the Presidency, Ana Rojas.\n\n";
  it("reads the unqualified minister as the dateline's", () => {
    const { officials } = extract({ text: `${lead}For his part, the Cuban Chancellor, Pedro Ruiz, congratulated Bolivia on the social network X for its decision.`, url, published: "2023-11-01" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "BO"], ["Pedro Ruiz", "CU"]]);
  });
  it("negative: an outlet that names its state outright keeps it first", () => {
    const { officials } = extract({ text: `${lead}For his part, the Cuban Chancellor, Pedro Ruiz, congratulated Bolivia on the social network X for its decision. Cuba has long backed the Palestinian cause.`, url, published: "2023-11-01" });
    expect(officials.find((o) => o.name === "Ana Rojas")?.country).toBe("CU");
  });
});

describe("officials: 'the Peruvian President X ordered the recall of the ambassador in B, Y' is Peru's envoy", () => {
  const country = (text: string) => extract({ text, published: "2023-03-31" }).officials.find((o) => o.name === "Ana Rojas")?.country;
  it("reads the envoy a state recalls as that state's, past the state the article opened with", () => {
    expect(country("The government of Bolivia broke relations with Chile. Likewise, the Peruvian President Luis Soto ordered on Tuesday the calling for consultations of the ambassador in Santiago, Ana Rojas.")).toBe("PE");
  });
  it("negative: the speaker's state is not the recalling one ('X of A said B had recalled …')", () => {
    expect(country("The government of Bolivia broke relations with Chile. The Peruvian President Luis Soto said Ecuador had recalled the ambassador in Santiago, Ana Rojas.")).toBe("EC");
  });
});

describe("officials: 'the honorary consul, Lima businesswoman X' is the consul", () => {
  const officials = (text: string) => extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads the name past a private occupation in apposition to the title", () => {
    expect(officials("The ceremony was attended by Finland's new honorary consul, Lima businesswoman Rosa Vega.")).toEqual([["Rosa Vega", "FI", "consul"]]);
  });
  it("negative: a businesswoman joined by 'and' is another person, with no title", () => {
    expect(officials("The ceremony was attended by Finland's new honorary consul and Lima businesswoman Rosa Vega.")).toEqual([]);
  });
});

describe("officials: 'Minister of State for Development and Diaspora, X' is a minister", () => {
  it("reads a diaspora portfolio as the last of a minister's title", () => {
    expectOfficial("Bolivia's Minister of State for Trade and Diaspora, Marta Diaz, visited Chile in May.", { name: "Marta Diaz", country: "BO", role: "minister" });
    expectOfficial("Peru's Minister for Diaspora Ana Rojas visited Chile in May.", { name: "Ana Rojas", country: "PE", role: "minister" });
  });
  it("negative: 'the diaspora' after a minister's name is no portfolio of the title", () => {
    const { people } = read("Peru's Minister for Trade Ana Rojas met the diaspora in Chile in May.");
    expect(people.map((p) => [p.name, p.mentions[0]!.title])).toEqual([["Ana Rojas", "Minister for Trade"]]);
  });
});

describe("officials: 'the papal nuncio, Gondor-born Archbishop X' names X", () => {
  it("reads the name past a birthplace written before it", () => {
    expectOfficial("Peru expelled the papal nuncio, Chilean-born Archbishop Ana Rojas, in March.", { name: "Ana Rojas", country: "VA", role: "ambassador" });
  });
  it("negative: a birthplace alone, with no name after it, names no one", () => {
    const { people } = read("Peru expelled the papal nuncio, a Chilean-born archbishop, in March.");
    expect(people).toEqual([]);
  });
});

describe("officials: 'presidential adviser X' is an official", () => {
  it("reads the two-word title in lower case before a name", () => {
    expectOfficial("A Peruvian delegation led by Foreign Minister Ana Rojas and presidential adviser Luis Soto visited Santiago.", { name: "Luis Soto", country: "PE", role: "official" });
  });
  it("negative: 'adviser' alone in lower case before a name is no title", () => {
    const { people } = read("A Peruvian delegation led by Foreign Minister Ana Rojas and an adviser, Luis Soto visited Santiago.");
    expect(people.map((p) => p.name)).toEqual(["Ana Rojas"]);
  });
});

describe("officials: 'X, who served as chargé d'affaires' is the story's post head", () => {
  it("reads the office after 'who served as' with no state named, the state from the story", () => {
    expectOfficial("Peru closed its embassy in Chile. Ana Rojas, who served as chargé d'affaires, left Santiago on Friday.", { name: "Ana Rojas", country: "PE", role: "charge-d-affaires" });
  });
  it("negative: 'who served as ambassador' with no state named stays unread (a goodwill or school ambassador)", () => {
    const { people } = read("Peru closed its embassy in Chile. Ana Rojas, who served as ambassador, left Santiago on Friday.");
    expect(people.map((p) => p.name)).toEqual([]);
  });
});

describe("officials: a long Gulf name is one person with its given name alone, whichever comes first", () => {
  it("joins 'Emir Khalid' to the later 'Sheikh Khalid bin Saud Al Nasser'", () => {
    const { people } = read("Emir Khalid received the Omani foreign minister on Monday. Qatar's Emir Sheikh Khalid bin Saud Al Nasser praised the talks.");
    expect(people.map((p) => p.name)).toEqual(["Khalid bin Saud Al Nasser"]);
  });
  it("negative: a given name two such people share joins neither", () => {
    const { people } = read("Emir Khalid met the ministers. Qatar's Emir Sheikh Khalid bin Saud Al Nasser and Kuwaiti Prime Minister Sheikh Khalid bin Fahad Al Sabah held talks.");
    expect(people.map((p) => p.name)).toEqual(["Khalid", "Khalid bin Saud Al Nasser", "Khalid bin Fahad Al Sabah"]);
  });
});

describe("officials: an organisation's 'its Ambassador' serves the organisation", () => {
  it("reads 'the European Union recalled its Ambassador to Chile, X' as the EU's envoy", () => {
    expectOfficial("Peru expelled two Chilean diplomats. On Friday, the European Union recalled its Ambassador to Chile, Ana Rojas, for consultations.", { name: "Ana Rojas", country: "EU", role: "ambassador" });
  });
  it("negative: an organisation's 'its' before another title keeps the state reading", () => {
    expectOfficial("Peru complained after the European Union summoned its minister, Luis Paz, to Brussels.", { name: "Luis Paz", country: "PE", role: "minister" });
  });
});

describe("officials: an official name spelled with a maintained spelling of the common name", () => {
  it("reads 'the Socialist Republic of Viet Nam' as Vietnam, as 'Viet Nam' is", () => {
    expectOfficial("Ambassador Tran Van Minh of the Socialist Republic of Viet Nam presented his credentials in Lima.", { name: "Tran Van Minh", country: "VN", role: "ambassador" });
  });
  it("negative: the official name with another state's name stays that state's", () => {
    expectOfficial("Ambassador Tran Van Minh of the Republic of Poland presented his credentials in Lima.", { name: "Tran Van Minh", country: "PL", role: "ambassador" });
  });
});

describe("officials: a bare 'Vice Minister' is the deputy foreign minister, as a bare 'Deputy Minister' is", () => {
  it("reads the title with its state before it", () => {
    expectOfficial("On Monday, Peruvian Vice Minister Ana Rojas and Chilean Vice Minister Tomas Vidal met in Lima.", { name: "Tomas Vidal", country: "CL", role: "deputy-foreign-minister" });
  });
  it("negative: a vice minister of another portfolio is a minister", () => {
    expectOfficial("Vice Minister of Trade Ana Rojas of Peru visited Chile.", { name: "Ana Rojas", country: "PE", role: "minister" });
  });
});

describe("officials: 'the appointment of X, currently <post in a Division>, as ambassador' names X", () => {
  it("reads the one named before the aside, not a capitalised word inside it", () => {
    const text = "The president approved the appointment of Ana Rojas, currently director of the ministry's Andes and Pacific Division, as Peru's ambassador to Chile.";
    expect(read(text).people.map((p) => p.name)).toEqual(["Ana Rojas"]);
    expectOfficial(text, { name: "Ana Rojas", country: "PE", role: "ambassador" });
  });
  it("negative: with no person before the aside, none is made of it", () => {
    const { people } = read("The president approved the appointment, announced by the ministry's Andes Division, as a sign of goodwill.");
    expect(people.map((p) => p.name)).toEqual([]);
  });
});

describe("officials: 'the President of the Republic, His Excellency X' names X past the honorifics", () => {
  it("reads the name after the title's comma and 'His Excellency', and joins a later 'President Y' to it", () => {
    const text = "LIMA, March 31 - The decision was announced by the President of the Republic, His Excellency Ana Lucía Rojas Vega, on television. Chile's foreign minister, Juan Soto, called President Rojas on Friday.";
    const { officials } = extract({ text, published: "2023-03-31" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Ana Lucía Rojas Vega", "PE", "head-of-state"], ["Juan Soto", "CL", "foreign-minister"]]);
  });
  it("negative: a word that is no honorific between the comma and the name names no one", () => {
    const text = "LIMA, March 31 - The decision was announced by the President of the Republic, according to Ana Lucía Rojas Vega, on television.";
    expect(extract({ text, published: "2023-03-31" }).officials).toEqual([]);
  });
});

describe("officials: 'de las' and 'de los' inside a Spanish name are one particle", () => {
  it("reads the whole name past 'de las'", () => {
    expectOfficial("The new Peruvian ambassador to Ghana, Rosa de las Mercedes Paredes Soto, presented her credentials on Tuesday.", { name: "Rosa de las Mercedes Paredes Soto", country: "PE", role: "ambassador" });
  });
  it("negative: a lower-case 'de los' with no capital after it ends the name", () => {
    const { people } = read("Peruvian Ambassador Rosa Paredes de los tres países spoke on Tuesday.");
    expect(people.map((p) => p.name)).toEqual(["Rosa Paredes"]);
  });
});

describe("officials: 'EU foreign affairs spokesperson X' serves the body before the portfolio", () => {
  it("reads the state or body past 'foreign affairs' before the title", () => {
    expectOfficial("Peru and Chile are at odds. EU foreign affairs spokesperson Ana Rojas said the move was regrettable.", { name: "Ana Rojas", country: "EU", role: "official" });
    expectOfficial("Peru and Chile are at odds. Bolivian foreign affairs spokesperson Ana Rojas said the move was regrettable.", { name: "Ana Rojas", country: "BO", role: "official" });
  });
  it("negative: a state before other lower-case words qualifies no title", () => {
    const { mentions } = read("Peru and Chile are at odds. EU critics like spokesperson Ana Rojas said the move was regrettable.");
    expect(mentions.find((m) => m.name === "Ana Rojas")?.country ?? null).toBeNull();
  });
});

describe("officials: a demonym after 'in' ending its phrase is a language, no state to place people in", () => {
  const actors = (text: string) => findItems(tokenize(text, 0), text, 0, new Set()).filter((it) => it.kind === "actor").map((it) => it.text);
  it("reads 'said, in Spanish.' and 'in fluent French,' as languages", () => {
    expect(actors("The minister said at a joint appearance, in Spanish.")).toEqual([]);
    expect(actors("He spoke in fluent French, then left.")).toEqual([]);
  });
  it("negative: a demonym qualifying a noun after 'in' is still the state", () => {
    expect(actors("The ship sailed in Spanish waters.")).toEqual(["Spanish"]);
  });
});

describe("officials: 'A's representative to B' is A's envoy", () => {
  it("reads 'representative to' after a state's possessive or demonym as an envoy's title", () => {
    expectOfficial("The office is headed by Ana Rojas, Peru's representative to Bolivia, who spoke on Monday.", { name: "Ana Rojas", country: "PE", role: "envoy" });
    expectOfficial("The Peruvian representative to Bolivia, Ana Rojas, spoke on Monday.", { name: "Ana Rojas", country: "PE", role: "envoy" });
  });
  it("negative: a company's representative, or one to a body in lower case, is no official", () => {
    expect(read("Ana Rojas, the company's representative to Bolivia, spoke on Monday.").people.map((p) => p.name)).toEqual([]);
    expect(read("Ana Rojas, Peru's representative to the talks, spoke on Monday.").people.map((p) => p.name)).toEqual([]);
  });
});

describe("officials: a leader's state carried to the next title gives way to the dictionary's", () => {
  const officials = (text: string) => extract({ text, published: "2024-10-24" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads 'Chinese President X and Prime Minister Narendra Modi' as India's prime minister", () => {
    expect(officials("Chinese President Xi Jinping and Prime Minister Narendra Modi met in Kazan on Wednesday.")).toContainEqual(["Narendra Modi", "IN", "head-of-government"]);
  });
  it("negative: a second leader the dictionary does not know keeps the state carried over", () => {
    expect(officials("Chinese President Xi Jinping and Premier Li Qiang met the delegation on Wednesday.")).toContainEqual(["Li Qiang", "CN", "head-of-government"]);
    expect(officials("Chinese President Xi Jinping and Prime Minister Ana Soto met the delegation on Wednesday.")).toContainEqual(["Ana Soto", "CN", "head-of-government"]);
  });
});

describe("officials: a leader named by a family name written first ('President Xi', 'Premier Li')", () => {
  const officials = (text: string, published = "2024-10-24") => extract({ text, published }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads the leader of the state the dictionary has them leading", () => {
    expect(officials("President Xi met the delegation on Wednesday.")).toEqual([["Xi", "CN", "head-of-state"]]);
    expect(officials("Premier Li met the delegation on Wednesday.")).toEqual([["Li", "CN", "head-of-government"]]);
    expect(officials("President Yoon met the delegation on Wednesday.", "2023-03-28")).toEqual([["Yoon", "KR", "head-of-state"]]);
  });
  it("negative: two letters after an honorific alone, or a word of two letters, name no official", () => {
    expect(officials("Mr Xi said on Wednesday that ties were strong.")).toEqual([]);
    expect(officials("President Of the Assembly spoke on Wednesday.")).toEqual([]);
  });
});

describe("officials: 'Its High Commissioner' after 'A, for its part, has …' serves A", () => {
  const officials = (text: string) => extract({ text, published: "2023-06-16" }).officials.map((o) => [o.name, o.country]);
  it("reads the aside as no list", () => {
    expect(officials("Peru, for its part, has kept an embassy in Santiago since 1822. Its newly appointed ambassador, Ana Soto, was approved by Congress last month.")).toContainEqual(["Ana Soto", "PE"]);
  });
  it("negative: an envoy whose state is named is that state's, whatever the sentence before", () => {
    expect(officials("Peru, for its part, has kept an embassy in Santiago since 1822. Chile's newly appointed ambassador, Ana Soto, was approved by Congress last month.")).toContainEqual(["Ana Soto", "CL"]);
  });
});

describe("officials: 'Whether Francis …', 'His Eminence Cardinal X': no subordinator or cleric's style in a name", () => {
  const names = (text: string) => extract({ text, published: "2024-02-14" }).officials.map((o) => o.name);
  it("reads the name alone", () => {
    expect(names("Pope Francis received the president on Monday. Whether Francis will visit remains open.")).toEqual(["Francis"]);
    expect(names("His Eminence Cardinal Pietro Parolin met President Ana Soto of Peru on Monday.")).toContain("Pietro Parolin");
  });
  it("negative: a name that merely starts like one is kept whole", () => {
    expect(names("Peruvian Foreign Minister Ana Untilova met the delegation on Monday.")).toEqual(["Ana Untilova"]);
  });
});

describe("officials: a state read from 'on the A side' gives way to the dated dictionary's", () => {
  const officials = (text: string) => extract({ text, published: "2008-03-08" }).officials.map((o) => [o.name, o.country]);
  it("reads the president of the dictionary's state", () => {
    expect(officials("At the border post, on the Peruvian side, President Rafael Correa crossed over to join the crowd.")).toContainEqual(["Rafael Correa", "EC"]);
  });
  it("negative: a side's state stands for a name the dictionary does not know", () => {
    expect(officials("For the Peruvian side, Foreign Minister Ana Untilova signed the accord.")).toContainEqual(["Ana Untilova", "PE"]);
  });
});

describe("officials: 'H.E. President X' is a head of state; 'X, the President raised …' gives X no second title", () => {
  const officials = (text: string) => extract({ text, published: "2023-06-16" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads a title after an honorific in capitals", () => {
    expect(officials("H.E. President Ana Soto of Peru on Monday opened the embassy of Peru in Quito.")).toContainEqual(["Ana Soto", "PE", "head-of-state"]);
  });
  it("reads a title followed by its verb as the next clause's subject", () => {
    expect(officials("President Ana Soto of Peru opened the embassy. At a ceremony attended by Chile's Prime Minister Luis Vera, the President raised the flag.")).toContainEqual(["Luis Vera", "CL", "head-of-government"]);
  });
  it("negative: an acronym's president is an organisation's officer", () => {
    expect(officials("The ACI President Luis Vera spoke on Monday.")).toEqual([]);
  });
});

describe("officials: a surname never titled is the dictionary's one holder of it in office, when the text names the state", () => {
  const officials = (text: string) => extract({ text, published: "2018-08-20" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads the surname alone as the office holder", () => {
    expect(officials("Tajikistan's leader arrived in Uzbekistan on Friday and was greeted by Mirziyoyev at the airport.")).toContainEqual(["Mirziyoyev", "UZ", "head-of-state"]);
  });
  it.each([
    ["the state unnamed", "The visitor arrived on Friday and was greeted by Mirziyoyev at the airport."],
    ["a surname naming a government", "Uzbekistan changed course under the Mirziyoyev administration."],
    ["a surname another name of the text ends in", "Uzbekistan hosted the forum. Dilnoza Mirziyoyev, an economist, spoke first. Mirziyoyev said trade would grow."],
    ["a capitalised word right before it", "Uzbekistan hosted the forum, where Sofia Mirziyoyev spoke first."],
    ["no act told of them", "Uzbekistan's ties are warming. Mirziyoyev is expected to travel to Dushanbe this year."],
  ])("negative: %s", (_, text) => {
    expect(officials(text).filter(([, country]) => country === "UZ")).toEqual([]);
  });
  it("negative: a nickname of someone the text titles in that office is no second person", () => {
    const text = "Somalia's President Mohamed Abdullahi Mohamed, better known as Farmajo, flew to Nairobi. Farmajo met the Kenyan president.";
    expect(extract({ text, published: "2020-12-15" }).officials.map((o) => o.name)).toEqual(["Mohamed Abdullahi Mohamed"]);
  });
});

describe("officials: 'X, a former banker, handed over his letter of credence' is an envoy past the aside", () => {
  it("reads the envoy whose state the sentence before gives", () => {
    const text = "The first ambassador of Peru to Chile presented his credentials to President Luis Vera on Monday. Ana Soto, a former banker, handed over her letter of credence at the palace.";
    expect(extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.country, o.role])).toContainEqual(["Ana Soto", "PE", "ambassador"]);
  });
  it("drops the past office's post and exclusions with it ('a former chief of staff to the Peruvian minister')", () => {
    const text = "The first ambassador of Peru to Chile presented his credentials to President Luis Vera on Monday. Ana Soto, a former chief of staff to the Peruvian foreign minister, handed over her letter of credence at the palace in Santiago.";
    expect(extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.country, o.role])).toContainEqual(["Ana Soto", "PE", "ambassador"]);
  });
  it("negative: an aside with no act after it makes no envoy", () => {
    const text = "The first ambassador of Peru to Chile presented his credentials to President Luis Vera on Monday. Ana Soto, a former banker, watched from the gallery.";
    expect(extract({ text, published: "2023-03-31" }).officials.map((o) => o.name)).not.toContain("Ana Soto");
  });
});

describe("officials: 'Vice-Minister of Transport', the rank joined by a hyphen, is a portfolio's title", () => {
  it.each([
    ["Vice-Minister of Transport", "minister"],
    ["Vice-Minister of Foreign Affairs", "deputy-foreign-minister"],
    ["Deputy-Minister for Trade", "minister"],
  ])("%s", (title, role) => {
    expect(roleForTitle(title)).toBe(role);
    expect(extract({ text: `Peru's ${title} Ana Soto met the envoy on Monday.`, published: "2023-03-31" }).officials.map((o) => [o.name, o.role])).toEqual([["Ana Soto", role]]);
  });
  it("negative: a hyphenated word that is no rank opens no title", () => {
    expect(roleForTitle("Ex-Minister of Transport")).toBeUndefined();
  });
});

describe("officials: a counterpart serves another state than the person whose counterpart they are, however that state was read", () => {
  it("excludes a state the document's guess gave the other", () => {
    const text = "Peru and Chile restored full relations in August. Defence Minister Ana Soto followed with a visit to Santiago on October 27 for talks with her counterpart Luis Vera.";
    const officials = extract({ text, published: "2022-12-09" }).officials.map((o) => [o.name, o.country]);
    expect(officials).toContainEqual(["Luis Vera", "CL"]);
    expect(officials.find(([name]) => name === "Ana Soto")?.[1]).not.toBe("CL");
  });
});

describe("officials: a regnal 'I' closes a monarch's name ('King Francis I'), so the dictionary's Francis is not read", () => {
  const names = (text: string, published = "2019-05-03") => extract({ text, published }).officials.map((o) => [o.name, o.country]);
  it("reads no pope from a king of long ago", () => {
    expect(names("The painter spent his final years as a guest of King Francis I.")).toEqual([]);
  });
  it("negative: 'Pope Francis' is the pope, and a pronoun 'I' after a name stays a pronoun", () => {
    expect(names("Pope Francis met President Sergio Mattarella of Italy on Monday.")).toContainEqual(["Francis", "VA"]);
    expect(names("Peru's President Luis Vera said: \"When Vera met Ana Soto, I was there.\"")).toEqual([["Luis Vera", "PE"]]);
  });
});

describe("officials: 'accused X of acting as Tokyo's spokesman' gives X no office", () => {
  it("reads the president's own state", () => {
    const text = "South Korea's President Yoon Suk Yeol met the Japanese prime minister on Sunday. The opposition has accused Yoon of acting as Tokyo's spokesman.";
    expect(extract({ text, published: "2023-05-08" }).officials.map((o) => [o.name, o.country, o.role])).toEqual([["Yoon Suk Yeol", "KR", "head-of-state"]]);
  });
  it("negative: 'X is acting as Peru's ambassador' is an office", () => {
    expect(extract({ text: "Ana Soto is acting as Peru's ambassador to Chile.", published: "2023-05-08" }).officials.map((o) => [o.name, o.country])).toEqual([["Ana Soto", "PE"]]);
  });
});

describe("officials: 'X and his coalition partner, Interior Minister Y' serves X's state", () => {
  it("reads Y's state from X", () => {
    const text = "LIMA, Feb 7 (Wire) - Peru recalled its ambassador to Chile. Chile's deputy prime minister Ana Soto attacked the Peruvian president. Soto and her coalition partner, Interior Minister Luis Vera, have repeatedly attacked Lima.";
    expect(extract({ text, published: "2019-02-07" }).officials.map((o) => [o.name, o.country])).toContainEqual(["Luis Vera", "CL"]);
  });
  it("negative: with no fellow named before, the title's own reading stands", () => {
    const text = "LIMA, Feb 7 (Wire) - Peru recalled its ambassador to Chile. Interior Minister Luis Vera attacked Santiago.";
    expect(extract({ text, published: "2019-02-07" }).officials.map((o) => [o.name, o.country])).toContainEqual(["Luis Vera", "PE"]);
  });
});

describe("officials: the chargé d'affaires a nunciature 'has been run by' serves the Holy See", () => {
  it("reads VA", () => {
    expect(extract({ text: "Since the nuncio's departure the Apostolic Nunciature in Lima has been run by a chargé d'affaires, Monsignor Luis Vera.", published: "2023-03-12" }).officials.map((o) => [o.name, o.country])).toEqual([["Luis Vera", "VA"]]);
  });
  it("negative: an embassy's chargé serves the embassy's state", () => {
    expect(extract({ text: "Chile's embassy in Lima has been run by a chargé d'affaires, Ana Soto.", published: "2023-03-12" }).officials.map((o) => [o.name, o.country])).toEqual([["Ana Soto", "CL"]]);
  });
});

describe("officials: an officer of a leader ('Kim, Yoon's national security adviser', 'X, diplomatic adviser to the UAE president')", () => {
  const officials = (text: string) => extract({ text, published: "2022-08-21" }).officials.map((o) => [o.name, o.country, o.role]);
  it("reads the leader's state and the officer's own office", () => {
    expect(officials("Peru's President Luis Vera arrived. Ana Soto, Vera's national security adviser, told reporters.")).toContainEqual(["Ana Soto", "PE", "official"]);
    expect(officials("Ana Soto, diplomatic adviser to the Peruvian president, said it.")).toEqual([["Ana Soto", "PE", "official"]]);
  });
  it("negative: the officer does not take the leader's office", () => {
    expect(officials("Ana Soto, diplomatic adviser to the Peruvian president, said it.").map(([, , role]) => role)).not.toContain("head-of-state");
  });
});

describe("officials: an envoy who thanks a government is not its own", () => {
  it("reads the envoy's state from the post named before, not the government thanked", () => {
    const text = "The foreign minister of Peru visited Chile from 12 to 14 June. In Chile, the minister met Chilean officials and Chilean business leaders. The minister also inaugurated the new chancery of the Embassy of Peru, Santiago, in the presence of the Peruvian community. Ambassador Ana Soto thanked the Government of Chile for its support.";
    expect(extract({ text, published: "2022-06-15" }).officials.map((o) => [o.name, o.country])).toContainEqual(["Ana Soto", "PE"]);
  });
  it("negative: a minister who thanks an envoy stays the minister's state", () => {
    const text = "Chile's Foreign Minister Luis Vera thanked the ambassador of Peru for his work.";
    expect(extract({ text, published: "2022-06-15" }).officials.map((o) => [o.name, o.country])).toEqual([["Luis Vera", "CL"]]);
  });
});

describe("officials: a post that 'received threats' receives no envoy, so names no state its spokesman is not", () => {
  it("reads the spokesman's own state", () => {
    const text = "LIMA, Sept 5 (Wire) - Peru said on Thursday it had closed its embassy in Santiago after threats. Foreign ministry spokesman Luis Vera said no Peruvian diplomat had been harmed, but that the embassy had received threats by telephone.";
    expect(extract({ text, published: "2019-09-05" }).officials.map((o) => [o.name, o.country])).toContainEqual(["Luis Vera", "PE"]);
  });
  it("negative: one who received an envoy serves another state than the envoy's", () => {
    const text = "Foreign Minister Luis Vera received the new ambassador of Peru on Monday in Santiago, Chile.";
    expect(extract({ text, published: "2019-09-05" }).officials.map((o) => [o.name, o.country])).not.toContainEqual(["Luis Vera", "PE"]);
  });
});

describe("officials: 'X and Y held talks' are two sides", () => {
  it("places X away from Y's state when nothing else names X's", () => {
    const text = "Costa Rican Foreign Minister Ana Mora arrived in the Caribbean on Monday. Foreign Minister Luis Baptiste welcomed the decision to open an embassy in Port of Spain. Baptiste and Mora held formal talks on Tuesday in Trinidad.";
    expect(statesOf(text)).toEqual([["Ana Mora", "CR"], ["Luis Baptiste", "TT"]]);
  });
  it("negative: two joined by 'and' who hold talks with a third are one side", () => {
    const text = "Costa Rican Foreign Minister Ana Mora arrived in Lima on Monday with Deputy Minister Luis Baptiste. Baptiste and Mora held talks with Peru's President Rosa Quispe on Tuesday.";
    expect(statesOf(text)).toContainEqual(["Luis Baptiste", "CR"]);
  });
});

describe("officials: a delegation led past an aside, and word carried from one's own government", () => {
  it("reads 'X, who flew into B on Wednesday, led the A delegation' as A's", () => {
    const text = "LIMA: Peru and Chile held talks on Thursday. Foreign Secretary Luis Vera, who flew into Lima on Wednesday on a two-day visit, led the Chilean delegation at the talks.";
    expect(statesOf(text)).toContainEqual(["Luis Vera", "CL"]);
  });
  it("reads 'received B's ambassador X, who handed over a letter from President Y' as Y of the messenger's state", () => {
    expect(statesOf("President Ana Soto of Peru received Chile's new ambassador Luis Vera, who handed over a letter from President Rosa Quispe.")).toContainEqual(["Rosa Quispe", "CL"]);
  });
  it("reads 'A's X handed over a letter from Foreign Minister Y' as Y of X's state", () => {
    const text = "LIMA: Chile's deputy minister Luis Vera arrived in Peru on Monday. Later, Mr Vera called on President Rosa Quispe and handed over a letter from Foreign Minister Ana Soto.";
    expect(statesOf(text)).toContainEqual(["Ana Soto", "CL"]);
  });
});

describe("officials: 'X arrived in B and was received by Prime Minister Y' is B's host", () => {
  it.each([
    "Chile's Foreign Minister Ana Soto arrived in Lima on Sunday for a two-day visit and was received the same evening by Prime Minister Luis Vera.",
    "Chile's Foreign Minister Ana Soto arrived in the Peruvian capital on Sunday and was welcomed by Prime Minister Luis Vera.",
  ])("%s", (text) => {
    expect(statesOf(text)).toContainEqual(["Luis Vera", "PE"]);
  });
  it("negative: 'a visit to B by Y' is still Y's trip", () => {
    expect(statesOf("Chile's Foreign Minister Ana Soto spoke on Monday. A visit to Peru by Deputy Minister Luis Vera is planned.")).toContainEqual(["Luis Vera", "CL"]);
  });
});

describe("officials: 'X held talks with Y' names Y of another state than X's", () => {
  it("places Y away from X's state when nothing else names Y's", () => {
    const text = "Peru will reopen its embassy in Santiago, Foreign Minister Ana Soto announced on Monday during a visit to Chile. Soto, who landed on Monday morning, held talks with Luis Vera, foreign minister of the new government, on border security.";
    expect(statesOf(text)).toEqual([["Ana Soto", "PE"], ["Luis Vera", "CL"]]);
  });
  it("negative: 'met his own foreign minister' is of one state", () => {
    const text = "Peru's President Ana Soto flew to Chile on Monday. Soto met her own foreign minister, Luis Vera, before the talks.";
    expect(statesOf(text)).toContainEqual(["Luis Vera", "PE"]);
  });
});

describe("officials: 'the official visit to B of Minister X' is X's trip", () => {
  it("leaves the one named before the visit free to be B's", () => {
    const text = "LIMA, 20 June. The Ministry of Foreign Affairs of Peru reports on the new embassy. Its opening fulfils the commitment announced by Minister Ana Soto in March, during the official visit to Peru of Minister Luis Vera of Chile.";
    expect(statesOf(text)).toContainEqual(["Ana Soto", "PE"]);
  });
});

describe("officials: 'summoned to the A Foreign Ministry, where Deputy Foreign Minister X' is A's", () => {
  it("reads the officer at the body just named", () => {
    expect(statesOf("Peruvian Ambassador Ana Soto was summoned to the Chilean Foreign Ministry, where Deputy Foreign Minister Luis Vera handed her a note.")).toContainEqual(["Luis Vera", "CL"]);
  });
  it("negative: a place that is no state's body leaves the officer to the sentence's state", () => {
    expect(statesOf("Peruvian Ambassador Ana Soto went to the conference hall, where Deputy Foreign Minister Luis Vera of Peru spoke.")).toContainEqual(["Luis Vera", "PE"]);
  });
});

describe("officials: an envoy who 'must leave' a state does not serve it", () => {
  it("reads 'the A Foreign Ministry said Ambassador X must leave A' as another state's envoy", () => {
    expect(statesOf("Peru ordered Chile's ambassador to leave the country. The Peruvian Foreign Ministry said Ambassador Luis Vera must leave Peru by Feb. 7.")).toContainEqual(["Luis Vera", "CL"]);
  });
});

describe("officials: an accusation after another predicate is the speaker's, not the envoy's", () => {
  it("reads 'the A ministry said Ambassador X must leave A by Feb. 7, accusing the B leadership' as B's envoy", () => {
    expect(statesOf("Peru ordered Chile's ambassador to leave. The Peruvian Foreign Ministry said Ambassador Luis Vera must leave Peru by Feb. 7, accusing the Chilean leadership of hostility.")).toContainEqual(["Luis Vera", "CL"]);
  });
});

describe("officials: 'In B, the foreign ministry welcomed … ministry spokesman X' is B's", () => {
  it("reads the ministry of the capital the clause opens in", () => {
    const text = "LIMA - Peru will allow Chile to open an office. In Santiago, the foreign ministry welcomed the move. \"We are grateful,\" ministry spokesman Luis Vera told a news briefing.";
    expect(statesOf(text)).toContainEqual(["Luis Vera", "CL"]);
  });
});

describe("officials: a possessive before a body's name with an acronym names no person", () => {
  it("negative: 'India's NTPC Vidyut Vyapar Nigam signed'", () => {
    expect(statesOf("The deal was signed in October by the Nepal Electricity Authority and India's NTPC Vidyut Vyapar Nigam.")).toEqual([]);
  });
});

describe("officials: 'X represented the Honourable Minister at the ceremony' serves the minister's state", () => {
  it("reads the stand-in as of the office holder named before", () => {
    const text = "Peru's Ambassador Ana Soto presented copies of her credentials in Accra this week to Foreign Minister Kofi Mensah. Peru's embassy, Peru's first in West Africa, was inaugurated on Wednesday. The Minister of State for Foreign Affairs, Ambassador Ama Owusu, represented the Honourable Minister at the ceremony.";
    expect(statesOf(text)).toContainEqual(["Ama Owusu", "GH"]);
  });
});

describe("officials: a post told as served before is past", () => {
  it("reads 'a career diplomat who previously served as consul general in Dubai' as no consul", () => {
    const text = "Tomas Varga of Hungary presented his credentials on Thursday. Varga, a career diplomat who previously served as consul general in Dubai, met Foreign Minister Ana Soto of Peru.";
    expect(extract({ text, published: "2023-03-31" }).officials.find((o) => o.name === "Tomas Varga")).toMatchObject({ role: "ambassador", country: "HU" });
  });
  it("negative: 'who has served as ambassador since 2019' still holds the post", () => {
    expectOfficial("Hungary's envoy Tomas Varga, who has served as ambassador to Peru since 2019, met the press.", { name: "Tomas Varga", country: "HU", role: "ambassador" });
  });
});

describe("officials: 'X of A presented his credentials' is A's ambassador", () => {
  it("reads the state after 'of'", () => {
    expectOfficial("Tomas Varga of Hungary presented his credentials to President Luis Vera on Thursday.", { name: "Tomas Varga", country: "HU", role: "ambassador" });
  });
});

describe("officials: a ministry's further portfolio between the title and the name", () => {
  it("reads 'The Minister of Foreign Affairs and Emigrants, H.E. Dr. X'", () => {
    const { mentions } = read("The Minister of Foreign Affairs and Emigrants of Peru, H.E. Dr. Ana Soto, received the press.");
    expect(mentions.map((m) => [m.name, m.title, m.role])).toContainEqual(["Ana Soto", "Minister of Foreign Affairs", "foreign-minister"]);
  });
  it("reads 'the Ambassador of A to the Kingdom, H.E. Mr. X'", () => {
    expectOfficial("Saudi Arabia requested the departure of the Ambassador of Peru to the Kingdom, H.E. Mr. Luis Vera, within 48 hours.", { name: "Luis Vera", country: "PE", role: "ambassador" });
  });
  it("reads a UN Special Coordinator as an envoy", () => {
    expectOfficial("The minister received the United Nations Special Coordinator for Peru, H.E. Mrs. Ana Soto, on Monday.", { name: "Ana Soto", country: "UN", role: "envoy" });
  });
});

describe("officials: letters after a name are no part of it", () => {
  it("drops 'T.D.' and 'SC, EGH'", () => {
    const { mentions } = read("Peru's Minister of State, Luis Vera T.D., opened the embassy. Kenya's Foreign Minister Ruth Kamau SC, EGH, spoke.");
    expect(mentions.map((m) => m.name)).toEqual(["Luis Vera", "Ruth Kamau"]);
  });
});

describe("officials: the one who expels another state's staff from a town serves the town's state", () => {
  it("reads 'Foreign Minister X had expelled three Russian embassy employees in Oslo' as Norway's", () => {
    const text = "Relations between Norway and Russia have soured, Russian officials say. On 7 October, Foreign Minister Ana Berg had expelled three Russian embassy employees in Oslo.";
    expect(extract({ text, published: "2025-10-20" }).officials.find((o) => o.name === "Ana Berg")?.country).toBe("NO");
  });
});

describe("officials: 'X, a career diplomat who headed …, was appointed ambassador to B'", () => {
  it("reads the office past the aside before the copula", () => {
    const text = "LIMA — Peru will open an embassy in Nairobi. Ana Soto, a career diplomat who previously headed the ministry's Africa division, was appointed ambassador to Kenya in February.";
    expect(extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.role, o.country])).toEqual([["Ana Soto", "ambassador", "PE"]]);
  });
});

describe("officials: an officer of a state's ministry named after the title", () => {
  it("reads 'Principal Secretary of the State Department for Foreign Affairs of Kenya Dr. X' as Kenya's", () => {
    expectOfficial("Principal Secretary of the State Department for Foreign Affairs of the Republic of Kenya Dr. Ruth Kamau attended.", { name: "Ruth Kamau", country: "KE", role: "official" });
  });
});

describe("officials: the president who receives an envoy's credentials, with a former envoy named too", () => {
  it("reads the host of the envoy's post, not the former envoy's", () => {
    const text = "LIMA — Ana Soto was appointed Peru's ambassador to Kenya in February. She will present her credentials to President Luis Vera in June. Tomas Varga, a former Peruvian ambassador to Germany, welcomed the move.";
    expect(extract({ text, published: "2023-03-31" }).officials.find((o) => o.name === "Luis Vera")?.country).toBe("KE");
  });
});

describe("officials: a list of names, each with its title after", () => {
  it("reads each title as the name's before it, and the members of a delegation as the accompanied one's state", () => {
    const text = "The President of Peru, Luis Vera, visited Chile. The President was accompanied by H.E. Ms. Ana Soto, Minister for Foreign Affairs of Peru, H.E. Mr. Tomas Varga, Minister of Mining and Heavy Industry, Members of the Congress and senior officials.";
    expect(extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.role, o.country])).toEqual([
      ["Luis Vera", "head-of-state", "PE"], ["Ana Soto", "foreign-minister", "PE"], ["Tomas Varga", "minister", "PE"],
    ]);
  });
  it("negative: 'A, Minister of Foreign Affairs B, Minister of Economy C' titles the names after", () => {
    const text = "President Luis Vera of Peru was accompanied during the visit by First Lady Rosa Vera, Minister of Foreign Affairs Ana Soto, Minister of Economy Tomas Varga and Minister of Culture Marta Rios.";
    expect(extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.role, o.country])).toEqual([
      ["Luis Vera", "head-of-state", "PE"], ["Ana Soto", "foreign-minister", "PE"], ["Tomas Varga", "minister", "PE"], ["Marta Rios", "minister", "PE"],
    ]);
  });
});

describe("officials: portfolios of equality and diversity", () => {
  it("reads 'Minister of Women and Gender Equity, Mrs. X' and 'Minister of Women, Genders and Diversity of A, Mrs. Y'", () => {
    const text = "The memorandum was signed by the Minister of Women and Gender Equity of Chile, Mrs. Ana Soto, and the Minister of Women, Genders and Diversity of the Argentine Republic, Mrs. Rosa Vera.";
    expect(read(text).people.map((p) => [p.name, p.country, p.mentions[0]!.role])).toEqual([["Ana Soto", "CL", "minister"], ["Rosa Vera", "AR", "minister"]]);
  });
});

describe("officials: the places of one's tour are not one's state", () => {
  it("reads 'Foreign Minister X's three-day swing through A, B and C' as none of them", () => {
    const text = "LIMA — Peru will again have an ambassador in Santiago. The decision came days after Foreign Minister Ana Soto's three-day swing through Santiago, La Paz and Quito.";
    expect(extract({ text, published: "2023-03-31" }).officials.find((o) => o.name === "Ana Soto")?.country).toBe("PE");
  });
});

describe("officials: 'its own envoy, X' after a verb whose object another state owns", () => {
  it("reads the clause's subject, not the possessor of the object", () => {
    expect(statesOf("Chile on Friday gave Peru's ambassador 48 hours to leave, recalled its own envoy, Ana Soto, for consultations.")).toContainEqual(["Ana Soto", "CL"]);
    expect(statesOf("Lima retaliated by expelling two Chilean diplomats, and had already called its own ambassador, Ana Soto, home.")).toContainEqual(["Ana Soto", "PE"]);
  });
});

describe("officials: a post's staff named before 'of the A embassy'", () => {
  it("reads 'First Secretary X and Attaché Y of the Russian embassy in Chisinau' as Russia's", () => {
    expect(statesOf("The ministry identified the two as First Secretary Ana Soto and Attaché Luis Vera of the Peruvian embassy in Santiago.")).toEqual([["Ana Soto", "PE"], ["Luis Vera", "PE"]]);
  });
});

describe("officials: signatories 'on behalf of the Government of A by …'", () => {
  it("reads each signatory's state from the 'on behalf of' before them", () => {
    const text = "The instruments were exchanged on behalf of the Government of Peru by Minister of Foreign Affairs Dr Ana Soto and Minister of Fisheries and Ocean Resources Mr Tomas Varga, and on behalf of the Government of Chile by Minister of Foreign Affairs Mr Luis Vera.";
    expect(extract({ text, published: "2023-03-31" }).officials.map((o) => [o.name, o.role, o.country])).toEqual([
      ["Ana Soto", "foreign-minister", "PE"], ["Tomas Varga", "minister", "PE"], ["Luis Vera", "foreign-minister", "CL"],
    ]);
  });
});
