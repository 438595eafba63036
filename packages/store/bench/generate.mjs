// The synthetic knowledge base both the store and the API benchmarks load: deterministic (seeded), so every engine
// and every run gets the same missions and events.

/**
 * @param {{ countries: string[], seed?: number }} options states to draw pairs from
 * @returns {{ random: () => number, pick: <T>(list: T[]) => T, pair: () => [string, string], KINDS: string[], generate: (missions: number, events: number) => { missions: object[], events: object[] } }}
 */
export function createGenerator({ countries, seed = 42 }) {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const KINDS = ["embassy", "embassy", "embassy", "consulate-general", "consulate", "honorary-consulate", "permanent-mission", "trade-office"];
  const STATUSES = ["open", "open", "open", "open", "closed", "suspended", "planned", "approved"];
  const TYPES = ["visit", "meeting", "phone-call", "agreement", "ambassador-appointed", "credentials-presented", "mission-opened", "diplomat-expelled"];
  const year = () => 1990 + Math.floor(random() * 35);
  const month = () => String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const day = () => `${year()}-${month()}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  const pair = () => {
    const a = pick(countries);
    let b = pick(countries);
    while (b === a) b = pick(countries);
    return [a, b];
  };

  function generate(missionCount, eventCount) {
    const missions = [];
    const seen = new Set();
    while (missions.length < missionCount) {
      const [sender, host] = pair();
      const kind = pick(KINDS);
      const city = `City ${host}${Math.floor(random() * 3)}`;
      const key = `${sender}|${host}|${kind}|${city}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const status = pick(STATUSES);
      missions.push({ sender, host, kind, city, status, history: [{ status: "open", date: day() }, ...(status === "open" ? [] : [{ status, date: "2024-06-01" }])] });
    }
    const events = [];
    for (let i = 0; i < eventCount; i++) {
      const [source, target] = pair();
      events.push({ type: pick(TYPES), source, target, date: random() < 0.9 ? day() : `${year()}-${month()}`, officials: random() < 0.3 ? [`Official ${i % 5000}`] : [] });
    }
    return { missions, events };
  }

  return { random, pick, pair, generate, KINDS };
}
