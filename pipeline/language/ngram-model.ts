// eld's scoring (Apache-2.0, Nito T.M., npmjs.com/package/eld) over our JSON cuts of its tables:
// each word becomes UTF-8 byte 4-grams (stride 3, word start and end marked by a space); every
// distinct n-gram adds its per-language weight. Unlike eld.detect, the whole text is read (eld stops
// after ~350 bytes), and one pass scores both tables, so evidence from sentences can be summed into
// a document's.
import { readFileSync } from 'node:fs';

interface TablesFile {
  core: string[];
  all: string[];
  /** A pattern for a run of non-letters (eld's word separators). */
  nonLetters: string;
  dictionary: string[];
  /** Per n-gram: [length of the core part, core (language, weight) pairs…, all pairs…]. */
  ngrams: Record<string, number[]>;
}

interface Tables {
  /** eld's large table, the news languages only: the most accurate on short text. */
  core: string[];
  /** eld's extra-small table, 60 languages: tells another language apart. */
  all: string[];
  ngrams: Record<string, number[]>;
  nonLetterRun: RegExp;
  dictionary: string[];
}

/** eld subtracts this from every stored weight to keep its tables small. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked constant that maps a mean n-gram weight into [0, 1). */
const SCALE = 25;

let tables: Tables | undefined;

/** The tables load on first use (about 0.1 s), never at import. */
function loadTables(): Tables {
  if (!tables) {
    const file = JSON.parse(readFileSync(new URL('./eld-tables.json', import.meta.url), 'utf8')) as TablesFile;
    tables = { ...file, nonLetterRun: new RegExp(file.nonLetters, 'gu') };
  }
  return tables;
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

export function gatherEvidence(text: string): Evidence {
  const t = loadTables();
  const evidence = emptyEvidence();
  const grams = ngramsOf(text, t);
  const { core, all } = evidence;
  for (const gram of grams) {
    const row = t.ngrams[gram];
    if (!row) continue;
    const coreEnd = row[0]! + 1;
    for (let i = 1; i < coreEnd; i += 2) core[row[i]!]! += row[i + 1]! + BASE_NGRAM_SCORE;
    for (let i = coreEnd; i < row.length; i += 2) all[row[i]!]! += row[i + 1]! + BASE_NGRAM_SCORE;
  }
  evidence.ngramCount = grams.size;
  return evidence;
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

function ngramsOf(text: string, t: Tables): Set<string> {
  const grams = new Set<string>();
  const words = text.replace(t.nonLetterRun, keepTrailingApostrophes).toLowerCase().split(' ');
  for (const plain of words) {
    if (!plain) continue;
    const word = utf8Bytes(plain, t.dictionary);
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) grams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    grams.add(`${j === 0 ? ' ' : ''}${word.substring(len !== 3 ? len - 4 : 0)} `);
  }
  return grams;
}

/** A run of non-letters becomes a space, but apostrophes that end it stay with the next word (l'État). */
function keepTrailingApostrophes(run: string): string {
  let end = run.length;
  while (end > 0 && APOSTROPHES.has(run[end - 1]!)) end--;
  if (end === run.length) return ' ';
  return end === 0 ? run : ` ${run.slice(end)}`;
}

const APOSTROPHES = new Set(["'", '`', '\u2019']);

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The word's UTF-8 bytes, one character each: ASCII as itself, others through eld's dictionary. */
function utf8Bytes(word: string, dictionary: string[]): string {
  if (isAscii(word)) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c < 0x80) out += word[i];
    else if (c < 0x800) out += dictionary[0xc0 | (c >> 6)]! + dictionary[0x80 | (c & 0x3f)]!;
    else if (c < 0xd800 || c >= 0xe000)
      out += dictionary[0xe0 | (c >> 12)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!;
    else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (word.charCodeAt(i) & 0x3ff));
      out +=
        dictionary[0xf0 | (c >> 18)]! +
        dictionary[0x80 | ((c >> 12) & 0x3f)]! +
        dictionary[0x80 | ((c >> 6) & 0x3f)]! +
        dictionary[0x80 | (c & 0x3f)]!;
    }
  }
  return out;
}
