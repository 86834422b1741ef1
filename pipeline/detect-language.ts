// Language detection stage. A caller's hint (stdin `lang`, `--lang`, a header `lang`, the library's
// `lang`) skips detection altogether, as the contract says: the hint's language for every passage,
// no segments (a hint for a language without extractors is kept as given; extract.ts warns).
// Otherwise the detector guesses, with `und` when the text holds no evidence or fits no language's
// profile, and passages in another language (a quote, the other half of a bilingual release) become
// `doc.segments`, which the extraction stage runs with their own language's rules. The work is in
// ./language/:
//   detect.ts      one text → { code, confidence }
//   segments.ts    sentences read once: their summed evidence is the document's; sure foreign runs
//                  (and long foreign quotations) become segments
//   ngram-model.ts eld's scoring over eld-tables.bin, which make-model.ts builds from eld's databases
//
// Why this detector (accuracy on ../shared/eval/langid/dev.jsonl: 840 strings of 10–60 characters,
// 105 in each of fr en es ar de pt it nl; Node 20, 2 cores):
//   eld/medium, 60 languages (the first version)                   0.936, module load 0.4 s, 71 MB heap
//   eld/medium restricted to the 8 news languages                   0.956
//   eld/large restricted to the 8                                   0.962, module load 1.2 s, 160 MB heap
//   lingua (@bluzzi/lingua 1.5, WebAssembly) restricted to the 8    0.949, 74 MB package, ~1 s model load,
//                                                                   340 MB RSS; its low-accuracy mode 0.887
//   franc restricted to the 8 (issue 8's figure on 1,679 strings)   0.792
//   this module: eld/large's n-grams for the 8, plus franc's        0.973 (0.976 / 0.969 on the two halves)
//   trigram score at weight 0.05 on short text (≤ 160 letters)
// eld wins on its own; its mistakes on short strings are mostly near ties (es/pt, it/en, nl/en/de)
// where franc's trigram profiles, trained on other text, break the tie the right way more often than
// not (weights 0.035–0.07 all give 0.970–0.973, so this is not tuned to single strings). Restricting
// to the news languages removes the ca/fa/no/sv confusions. eld's large table loads in 1.2 s as the
// JavaScript module it ships as, so make-model.ts cuts it to the 8 languages and stores it, beside
// eld's extra-small 60-language table, as a ready-made hash table of numeric n-grams (4.3 MB file,
// 1.1 MB gzipped): importing this stage takes ~50 ms and the first detection ~5–20 ms, with ~11 MB
// of heap (eld/medium before: ~400 ms import, 71 MB). Other languages keep their code when sure:
// the 60-language table must prefer one by a margin of 0.08 on ≥ 10 distinct n-grams (none of the
// 840 dev strings trips it; pl sv ro tr da cs fi hu no sentences do); text mostly in another script
// (Cyrillic, CJK…) goes to that table directly. Throughput of the whole stage (bench/language.ts, on
// a shared 2-core machine at load 10–15): articles 5–10 MB/s wall-clock, ~15 MB per CPU second;
// headlines ~2 MB/s wall-clock, ~6 per CPU second (franc runs only on near ties, the only place it
// can change the answer).
import type { Doc } from './document.js';
import { detectLanguage } from './language/detect.js';
import { analyzeLanguages } from './language/segments.js';

export { detectLanguage };

export function detectDocumentLanguage(doc: Doc): void {
  const hint = normalizeHint(doc.options.lang);
  if (doc.options.lang && !hint) {
    doc.warnings.push({
      code: 'bad-language-hint',
      message: `language hint "${doc.options.lang}" is not an ISO 639-1 code; the language was detected`,
    });
  }
  if (hint) {
    doc.language = { code: hint, confidence: 1 };
    doc.segments = [];
    return;
  }
  const { language, segments } = analyzeLanguages(doc.text, null, doc.bodyStart);
  doc.language = language;
  doc.segments = segments;
}

/** "fr", "FR", "fr-CA" and "fr_FR" all mean French; anything else is no usable hint. */
function normalizeHint(hint: string | undefined): string | null {
  const code = hint?.trim().toLowerCase().split(/[-_]/, 1)[0];
  return code && /^[a-z]{2}$/.test(code) ? code : null;
}
