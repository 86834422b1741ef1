// Which three-character grams a text holds, and where, read in one pass: a rule trigger
// (trigger.ts) asks it whether any of its words can occur in the text before scanning the text with
// its regex, and where they may start. Dozens of triggers ask about each text, most of them to
// learn that none of their words is there: one pass and a few table lookups instead of a scan each.
//
// Characters are folded to one byte so that any two a pattern may match alike (case-insensitively,
// with or without the `u` flag) fold alike: ASCII and Latin-1 letters to lower case, the few
// characters beyond Latin-1 that fold onto one of them (Kelvin sign, long s, Ångström sign) to it,
// everything else beyond Latin-1 (and the Latin-1 letters whose case pairs lie beyond it) to 0.
// A gram of a word is then always among the text's grams where the word occurs: the index may say
// "maybe" wrongly (hash collisions, folding), never "no" wrongly.

import { STAND_IN_CODES } from './one-byte.js';

const FOLD = buildFold();

function buildFold(): Uint8Array {
  const fold = new Uint8Array(0x10000);
  for (let c = 0; c < 0x100; c++) fold[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) fold[c] = c + 0x20;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) fold[c] = c + 0x20;
  // µ folds onto Greek mu, ÿ onto Ÿ (U+0178), ß onto ẞ (U+1E9E): beyond Latin-1, so with the rest.
  fold[0xb5] = 0;
  fold[0xdf] = 0;
  fold[0xff] = 0;
  fold[0x17f] = 0x73; // ſ → s
  fold[0x212a] = 0x6b; // Kelvin sign → k
  fold[0x212b] = 0xe5; // Ångström sign → å
  // The stand-ins of a copy (one-byte.ts: `–` → U+0096…, `œ` → `þ`) fold as what they stand for.
  for (const c of STAND_IN_CODES) fold[c] = 0;
  return fold;
}

/** The gram key of a word's first three units, or -1 when it has fewer or holds a surrogate. */
export function trigramKey(word: string): number {
  if (word.length < 3) return -1;
  for (let i = 0; i < 3; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return -1;
  }
  return trigram(
    FOLD[word.charCodeAt(0)] as number,
    FOLD[word.charCodeAt(1)] as number,
    FOLD[word.charCodeAt(2)] as number,
  );
}

/** Trigrams hash to this many bits: a collision only makes the index say "maybe" once more. */
const BITS = 14;
const trigram = (a: number, b: number, c: number) => Math.imul((a << 16) | (b << 8) | c, 0x9e3779b1) >>> (32 - BITS);

/** The trigrams of one text; `build` replaces the previous text's. */
export class GramIndex {
  text: string | null = null;
  /** Bumped for each text: a bucket holding another stamp is empty. */
  private stamp = 0;
  /** Per trigram bucket, side by side: the stamp of the text it was seen in, its first position. */
  private readonly buckets = new Int32Array(2 << BITS);
  /** `after[p]`: the next position after p with the same trigram bucket, or -1. */
  private after = new Int32Array(1024);

  build(text: string): void {
    this.text = text;
    const stamp = ++this.stamp;
    const n = text.length;
    if (this.after.length < n) this.after = new Int32Array(Math.max(n, this.after.length * 2));
    const { buckets, after } = this;
    if (n < 3) return;
    // Backwards, so that each bucket's chain of positions comes out in text order. (The hash is
    // written out here: small helpers are not inlined under the CLI's --no-turbo-inlining.)
    let b = FOLD[text.charCodeAt(n - 2)] as number;
    let c = FOLD[text.charCodeAt(n - 1)] as number;
    for (let i = n - 3; i >= 0; i--) {
      const a = FOLD[text.charCodeAt(i)] as number;
      const k = (Math.imul((a << 16) | (b << 8) | c, 0x9e3779b1) >>> (32 - BITS)) << 1;
      after[i] = buckets[k] === stamp ? (buckets[k + 1] as number) : -1;
      buckets[k] = stamp;
      buckets[k + 1] = i;
      c = b;
      b = a;
    }
  }

  /**
   * Writes into `out` from `count` on every position where a word with this trigram key may start,
   * in text order, and returns the new count. `out` must have room for the text's length.
   */
  positions(key: number, out: Int32Array, count: number): number {
    let n = count;
    if (this.buckets[key << 1] !== this.stamp) return n;
    for (let p = this.buckets[(key << 1) + 1] as number; p >= 0; p = this.after[p] as number) out[n++] = p;
    return n;
  }
}
