import { describe, expect, it } from 'vitest';
import { matchAllNear, mayMatch, triggerOf } from '../shared/trigger.js';
import en from './en.js';
import fr from './fr.js';

// News-like sentences written for this test: every rule that matches one must let it through.
const SENTENCES = [
  'Le sommet s’ouvre mardi 14 mars 2023 à 10 h 30, puis du 8 au 10 mai, avant la fin de l’année.',
  "L'usine a fermé il y a trois semaines ; elle rouvrira au printemps 2025 ou dans les années 2030.",
  'Depuis le 1er janvier, les prix ont baissé ; la réunion du 12/03/2024 est reportée à midi.',
  'The summit opens next Tuesday at 3:15 p.m., a week after Labor Day weekend and two days before Christmas.',
  'Revenue rose in the third quarter of 2023, and the company expects growth over the next five years.',
  'Shares fell 4% on 2024-05-08; by the end of the month, the 1990s boom was a memory since last spring.',
  'He arrived at half past seven this morning, right now the talks continue until midnight.',
];

describe('rule triggers', () => {
  it('let through every text a rule matches', () => {
    for (const grammar of [fr, en]) {
      for (const rule of grammar.rules) {
        for (const text of SENTENCES) {
          rule.pattern.lastIndex = 0;
          if (rule.pattern.test(text)) expect(mayMatch(rule.pattern, text), `${grammar.lang} ${rule.name}`).toBe(true);
        }
        rule.pattern.lastIndex = 0;
      }
    }
  });

  it('reads the words a pattern needs, in its own case rules', () => {
    const season = /(?<![\p{L}])(?:in[\s]{1,3})?(spring|summer)(?:[\s]{1,3}\d{4})?/giu;
    expect(mayMatch(season, 'Prices rose in 2024.')).toBe(false);
    expect(mayMatch(season, 'SUMMER 2024')).toBe(true);
    // An optional word is no requirement; a pattern with only classes has no trigger.
    expect(triggerOf(/(?:in )?\d{4}/gu)).toBeNull();
  });

  it('finds what matchAll finds, near the words only', () => {
    const texts = [...SENTENCES, SENTENCES.join(' 😀 '), `${SENTENCES.join('\n').repeat(3)} mai mai 2024 May may 5`];
    for (const grammar of [fr, en]) {
      const patterns = [
        ...grammar.rules,
        { name: 'past', pattern: grammar.tense.past },
        { name: 'future', pattern: grammar.tense.future },
      ];
      for (const rule of patterns) {
        for (const text of texts) {
          const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m.indices?.groups?.core]);
          const want = spans([...text.matchAll(rule.pattern)]);
          expect(spans(matchAllNear(rule.pattern, text)), `${grammar.lang} ${rule.name}`).toEqual(want);
        }
      }
    }
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'1/'.repeat(25_000)}${'a '.repeat(25_000)}${'mai '.repeat(12_500)}${'to 5 May '.repeat(5_000)}`;
    for (const grammar of [fr, en]) for (const rule of grammar.rules) matchAllNear(rule.pattern, hostile);
  });
});
