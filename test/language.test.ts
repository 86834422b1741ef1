// Language detection: document language, short text, other languages, foreign passages. Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { detectDocumentLanguage, detectLanguage } from '../pipeline/detect-language.js';
import { newDoc } from '../pipeline/document.js';
import { gatherEvidence } from '../pipeline/language/ngram-model.js';
import { analyzeLanguages } from '../pipeline/language/segments.js';

describe('detectLanguage', () => {
  const sentences: [string, string][] = [
    ['fr', "Le conseil municipal a voté mardi soir la rénovation de l'école primaire du quartier."],
    ['en', 'The city council voted on Tuesday evening to renovate the primary school in the district.'],
    ['es', 'El ayuntamiento aprobó el martes por la noche la renovación de la escuela primaria del barrio.'],
    ['pt', 'A câmara municipal aprovou na terça-feira à noite a renovação da escola primária do bairro.'],
    ['it', 'Il consiglio comunale ha approvato martedì sera la ristrutturazione della scuola elementare.'],
    ['de', 'Der Stadtrat hat am Dienstagabend die Renovierung der Grundschule im Viertel beschlossen.'],
    ['nl', 'De gemeenteraad heeft dinsdagavond besloten de basisschool in de wijk te renoveren.'],
    ['ar', 'صوت المجلس البلدي مساء الثلاثاء على تجديد المدرسة الابتدائية في الحي.'],
  ];
  it.each(sentences)('knows a %s sentence, and is sure of it', (code, text) => {
    const guess = detectLanguage(text);
    expect(guess.code).toBe(code);
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  const headlines: [string, string][] = [
    ['fr', 'Hausse des prix du gaz en janvier'],
    ['en', 'Oil prices fall after the storm'],
    ['es', 'Sube el precio de la vivienda'],
    ['pt', 'Governo anuncia novas medidas'],
    ['it', 'Sciopero dei treni a Milano'],
    ['de', 'Neue Regeln für Mieter ab Juli'],
    ['nl', 'Nieuwe regels voor huurders'],
  ];
  it.each(headlines)('knows a short %s headline', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  const others: [string, string][] = [
    ['pl', 'Rząd przyjął w czwartek nowy budżet na przyszły rok.'],
    ['tr', 'Hükümet perşembe günü gelecek yılın bütçesini onayladı.'],
    ['ru', 'Правительство в четверг утвердило бюджет на следующий год.'],
    ['el', 'Η κυβέρνηση ενέκρινε την Πέμπτη τον προϋπολογισμό του επόμενου έτους.'],
  ];
  it.each(others)('gives another language (%s) its code when sure', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('says und when there is nothing to go on', () => {
    for (const text of ['', '   ', '12 345,67 € — 2024', 'ok', '!!! ???']) {
      expect(detectLanguage(text)).toEqual({ code: 'und', confidence: 0 });
    }
  });

  it('gives a lower confidence to a two-word string than to a sentence', () => {
    const short = detectLanguage('Relance économique');
    const long = detectLanguage("La relance économique se confirme selon l'Insee, qui publie ses chiffres jeudi.");
    expect(short.code).toBe('fr');
    expect(long.code).toBe('fr');
    expect(short.confidence).toBeLessThan(long.confidence);
  });
});

describe('document language and foreign passages', () => {
  const frenchWithQuote =
    "Le ministre de l'Économie a défendu mardi son projet de loi devant les députés. " +
    '« We will not back down on this reform, whatever the unions decide », a déclaré son homologue britannique. ' +
    'Le texte sera examiné en commission la semaine prochaine, avant un vote solennel prévu en juin.';

  it('finds an English quote in a French article', () => {
    const { language, segments } = analyzeLanguages(frenchWithQuote, null);
    expect(language.code).toBe('fr');
    expect(segments).toHaveLength(1);
    const [segment] = segments;
    expect(frenchWithQuote.slice(segment!.start, segment!.end)).toBe(
      'We will not back down on this reform, whatever the unions decide',
    );
    expect(segment!.language.code).toBe('en');
    expect(segment!.language.confidence).toBeGreaterThan(0.9);
  });

  it('does not flag a French sentence for an English brand name or a name-only line', () => {
    const text =
      "Apple a présenté lundi son nouvel iPhone lors d'une conférence à Cupertino, en Californie. " +
      'Le modèle Pro Max sera vendu à partir de 1 229 euros en France dès le 22 septembre. ' +
      'Hauptverwaltung Siemens Energy GmbH Otto-Hahn-Ring 6 München Deutschland\n' +
      'Les analystes de Wall Street restent prudents sur les ventes du Black Friday.';
    const { language, segments } = analyzeLanguages(text, null);
    expect(language.code).toBe('fr');
    expect(segments).toEqual([]);
  });

  it('keeps the words around a foreign quotation in the document language', () => {
    const text =
      'The French president defended the pension reform on Tuesday. ' +
      '"Nous irons jusqu\'au bout de cette réforme, quoi qu\'il arrive", he told reporters in Paris. ' +
      'Unions have called for another day of strikes next week.';
    const { language, segments } = analyzeLanguages(text, null);
    expect(language.code).toBe('en');
    expect(segments.map((s) => [s.language.code, text.slice(s.start, s.end)])).toEqual([
      ['fr', "Nous irons jusqu'au bout de cette réforme, quoi qu'il arrive"],
    ]);
  });

  it('finds a French sentence in an Arabic article, and no language in a web address', () => {
    const arabic =
      'أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم الشركات الصغيرة والمتوسطة في جميع أنحاء البلاد. ' +
      'Le ministre a précisé que les premières aides seront versées dès le mois prochain. ' +
      'وأضاف الوزير أن الخطة ستكلف مليار درهم.';
    const mixed = analyzeLanguages(arabic, null);
    expect(mixed.language.code).toBe('ar');
    expect(mixed.segments.map((s) => s.language.code)).toEqual(['fr']);

    const withAddress =
      'Le gouvernement a publié mardi le détail des mesures annoncées la semaine dernière.\n' +
      "Plus d'informations : https://www.example.org/news/energy-prices-support-measures-full-details\n" +
      'Les syndicats doivent être reçus jeudi pour en discuter.';
    expect(analyzeLanguages(withAddress, null).segments).toEqual([]);
  });

  it('reports the English half of a bilingual release as one segment', () => {
    const french =
      "Communiqué de presse. La société annonce l'ouverture d'une nouvelle usine à Tanger, qui emploiera " +
      "quatre cents personnes d'ici la fin de l'année prochaine. Les travaux débuteront au printemps et " +
      "dureront dix-huit mois. Le directeur général s'est félicité du soutien des autorités locales et de " +
      'la région, qui ont accompagné le projet depuis le début.';
    const english =
      'Press release. The company announces the opening of a new plant in Tangier, which will employ four ' +
      'hundred people by the end of next year. Construction will begin in the spring and last eighteen months.';
    const text = `${french}\n\n${english}`;
    const { language, segments } = analyzeLanguages(text, null);
    expect(language.code).toBe('fr');
    expect(segments).toHaveLength(1);
    expect(segments[0]!.language.code).toBe('en');
    expect(text.slice(segments[0]!.start, segments[0]!.end)).toBe(english);
  });

  it('lets a caller hint skip detection: its language everywhere, no segments', () => {
    const doc = newDoc('d', frenchWithQuote, { lang: 'fr' });
    detectDocumentLanguage(doc);
    expect(doc.language).toEqual({ code: 'fr', confidence: 1 });
    expect(doc.segments).toEqual([]);

    const hinted = newDoc('e', 'The council met on Tuesday to vote on the new budget for the schools.', { lang: 'de' });
    detectDocumentLanguage(hinted);
    expect(hinted.language.code).toBe('de');
  });

  it('reads a regional hint as its language, and detects past a hint that is no language code', () => {
    const regional = newDoc('r', 'Le conseil a voté le budget.', { lang: 'fr-CA' });
    detectDocumentLanguage(regional);
    expect(regional.language).toEqual({ code: 'fr', confidence: 1 });

    const bad = newDoc('b', 'The council met on Tuesday to vote on the new budget for the schools.', {
      lang: 'english',
    });
    detectDocumentLanguage(bad);
    expect(bad.language.code).toBe('en');
    expect(bad.warnings.map((w) => w.code)).toEqual(['bad-language-hint']);
  });

  it('skips a header and reads the body', () => {
    const doc = newDoc('h', 'date 2024-05-08\nThe minister said the new budget would be voted before the summer.');
    doc.bodyStart = doc.text.indexOf('\n') + 1;
    detectDocumentLanguage(doc);
    expect(doc.language.code).toBe('en');
  });

  it('puts language and segments in the record', () => {
    // No entity type asked: this checks the record, not the extractors.
    const record = extract(frenchWithQuote, { types: [] });
    expect(record.language.code).toBe('fr');
    expect(record.segments?.map((s) => s.language.code)).toEqual(['en']);
  });
});

describe('n-gram evidence', () => {
  it('ignores case, digits and punctuation, and counts each n-gram once', () => {
    const plain = gatherEvidence('le conseil municipal a voté');
    expect(gatherEvidence('Le CONSEIL municipal, (12) a voté !')).toEqual(plain);
    expect(gatherEvidence('le conseil municipal a voté le conseil municipal a voté')).toEqual(plain);
    expect(plain.ngramCount).toBeGreaterThan(4);
  });

  it("keeps apostrophes inside words (l'État is not l État)", () => {
    expect(gatherEvidence("l'État")).not.toEqual(gatherEvidence('l État'));
    expect(gatherEvidence("l'État")).toEqual(gatherEvidence("L'ÉTAT"));
  });
});

describe('hostile input', () => {
  const hostile = [
    "'".repeat(200_000),
    '’'.repeat(200_000),
    '"'.repeat(200_000),
    '«'.repeat(100_000) + '»'.repeat(100_000),
    `"${'a '.repeat(100_000)}`,
    '9'.repeat(200_000),
    'x'.repeat(200_000),
    ' '.repeat(200_000),
    '. A'.repeat(70_000),
    '((['.repeat(70_000),
    'é'.repeat(200_000),
    `.${' '.repeat(200_000)}ب`,
    '. ب'.repeat(70_000),
  ];
  it.each(hostile.map((text) => [text.slice(0, 6), text]))('finishes on %j…', (_, text) => {
    const { language } = analyzeLanguages(text, null);
    expect(language.code).toMatch(/^(?:[a-z]{2}|und)$/);
    expect(detectLanguage(text).code).toMatch(/^(?:[a-z]{2}|und)$/);
  });
});
