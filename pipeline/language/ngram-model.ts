// eld's scoring (Apache-2.0, Nito T.M., npmjs.com/package/eld) over our cut of its tables: each
// word becomes UTF-8 byte 4-grams (stride 3, word start and end marked), and every distinct n-gram
// adds its per-language weight. Unlike eld.detect, the whole text is read (eld stops after ~350
// bytes), and one pass scores both tables, so evidence from sentences sums into a document's.
// eld builds each n-gram as a string and looks it up in an object; here an n-gram is a number (its
// bytes and marks) in an open-addressing table that make-model.ts stores ready-made in
// eld-tables.bin: loading is reading one file, and reading text is about twice as fast.
import { readFileSync } from 'node:fs';

interface Tables {
  /** eld's large table, the news languages only: the most accurate on short text. */
  core: string[];
  /** eld's extra-small table, 60 languages: tells another language apart. */
  all: string[];
  /** Open addressing: slot → n-gram bytes, marks + 1 (0 = empty), row. */
  slotBytes: Int32Array;
  slotMarks: Uint8Array;
  slotRow: Int32Array;
  /** The text being read last touched this slot: an n-gram counts once per text. */
  slotSeen: Int32Array;
  mask: number;
  /** Rows: (language, weight) pairs, core ones first; `rowAt[r]`, `coreEnd[r]`, `rowAt[r + 1]`. */
  rowAt: Int32Array;
  coreEnd: Int32Array;
  pairs: Int32Array;
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

/** The tables load on first use (a few milliseconds), never at import. */
function loadTables(): Tables {
  tables ??= readTables(readFileSync(new URL('./eld-tables.bin', import.meta.url)));
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
  pairs: number;
}

/**
 * eld-tables.bin: a little-endian u32 header length, the JSON header (padded to 4 bytes), then the
 * arrays slotBytes, slotRow (i32 × slots), rowAt (i32 × rows + 1), coreEnd (i32 × rows),
 * pairs (i32 × pairs) and slotMarks (u8 × slots).
 */
export function writeTables(source: string, file: TablesFile): Uint8Array {
  const t = buildTables(file);
  const header: Header = {
    source,
    core: t.core,
    all: t.all,
    nonLetters: file.nonLetters,
    slots: t.slotBytes.length,
    rows: t.coreEnd.length,
    pairs: t.pairs.length,
  };
  let json = JSON.stringify(header);
  while ((4 + Buffer.byteLength(json)) % 4) json += ' ';
  const parts = [t.slotBytes, t.slotRow, t.rowAt, t.coreEnd, t.pairs, t.slotMarks].map(
    (a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
  );
  const length = new Uint8Array(new Uint32Array([Buffer.byteLength(json)]).buffer);
  return Buffer.concat([length, Buffer.from(json), ...parts]);
}

function readTables(bytes: Buffer): Tables {
  // Copied into a fresh, aligned buffer: typed-array views need 4-byte alignment.
  const buffer = new Uint8Array(bytes).buffer;
  const headerLength = new Uint32Array(buffer, 0, 1)[0]!;
  const header = JSON.parse(Buffer.from(buffer, 4, headerLength).toString('utf8')) as Header;
  let at = 4 + headerLength;
  const i32 = (n: number) => {
    const a = new Int32Array(buffer, at, n);
    at += n * 4;
    return a;
  };
  const slotBytes = i32(header.slots);
  const slotRow = i32(header.slots);
  const rowAt = i32(header.rows + 1);
  const coreEnd = i32(header.rows);
  const pairs = i32(header.pairs);
  const slotMarks = new Uint8Array(buffer, at, header.slots);
  return {
    core: header.core,
    all: header.all,
    slotBytes,
    slotMarks,
    slotRow,
    slotSeen: new Int32Array(header.slots),
    mask: header.slots - 1,
    rowAt,
    coreEnd,
    pairs,
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
    slotBytes: new Int32Array(size),
    slotMarks: new Uint8Array(size),
    slotRow: new Int32Array(size),
    slotSeen: new Int32Array(size),
    mask: size - 1,
    rowAt: new Int32Array(keys.length + 1),
    coreEnd: new Int32Array(keys.length),
    pairs: new Int32Array(Object.values(file.ngrams).reduce((n, row) => n + row.length - 1, 0)),
    isLetter: letterTable(file.nonLetters),
  };
  let at = 0;
  keys.forEach((key, r) => {
    const row = file.ngrams[key]!;
    t.rowAt[r] = at;
    t.coreEnd[r] = at + row[0]!;
    for (let i = 1; i < row.length; i++) t.pairs[at++] = i % 2 === 0 ? row[i]! + BASE_NGRAM_SCORE : row[i]!;
    const gram = decodeKey(key, byteOf);
    if (gram) insert(t, gram.bytes, gram.marks, r);
  });
  t.rowAt[keys.length] = at;
  return t;
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

function insert(t: Tables, bytes: number, marks: number, row: number): void {
  let slot = hash(bytes, marks) & t.mask;
  while (t.slotMarks[slot] !== 0) slot = (slot + 1) & t.mask;
  t.slotBytes[slot] = bytes;
  t.slotMarks[slot] = marks + 1;
  t.slotRow[slot] = row;
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

let reading = 0;
const unknownGrams = new Set<number>();
const wordBytes = new Uint8Array(MAX_WORD_BYTES + 8);

export function gatherEvidence(text: string): Evidence {
  const t = loadTables();
  const evidence = emptyEvidence();
  reading = (reading + 1) | 0 || 1;
  unknownGrams.clear();
  let distinct = 0;
  let long = 0;

  const addGram = (from: number, length: number, marks: number) => {
    let bytes = 0;
    for (let i = from; i < from + length; i++) bytes = (bytes << 8) | wordBytes[i]!;
    const m = marks | ((length - 1) << 2);
    let slot = hash(bytes, m) & t.mask;
    for (;;) {
      const stored = t.slotMarks[slot]!;
      if (stored === 0) {
        const id = m * 0x100000000 + (bytes >>> 0);
        if (!unknownGrams.has(id)) {
          unknownGrams.add(id);
          distinct++;
        }
        return;
      }
      if (stored === m + 1 && t.slotBytes[slot] === bytes) break;
      slot = (slot + 1) & t.mask;
    }
    if (t.slotSeen[slot] === reading) return;
    t.slotSeen[slot] = reading;
    distinct++;
    const row = t.slotRow[slot]!;
    const end = t.rowAt[row + 1]!;
    const coreEnd = t.coreEnd[row]!;
    const { core, all } = evidence;
    for (let i = t.rowAt[row]!; i < coreEnd; i += 2) core[t.pairs[i]!]! += t.pairs[i + 1]!;
    for (let i = coreEnd; i < end; i += 2) all[t.pairs[i]!]! += t.pairs[i + 1]!;
  };

  /** eld's n-grams of one word: 4 bytes every 3, the first marked, then the last bytes, marked. */
  const endWord = (length: number, fullLength: number) => {
    if (length === 0) return;
    let j = 0;
    for (; j + 4 < length; j += 3) addGram(j, 4, j === 0 ? LEAD : 0);
    const lead = j === 0 ? LEAD : 0;
    if (fullLength > length)
      long++; // eld's last n-gram runs past its 70-byte cut: never in the table
    else if (length >= 4 && length !== 3) addGram(length - 4, 4, lead | TRAIL);
    else addGram(0, length, lead | TRAIL);
  };

  let length = 0;
  let fullLength = 0;
  let runStart = -1;
  const put = (byte: number) => {
    if (length < MAX_WORD_BYTES) wordBytes[length++] = byte;
    fullLength++;
  };
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isLetterCode(t, c)) {
      if (runStart >= 0) {
        // A run of non-letters ends: apostrophes that end it stay in the word (l'État, don't).
        let keep = i;
        while (keep > runStart && isApostrophe(text.charCodeAt(keep - 1))) keep--;
        if (keep > runStart || runStart === 0) {
          endWord(length, fullLength);
          length = fullLength = 0;
        }
        for (let k = keep; k < i; k++) putChar(text.charCodeAt(k), put);
        runStart = -1;
      }
      putLower(text, i, put);
    } else if (runStart < 0) runStart = i;
  }
  // The text's last run of non-letters: all apostrophes, it stays with the last word ("dogs'");
  // otherwise it ends the word, and its own trailing apostrophes make a word of their own.
  if (runStart >= 0 && runStart < text.length) {
    let keep = text.length;
    while (keep > runStart && isApostrophe(text.charCodeAt(keep - 1))) keep--;
    if (keep > runStart) {
      endWord(length, fullLength);
      length = fullLength = 0;
    }
    for (let k = keep; k < text.length; k++) putChar(text.charCodeAt(k), put);
  }
  endWord(length, fullLength);
  evidence.ngramCount = distinct + long;
  return evidence;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x60 || c === 0x2019;

const lowerCache: string[] = [];

function putLower(text: string, i: number, put: (byte: number) => void): void {
  const c = text.charCodeAt(i);
  if (c >= 0x41 && c <= 0x5a) put(c + 32);
  else if (c < 0x80) put(c);
  else {
    let lower = lowerCache[c];
    if (lower === undefined) lower = lowerCache[c] = String.fromCharCode(c).toLowerCase();
    for (let k = 0; k < lower.length; k++) putChar(lower.charCodeAt(k), put);
  }
}

/** UTF-8 bytes of one BMP code unit (surrogates never reach here: they are separators). */
function putChar(c: number, put: (byte: number) => void): void {
  if (c < 0x80) put(c);
  else if (c < 0x800) {
    put(0xc0 | (c >> 6));
    put(0x80 | (c & 0x3f));
  } else {
    put(0xe0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3f));
    put(0x80 | (c & 0x3f));
  }
}

/** Adds `part` into `into` (a document's evidence from its sentences'). */
export function addEvidence(into: Evidence, part: Evidence): void {
  for (let i = 0; i < into.core.length; i++) into.core[i]! += part.core[i]!;
  for (let i = 0; i < into.all.length; i++) into.all[i]! += part.all[i]!;
  into.ngramCount += part.ngramCount;
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
