// A set of strings packed into a few typed arrays: the characters end to end, where each string
// starts, and an open-addressing hash table of string numbers. A JavaScript Set of the 336,000
// French dictionary words costs ~20 MB of heap in every worker thread and ~120 ms to build; packed,
// the same words take ~7 MB outside the heap, load from a cached file in a few milliseconds, and
// can be shared between threads (the arrays may sit on a SharedArrayBuffer).
//
// Lookups hash the string's UTF-16 code units directly (no encoding, no allocation). Characters are
// stored one byte each when every code unit is below 256 (all of the word lists), else two.

/** The typed arrays of one packed set; `toBytes`/`fromBytes` turn them into one buffer and back. */
export interface PackedArrays {
  /** Code units of every string, end to end. */
  chars: Uint8Array | Uint16Array;
  /** Where string i starts in `chars`; `starts[count]` is the end of the last one. */
  starts: Uint32Array;
  /** Hash table, a power of two long: 0 for an empty slot, else string number + 1. */
  slots: Uint32Array;
}

/** FNV-1a over UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class PackedStrings {
  readonly count: number;
  private readonly mask: number;

  constructor(readonly arrays: PackedArrays) {
    this.count = arrays.starts.length - 1;
    this.mask = arrays.slots.length - 1;
  }

  /** Distinct strings (duplicates are dropped), numbered in the order given. */
  static build(strings: Iterable<string>): PackedStrings {
    const unique = [...new Set(strings)];
    let total = 0;
    let wide = false;
    for (const s of unique) {
      total += s.length;
      for (let i = 0; i < s.length && !wide; i++) if (s.charCodeAt(i) > 0xff) wide = true;
    }
    const chars = wide ? new Uint16Array(total) : new Uint8Array(total);
    const starts = new Uint32Array(unique.length + 1);
    // At most half full: probes stay short.
    let capacity = 16;
    while (capacity < unique.length * 2) capacity *= 2;
    const slots = new Uint32Array(capacity);
    let at = 0;
    unique.forEach((s, n) => {
      starts[n] = at;
      for (let i = 0; i < s.length; i++) chars[at++] = s.charCodeAt(i);
      let slot = hashOf(s) & (capacity - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
      slots[slot] = n + 1;
    });
    starts[unique.length] = at;
    return new PackedStrings({ chars, starts, slots });
  }

  /** The string's number, or -1. */
  indexOf(s: string): number {
    const { chars, starts, slots } = this.arrays;
    let slot = hashOf(s) & this.mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const n = entry - 1;
      const from = starts[n]!;
      if (starts[n + 1]! - from === s.length) {
        let i = 0;
        while (i < s.length && chars[from + i] === s.charCodeAt(i)) i++;
        if (i === s.length) return n;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  has(s: string): boolean {
    return this.indexOf(s) >= 0;
  }

  /** String number n. */
  at(n: number): string {
    const { chars, starts } = this.arrays;
    let s = '';
    for (let i = starts[n]!; i < starts[n + 1]!; i++) s += String.fromCharCode(chars[i]!);
    return s;
  }
}

/**
 * A read-only Set over packed strings, for code typed against Set<string>: `has` and `size` read the
 * packed table; iterating decodes each string; `add`, `delete` and `clear` throw.
 */
export class PackedSet extends Set<string> {
  constructor(private readonly packed: PackedStrings) {
    super();
  }

  override has(value: string): boolean {
    return typeof value === 'string' && this.packed.has(value);
  }

  override get size(): number {
    return this.packed.count;
  }

  override *values(): SetIterator<string> {
    for (let n = 0; n < this.packed.count; n++) yield this.packed.at(n);
  }

  override keys(): SetIterator<string> {
    return this.values();
  }

  override *entries(): SetIterator<[string, string]> {
    for (const v of this.values()) yield [v, v];
  }

  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  override forEach(fn: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    for (const v of this.values()) fn.call(thisArg, v, v, this);
  }

  override add(_value: string): this {
    throw new TypeError('PackedSet is read-only');
  }

  override delete(_value: string): boolean {
    throw new TypeError('PackedSet is read-only');
  }

  override clear(): void {
    throw new TypeError('PackedSet is read-only');
  }
}
