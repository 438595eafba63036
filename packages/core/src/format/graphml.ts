// The country network as GraphML (Gephi, yEd, networkx): actors as nodes, missions and events between them as edges.
import { getActor } from "../gazetteer/index.js";
import { type DiplomaticEvent, SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import type { DiplomaticMission } from "../model/mission.js";

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
// XML 1.0 forbids most control characters even escaped.
const xmlText = (text: string) => escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));

interface Edge {
  source: string;
  target: string;
  relation: string;
  directed: boolean;
  weight: number;
  open: number;
  kinds: Set<string>;
}

export interface GraphBuilder {
  addMission(mission: DiplomaticMission): void;
  addEvent(event: DiplomaticEvent): void;
  /** The document, in chunks. */
  toGraphML(): Generator<string>;
  readonly size: { nodes: number; edges: number };
}

/**
 * Gathers the country network: one node per actor (labelled with its name), one directed `missions` edge per
 * sender→host weighted by the number of posts (with the open ones and their kinds), and one edge per pair and
 * event type weighted by the number of events (undirected for meetings, calls, agreements and established relations).
 * Memory grows with the pairs of actors, not with the records.
 * @example
 * const graph = createGraphBuilder();
 * for (const m of missions) graph.addMission(m);
 * const xml = [...graph.toGraphML()].join("");
 */
export function createGraphBuilder(): GraphBuilder {
  const nodes = new Set<string>();
  const edges = new Map<string, Edge>();
  const edge = (source: string, target: string, relation: string, directed: boolean): Edge => {
    const key = `${source}|${target}|${relation}`;
    let e = edges.get(key);
    if (!e) {
      e = { source, target, relation, directed, weight: 0, open: 0, kinds: new Set() };
      edges.set(key, e);
      nodes.add(source).add(target);
    }
    return e;
  };
  return {
    get size() {
      return { nodes: nodes.size, edges: edges.size };
    },
    addMission(m) {
      const e = edge(m.sender, m.host, "missions", true);
      e.weight++;
      if (m.status === "open") e.open++;
      e.kinds.add(m.kind);
    },
    addEvent(ev) {
      if (!ev.source || !ev.target || ev.source === ev.target) return;
      const symmetric = SYMMETRIC_EVENT_TYPES.has(ev.type);
      const [a, b] = symmetric && ev.source > ev.target ? [ev.target, ev.source] : [ev.source, ev.target];
      edge(a, b, ev.type, !symmetric).weight++;
    },
    *toGraphML() {
      yield '<?xml version="1.0" encoding="UTF-8"?>\n';
      yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
      yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
      yield '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n';
      yield '  <key id="relation" for="edge" attr.name="label" attr.type="string"/>\n';
      yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
      yield '  <key id="open" for="edge" attr.name="open missions" attr.type="int"/>\n';
      yield '  <key id="kinds" for="edge" attr.name="mission kinds" attr.type="string"/>\n';
      yield '  <graph id="chancery" edgedefault="directed">\n';
      for (const code of [...nodes].sort()) {
        const actor = getActor(code);
        yield `    <node id="${xmlText(code)}"><data key="label">${xmlText(actor?.name ?? code)}</data><data key="kind">${actor?.kind ?? "unknown"}</data></node>\n`;
      }
      let n = 0;
      for (const key of [...edges.keys()].sort()) {
        const e = edges.get(key)!;
        const missions = e.relation === "missions" ? `<data key="open">${e.open}</data><data key="kinds">${[...e.kinds].sort().join(" ")}</data>` : "";
        yield `    <edge id="e${n++}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"${e.directed ? "" : ' directed="false"'}><data key="relation">${e.relation}</data><data key="weight">${e.weight}</data>${missions}</edge>\n`;
      }
      yield "  </graph>\n</graphml>\n";
    },
  };
}
