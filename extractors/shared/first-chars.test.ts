import { describe, expect, it } from 'vitest';
import { execAll } from './exec-all.js';
import { withFirstCharCheck } from './first-chars.js';

// Patterns and sentences written for this test: rules that open with a lookbehind, whose first
// character may come after optional parts, in any case, or from a group of alternatives.
const PATTERNS = [
  /(?<=(?<![\p{L}\p{N}])(?:le|du|au)[\s\u00A0]{1,3})(\d{1,2})(?![\p{L}\p{N}])/gu,
  /(?<=(?:en|depuis)\s{1,3})(?<core>(?:1[0-9]{3}|2[0-9]{3}))(?!\d)/dgu,
  /(?<=\b(?:at|around) )(?:about )?(\d{1,2}|noon|midnight)/giu,
  /(?<=le )(?:(premier|1er)|\d{1,2}){1,2}\b/gi,
  /(?:(?<=fin )(mai|juin)|(?<=début )[A-Z]\w{0,9})/gu,
  /(?<=x)a{0}b?c/gu,
  /(?<=de )(?:\d{1,2}h)?(?:-\d{1,2}h)/gu,
];
const TEXTS = [
  'Le 8 mai, du 12 au 14 juin, au  3 ; le 123 et le 4e. Depuis 2019, en 1998 et en  2024.',
  'At 10, around noon, AT MIDNIGHT, at about 7 and around About 9. Le PREMIER, le 1er 2, LE 31.',
  'Fin mai, fin JUIN, début Mars et début mars ; xbc, xc, xac, xb. De 10h-12h, de -3h.',
  '',
];

describe('first-character check', () => {
  it('finds exactly the matches of the rule', () => {
    for (const pattern of PATTERNS) {
      const fast = withFirstCharCheck(pattern);
      for (const text of [...TEXTS, TEXTS.join(' ').repeat(5)]) {
        const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, [...m], m.groups, m.indices?.groups]);
        expect(spans(execAll(fast, text)), `${pattern} on ${text}`).toEqual(spans(execAll(pattern, text)));
      }
    }
  });

  it('checks the first character only before a lookbehind, and only when a match cannot be empty', () => {
    expect(withFirstCharCheck(PATTERNS[0] as RegExp).source.startsWith('(?=\\d)')).toBe(true);
    const plain = /(?<![\p{L}])(\d{4})/gu;
    expect(withFirstCharCheck(plain)).toBe(plain);
    const empty = /(?<=le )\d*/gu;
    expect(withFirstCharCheck(empty)).toBe(empty);
    const backreference = /(?<=(a))\1b/gu;
    expect(withFirstCharCheck(backreference)).toBe(backreference);
  });

  it('stays linear on hostile text', () => {
    const hostile = ['le '.repeat(70_000), '1'.repeat(200_000), `${'de 1h'.repeat(40_000)}`];
    for (const text of hostile) for (const pattern of PATTERNS) execAll(withFirstCharCheck(pattern), text);
    expect(execAll(withFirstCharCheck(PATTERNS[0] as RegExp), 'le 5 '.repeat(1000))).toHaveLength(1000);
  });
});
