// A Bloom filter over a table's keys, kept as a printable string so a bundle can carry it as a literal: it says "not
// in the table" for most names a text asks about without the table being read. No false negatives; false positives
// at the rate its size sets (16 bits a key: about 1 in 2,000).

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;
const HEADER = /^bloom1:(\d+):(\d+):/;

/** A filter read once: its bits as six-bit digits, the number of bits and of hashes a key sets. */
export interface KeyFilter {
  readonly digits: string;
  readonly bits: number;
  readonly hashes: number;
}

// Two 32-bit FNV-1a hashes of the key's UTF-16 code units (two offsets), combined as h1 + i·h2 for the i-th bit.
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return [a >>> 0, (b | 1) >>> 0];
}

/** The filter of `keys` as a string: a header (`bloom1:<bits>:<hashes>:`) and the bits, six a character. */
export function createKeyFilter(keys: readonly string[], bitsPerKey = 16): string {
  const bits = Math.max(64, Math.ceil((keys.length * bitsPerKey) / 6) * 6);
  const count = Math.max(1, Math.round(bitsPerKey * Math.LN2));
  const set = new Uint8Array(bits);
  for (const key of keys) {
    const [h1, h2] = hashes(key);
    for (let i = 0; i < count; i++) set[(h1 + i * h2) % bits] = 1;
  }
  let digits = "";
  for (let at = 0; at < bits; at += 6) {
    let value = 0;
    for (let bit = 0; bit < 6; bit++) value |= set[at + bit]! << bit;
    digits += DIGITS[value];
  }
  return `bloom1:${bits}:${count}:${digits}`;
}

/** Reads a filter made by createKeyFilter; undefined when the string is not one (a lookup then reads the table). */
export function readKeyFilter(text: string): KeyFilter | undefined {
  const header = HEADER.exec(text);
  if (!header) return undefined;
  const bits = Number(header[1]);
  const digits = text.slice(header[0].length);
  if (digits.length * 6 !== bits || !/^[A-Za-z0-9+/]*$/.test(digits)) return undefined;
  return { digits, bits, hashes: Number(header[2]) };
}

/** False only when `key` is surely not among the filter's keys. */
export function mayHaveKey(filter: KeyFilter, key: string): boolean {
  const [h1, h2] = hashes(key);
  for (let i = 0; i < filter.hashes; i++) {
    const at = (h1 + i * h2) % filter.bits;
    if (!((VALUE[filter.digits.charCodeAt((at / 6) | 0)]! >> (at % 6)) & 1)) return false;
  }
  return true;
}
