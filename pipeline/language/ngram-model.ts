// eld's scoring (Apache-2.0, Nito T.M., npmjs.com/package/eld) over our cut of its tables: each
// word becomes UTF-8 byte 4-grams (stride 3, word start and end marked), and every distinct n-gram
// adds its per-language weight. Unlike eld.detect, the whole text is read (eld stops after ~350
// bytes), and one pass scores both tables, so evidence from sentences sums into a document's.
// eld builds each n-gram as a string and looks it up in an object; here an n-gram is a number (its
// bytes and marks) in an open-addressing table that make-model.ts stores ready-made in
// eld-tables.bin: loading is reading one file, and reading text is about twice as fast.
import { fileURLToPath } from 'node:url';
import { sharedFileBytes } from '../../extractors/shared/table-file.js';

interface Tables {
  /** eld's large table, the news languages only: the most accurate on short text. */
  core: string[];
  /** eld's extra-small table, 60 languages: tells another language apart. */
  all: string[];
  /**
   * Open addressing, two numbers per slot: the n-gram's bytes, then (its row's start << 5) | its
   * marks + 1 (0: an empty slot).
   */
  slots: Int32Array;
  /** The text being read last touched this slot: an n-gram counts once per text. */
  slotSeen: Int32Array;
  mask: number;
  /**
   * One row per n-gram, where its slot points: [core pair count, all pair count, core (language,
   * weight) pairs…, all pairs…]. What one n-gram needs lies together: in the pipeline the
   * extractors' rules evict these tables from the CPU caches, and each array a lookup touches costs
   * a cache miss (five arrays before: ~30 % slower on a cold cache).
   */
  rows: Int32Array;
  /** Per UTF-16 code unit: is it a letter for eld (a word character)? */
  isLetter: { kinds: Uint8Array; test: RegExp };
}

/** eld subtracts this from every stored weight to keep its tables small. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked constant that maps a mean n-gram weight into [0, 1). */
const SCALE = 25;
/** eld reads at most this many bytes of a word. */
const MAX_WORD_BYTES = 70;
const LEAD = 1;
const TRAIL = 2;

let tables: Tables | undefined;

/**
 * The tables load on first use (a few milliseconds), never at import, onto memory that worker
 * threads share (../../extractors/shared/table-file.ts).
 */
export function loadTables(): Tables {
  tables ??= readTables(sharedFileBytes(fileURLToPath(new URL('./eld-tables.bin', import.meta.url))));
  return tables;
}

/** The source data make-model.ts assembles from eld's databases. */
export interface TablesFile {
  core: string[];
  all: string[];
  /** A pattern for a run of non-letters (eld's word separators). */
  nonLetters: string;
  /** eld's stand-in character for each byte ≥ 0x80 in the n-gram keys. */
  dictionary: string[];
  /** Per n-gram key: [length of the core part, core (language, weight) pairs…, all pairs…]. */
  ngrams: Record<string, number[]>;
}

interface Header {
  source: string;
  core: string[];
  all: string[];
  nonLetters: string;
  slots: number;
  rows: number;
}

/**
 * eld-tables.bin: a little-endian u32 header length, the JSON header (padded to 4 bytes), then the
 * arrays slots (i32 × 2 × slots) and rows (i32 × rows).
 */
export function writeTables(source: string, file: TablesFile): Uint8Array {
  const t = buildTables(file);
  const header: Header = {
    source,
    core: t.core,
    all: t.all,
    nonLetters: file.nonLetters,
    slots: t.slotSeen.length,
    rows: t.rows.length,
  };
  let json = JSON.stringify(header);
  while ((4 + Buffer.byteLength(json)) % 4) json += ' ';
  const parts = [t.slots, t.rows].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const length = new Uint8Array(new Uint32Array([Buffer.byteLength(json)]).buffer);
  return Buffer.concat([length, Buffer.from(json), ...parts]);
}

function readTables(bytes: Uint8Array): Tables {
  // Typed-array views need 4-byte alignment: copied into a fresh buffer unless the bytes start one.
  const buffer = (bytes.byteOffset === 0 ? bytes : new Uint8Array(bytes)).buffer as ArrayBuffer;
  const headerLength = new Uint32Array(buffer, 0, 1)[0]!;
  const header = JSON.parse(Buffer.from(buffer, 4, headerLength).toString('utf8')) as Header;
  let at = 4 + headerLength;
  const i32 = (n: number) => {
    const a = new Int32Array(buffer, at, n);
    at += n * 4;
    return a;
  };
  const slots = i32(2 * header.slots);
  const rows = i32(header.rows);
  return {
    core: header.core,
    all: header.all,
    slots,
    slotSeen: new Int32Array(header.slots),
    mask: header.slots - 1,
    rows,
    isLetter: letterTable(header.nonLetters),
  };
}

function buildTables(file: TablesFile): Tables {
  const byteOf = new Map<string, number>();
  file.dictionary.forEach((ch, byte) => {
    if (byte >= 0x80 && ch !== ' ') byteOf.set(ch, byte);
  });
  for (const ch of "abcdefghijklmnopqrstuvwxyz'`") byteOf.set(ch, ch.charCodeAt(0));
  const keys = Object.keys(file.ngrams);
  let size = 1;
  while (size < keys.length * 3) size <<= 1;
  const t: Tables = {
    core: file.core,
    all: file.all,
    slots: new Int32Array(2 * size),
    slotSeen: new Int32Array(size),
    mask: size - 1,
    rows: new Int32Array(Object.values(file.ngrams).reduce((n, row) => n + row.length + 1, 0)),
    isLetter: letterTable(file.nonLetters),
  };
  let at = 0;
  for (const key of keys) {
    const row = file.ngrams[key]!;
    const gram = decodeKey(key, byteOf);
    if (!gram) continue;
    const start = at;
    if (start >= 1 << 26) throw new Error('n-gram rows too large for a slot to point at');
    const corePairs = row[0]! >> 1;
    t.rows[at++] = corePairs;
    t.rows[at++] = (row.length - 1 - row[0]!) >> 1;
    for (let i = 1; i < row.length; i++) t.rows[at++] = i % 2 === 0 ? row[i]! + BASE_NGRAM_SCORE : row[i]!;
    insert(t, gram.bytes, gram.marks, start);
  }
  return { ...t, rows: t.rows.slice(0, at) };
}

/** eld's key: optional leading space, 1–4 byte characters, optional trailing space. */
function decodeKey(key: string, byteOf: Map<string, number>): { bytes: number; marks: number } | null {
  let from = 0;
  let to = key.length;
  let marks = 0;
  if (key[0] === ' ') {
    marks |= LEAD;
    from = 1;
  }
  if (to > from && key[to - 1] === ' ') {
    marks |= TRAIL;
    to--;
  }
  if (to - from < 1 || to - from > 4) return null;
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const b = byteOf.get(key[i]!);
    if (b === undefined) return null;
    bytes = (bytes << 8) | b;
  }
  return { bytes, marks: marks | ((to - from - 1) << 2) };
}

const hash = (bytes: number, marks: number) => Math.imul(bytes ^ Math.imul(marks + 1, 0x9e3779b1), 0x85ebca6b) >>> 11;

function insert(t: Tables, bytes: number, marks: number, rowStart: number): void {
  let slot = hash(bytes, marks) & t.mask;
  while (t.slots[2 * slot + 1] !== 0) slot = (slot + 1) & t.mask;
  t.slots[2 * slot] = bytes;
  t.slots[2 * slot + 1] = (rowStart << 5) | (marks + 1);
}

/** Which code units eld's separator pattern leaves in words, filled in as met (testing all 65,536
 * up front costs more than the rest of the load). Surrogates never: astral characters separate. */
const UNKNOWN = 0;
const LETTER = 1;
const NOT_LETTER = 2;

function letterTable(nonLetters: string): { kinds: Uint8Array; test: RegExp } {
  const kinds = new Uint8Array(0x10000);
  kinds.fill(NOT_LETTER, 0xd800, 0xe000);
  for (let c = 0; c < 0x80; c++) kinds[c] = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LETTER : NOT_LETTER;
  return { kinds, test: new RegExp(`^${nonLetters}$`, 'u') };
}

function isLetterCode(t: Tables, c: number): boolean {
  let kind = t.isLetter.kinds[c]!;
  if (kind === UNKNOWN) kind = t.isLetter.kinds[c] = t.isLetter.test.test(String.fromCharCode(c)) ? NOT_LETTER : LETTER;
  return kind === LETTER;
}

/** What a text says about its language: per-language weight sums over its n-grams, in both tables. */
export interface Evidence {
  core: Float64Array;
  all: Float64Array;
  /** How many distinct n-grams the text gave (summed over the parts of a merged evidence). */
  ngramCount: number;
}

export function emptyEvidence(): Evidence {
  const t = loadTables();
  return { core: new Float64Array(t.core.length), all: new Float64Array(t.all.length), ngramCount: 0 };
}

/**
 * The evidence of `text`, written into `into` when given (its sums are reset first): a caller that
 * reads many sentences reuses one buffer instead of allocating two arrays per sentence.
 */
export function gatherEvidence(text: string, into?: Evidence): Evidence {
  const t = loadTables();
  const evidence = into ?? emptyEvidence();
  evidence.core.fill(0);
  evidence.all.fill(0);
  reader.start(t, evidence);
  reader.read(text);
  evidence.ngramCount = reader.distinct;
  return evidence;
}

const lowerCache: string[] = [];

/** Turns the letters of one text into eld's n-grams and adds their weights; one text at a time. */
class Reader {
  private t!: Tables;
  private evidence!: Evidence;
  /** Bumped per text: a slot stamped with the current value was already counted. */
  private reading = 0;
  private readonly unknown = new Set<number>();
  private readonly word = new Uint8Array(MAX_WORD_BYTES + 8);
  private length = 0;
  private fullLength = 0;
  distinct = 0;

  start(t: Tables, evidence: Evidence): void {
    this.t = t;
    this.evidence = evidence;
    this.reading = (this.reading + 1) | 0 || 1;
    this.unknown.clear();
    this.length = this.fullLength = this.distinct = 0;
  }

  /** All the words of `text`. (The loop runs on every character: its common steps are written out,
   * as the CLI's --no-turbo-inlining leaves every small call a call.) */
  read(text: string): void {
    const kinds = this.t.isLetter.kinds;
    const word = this.word;
    const n = text.length;
    let runStart = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 0x20;
      let kind = kinds[c]!;
      if (kind === UNKNOWN) kind = isLetterCode(this.t, c) ? LETTER : NOT_LETTER;
      if (kind === LETTER) {
        if (runStart >= 0) {
          // A run of non-letters ends: apostrophes that end it stay in the word (l'État, don't).
          let keep = i;
          while (keep > runStart && isApostrophe(text.charCodeAt(keep - 1))) keep--;
          if (keep > runStart || runStart === 0) this.endWord();
          for (let k = keep; k < i; k++) this.putChar(text.charCodeAt(k));
          runStart = -1;
        }
        if (c < 0x80) {
          // An ASCII letter (the only ASCII the table calls letters), lower-cased.
          if (this.length < MAX_WORD_BYTES) word[this.length++] = c <= 0x5a ? c + 32 : c;
          this.fullLength++;
        } else this.putLower(c);
      } else if (runStart < 0) runStart = i;
    }
    // The text's last run of non-letters: all apostrophes, it stays with the last word ("dogs'");
    // otherwise it ends the word, and its own trailing apostrophes make a word of their own.
    if (runStart >= 0 && runStart < n) {
      let keep = n;
      while (keep > runStart && isApostrophe(text.charCodeAt(keep - 1))) keep--;
      if (keep > runStart) this.endWord();
      for (let k = keep; k < n; k++) this.putChar(text.charCodeAt(k));
    }
    this.endWord();
  }

  putLower(c: number): void {
    if (c >= 0x41 && c <= 0x5a) this.put(c + 32);
    else if (c < 0x80) this.put(c);
    else {
      let lower = lowerCache[c];
      if (lower === undefined) lower = lowerCache[c] = String.fromCharCode(c).toLowerCase();
      for (let k = 0; k < lower.length; k++) this.putChar(lower.charCodeAt(k));
    }
  }

  /** UTF-8 bytes of one BMP code unit (surrogates never reach here: they are separators). */
  putChar(c: number): void {
    if (c < 0x80) this.put(c);
    else if (c < 0x800) {
      this.put(0xc0 | (c >> 6));
      this.put(0x80 | (c & 0x3f));
    } else {
      this.put(0xe0 | (c >> 12));
      this.put(0x80 | ((c >> 6) & 0x3f));
      this.put(0x80 | (c & 0x3f));
    }
  }

  private put(byte: number): void {
    if (this.length < MAX_WORD_BYTES) this.word[this.length++] = byte;
    this.fullLength++;
  }

  /** eld's n-grams of one word: 4 bytes every 3, the first marked, then the last bytes, marked. */
  endWord(): void {
    const length = this.length;
    if (length > 0) {
      let j = 0;
      for (; j + 4 < length; j += 3) this.addGram(j, 4, j === 0 ? LEAD : 0);
      const lead = j === 0 ? LEAD : 0;
      // eld's last n-gram of a word cut at 70 bytes runs past the cut: never in the table.
      if (this.fullLength > length) this.distinct++;
      else if (length >= 4) this.addGram(length - 4, 4, lead | TRAIL);
      else this.addGram(0, length, lead | TRAIL);
    }
    this.length = this.fullLength = 0;
  }

  private addGram(from: number, length: number, marks: number): void {
    const t = this.t;
    const slots = t.slots;
    let bytes = 0;
    for (let i = from; i < from + length; i++) bytes = (bytes << 8) | this.word[i]!;
    const m = marks | ((length - 1) << 2);
    let slot = (Math.imul(bytes ^ Math.imul(m + 1, 0x9e3779b1), 0x85ebca6b) >>> 11) & t.mask; // hash(), inline
    let meta: number;
    for (;;) {
      meta = slots[2 * slot + 1]!;
      if (meta === 0) {
        const id = m * 0x100000000 + (bytes >>> 0);
        if (!this.unknown.has(id)) {
          this.unknown.add(id);
          this.distinct++;
        }
        return;
      }
      if ((meta & 31) === m + 1 && slots[2 * slot] === bytes) break;
      slot = (slot + 1) & t.mask;
    }
    if (t.slotSeen[slot] === this.reading) return;
    t.slotSeen[slot] = this.reading;
    this.distinct++;
    const rows = t.rows;
    let at = meta >>> 5;
    const coreEnd = at + 2 + 2 * rows[at]!;
    const end = coreEnd + 2 * rows[at + 1]!;
    const { core, all } = this.evidence;
    for (at += 2; at < coreEnd; at += 2) core[rows[at]!]! += rows[at + 1]!;
    for (; at < end; at += 2) all[rows[at]!]! += rows[at + 1]!;
  }
}

const reader = new Reader();

const isApostrophe = (c: number) => c === 0x27 || c === 0x60 || c === 0x2019;

/** Adds `part` into `into` (a document's evidence from its sentences'). */
export function addEvidence(into: Evidence, part: Evidence): void {
  for (let i = 0; i < into.core.length; i++) into.core[i]! += part.core[i]!;
  for (let i = 0; i < into.all.length; i++) into.all[i]! += part.all[i]!;
  into.ngramCount += part.ngramCount;
}

/** The languages of a table, in the order of its sums. */
export function tableLanguages(table: 'core' | 'all'): readonly string[] {
  return loadTables()[table];
}

/** eld's scaled score: the mean n-gram weight mapped into [0, 1). */
export function scaled(sum: number, ngramCount: number): number {
  const mean = ngramCount > 0 ? sum / ngramCount : 0;
  return mean > 0 ? mean / (mean + SCALE) : 0;
}

/** Per language, the mean n-gram weight scaled into [0, 1), as eld reports it; absent when zero. */
export function scaledScores(evidence: Evidence, table: 'core' | 'all'): Map<string, number> {
  const languages = loadTables()[table];
  const sums = evidence[table];
  const scores = new Map<string, number>();
  if (evidence.ngramCount === 0) return scores;
  languages.forEach((code, i) => {
    const mean = sums[i]! / evidence.ngramCount;
    if (mean > 0) scores.set(code, mean / (mean + SCALE));
  });
  return scores;
}
