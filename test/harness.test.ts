// The regression harness, the schema and the library API.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { compare, evaluateFolder, tally, valueAgrees } from '../pipeline/evaluate.js';
import { DocumentRecord, type Entity, recordJsonSchema } from '../pipeline/schema.js';
import { validateRecord } from '../pipeline/validate.js';

describe('valueAgrees', () => {
  it('checks only the fields the gold gives, numbers with a tolerance', () => {
    expect(
      valueAgrees({ amount: 5e9, currency: 'MAD' }, { amount: 5000000000.000001, currency: 'MAD', qualifier: 'over' }),
    ).toBe(true);
    expect(valueAgrees({ amount: 5e9, currency: 'MAD' }, { amount: 5e9, currency: 'AED' })).toBe(false);
    expect(valueAgrees({ implied: ['year'] }, { implied: ['year', 'month'] })).toBe(false);
    expect(valueAgrees({ name: 'X' }, null)).toBe(false);
  });
});

describe('compare and tally', () => {
  const text = 'Abc 12 MW à Rabat.';
  const record = (entities: Entity[]): DocumentRecord => ({
    schemaVersion: 1,
    id: 'd',
    language: { code: 'fr', confidence: 1 },
    referenceDate: null,
    entities,
  });
  const gold = {
    entities: [
      { type: 'quantity' as const, start: 4, end: 9, text: '12 MW', value: { amount: 12, unit: 'MW' } },
      { type: 'location' as const, start: 12, end: 17, text: 'Rabat', value: { name: 'Rabat', country: 'MA' } },
    ],
  };
  it('reports missing, spurious and wrong values, and scores them', () => {
    const got = record([
      { type: 'quantity', text: '12 MW', start: 4, end: 9, value: { amount: 12, unit: 'kW', dimension: 'power' } },
      { type: 'person', text: 'Abc', start: 0, end: 3, value: { name: 'Abc' } },
    ]);
    const diffs = compare('d', gold, got, text);
    expect(diffs.map((d) => `${d.kind}:${d.type}`).sort()).toEqual([
      'missing:location',
      'spurious:person',
      'wrong-value:quantity',
    ]);
    const { byType, overall } = tally(diffs, gold.entities, got.entities);
    expect(byType.quantity).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(overall.f1).toBe(0);
  });
  it('flags gold whose offsets do not slice to its text', () => {
    const bad = { entities: [{ type: 'location' as const, start: 11, end: 16, text: 'Rabat', value: {} }] };
    expect(compare('d', bad, record([]), text)[0]?.kind).toBe('bad-gold');
  });
  it('evaluates a folder of articles with gold files beside them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tamis-eval-'));
    await writeFile(join(dir, 'a.txt'), 'Un texte sans rien.');
    await writeFile(join(dir, 'a.gold.json'), JSON.stringify({ lang: 'fr', entities: [] }));
    await writeFile(join(dir, 'b.txt'), 'Sans gold: ignoré.');
    const report = await evaluateFolder(dir);
    expect(report.documents).toBe(1);
    expect(report.overall.f1).toBe(1);
  });
});

describe('schema and API', () => {
  it('exports a JSON Schema that names every entity type', () => {
    const json = JSON.stringify(recordJsonSchema());
    for (const t of ['date', 'money', 'quantity', 'person', 'organization', 'location'])
      expect(json).toContain(`"const":"${t}"`);
  });
  it('returns a valid record for any text, honouring the hints', () => {
    const record = extract('date 2024-05-08\nUn texte court.', { id: 'x', lang: 'fr' });
    expect(DocumentRecord.parse(record)).toMatchObject({
      id: 'x',
      language: { code: 'fr', confidence: 1 },
      referenceDate: '2024-05-08',
    });
    for (const e of record.entities) expect('date 2024-05-08\nUn texte court.'.slice(e.start, e.end)).toBe(e.text);
  });
  it('converts money into the asked currency, and leaves amounts it cannot convert alone', () => {
    const text = 'Le contrat vaut 10 millions de dollars, et 3 millions de dirhams.';
    const [usd, mad] = extract(text, { lang: 'fr', types: ['money'], currency: 'EUR' }).entities;
    expect(usd?.value).toMatchObject({ currency: 'USD', converted: { currency: 'EUR', rateDate: expect.any(String) } });
    const eur = usd?.type === 'money' ? usd.value.converted?.amount : undefined;
    expect(eur).toBeGreaterThan(8e6);
    expect(eur).toBeLessThan(10e6);
    expect(mad?.value).not.toHaveProperty('converted');
  });
  it('rejects a record whose date has both a point and a range', () => {
    const bad = {
      schemaVersion: 1,
      id: 'x',
      language: { code: 'fr', confidence: 1 },
      referenceDate: null,
      entities: [
        { type: 'date', text: '2020', start: 0, end: 4, value: { value: '2020', start: '2020', grain: 'year' } },
      ],
    };
    expect(DocumentRecord.safeParse(bad).success).toBe(false);
  });
});

describe('API options as the README documents them', () => {
  const text = 'date 2024-05-08\nHier, Paul Marchand a promis 20 millions de dollars pour une usine de 40 MW à Lyon.';
  it('throws a TypeError on a caller mistake instead of returning an empty record', () => {
    expect(() => extract(42 as unknown as string)).toThrow(TypeError);
    expect(() => extract(undefined as unknown as string)).toThrow(/text must be a string/);
    expect(() => extract(text, { types: ['money', 'price' as never] })).toThrow(/unknown type\(s\) price/);
    expect(() => extract(text, { currency: 'XYZ' })).toThrow(/XYZ/);
    expect(() => extract(text, { date: new Date() as unknown as string })).toThrow(/date must be a string/);
    expect(() => extract(text, { id: 7 as unknown as string })).toThrow(/id must be a string/);
  });
  it('takes a currency code in any case, as the CLI does', () => {
    const record = extract(text, { types: ['money'], currency: 'eur' });
    expect(record.error).toBeUndefined();
    const [money] = record.entities;
    expect(money?.type === 'money' && money.value.converted?.currency).toBe('EUR');
  });
  it('takes a language tag in any usual form', () => {
    for (const lang of ['FR', 'fr-CA', 'fr_FR']) expect(extract(text, { lang }).language.code).toBe('fr');
  });
});

describe('header', () => {
  it('skips and warns about a header date that is no real date, and never reads it as body text', () => {
    const text = 'date 2024-13-45\nHier, la société a livré 40 MW à Lyon.';
    const record = extract(text, { lang: 'fr' });
    expect(record.referenceDate).toBeNull();
    expect(record.warnings?.map((w) => w.code)).toContain('bad-date');
    const bodyStart = text.indexOf('Hier');
    for (const e of record.entities) expect(e.start).toBeGreaterThanOrEqual(bodyStart);
    expect(record.entities.map((e) => e.text)).toContain('40 MW');
  });
  it('reads a language tag in the header, and leaves a body that opens on a name alone', () => {
    expect(extract('lang en-GB\nThe plant delivered 40 MW in Leeds.').language.code).toBe('en');
    const body = 'Lang Li a annoncé mardi 40 MW pour la ville de Lyon, selon la mairie.';
    expect(extract(body).warnings?.map((w) => w.code) ?? []).not.toContain('bad-language-hint');
    expect(extract(body).language.code).toBe('fr');
  });
  it('stays linear on a hostile header-like start', () => {
    const hostile = `date ${'2024-'.repeat(40_000)}\n${'date 1 '.repeat(30_000)}`;
    const record = extract(hostile);
    expect(record.id).toBe('doc');
  });
});

describe('evaluateFolder with broken gold', () => {
  it('reports an unreadable gold file as bad-gold and still scores the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tamis-eval-bad-'));
    await writeFile(join(dir, 'a.txt'), 'Un texte sans rien.');
    await writeFile(join(dir, 'a.gold.json'), JSON.stringify({ entities: [] }));
    await writeFile(join(dir, 'b.txt'), 'Un autre texte.');
    await writeFile(join(dir, 'b.gold.json'), '{"entities": [');
    await writeFile(join(dir, 'c.txt'), 'Encore un.');
    await writeFile(join(dir, 'c.gold.json'), JSON.stringify({ entities: [{ type: 'price' }] }));
    const report = await evaluateFolder(dir);
    expect(report.documents).toBe(1);
    expect(report.differences.map((d) => [d.doc, d.kind])).toEqual([
      ['b', 'bad-gold'],
      ['c', 'bad-gold'],
    ]);
  });
});

describe('validateRecord', () => {
  it('turns a record that fails the schema into an error record that passes it, keeping its source', () => {
    const source = { path: '/a.txt', sha256: 'a'.repeat(64), bytes: 3, encoding: 'utf-8' };
    const broken = {
      schemaVersion: 1 as const,
      id: 'x',
      language: { code: 'english', confidence: 2 },
      referenceDate: '8 mai',
      entities: [{ type: 'money', text: '3 €', start: 0, end: 3, value: { amount: 'three' } }],
      source,
    } as unknown as DocumentRecord;
    const record = validateRecord(broken);
    expect(DocumentRecord.parse(record)).toMatchObject({
      id: 'x',
      language: { code: 'und' },
      referenceDate: null,
      entities: [],
      source,
      error: { code: 'invalid-record' },
    });
  });
});

describe('batch-wide defaults', () => {
  it('a header in the text wins over fallbackDate / fallbackLang, which fill in when there is none', () => {
    const withHeader = extract('date 2024-05-01 lang fr\nHier, 40 MW.', {
      fallbackDate: '2020-01-10',
      fallbackLang: 'en',
    });
    expect(withHeader.referenceDate).toBe('2024-05-01');
    expect(withHeader.language.code).toBe('fr');
    const bare = extract('Hier, 40 MW.', { fallbackDate: '2020-01-10', fallbackLang: 'fr' });
    expect(bare.referenceDate).toBe('2020-01-10');
    expect(bare.language.code).toBe('fr');
    expect(extract('date 2024-05-01\nHier.', { date: '2021-03-03' }).referenceDate).toBe('2021-03-03');
  });
});
