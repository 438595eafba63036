import { describe, expect, it } from "vitest";
import { formatIssue } from "../errors.js";
import { parseRecords } from "./parse.js";

describe("YAML records", () => {
  it("reads a list, a container, or one record a document", () => {
    const list = "- name: Théoden\n  country: RH\n  role: head-of-state\n- name: Gríma\n  country: RH\n  role: official\n";
    expect(parseRecords(list, { format: "yaml" }).officials.map((o) => o.name)).toEqual(["Théoden", "Gríma"]);
    const container = "missions:\n  - { sender: RH, host: GD, kind: embassy, status: planned }\nevents: []\n";
    expect(parseRecords(container, { format: "yaml" }).missions).toHaveLength(1);
    const documents = "---\nname: Háma\ncountry: RH\nrole: official\n---\ntype: visit\nsource: RH\ntarget: GD\ndate: 3019-03\n";
    expect(parseRecords(documents, { format: "yaml" })).toMatchObject({ officials: [{ name: "Háma" }], events: [{ date: "3019-03" }], issues: [] });
  });

  it("keeps YAML 1.2 scalars: NO is Norway, a bare date stays a string", () => {
    const text = "type: visit\nsource: NO\ntarget: SE\ndate: 2023-03-30\n";
    expect(parseRecords(text, { format: "yaml" }).events[0]).toMatchObject({ source: "NO", date: "2023-03-30" });
  });

  it("locates bad fields and unknown keys by the LineCounter", () => {
    const text = `officials:
  - name: Éowyn
    country: RH
    role: shieldmaiden
  - name: Elfhelm
    country: RH
    role: official
    rank: marshal
    aliases:
      - Elfhelm the Marshal
      - 12
`;
    const result = parseRecords(text, { format: "yaml", file: "officials.yaml" });
    expect(result.officials).toEqual([]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "officials.yaml:4: role: expected one of head-of-state, head-of-government, foreign-minister, deputy-foreign-minister, minister, ambassador, charge-d-affaires, consul, envoy, diplomat, legislator, official (received "shieldmaiden")",
        "officials.yaml:8: rank: unknown field (received "marshal")",
        "officials.yaml:11: aliases[1]: Invalid input: expected string, received number (received 12)",
      ]
    `);
    expect(result.issues[0]).toMatchObject({ line: 4, column: 11, record: 0 });
  });

  it("reports a broken document and still reads the others", () => {
    const text = "name: Gamling\ncountry: RH\nrole: official\n---\n- [unclosed\n---\nname: Erkenbrand\ncountry: RH\nrole: official\n";
    const result = parseRecords(text, { format: "yaml", file: "officials.yaml" });
    expect(result.officials.map((o) => o.name)).toEqual(["Gamling", "Erkenbrand"]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "officials.yaml:6: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]
    `);
  });

  it("refuses alias bombs and undefined aliases instead of expanding them", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [${Array(10).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");
    expect(parseRecords(bomb, { format: "yaml" }).issues[0]?.message).toMatch(/invalid YAML: .*alias/i);
    expect(parseRecords("name: *nobody\n", { format: "yaml" }).issues[0]?.message).toMatch(/invalid YAML/);
  });

  it("gives an empty or comment-only file no records and no issues", () => {
    expect(parseRecords("# nothing yet\n", { format: "yaml" }).issues).toEqual([]);
    expect(parseRecords("", { format: "yaml" }).issues).toEqual([]);
  });
});
