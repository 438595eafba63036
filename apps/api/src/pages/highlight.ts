// An article's text cut into runs at every edge of every recognised span, so overlapping spans (a title inside an
// official's name, a trigger inside a mission mention) all show without nesting elements.

export interface Mark {
  start: number;
  end: number;
  /** A CSS-friendly word: actor, city, title, person, date, trigger, record. */
  kind: string;
  /** What it was read as, for the tooltip. */
  note: string;
  /** Records this span supports (their anchors in the list of records). */
  records?: string[];
}

export interface Run {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

export interface Paragraph {
  start: number;
  runs: Run[];
}

/**
 * Paragraphs (split at blank lines) of runs, each run covered by the same marks throughout. Linear in the text plus
 * n log n in the marks: edges are sorted once and swept.
 */
export function highlight(text: string, marks: readonly Mark[]): Paragraph[] {
  const usable = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  const edges = new Set<number>([0, text.length]);
  for (const m of usable) {
    edges.add(m.start);
    edges.add(m.end);
  }
  for (const match of text.matchAll(/\n\s*\n/g)) {
    edges.add(match.index);
    edges.add(match.index + match[0].length);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const opening = new Map<number, Mark[]>();
  for (const m of usable) {
    const list = opening.get(m.start);
    if (list) list.push(m);
    else opening.set(m.start, [m]);
  }
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = { start: 0, runs: [] };
  let open: Mark[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    open = open.filter((m) => m.end > start).concat(opening.get(start) ?? []);
    const piece = text.slice(start, end);
    if (/^\n\s*\n$/.test(piece)) {
      if (current.runs.length > 0) paragraphs.push(current);
      current = { start: end, runs: [] };
      continue;
    }
    current.runs.push({ start, end, text: piece, marks: open });
  }
  if (current.runs.length > 0) paragraphs.push(current);
  return paragraphs;
}
