// The pipeline's own stages, each on small texts written for the purpose.
import { describe, expect, it } from 'vitest';
import type { PlacedMention } from '../pipeline/document.js';
import { newDoc } from '../pipeline/document.js';
import { passagesOf } from '../pipeline/extract.js';
import { readHeader } from '../pipeline/header.js';
import { resolveOverlaps } from '../pipeline/link.js';
import { parseReferenceDate } from '../pipeline/reference-date.js';
import { InputDocument } from '../pipeline/schema.js';
import { splitSentences } from '../pipeline/segment.js';

describe('reference dates', () => {
  it('keeps the grain the text gives and invents nothing', () => {
    expect(parseReferenceDate('2024-05')).toMatchObject({
      iso: '2024-05',
      grain: 'month',
      year: 2024,
      month: 5,
      day: undefined,
    });
    expect(parseReferenceDate('2013-02-12T04:30:00')).toMatchObject({
      grain: 'second',
      hour: 4,
      minute: 30,
      second: 0,
    });
    expect(parseReferenceDate('2024')?.grain).toBe('year');
  });
  it('accepts fractions of a second and a zone, and drops them', () => {
    expect(parseReferenceDate('2017-09-28T14:11:10.9626841')?.iso).toBe('2017-09-28T14:11:10');
    expect(parseReferenceDate('2017-09-28T14:11Z')?.iso).toBe('2017-09-28T14:11');
    expect(InputDocument.safeParse({ id: 'a', text: '', date: '2017-09-28T14:11:10.96+02:00' }).success).toBe(true);
    expect(InputDocument.safeParse({ id: 'a', text: '', date: 'yesterday' }).success).toBe(false);
  });
  it('rejects impossible dates and other strings', () => {
    for (const bad of ['2024-13', '2023-02-29', '2024-05-08T25:00', 'mai 2024', ''])
      expect(parseReferenceDate(bad)).toBeNull();
    expect(parseReferenceDate('2024-02-29')?.day).toBe(29);
  });
});

describe('header', () => {
  const read = (text: string, options = {}) => {
    const doc = newDoc('d', text, options);
    readHeader(doc);
    return doc;
  };
  it('reads a date header sharing its line with the body', () => {
    const doc = read(' date 2023-11 Le conseil a voté.');
    expect(doc.referenceDate?.iso).toBe('2023-11');
    expect(doc.text.slice(doc.bodyStart)).toBe('Le conseil a voté.');
  });
  it('reads header lines and a language hint', () => {
    const doc = read('date: 2022-01-15\nlang en\nThe board met.');
    expect(doc.referenceDate?.iso).toBe('2022-01-15');
    expect(doc.options.lang).toBe('en');
    expect(doc.text.slice(doc.bodyStart)).toBe('The board met.');
  });
  it('leaves a body that merely starts with the word alone', () => {
    const doc = read('Date limite : le dossier doit arriver demain.');
    expect(doc.referenceDate).toBeNull();
    expect(doc.bodyStart).toBe(0);
  });
  it("lets the caller's date win and warns about a bad one", () => {
    expect(read('date 2020-01 Texte.', { date: '2021-06-01' }).referenceDate?.iso).toBe('2021-06-01');
    const bad = read('Texte.', { date: 'hier' });
    expect(bad.referenceDate).toBeNull();
    expect(bad.warnings.map((w) => w.code)).toEqual(['bad-date']);
  });
});

describe('sentences', () => {
  const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('splits on terminal punctuation before a capital', () => {
    expect(texts('Le projet avance. La signature aura lieu mardi! Qui paiera ?')).toEqual([
      'Le projet avance.',
      'La signature aura lieu mardi!',
      'Qui paiera ?',
    ]);
  });
  it('does not split after abbreviations, initials or decimals', () => {
    expect(texts('M. Dupont et J. Martin ont signé. Le coût: 1.5 million.')).toEqual([
      'M. Dupont et J. Martin ont signé.',
      'Le coût: 1.5 million.',
    ]);
    expect(texts('Mr. Smith met Dr. Jones in the U.S. capital.')).toHaveLength(1);
  });
  it('ends a sentence at a blank line, and keeps offsets exact', () => {
    const text = '  Titre sans point\n\nPremier paragraphe.  ';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['Titre sans point', 'Premier paragraphe.']);
  });
  it('stays linear on a long run of punctuation and spaces', () => {
    const hostile = '. '.repeat(100_000) + 'A'.repeat(100_000);
    expect(splitSentences(hostile).length).toBeGreaterThan(0);
  });
});

const mention = (type: PlacedMention['type'], start: number, end: number, extra: Partial<PlacedMention> = {}) =>
  ({ type, start, end, value: {}, rule: `${type}.test`, lang: 'fr', ...extra }) as PlacedMention;

describe('overlaps', () => {
  it('keeps the longest mention', () => {
    const kept = resolveOverlaps([mention('quantity', 0, 3), mention('money', 0, 10), mention('date', 12, 16)]);
    expect(kept.map((m) => [m.type, m.start, m.end])).toEqual([
      ['money', 0, 10],
      ['date', 12, 16],
    ]);
  });
  it('prefers money over a quantity over a date on the same span', () => {
    expect(resolveOverlaps([mention('date', 0, 4), mention('money', 0, 4), mention('quantity', 0, 4)])[0]?.type).toBe(
      'money',
    );
  });
  it('drops a latent mention that touches anything', () => {
    const kept = resolveOverlaps([mention('location', 0, 12, { latent: true }), mention('date', 8, 10)]);
    expect(kept.map((m) => m.type)).toEqual(['date']);
  });
  it('reads mentions far into the text as near its start', () => {
    const kept = resolveOverlaps([
      mention('quantity', 5000, 5003),
      mention('money', 5000, 5010),
      mention('date', 5010, 5014),
    ]);
    expect(kept.map((m) => [m.type, m.start, m.end])).toEqual([
      ['money', 5000, 5010],
      ['date', 5010, 5014],
    ]);
  });
  it('keeps mentions that merely touch at their edges', () => {
    expect(resolveOverlaps([mention('person', 0, 5), mention('location', 5, 9)])).toHaveLength(2);
  });
});

describe('passages', () => {
  it('cuts the body around segments in another language', () => {
    const doc = newDoc('d', 'date 2024-05 Texte français. English quote here. Suite.');
    doc.bodyStart = 13;
    doc.language = { code: 'fr', confidence: 0.9 };
    doc.segments = [{ start: 29, end: 48, language: { code: 'en', confidence: 0.8 } }];
    expect(passagesOf(doc)).toEqual([
      { start: 13, end: 29, lang: 'fr' },
      { start: 29, end: 48, lang: 'en' },
      { start: 48, end: doc.text.length, lang: 'fr' },
    ]);
  });
});

describe('extraction on passages', () => {
  it('gives each passage the sentences it overlaps, clipped to it', async () => {
    const { extractMentions } = await import('../pipeline/extract.js');
    const seen: string[][] = [];
    const { EXTRACTORS } = await import('../extractors/index.js');
    const probe = EXTRACTORS.find((e) => e.lang === 'en');
    expect(probe).toBeDefined();
    const original = probe!.extract;
    probe!.extract = (ctx) => {
      seen.push(ctx.sentences.map((s) => ctx.text.slice(s.start, s.end)));
      return [];
    };
    try {
      const text = 'Il a dit « we will build it next year » hier. Fin.';
      const doc = newDoc('d', text, { types: [probe!.types[0]!] });
      doc.language = { code: 'fr', confidence: 1 };
      const quote = 'we will build it next year';
      const at = text.indexOf(quote);
      doc.segments = [{ start: at, end: at + quote.length, language: { code: 'en', confidence: 0.9 } }];
      doc.sentences = splitSentences(text);
      extractMentions(doc);
      expect(seen).toEqual([['we will build it next year']]);
    } finally {
      probe!.extract = original;
    }
  });
});

describe('a language hint', () => {
  // French around a long English quote: without a hint the quote would become an English segment.
  const frenchWithQuote =
    'Le ministre a annoncé mardi à Lyon un plan de 40 millions d’euros pour les écoles de la région. ' +
    '« We will not back down on this reform, whatever the unions decide next week », a répondu son homologue. ' +
    'Le texte sera examiné en commission avant un vote prévu en juin.';

  it('skips detection: the hint for every passage, no segments, from every way of giving it', async () => {
    const { extract } = await import('../index.js');
    expect(extract(frenchWithQuote).segments?.map((s) => s.language.code)).toEqual(['en']);
    for (const record of [
      extract(frenchWithQuote, { lang: 'en' }),
      extract(`lang en\n${frenchWithQuote}`),
      extract(frenchWithQuote, { fallbackLang: 'en' }),
    ]) {
      expect(record.language).toEqual({ code: 'en', confidence: 1 });
      expect(record.segments).toBeUndefined();
      for (const e of record.entities) expect(e.rule).toMatch(/^\w+\.en\./);
    }
    const french = extract(frenchWithQuote, { lang: 'fr' });
    expect(french.segments).toBeUndefined();
    expect(french.entities.map((e) => e.rule).filter((r) => /\.en\./.test(r ?? ''))).toEqual([]);
  });

  it('keeps a language without rules as given, and says so once', async () => {
    const { extract } = await import('../index.js');
    const record = extract(frenchWithQuote, { lang: 'xx' });
    expect(record.language).toEqual({ code: 'xx', confidence: 1 });
    expect(record.segments).toBeUndefined();
    expect(record.entities).toEqual([]);
    expect(record.warnings?.map((w) => w.code)).toEqual(['unsupported-language']);
  });
});

describe('the unsupported-language warning', () => {
  it('is not given for text too short to tell a language from, as for an empty one', async () => {
    const { extract } = await import('../index.js');
    for (const text of ['', '   \n\t ', '2024', 'Zxqwv', 'Brzqk !', '—— 42 % ——'])
      expect(extract(text).warnings?.map((w) => w.code) ?? [], JSON.stringify(text)).not.toContain(
        'unsupported-language',
      );
    // Words enough, yet no known language: that is worth saying.
    const gibberish = extract('Zxqwv brzqk tfvmn grplk wxcvb');
    expect(gibberish.language.code).toBe('und');
    expect(gibberish.warnings?.map((w) => w.code)).toEqual(['unsupported-language']);
  });

  it('stays linear on long runs of blanks, digits and one-letter words', async () => {
    const { extract } = await import('../index.js');
    for (const hostile of [' '.repeat(200_000), '7 '.repeat(100_000), 'a '.repeat(100_000)])
      expect(extract(hostile).id).toBe('doc');
  });
});
