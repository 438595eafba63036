// Written once, as a module constant: esbuild emits a regular expression with \p{…} as `new RegExp(…)` where it
// stands, so an inline one is rebuilt at every call (hoist the others too).
const MARKS = /\p{M}/gu;

/** The text with its accents dropped ("Bogotá" → "Bogota"), as names are keyed. */
export function unaccented(text: string): string {
  return text.normalize("NFD").replace(MARKS, "");
}
