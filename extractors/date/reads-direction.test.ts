import { describe, expect, it } from 'vitest';
import { parseReferenceDate } from '../../pipeline/reference-date.js';
import { type Atom, readsDirection, resolveAtom } from './resolve.js';

// The engine looks for tense cues only around atoms that read them: an atom said not to must
// resolve alike whatever the direction, against any reference.
const REFERENCES = ['2024-05-08', '2024-01-02', '2023-12-30', '2024-02', '2024'].map((r) => parseReferenceDate(r));

const INDEPENDENT: Atom[] = [
  { kind: 'calendar', year: 2024, month: 3, day: 6 },
  { kind: 'calendar', year: 2018 },
  { kind: 'calendar', year: 2024, month: 2, day: 29 },
  { kind: 'calendar', year: 2023, month: 11, dir: 'past' },
  { kind: 'relative-day', offset: -1 },
  { kind: 'quarter', n: 2, year: 2024 },
  { kind: 'quarter', n: 4, yearOffset: -1 },
  { kind: 'season', season: 3, yearOffset: 0 },
  { kind: 'decade', year: 1990 },
  { kind: 'part', part: 'end', of: { kind: 'calendar', year: 2023 } },
  { kind: 'range', mod: 'until', to: { kind: 'calendar', year: 2026 } },
  { kind: 'range', from: { kind: 'calendar', year: 2024, month: 5 }, to: { kind: 'calendar', year: 2024, month: 9 } },
];

const DEPENDENT: Atom[] = [
  { kind: 'calendar', month: 11 },
  { kind: 'calendar', month: 5, day: 6 },
  { kind: 'weekday', weekday: 2 },
  { kind: 'quarter', n: 4 },
  { kind: 'part', part: 'start', of: { kind: 'calendar', month: 9 } },
  { kind: 'range', from: { kind: 'calendar', month: 5 }, to: { kind: 'calendar', year: 2024, month: 9 } },
];

describe('readsDirection', () => {
  it('is false only for atoms that resolve alike in every direction', () => {
    for (const atom of INDEPENDENT) {
      expect(readsDirection(atom), JSON.stringify(atom)).toBe(false);
      for (const ref of REFERENCES) {
        const plain = resolveAtom(atom, ref, undefined);
        expect(resolveAtom(atom, ref, 'past'), JSON.stringify(atom)).toEqual(plain);
        expect(resolveAtom(atom, ref, 'future'), JSON.stringify(atom)).toEqual(plain);
      }
    }
  });

  it('is true for atoms the tense moves', () => {
    for (const atom of DEPENDENT) expect(readsDirection(atom), JSON.stringify(atom)).toBe(true);
    // (One of them, moved indeed: November told in May is last year's in the past, this year's ahead.)
    const ref = parseReferenceDate('2024-05-08');
    expect(resolveAtom({ kind: 'calendar', month: 11 }, ref, 'past')).not.toEqual(
      resolveAtom({ kind: 'calendar', month: 11 }, ref, 'future'),
    );
  });
});
