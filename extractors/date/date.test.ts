// Behaviour of the date grammar that the corpus files cannot state: several dates in one text,
// the document's numeric order, no reference date, partial references, and hostile input.
import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';
import { parseReferenceDate } from '../../pipeline/reference-date.js';
import { holidayDate } from './holidays.js';
import { resolveAtom } from './resolve.js';

const dates = (text: string, lang: 'fr' | 'en', date?: string) =>
  extract(text, { lang, date, types: ['date'] }).entities.map((e) => ({ text: e.text, value: e.value }));

describe('numeric dates', () => {
  it('reads day first in French', () => {
    expect(dates('Réunion le 05/08/2024.', 'fr')[0]?.value).toMatchObject({ value: '2024-08-05' });
  });
  it('reads month first in US text', () => {
    expect(dates('The hearing on 05/08/2024 was delayed.', 'en')[0]?.value).toMatchObject({ value: '2024-05-08' });
  });
  it('reads day first in a text that writes its dates day first', () => {
    const found = dates('The council met on 3 May 2024 and voted on 05/08/2024.', 'en');
    expect(found.map((d) => d.value)).toContainEqual(expect.objectContaining({ value: '2024-08-05' }));
  });
  it('reads day first when the month-first reading is impossible', () => {
    expect(dates('Delivery is due on 23/12/2024.', 'en')[0]?.value).toMatchObject({ value: '2024-12-23' });
  });
});

describe('parts of a week and days after them', () => {
  it('keeps the part of the week and the day named after it apart', () => {
    expect(dates('Le conseil a siégé en début de semaine, lundi matin, à huis clos.', 'fr', '2024-05-08')).toEqual([
      { text: 'début de semaine', value: { start: '2024-05-06', end: '2024-05-07', grain: 'day', mod: 'start' } },
      { text: 'lundi matin', value: { start: '2024-05-06T08:00', end: '2024-05-06T11:59', grain: 'minute' } },
    ]);
  });
  it('still reads a weekday in a week named before it', () => {
    expect(dates('Le vote aura lieu la semaine prochaine, mardi.', 'fr', '2024-05-08')[0]).toMatchObject({
      value: { value: '2024-05-14', grain: 'day' },
    });
  });
});

describe('parts of the day with no day told', () => {
  it('takes a day told after the part, and today otherwise', () => {
    expect(dates('Senators voted after lunch on Monday.', 'en', '2024-05-08')[0]?.value).toMatchObject({
      start: '2024-05-06T13:00',
    });
    expect(dates('Senators will vote after lunch.', 'en', '2024-05-08')[0]?.value).toMatchObject({
      start: '2024-05-08T13:00',
    });
  });
});

describe('holidays with no tense cue', () => {
  it('reads them ahead, unless one falls within two weeks of the reference', () => {
    const christmas = (date: string) => dates('Shops close on Christmas Day.', 'en', date)[0]?.value;
    expect(christmas('2024-05-08')).toMatchObject({ value: '2024-12-25' });
    expect(christmas('2025-01-03')).toMatchObject({ value: '2024-12-25' });
    expect(christmas('2024-12-30')).toMatchObject({ value: '2024-12-25' });
    expect(dates('Shops close on New Year’s Day.', 'en', '2024-05-08')[0]?.value).toMatchObject({
      value: '2025-01-01',
    });
  });
});

describe('reference date', () => {
  it('keeps a relative date with no value when there is no reference', () => {
    expect(dates('Le ministre a parlé hier.', 'fr')).toEqual([{ text: 'hier', value: null }]);
  });
  it('does not invent a day from a month-only reference', () => {
    expect(dates('Le ministre a parlé hier.', 'fr', '2024-05')).toEqual([{ text: 'hier', value: null }]);
    expect(dates('Les prix ont baissé le mois dernier.', 'fr', '2024-05')[0]?.value).toEqual({
      value: '2024-04',
      grain: 'month',
    });
  });
  it('keeps a day of the reference month in its year, whatever the tense', () => {
    for (const [text, lang] of [
      ['Le 12 mai, le maire a inauguré la gare.', 'fr'],
      ['On May 12, the mayor opened the station.', 'en'],
    ] as const) {
      expect(dates(text, lang, '2024-05')[0]?.value, text).toMatchObject({ value: '2024-05-12' });
    }
  });
  it('marks the parts taken from the reference as implied', () => {
    expect(dates('Le tarif change le 1er juillet.', 'fr', '2024-05-08')[0]?.value).toEqual({
      value: '2024-07-01',
      grain: 'day',
      implied: ['year'],
    });
  });
  it('reads a bare month in the past of a past-tense sentence', () => {
    expect(dates('Les ventes ont chuté en septembre.', 'fr', '2024-05-08')[0]?.value).toMatchObject({
      value: '2023-09',
    });
    expect(dates('Les ventes reprendront en septembre.', 'fr', '2024-05-08')[0]?.value).toMatchObject({
      value: '2024-09',
    });
  });
});

describe('several dates in a text', () => {
  it('finds each date of the seed-like sentence and nothing else', () => {
    const text =
      'Prévue le 8 mai 2024 à Austin, la signature suit un premier accord conclu en 2018 avec 2 500 salariés.';
    expect(dates(text, 'fr', '2024-05')).toEqual([
      { text: '8 mai 2024', value: { value: '2024-05-08', grain: 'day' } },
      { text: '2018', value: { value: '2018', grain: 'year' } },
    ]);
  });
});

describe('holidays, weeks and shifts', () => {
  it('finds Islamic holidays on the Umm al-Qura calendar, the first one in a year that has two', () => {
    expect(holidayDate('eid-al-fitr', 2024)).toEqual([4, 10]);
    expect(holidayDate('eid-al-adha', 2023)).toEqual([6, 28]);
    expect(holidayDate('eid-al-fitr', 2000)).toEqual([1, 8]);
  });
  it('places a holiday by its rule and the tense', () => {
    expect(dates('Le chantier sera achevé pour Pâques.', 'fr', '2024-05-08')[0]?.value).toMatchObject({
      value: '2025-04-20',
    });
    expect(dates('Sales were strong at Thanksgiving.', 'en', '2024-05-08')[0]?.value).toMatchObject({
      value: '2023-11-23',
    });
  });
  it('gives the nth week of a period ISO-style', () => {
    expect(dates('Output fell in the last week of 2024.', 'en', '2024-05-08')[0]?.value).toEqual({
      value: '2024-12-23',
      grain: 'week',
    });
  });
  it('moves a day by an amount read before it', () => {
    expect(dates('The ruling is due three weeks from tomorrow.', 'en', '2024-05-08')[0]).toEqual({
      text: 'three weeks from tomorrow',
      value: { value: '2024-05-30', grain: 'day' },
    });
  });
  it('gives a French shift at the grain of its unit, never a fabricated day', () => {
    expect(dates("L'usine a fermé il y a trois ans.", 'fr', '2024-05')[0]?.value).toEqual({
      value: '2021',
      grain: 'year',
    });
    expect(dates("L'usine a fermé il y a trois jours.", 'fr', '2024-05')[0]?.value).toBeNull();
  });
  it('counts "suivant(e)" / "précédent(e)" from the period just told, not from the reference', () => {
    const prev = dates(
      "Le bénéfice a atteint 3 milliards en 2023, contre 2 milliards l'année précédente.",
      'fr',
      '2024-05-08',
    );
    expect(prev.map((d) => [d.text, d.value])).toEqual([
      ['2023', { value: '2023', grain: 'year' }],
      ['année précédente', { value: '2022', grain: 'year' }],
    ]);
    const next = dates('Elle a été nommée en avril 2017 puis reconduite le mois suivant.', 'fr', '2024-05-08');
    expect(next[1]?.value).toEqual({ value: '2017-05', grain: 'month' });
    // Nothing told before: no value from the reference.
    expect(dates('La semaine suivante, le ministre a démissionné.', 'fr', '2024-05-08')).toEqual([]);
  });
  it('reads "dernier" with a day and month in the past', () => {
    expect(
      dates('Les usines sont à l’arrêt depuis le 14 décembre dernier.', 'fr', '2024-05-08')[0]?.value,
    ).toMatchObject({
      start: '2023-12-14',
      mod: 'since',
    });
  });
});

describe('resolve', () => {
  const ref = parseReferenceDate('2024-05-08');
  it('gives quarters as their first month and weeks as their Monday', () => {
    expect(resolveAtom({ kind: 'quarter', n: 3, year: 2025 }, ref, undefined)).toEqual({
      value: '2025-07',
      grain: 'quarter',
    });
    expect(resolveAtom({ kind: 'cycle', unit: 'week', offset: 1 }, ref, undefined)).toEqual({
      value: '2024-05-13',
      grain: 'week',
    });
  });
  it('ends an open range before its bound', () => {
    expect(resolveAtom({ kind: 'range', to: { kind: 'calendar', year: 2020 }, mod: 'before' }, ref, undefined)).toEqual(
      {
        end: '2019',
        grain: 'year',
        mod: 'before',
      },
    );
  });
  it('rejects an impossible date', () => {
    expect(resolveAtom({ kind: 'calendar', year: 2023, month: 2, day: 30 }, ref, undefined)).toBeNull();
  });
});

describe('hostile input', () => {
  const hostile = [
    '1'.repeat(200_000),
    '12/'.repeat(70_000),
    'le 8 '.repeat(40_000),
    '2018 '.repeat(40_000),
    'de 14h à '.repeat(25_000),
    ` ${'('.repeat(100_000)}mai${')'.repeat(100_000)}`,
    'nineteen twenty '.repeat(12_000),
    'in the week of the day '.repeat(9_000),
    'last Monday of '.repeat(13_000),
    'dans les deux '.repeat(14_000),
    'at 730 in the '.repeat(14_000),
    'depuis trois cela fait '.repeat(9_000),
    'end of the day EOD year to date '.repeat(6_000),
    'for 3 days, starting from '.repeat(8_000),
    'the last two weeks of the first ten days of '.repeat(5_000),
    'next 4 business days this working week '.repeat(5_000),
    '2 years and 3 months, 4 days and '.repeat(6_000),
    'on the 17 from 2 on the 17 at 3pm '.repeat(6_000),
    'Friday after next 3 Fridays from late Monday, '.repeat(5_000),
    'Monday or Tuesday, Wednesday and Thursday next week or '.repeat(4_000),
    'Monday, '.repeat(25_000),
    'Dec/2018-12/2019-'.repeat(12_000),
    'this year or next week or this '.repeat(7_000),
    'between now and 8 between 2:00 tomorrow and '.repeat(5_000),
    'les 1, 2, 3 et '.repeat(14_000),
    'Oct/'.repeat(50_000),
    'le vingt-cinq plus tôt dans la '.repeat(7_000),
    'fin du mois de début des '.repeat(8_000),
    'les deux premiers mois de la nuit de lundi à '.repeat(4_000),
    '2015/08/2015/08/28 nov 28-Nov '.repeat(6_000),
    'la veille le lendemain '.repeat(9_000),
    "le 17 02 le 1 1 jour d'après jour suivant deux jours plus tard semaine qui suit ".repeat(2_500),
    `le ${'17 '.repeat(60_000)}`,
    'du 4 au 22 de ce mois du 1 '.repeat(7_000),
    'tard dans la tôt ce soir à 8 '.repeat(7_000),
    'midi moins midi quinze minuit '.repeat(7_000),
    'lundi en lundi en huit en '.repeat(8_000),
    'in about a quarter of an 3/4 1/2 '.repeat(6_000),
    'le 12 mai en début de la journée en '.repeat(5_000),
    'in the last 2 seconds in 3 secs from now after lunch in the '.repeat(3_500),
    'première quinzaine du mois de lendemain du veille de '.repeat(4_000),
    'deux jours avant le 13e au 15e mai vingt vingt '.repeat(4_000),
    'dans la journée dans la semaine au cours de la '.repeat(4_000),
    '16-17 h 30 de 9 à 12 heures de cinq trente du soir '.repeat(4_000),
    'the three months to the year to September 30 '.repeat(4_000),
    'at half at 1030 at 330 p.m. after lunch '.repeat(5_000),
    'early hours of the small hours of Sunday '.repeat(5_000),
    'third last week of fifth last day of 2018Q4 '.repeat(4_000),
    'by close of business by year-end January-March '.repeat(4_000),
    'the week ended May 3 the 2024 election On Tuesday, 12 9 tomorrow '.repeat(3_000),
    "très tôt le matin très tôt à l'heure du déjeuner après le travail dans 5' 2\" ".repeat(3_000),
    'du 13e au dix-huit entre le 2 et le trois dernières secondes '.repeat(3_000),
    `dans ${"'".repeat(100_000)}`,
    'les 3 mois suivants entre midi et deux cette décennie plus tard dans l’après-midi dans 1h30 '.repeat(2_500),
    `${'la veille au soir demain de '.repeat(5_000)}${'du '.repeat(20_000)}`,
    'from 9:30am for 7 hours from Friday 7-6 five to seven today pm 1990 s '.repeat(3_000),
    'for two hours from 10 from two to three tomorrow am last evening next '.repeat(3_000),
    'the first Monday evening of won 3-2 on the 90s at 5-3 FY24 '.repeat(3_000),
    'Monday, the 1st of January 1, next year of last year May this '.repeat(3_000),
    `${'expects said '.repeat(8_000)}the year to June ${'said sees '.repeat(8_000)}`,
  ];
  it.each(hostile.map((t) => [t.slice(0, 12), t]))('finishes on %s…', (_label, text) => {
    const record = extract(text, { lang: 'fr', date: '2024-05-08', types: ['date'] });
    expect(record.error).toBeUndefined();
    const en = extract(text, { lang: 'en', date: '2024-05-08', types: ['date'] });
    expect(en.error).toBeUndefined();
  });
});

describe('English periods counted from what the text told', () => {
  const values = (t: string) => dates(t, 'en', '2024-05-08').map((d) => d.value);
  it('reads the following / previous / next year from the year just told', () => {
    expect(values('He joined in 2015 and left the following year.')).toEqual([
      { value: '2015', grain: 'year' },
      { value: '2016', grain: 'year' },
    ]);
    expect(values('He was elected in 2015 and re-elected the next year.')).toEqual([
      { value: '2015', grain: 'year' },
      { value: '2016', grain: 'year' },
    ]);
    expect(values('Prices fell in December 2023 and rose the following month.')).toEqual([
      { value: '2023-12', grain: 'month' },
      { value: '2024-01', grain: 'month' },
    ]);
  });
  it('reads the following N years from the year told, and leaves out a story told in the past', () => {
    expect(values('Prices rose in 2019 and fell over the following two years.')).toEqual([
      { value: '2019', grain: 'year' },
      { start: '2020', end: '2021', grain: 'year' },
    ]);
    expect(values('Over the following three days, the rains continued.')).toEqual([]);
  });
  it('leaves out "N units later" after a day or year told', () => {
    expect(values('The firm was founded in 1998; ten years later it went bust.')).toEqual([
      { value: '1998', grain: 'year' },
    ]);
  });
});

describe('ranges need their words', () => {
  it('reads "from X and Y" as two dates, "between X and Y" as a range', () => {
    const values = (t: string) => dates(t, 'en', '2024-05-08').map((d) => d.value);
    expect(values('Figures from 2015 and 2016 were revised.')).toEqual([
      { value: '2015', grain: 'year' },
      { value: '2016', grain: 'year' },
    ]);
    expect(values('Figures between 2015 and 2016 were revised.')).toEqual([
      { start: '2015', end: '2016', grain: 'year' },
    ]);
  });
});

describe('lists and elisions', () => {
  it('gives listed weekdays the week one of them names', () => {
    const values = (t: string) => dates(t, 'en', '2024-05-08').map((d) => d.value);
    expect(values('Strikes are planned for Tuesday and Thursday next week.')).toEqual([
      { value: '2024-05-14', grain: 'day' },
      { value: '2024-05-16', grain: 'day' },
    ]);
    expect(values('Talks are set for next Monday or Thursday, or last Friday.')).toEqual([
      { value: '2024-05-13', grain: 'day' },
      { value: '2024-05-16', grain: 'day' },
      { value: '2024-05-03', grain: 'day' },
    ]);
    // Not listed: each weekday keeps its own reading.
    expect(values('Talks were held on Monday. Next week they resume.')).toEqual([
      { value: '2024-05-06', grain: 'day' },
      { value: '2024-05-13', grain: 'week' },
    ]);
  });
  it('reads a period named again by its qualifier alone', () => {
    expect(dates('Growth should slow this year or next, the bank said.', 'en', '2024-05-08')).toEqual([
      { text: 'this year', value: { value: '2024', grain: 'year' } },
      { text: 'next', value: { value: '2025', grain: 'year' } },
    ]);
    expect(dates('The next step is unclear.', 'en', '2024-05-08')).toEqual([]);
  });
});

describe('clock shifts and seasons', () => {
  const at = '2024-01-15T10:00';
  it('moves the clock by fractions of an hour', () => {
    for (const [text, value] of [
      ['The rescue team should arrive in a quarter of an hour.', '2024-01-15T10:15'],
      ['Polls close in 1/2 hour.', '2024-01-15T10:30'],
      ['The verdict is due in three-quarters of an hour, the clerk said.', '2024-01-15T10:45'],
      ['The plane landed half an hour ago.', '2024-01-15T09:30'],
    ] as const)
      expect(dates(text, 'en', at)[0]?.value).toEqual({ value, grain: 'minute' });
  });
  it('reads "this winter" told in January as the winter under way', () => {
    expect(dates('Les prix ont flambé cet hiver.', 'fr', at)[0]?.value).toMatchObject({
      start: '2023-12',
      end: '2024-02',
    });
    expect(dates('Heating bills rose this winter.', 'en', '2024-11-02')[0]?.value).toMatchObject({
      start: '2024-12',
      end: '2025-02',
    });
  });
});

describe('words that depend on the story', () => {
  it('reads "le lendemain" from the reference only when no day was just told', () => {
    expect(dates('Les résultats seront connus le lendemain.', 'fr', '2024-05-08')).toEqual([
      { text: 'lendemain', value: { value: '2024-05-09', grain: 'day' } },
    ]);
    const told = dates('Le texte a été signé le 3 mai. Le lendemain, la bourse a chuté.', 'fr', '2024-05-08');
    expect(told.map((d) => d.text)).toEqual(['3 mai']);
  });
  it('keeps spelled numbers that count things out of the years', () => {
    expect(dates('In 2015 two thousand and fifteen workers signed.', 'en', '2024-05-08').map((d) => d.text)).toEqual([
      '2015',
    ]);
    expect(dates('They left in nineteen ninety six.', 'en', '2024-05-08')[0]?.value).toEqual({
      value: '1996',
      grain: 'year',
    });
  });
});
