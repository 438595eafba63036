// A title's shapes as bits (SHAPE_*), read once per spelling: findOfficials asks them at every title and addOfficial
// at every counterpart, so they sit below both.
import { remembered } from "../remembered.js";

const COUNTERPART = /^counterparts?$/i;
// Titles that companies, chambers and clubs also use: "ACI President X" is not a head of state.
const SHARED_TITLE = /^(?:president|vice[- ]president|chairman|chairperson|chairwoman|director|director[- ]general|secretary[- ]general|head|chief executive|ceo|leader|spokesman|spokeswoman|spokesperson)$/i;

// What findOfficials asks of a title's words, as bits, read once per spelling: the same few titles recur in sentence
// after sentence, and each question is a regex.
export const SHAPE_SHARED = 1;
export const SHAPE_AMBASSADOR = 2;
export const SHAPE_DIPLOMAT = 4;
export const SHAPE_COUNTERPART = 8;
export const SHAPE_SPOKES = 16;
export const SHAPE_SECRETARY = 32;
const TITLE_SHAPES = remembered<number>(10_000);
export const shapeOf = (title: string): number => TITLE_SHAPES(title, readShape);
function readShape(title: string): number {
  return (
    (SHARED_TITLE.test(title) ? SHAPE_SHARED : 0) |
    (/ambassador/i.test(title) ? SHAPE_AMBASSADOR : 0) |
    (/diplomat|envoy/i.test(title) ? SHAPE_DIPLOMAT : 0) |
    (COUNTERPART.test(title) ? SHAPE_COUNTERPART : 0) |
    (/spokes/i.test(title) ? SHAPE_SPOKES : 0) |
    (/^secretary$/i.test(title) ? SHAPE_SECRETARY : 0)
  );
}
