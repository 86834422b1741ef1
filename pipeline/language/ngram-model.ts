// eld's scoring (Apache-2.0, Nito T.M., npmjs.com/package/eld) over our cut of its large database:
// each word becomes UTF-8 byte 4-grams (stride 3, word start and end marked by a space); every
// distinct n-gram adds its per-language weight. Unlike eld.detect, the whole text is read (eld stops
// after ~350 bytes), so a long passage weighs by its length.
import { readFileSync } from 'node:fs';

interface ModelFile {
  languages: string[];
  /** A pattern for a run of non-letters (eld's word separators). */
  nonLetters: string;
  dictionary: string[];
  ngrams: Record<string, number[]>;
}

interface Model extends ModelFile {
  nonLetterRun: RegExp;
}

/** eld subtracts this from every stored weight to keep its tables small. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked constant that maps a mean n-gram weight into [0, 1). */
const SCALE = 25;

/** `core`: eld's large table, news languages only. `all`: eld's extra-small table, 60 languages. */
export type ModelName = 'core' | 'all';
const FILES: Record<ModelName, string> = { core: './eld-large-core.json', all: './eld-extrasmall-all.json' };
const models = new Map<ModelName, Model>();

/** Tables load on first use (tens of milliseconds each), never at import. */
function loadModel(name: ModelName): Model {
  let model = models.get(name);
  if (!model) {
    const file = JSON.parse(readFileSync(new URL(FILES[name], import.meta.url), 'utf8')) as ModelFile;
    model = { ...file, nonLetterRun: new RegExp(file.nonLetters, 'gu') };
    models.set(name, model);
  }
  return model;
}

export interface NgramScores {
  /** Per language: the mean weight of the text's n-grams scaled into [0, 1), as eld reports it. */
  scores: Map<string, number>;
  /** How many distinct n-grams the text gave: the amount of evidence. */
  ngramCount: number;
}

export function scoreNgrams(text: string, modelName: ModelName = 'core'): NgramScores {
  const m = loadModel(modelName);
  const grams = ngramsOf(text, m);
  const raw = new Float64Array(m.languages.length);
  for (const gram of grams) {
    const row = m.ngrams[gram];
    if (!row) continue;
    for (let i = 0; i + 1 < row.length; i += 2) raw[row[i]!]! += row[i + 1]! + BASE_NGRAM_SCORE;
  }
  const scores = new Map<string, number>();
  if (grams.size === 0) return { scores, ngramCount: 0 };
  m.languages.forEach((code, i) => {
    const mean = raw[i]! / grams.size;
    if (mean > 0) scores.set(code, mean / (mean + SCALE));
  });
  return { scores, ngramCount: grams.size };
}

function ngramsOf(text: string, m: Model): Set<string> {
  const grams = new Set<string>();
  const words = text.replace(m.nonLetterRun, keepTrailingApostrophes).toLowerCase().split(' ');
  for (const plain of words) {
    if (!plain) continue;
    const word = utf8Bytes(plain, m.dictionary);
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

/** The word's UTF-8 bytes, one character each: ASCII as itself, others through eld's dictionary. */
function utf8Bytes(word: string, dictionary: string[]): string {
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
