import { describe, expect, it } from "vitest";
import { memoryIo } from "./io.js";
import { type Column, listFormat, printPage, toCsv, toTable } from "./output.js";

type Row = { name: string; note: string | null; n: number };
const COLUMNS: readonly Column<Row>[] = [["name", (r) => r.name], ["note", (r) => r.note], ["n", (r) => r.n]];
const ROWS: Row[] = [
  { name: "Tel Aviv, Israel", note: 'said "historic"', n: 1 },
  { name: "Baku", note: null, n: 22 },
  { name: "two\nlines", note: "", n: 3 },
];

describe("toCsv", () => {
  it("quotes fields with commas, quotes or line breaks (RFC 4180), and leaves the rest bare", () => {
    expect(toCsv(COLUMNS, ROWS)).toBe('name,note,n\r\n"Tel Aviv, Israel","said ""historic""",1\r\nBaku,,22\r\n"two\nlines",,3\r\n');
  });

  it("writes the header alone for no records", () => {
    expect(toCsv(COLUMNS, [])).toBe("name,note,n\r\n");
  });
});

describe("toTable", () => {
  it("pads columns to the widest cell and cuts long cells with an ellipsis", () => {
    expect(toTable(memoryIo(), COLUMNS, ROWS.slice(0, 2), 10)).toBe("name        note        n\nTel Aviv,…  said \"his…  1\nBaku                    22\n");
  });
});

describe("listFormat and printPage", () => {
  it("defaults to a table on a terminal and JSON when piped, and rejects an unknown format", () => {
    expect(listFormat(memoryIo({ isTTY: true }), undefined)).toBe("table");
    expect(listFormat(memoryIo(), undefined)).toBe("json");
    expect(() => listFormat(memoryIo(), "xml")).toThrow("--format must be one of table, json, ndjson, csv");
  });

  it("keeps the next cursor in JSON, and tells it on stderr otherwise", () => {
    const json = memoryIo();
    printPage(json, "json", { items: [ROWS[1]!], nextCursor: "abc" }, COLUMNS, "rows");
    expect(JSON.parse(json.out())).toEqual({ items: [{ name: "Baku", note: null, n: 22 }], nextCursor: "abc" });
    expect(json.err()).toBe("");
    const ndjson = memoryIo();
    printPage(ndjson, "ndjson", { items: [ROWS[1]!], nextCursor: "abc" }, COLUMNS, "rows");
    expect(ndjson.out()).toBe('{"name":"Baku","note":null,"n":22}\n');
    expect(ndjson.err()).toBe("more rows: add --cursor abc\n");
  });
});
