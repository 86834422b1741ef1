import { describe, expect, it } from 'vitest';
import { execAll } from './exec-all.js';
import { matchAllNear, mayMatch } from './trigger.js';

// Sentences written for this test. Walking a rule's trigger words must find exactly what a scan
// with the rule finds, in every case rule (characters that fold oddly included), short texts and long.
const PATTERNS = [
  /(?<![\p{L}])(?:in[\s]{1,3})?(spring|summer|l['’]été)(?:[\s]{1,3}\d{4})?/giu,
  /(?<![\p{L}\p{N}])(\d{1,2})[\s\u00A0]{1,3}(mai|juin|juillet|décembre)(?:[\s\u00A0]{1,3}(\d{4}))?/giu,
  /\b(?:Kelvin|ski|KM)\b/gi,
  /(?:last|next)[ ]{1,3}(?:week|month)/gu,
  /(?:st|nd|rd|th)\b/gi,
  /€[ ]?\d{1,3}/gu,
  // Words required only by a lookbehind come before the match.
  /(?<=(?<![\p{L}\p{N}])(?:le|du|au|on the)[\s\u00A0]{1,3})(\d{1,2})(?![\p{L}\p{N}])/giu,
  /(?:(?<=(?:at|around)\s{1,3})(?<core>\d{1,2})(?::\d{2})?|noon)/gu,
];

const TEXTS = [
  'In Spring 2024 the summer season opened; next week, last month, the 1st and 22nd.',
  "Le 8 mai 2024, puis le 14 JUILLET et 3 Décembre ; l'été s’annonce chaud, L’ÉTÉ 2025 aussi.",
  // The Kelvin sign (U+212A) and the long s (U+017F) fold onto k and s under the `u` flag only.
  'Temperatures in \u212Aelvin, a \u017Fki race, 5 \u212AM, \u017Fummer and \u017Fpring.',
  // İ lower-cases to two units.
  'İstanbul, spring İ summer: İİİ 1 mai.',
  'Le prix : €5, € 12, €€ 7, and 😀 summer 😀 spring 2024 😀.',
  'Du 8 au 12, le  3, LE 4, on the 21, at 10:30, around  7, at noon, ale 5, blue 6, au 123.',
  '',
];

describe('rule triggers', () => {
  it('find what matchAll finds, in every case rule', () => {
    for (const pattern of PATTERNS) {
      for (const text of [...TEXTS, TEXTS.join(' '), TEXTS.join('\n').repeat(8)]) {
        const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
        const want = spans(execAll(pattern, text));
        expect(spans(matchAllNear(pattern, text)), `${pattern} on ${text}`).toEqual(want);
        expect(mayMatch(pattern, text) || want.length === 0).toBe(true);
      }
    }
  });

  it('skip a text without the words', () => {
    expect(mayMatch(PATTERNS[0] as RegExp, 'Prices rose in 2024.')).toBe(false);
    expect(mayMatch(PATTERNS[0] as RegExp, 'SUMMER 2024')).toBe(true);
  });

  it('stay linear on hostile text', () => {
    const hostile = [
      'th'.repeat(100_000),
      '8 '.repeat(100_000),
      `${'a'.repeat(200_000)} summer`,
      '\u212A'.repeat(200_000),
      `${'mai '.repeat(50_000)}`,
    ];
    for (const text of hostile) {
      for (const pattern of PATTERNS) matchAllNear(pattern, text);
    }
    expect(matchAllNear(PATTERNS[0] as RegExp, hostile[2] as string)).toHaveLength(1);
  });
});
