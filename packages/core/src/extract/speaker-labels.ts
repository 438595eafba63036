// A transcript's speakers, labelled in capitals at the start of their paragraph ("PRIME MINISTER ANTHONY ALBANESE:",
// "SECRETARY POMPEO:", "WONG:"): read as the titles and names they are, which capitals hide from the name readers.

import { lookupCity } from "../gazetteer/cities.js";
import { lookupActorName } from "../gazetteer/actors.js";

// (At a line's start: capitals, spaces, hyphens and apostrophes, up to the colon; at least one word of three letters.)
const LABEL = /^(?=[A-Z .'’-]*[A-Z]{3})[A-Z][A-Z .'’-]{1,60}(?=:)/gm;
// (Capitals that stay so: states' and bodies' short names.)
const KEPT: ReadonlySet<string> = new Set(["US", "USA", "UK", "EU", "UN", "UAE", "NATO", "ASEAN", "AU", "OAS", "OIC", "GCC", "DFAT", "MFA", "PRC", "DPRK", "ROK"]);
const SMALL: ReadonlySet<string> = new Set(["OF", "THE", "AND", "FOR", "ON", "TO"]);

/**
 * The text with each speaker's label in capitals set in title case, letter for letter in place (every offset stays
 * that of the text given): the same text when it has none.
 * @example readingText("WONG: No.") // "Wong: No."
 */
export function readingText(text: string): string {
  if (!text.includes(":")) return text;
  LABEL.lastIndex = 0;
  if (!LABEL.test(text)) return text;
  LABEL.lastIndex = 0;
  return text.replace(LABEL, (label) => {
    const titled = label.replace(/[A-Z][A-Z'’]*/g, (word, at: number) => (KEPT.has(word) ? word : at > 0 && SMALL.has(word) ? word.toLowerCase() : word[0] + word.slice(1).toLowerCase()));
    // (Not a dateline's town or state: "KUALA LUMPUR: The embassy …" is read as a dateline, in capitals.)
    const place = titled.trim();
    return lookupCity(place) || lookupActorName(place) ? label : titled;
  });
}
