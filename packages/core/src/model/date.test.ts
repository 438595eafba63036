import edtf from "edtf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareEdtf, dayNumber, EdtfDate, edtfContains, edtfOverlaps, edtfRange, edtfSpanDays, isCalendarDate, isEdtf, IsoDay, singleRange, toIsoDay,
} from "./date.js";

describe("edtfRange", () => {
  it.each([
    ["2023-03-30", "2023-03-30", "2023-03-30"],
    ["2023-03", "2023-03-01", "2023-03-31"],
    ["2023-02", "2023-02-01", "2023-02-28"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["0000-02", "0000-02-01", "0000-02-29"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2023", "2023-01-01", "2023-12-31"],
    ["2023?", "2023-01-01", "2023-12-31"],
    ["2023-03~", "2023-03-01", "2023-03-31"],
    ["2023-03-30%", "2023-03-30", "2023-03-30"],
    ["2023-03-26/2023-03-31", "2023-03-26", "2023-03-31"],
    ["2022-11/2023", "2022-11-01", "2023-12-31"],
    ["../2023-03", null, "2023-03-31"],
    ["2023-03-30/..", "2023-03-30", null],
    ["2023-03-30/", "2023-03-30", null],
    ["/2023", null, "2023-12-31"],
  ])("%s covers %s to %s", (value, start, end) => {
    expect(edtfRange(value)).toEqual({ start, end });
  });

  it.each([
    "", "23", "20233", "2023-3", "2023-13", "2023-00", "2023-02-29", "2023-04-31", "2023-03-00", "-0044",
    "2023-03-30T10:00", "2023??", "2023-21", "../..", "/", "2023/2024/2025", "2023-04/2023-03", "30 March 2023", " 2023",
  ])("rejects %j", (value) => {
    expect(edtfRange(value)).toBeNull();
    expect(isEdtf(value)).toBe(false);
  });
});

// The `edtf` package implements the full grammar; on the subset we parse, both must agree to the day.
// From year 100 on: edtf builds dates with Date.UTC, which reads years 0–99 as 1900–1999.
describe("edtfRange against the edtf package", () => {
  const year = fc.integer({ min: 100, max: 9999 });
  const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const single = fc
    .record({
      year,
      month: fc.option(fc.integer({ min: 1, max: 12 })),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom("year", "month", "day"),
      qualifier: fc.constantFrom("", "?", "~", "%"),
    })
    .map(({ year, month, day, precision, qualifier }) => {
      const y = pad(year, 4);
      const m = pad(month ?? 1);
      const text = precision === "year" ? y : precision === "month" ? `${y}-${m}` : `${y}-${m}-${pad(day)}`;
      return text + qualifier;
    });
  // edtf wants the upper end to start after the lower one; we also accept 2023/2023 and 2023/2023-05.
  const interval = fc.tuple(single, single).filter(([a, b]) => edtfRange(a)!.start! < edtfRange(b)!.start!).map(([a, b]) => `${a}/${b}`);

  it("gives edtf's first and last day for days, months, years, qualifiers and closed intervals", () => {
    fc.assert(
      fc.property(fc.oneof(single, interval), (value) => {
        const theirs = edtf(value);
        expect(edtfRange(value)).toEqual({ start: day(theirs.min), end: day(theirs.max) });
      }),
      { numRuns: 2000 },
    );
  }, 20_000);

  // edtf's grammar rejects 02-30 and 04-31, but rolls 2023-02-29 over to 03-01.
  const theirDay = (value: string) => {
    try {
      return day(edtf(value).min);
    } catch {
      return null;
    }
  };

  it("accepts a day exactly when edtf reads it as that same day", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        expect(isEdtf(value)).toBe(theirDay(value) === value);
      }),
      { numRuns: 2000 },
    );
  }, 20_000);
});

// singleRange reads by hand what this pattern matched; the regex reading stays here as the reference.
describe("singleRange against the pattern it replaces", () => {
  const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const daysIn = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
  const byPattern = (text: string) => {
    const m = SINGLE.exec(text);
    if (!m) return null;
    if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const last = daysIn(Number(m[1]), month);
    if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
    const day = Number(m[3]);
    return day < 1 || day > last ? null : { start: text.slice(0, 10), end: text.slice(0, 10) };
  };
  // Strings near the grammar: digits, dashes, qualifiers, and a few characters \d must not take for digits.
  const near = fc.string({ unit: fc.constantFrom(..."0123456789-?~%/ .a\n٣０"), maxLength: 12 });
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom(0, 1, 2), fc.constantFrom("", "?", "~", "%", "??", "x", "\n"))
    .map(([y, m, d, precision, tail]) => [pad(y, 4), pad(m), pad(d)].slice(0, precision + 1).join("-") + tail);

  // A date with one character changed: a dash where a digit was, a digit where a dash was.
  const changed = fc
    .tuple(dateLike, fc.nat(), fc.constantFrom(..."0123456789-?~%/ .a"))
    .map(([text, at, c]) => `${text.slice(0, at % text.length)}${c}${text.slice((at % text.length) + 1)}`);

  it("agrees with the pattern on strings near the grammar and on dates, valid, invalid or altered", () => {
    fc.assert(
      fc.property(fc.oneof(near, dateLike, changed), (text) => {
        expect(singleRange(text)).toEqual(byPattern(text));
      }),
      { numRuns: 20_000 },
    );
  }, 20_000);

  it.each(["2023", "2023?", "2023-02%", "2024-02-29~", "2023-02-29", "2023-1-01", "2023-01-1", "2023_01", "2023-01-01?x", "٢٠٢٣"])("reads %j as the pattern does", (text) => {
    expect(singleRange(text)).toEqual(byPattern(text));
  });
});

describe("isCalendarDate", () => {
  it("says what /^\\d{4}(?:-\\d{2}){0,2}$/ says, on strings near it", () => {
    const near = fc.string({ unit: fc.constantFrom(..."0123456789-/?.a\n٣"), maxLength: 12 });
    const pieces = fc.array(fc.constantFrom("2025", "-", "03", "3", "11", "/", "~", "x", "\n"), { maxLength: 6 }).map((p) => p.join(""));
    fc.assert(fc.property(fc.oneof(near, pieces), (text) => {
      expect(isCalendarDate(text)).toBe(/^\d{4}(?:-\d{2}){0,2}$/.test(text));
    }), { numRuns: 20_000 });
    expect([null, "2025", "2025-03", "2025-03-11", "2025-13-45", "2025-03-11/2025-03-12", "2025~", "2025-3"].map(isCalendarDate)).toEqual([false, true, true, true, true, false, false, false]);
  }, 20_000);
});

describe("dayNumber", () => {
  it("counts the days Date.parse counts, across leap years and the year 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse("0000-01-01"), max: Date.parse("9999-12-31") }), (ms) => {
        const day = new Date(ms).toISOString().slice(0, 10);
        expect(dayNumber(day)).toBe(Date.parse(day) / 86_400_000);
      }),
      { numRuns: 5000 },
    );
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("0000-03-01") - dayNumber("0000-02-28")).toBe(2);
    expect(dayNumber("1900-03-01") - dayNumber("1900-02-28")).toBe(1);
  });
});

describe("EdtfDate and IsoDay", () => {
  it("accept valid dates", () => {
    expect(EdtfDate.parse("2023-03-26/2023-03-31")).toBe("2023-03-26/2023-03-31");
    expect(IsoDay.parse("2024-02-29")).toBe("2024-02-29");
  });

  it("reject the rest with a message that shows the expected forms", () => {
    expect(EdtfDate.safeParse("March 2023").error?.issues[0]?.message).toMatchInlineSnapshot(
      `"expected an EDTF date such as 2023-03-30, 2023-03, 2023, 2023-03-26/2023-03-31 or 2023~"`,
    );
    expect(IsoDay.safeParse("2023-03").success).toBe(false);
    expect(IsoDay.safeParse("2023-02-29").success).toBe(false);
    expect(IsoDay.safeParse("2023-03-30?").success).toBe(false);
  });
});

describe("edtfOverlaps", () => {
  it.each([
    ["2023-03", "2023-03-30", true],
    ["2023-03-30", "2023", true],
    ["2023-03-26/2023-03-31", "2023-03-31/2023-04-02", true],
    ["../2023-01", "2022", true],
    ["2023/..", "2099-01-01", true],
    ["2023-03", "2023-04", false],
    ["2023-03-26/2023-03-31", "2023-04-01", false],
    ["../2022", "2023/..", false],
  ])("%s and %s → %s", (a, b, expected) => {
    expect(edtfOverlaps(a, b)).toBe(expected);
    expect(edtfOverlaps(b, a)).toBe(expected);
  });

  it("throws on a value that is not EDTF", () => {
    expect(() => edtfOverlaps("2023", "last week")).toThrowErrorMatchingInlineSnapshot(`[TypeError: not an EDTF date: "last week"]`);
  });
});

describe("edtfContains", () => {
  it.each([
    ["2023", "2023-03-30", true],
    ["2023-03", "2023-03", true],
    ["2023-03-26/2023-04-02", "2023-03-30", true],
    ["../2023", "1999-05", true],
    ["2023-03-30", "2023-03", false],
    ["2023-03", "2023-03-31/2023-04-01", false],
    ["2023", "2023/..", false],
    ["2023/..", "../2024", false],
  ])("%s contains %s → %s", (outer, inner, expected) => {
    expect(edtfContains(outer, inner)).toBe(expected);
  });

  it("throws on a value that is not EDTF", () => {
    expect(() => edtfContains("2023-13", "2023")).toThrow(TypeError);
  });
});

describe("compareEdtf", () => {
  it("sorts by first day, then the more precise first, nulls last", () => {
    const dates = ["2023", null, "2023-03-30", "2022-12-31", "2023-03", "../2023", "2023-01-01", undefined];
    expect(dates.sort(compareEdtf)).toEqual(["../2023", "2022-12-31", "2023-01-01", "2023", "2023-03", "2023-03-30", null, undefined]);
  });

  it("calls equal ranges equal whatever their spelling", () => {
    expect(compareEdtf("2023~", "2023-01/2023-12")).toBe(0);
    expect(compareEdtf(null, undefined)).toBe(0);
  });

  it("throws on a value that is not EDTF", () => {
    expect(() => compareEdtf("2023", "yesterday")).toThrow(TypeError);
  });
});

describe("edtfSpanDays", () => {
  it.each([
    ["2023-03-30", 1],
    ["2023-02", 28],
    ["2024", 366],
    ["0000-02", 29],
    ["2023-03-26/2023-04-01", 7],
    ["2023/..", Number.POSITIVE_INFINITY],
  ])("%s spans %d days", (value, days) => {
    expect(edtfSpanDays(value)).toBe(days);
  });

  it("throws on a value that is not EDTF", () => {
    expect(() => edtfSpanDays("")).toThrow(TypeError);
  });
});

describe("toIsoDay", () => {
  it("formats the UTC day, padding the year", () => {
    expect(toIsoDay(new Date(Date.UTC(2023, 2, 30, 23, 59)))).toBe("2023-03-30");
    expect(toIsoDay(new Date("0099-01-05T00:00:00Z"))).toBe("0099-01-05");
  });

  it("gives an unparseable string for an invalid date rather than a wrong day", () => {
    expect(IsoDay.safeParse(toIsoDay(new Date(Number.NaN))).success).toBe(false);
  });
});
