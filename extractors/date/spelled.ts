// Years written in words: "two thousand and fifteen", "seventeen hundred thirty three", "nineteen
// ninety six", "nineteen oh five", "deux mille dix-huit", "dix-neuf cent quatre-vingt-seize". The
// shared number grammar reads the words; this module only decides which numbers make a year.
// Language-neutral: the words come from the number lexicons.
import type { Lang } from '../../pipeline/languages.js';
import enNumbers from '../number/en.js';
import frNumbers from '../number/fr.js';
import type { NumberLexicon } from '../number/lexicon.js';
import { findNumberWords, type WordNumber } from '../number/words.js';

export interface SpelledYear {
  start: number;
  end: number;
  year: number;
}

const LEXICONS: Partial<Record<Lang, NumberLexicon>> = { en: enNumbers, fr: frNumbers };
// A cheap test before the word scan: no year is spelled without one of these words.
const HINT = /nineteen|eighteen|seventeen|sixteen|twenty|thousand|hundred|dix|vingt|mille|cents?\b/iu;
// "nineteen oh five", "dix-neuf zéro cinq": a zero read as a letter before the last digit.
const OH = /^[\s\u00A0]{1,3}(?:oh|o|zero|zéro)[\s\u00A0-]{1,3}$/iu;
const HUNDRED = /^(?:cents?|hundred)[\s\u00A0-]/iu;
const SPACE = /^[\s\u00A0-]{1,3}$/u;

const isYear = (n: number) => Number.isInteger(n) && n >= 1100 && n <= 2099;

/** Every year spelled in words in `text`, in order. */
export function spelledYears(text: string, lang: Lang): SpelledYear[] {
  const lexicon = LEXICONS[lang];
  if (!lexicon?.words || !HINT.test(text)) return [];
  const numbers = findNumberWords(text, lexicon.words, lexicon.scales).filter(
    // "two thousand people" ends on a scale word; only "two thousand" itself is also a year.
    (n) => !n.article && (n.scale === 1 || n.value === 2000),
  );
  const out: SpelledYear[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i] as WordNumber;
    const b = numbers[i + 1];
    // Two numbers side by side: the century, then the year in it ("nineteen | ninety six").
    if (b && a.value >= 11 && a.value <= 20 && Number.isInteger(a.value)) {
      const gap = text.slice(a.end, b.start);
      const pair =
        (SPACE.test(gap) && b.value >= 10 && b.value <= 99) || (OH.test(gap) && b.value >= 1 && b.value <= 9);
      // "dix-neuf cent quatre-vingt-seize": the hundred word read with the second number.
      const hundred = SPACE.test(gap) && b.value > 100 && b.value < 200 && HUNDRED.test(text.slice(b.start, b.end));
      if (hundred) {
        out.push({ start: a.start, end: b.end, year: a.value * 100 + b.value - 100 });
        i++;
        continue;
      }
      // "thirteen nineteen seventy two": the day, then the year; the later pair wins.
      const c = numbers[i + 2];
      const later = c && b.value >= 11 && b.value <= 20 && SPACE.test(text.slice(b.end, c.start)) && c.value >= 10;
      if (pair && !later && Number.isInteger(b.value)) {
        out.push({ start: a.start, end: b.end, year: a.value * 100 + b.value });
        i++;
        continue;
      }
    }
    if (isYear(a.value)) out.push({ start: a.start, end: a.end, year: a.value });
  }
  return out;
}
