import { actorNameIndex, type ActorNameHit } from "../gazetteer/actors.js";
import { type Token, tokenize } from "./tokens.js";

/**
 * The actor names as a trie of tokens, built once: a scanner walks it token by token from a word instead of joining
 * and normalising every n-gram into a string to probe the name table. An edge is a token (’ and ´ read as '), after
 * whitespace ("Saudi Arabia") or touching the one before ("U.S.-", "People" + "'s").
 */
interface Node {
  spaced: Map<string, Node>;
  touching: Map<string, Node>;
  /** Set where a name ends; present from the start on every node, so that the walk meets nodes of one shape. */
  hit: ActorNameHit | undefined;
}
const node = (): Node => ({ spaced: new Map(), touching: new Map(), hit: undefined });

let root: Node | null = null;

// (The look-up apart from the build: it runs at every capitalised word, and compiled with the build's loop it was
// compiled twice, once mid-loop and once whole.)
const trie = (): Node => root ?? buildTrie();

function buildTrie(): Node {
  root = node();
  for (const [key, hit] of actorNameIndex()) {
    const tokens = tokenize(key);
    let at = root;
    for (const [k, token] of tokens.entries()) {
      const edges = k > 0 && token.start > tokens[k - 1]!.end ? at.spaced : at.touching;
      let child = edges.get(edgeText(token));
      if (!child) edges.set(token.text, (child = node()));
      at = child;
    }
    at.hit = hit;
  }
  return root;
}

/** A token as an edge: ’ and ´ read as ', and accents dropped ("Việt Nam" is the index's "Viet Nam", "Bogotá" its "Bogota"). */
export const edgeText = (token: Token) => token.edge;

/**
 * The edges to follow after `before`, as a name key reads the gap: none, or one space for any run of spaces, tabs and
 * line breaks. Undefined when something else stands between the tokens: no name spans it.
 */
function edgesAfter(at: Node, text: string, textOffset: number, before: Token, after: Token): Map<string, Node> | undefined {
  if (before.end === after.start) return at.touching;
  for (let p = before.end - textOffset; p < after.start - textOffset; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
  }
  return at.spaced;
}

/**
 * Names starting at token `from`: `hits[n]` for a name of n tokens (n ≤ `limit`). Callers read sentences with other
 * whitespace (no-break spaces) with string probes instead: this walk does not mirror how those are normalised.
 */
export function actorNamesAt(tokens: Token[], from: number, limit: number, text: string, textOffset: number): (ActorNameHit | undefined)[] {
  const hits: (ActorNameHit | undefined)[] = [];
  let at: Node | undefined = trie();
  for (let k = from; k < from + limit && k < tokens.length && at; k++) {
    const edges: Map<string, Node> | undefined = k === from ? at.touching : edgesAfter(at, text, textOffset, tokens[k - 1]!, tokens[k]!);
    at = edges?.get(edgeText(tokens[k]!));
    if (at?.hit) hits[k - from + 1] = at.hit;
  }
  return hits;
}
