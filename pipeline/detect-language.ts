// Language detection stage. A caller's hint wins; otherwise the detector guesses, with `und` when the
// text holds no evidence. Passages in another language (a quote, the other half of a bilingual
// release) become `doc.segments`, which the extraction stage runs with their own language's rules.
//
// Why this detector (measured on ../shared/eval/langid/dev.jsonl: 840 strings of 10–60 characters,
// 105 in each of fr en es ar de pt it nl; Node 20, 2 cores):
//   eld/medium, 60 languages (the first version)                   0.936, module load 0.4 s
//   eld/medium restricted to the 8 news languages                   0.956
//   eld/large restricted to the 8                                   0.962, module load 1.2 s, 160 MB heap
//   lingua (@bluzzi/lingua 1.5, WebAssembly) restricted to the 8    0.949, 74 MB package, ~1 s model load,
//                                                                   340 MB RSS; its low-accuracy mode 0.887
//   franc restricted to the 8 (issue 8's figure on 1,679 strings)   0.792
//   this module: eld/large's n-grams for the 8, plus franc's        0.973 (0.976 / 0.969 on the two halves)
//   trigram score at weight 0.05 on short text
// eld wins on its own; its mistakes on short strings are mostly near ties (es/pt, it/en, nl/en/de)
// where franc's trigram profiles, trained on other text, break the tie the right way more often than
// not (weights 0.035–0.07 all give 0.970–0.973, so this is not tuned to single strings). Restricting
// to the news languages removes the ca/fa/no/sv confusions. eld's large table loads in 1.2 s as the
// JavaScript module it ships as, so `language/make-model.ts` cuts it to the 8 languages and stores it
// as JSON (0.87 MB, ~30 ms to load, ~14 MB). Other languages keep their code when sure: eld's
// extra-small 60-language table (also as JSON) must prefer one by a clear margin on ≥ 10 n-grams;
// text mostly in another script (Cyrillic, CJK…) goes to that table directly.
import type { Doc } from './document.js';
import { detectLanguage } from './language/detect.js';
import { analyzeLanguages } from './language/segments.js';

export { detectLanguage };

export function detectDocumentLanguage(doc: Doc): void {
  const { language, segments } = analyzeLanguages(doc.text, doc.options.lang ?? null, doc.bodyStart);
  doc.language = language;
  doc.segments = segments;
}
