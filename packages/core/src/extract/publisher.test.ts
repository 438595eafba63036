import { describe, expect, it } from "vitest";
import { isGovernmentSite, publisherCountry } from "./publisher.js";

describe("publisherCountry", () => {
  it.each([
    ["https://www.example.com.pk/news/1", "PK"],
    ["https://statehouse.gov.sl/x", "SL"],
    ["https://www.state.gov/readout/x", "US"],
    ["https://www.nation.co.ke/x", "KE"],
    ["https://www.example.com.au/x", "AU"],
    ["https://www.example.de/x", "DE"],
    ["https://www.bbc.co.uk/news", "GB"],
    // Generic country-code domains count only for government hosts.
    ["https://mfa.gov.in/x", "IN"],
    // A state's name in the host name.
    ["https://kenya-today.com/a", "KE"],
    ["https://jordannewsgazette.com/a", "JO"],
    ["http://www.turkeytoday.com", "TR"],
    ["https://www.peruvian-times.com/a", "PE"],
    // (A national outlet on a generic domain, by its own name or a subdomain of it.)
    ["https://www.thehindu.com/news/x", "IN"],
    ["https://english.news.cn/20240101/x.html", "CN"],
    ["https://tass.com/politics/1", "RU"],
  ])("%s -> %s", (url, code) => {
    expect(publisherCountry(url)).toBe(code);
  });

  it.each([
    "https://news.example.io/a",
    "https://example.in/x",
    "https://www.reuters.com/world",
    "https://www.example.eu/x",
    "https://www.un.org/x",
    "https://www.example.xx/a",
    "not a url",
    "",
    null,
    undefined,
  ])("%s -> null", (url) => {
    expect(publisherCountry(url)).toBeNull();
  });

  // Names inside another word ("romance", "malibu") are not states.
  it.each(["https://www.romancenovels.com/a", "https://www.malibuweekly.com/a"])("%s -> null", (url) => {
    expect(publisherCountry(url)).toBeNull();
  });
});

describe("isGovernmentSite", () => {
  it.each([
    ["https://www.mre.gov.py/index.php/x", true],
    ["https://mfa.gov.md/en/content/x", true],
    ["https://www.cancilleria.gob.ar/es/x", true],
    ["https://www.abc.com.py/x", false],
    ["not a url", false],
  ] as const)("%s", (url, expected) => expect(isGovernmentSite(url)).toBe(expected));
});

describe("the host of an address", () => {
  // Read by a pattern when plain, by the URL parser otherwise: both readings must agree.
  it.each([
    ["https://WWW.Example.DE/x", "DE"],
    ["HTTPS://www.example.de/x", "DE"],
    ["https://www.example.de:443/x", "DE"],
    ["https://user@www.example.de/x", "DE"],
    ["https://www.example.de./x", null],
    ["https://www.example.de\\x", "DE"],
    ["  https://www.example.de/x", "DE"],
    ["https://www.example.de?q=1", "DE"],
    ["https://www.example.de#top", "DE"],
    ["https://www.example.de", "DE"],
    ["https://xn--mnchen-3ya.de/x", "DE"],
    ["https://münchen.de/x", "DE"],
    ["ftp://www.example.de/x", "DE"],
  ])("%s -> %s", (url, code) => {
    expect(publisherCountry(url)).toBe(code);
  });
});
