// Behaviour of the names extractor that the one-entity corpora cannot show: acronyms pointing at
// their long form, in-document linking, roles, and linear time on hostile input.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';
import { spanText, tokenize } from './tokens.js';

const names = (text: string, lang: 'fr' | 'en') =>
  extract(text, { lang, types: ['person', 'organization', 'location'] }).entities;

describe('names, French', () => {
  const text =
    "La délégation de l'Agence Nationale des Ports et de la Logistique (ANPL) a rencontré Samira Alaoui, " +
    "directrice générale chargée des Finances, de la Stratégie et des Achats, ainsi que d'autres cadres. " +
    "Selon Alaoui, l'ANPL investira à Tanger.";
  const found = names(text, 'fr');
  const byText = (t: string) => found.filter((e) => e.text === t);

  it('reads the long form, its acronym and a later mention of the acronym as one organization', () => {
    const [long] = byText('Agence Nationale des Ports et de la Logistique');
    expect(long?.value).toEqual({ name: 'Agence Nationale des Ports et de la Logistique', acronym: 'ANPL' });
    const acronyms = byText('ANPL');
    expect(acronyms).toHaveLength(2);
    for (const a of acronyms) {
      expect(a.type).toBe('organization');
      expect(a.value).toMatchObject({ name: 'Agence Nationale des Ports et de la Logistique' });
      expect(a.entityId).toBe(long?.entityId);
    }
  });

  it('gives the person the whole apposed role and shares it with the surname mention', () => {
    const [full] = byText('Samira Alaoui');
    expect(full?.value).toEqual({
      name: 'Samira Alaoui',
      role: 'directrice générale chargée des Finances, de la Stratégie et des Achats',
    });
    const [short] = byText('Alaoui');
    expect(short?.type).toBe('person');
    expect(short?.value).toMatchObject({ name: 'Samira Alaoui' });
    expect(short?.entityId).toBe(full?.entityId);
  });

  it('finds the city with its country and nothing inside the role', () => {
    expect(byText('Tanger')[0]?.value).toEqual({ name: 'Tanger', country: 'MA' });
    for (const inside of ['Finances', 'Stratégie', 'Achats', 'Selon']) expect(byText(inside)).toEqual([]);
  });
});

describe('long forms closed by their acronym', () => {
  it('runs an institution through lower-case complements up to its acronym', () => {
    const found = names(
      "L'accord lie la Fédération nationale des transporteurs routiers (FNTR) et la Compagnie générale des eaux du Sud (CGES).",
      'fr',
    );
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Fédération nationale des transporteurs routiers'],
      ['organization', 'FNTR'],
      ['organization', 'Compagnie générale des eaux du Sud'],
      ['organization', 'CGES'],
    ]);
    expect(found[1]?.entityId).toBe(found[0]?.entityId);
  });
});

describe('names, English', () => {
  it('keeps a lone surname with the full name and a company suffix in the span', () => {
    const found = names('Brightwater Energy Inc hired Daniel Okoro last year. Okoro will run the plant in Ohio.', 'en');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Brightwater Energy Inc'],
      ['person', 'Daniel Okoro'],
      ['person', 'Okoro'],
      ['location', 'Ohio'],
    ]);
    expect(found[2]?.value).toEqual({ name: 'Daniel Okoro' });
  });
});

describe('names, modern news', () => {
  it('reads a title before a name as its role and a surname at a sentence start as the person', () => {
    const found = names('Finance Minister Helen Brown met the bankers. Brown said the talks went well.', 'en');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['person', 'Helen Brown'],
      ['person', 'Brown'],
    ]);
    expect(found[0]?.value).toEqual({ name: 'Helen Brown', role: 'Finance Minister' });
    expect(found[1]?.entityId).toBe(found[0]?.entityId);
  });

  it('parts an institution from the title and name after it', () => {
    const found = names('Federal Reserve Chairman Dana Whitlock spoke in Boston.', 'en');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Federal Reserve'],
      ['person', 'Dana Whitlock'],
      ['location', 'Boston'],
    ]);
  });

  it('reads a dateline, its agency and a company with its legal form', () => {
    const found = names('OSLO, March 3 (Reuters) - Norvik Holdings NV said profit rose.', 'en');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['location', 'OSLO'],
      ['organization', 'Reuters'],
      ['organization', 'Norvik Holdings NV'],
    ]);
  });

  it('reads an unknown word listed with a company as a company', () => {
    const found = names('Analysts at Deutsche Bank and Marvelink expect a cut.', 'en');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Deutsche Bank'],
      ['organization', 'Marvelink'],
    ]);
  });

  it('reads news bylines, places before names and a company named again by its first word', () => {
    const text =
      'The plan was agreed in Abu Dhabi and Saudi Arabia. "We are ready," said Marta Lindqvist, ' +
      'an energy analyst at Dubai consultancy Quorvane Advisory. Quorvane expects more deals.';
    const found = names(text, 'en');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['location', 'Abu Dhabi'],
      ['location', 'Saudi Arabia'],
      ['person', 'Marta Lindqvist'],
      ['location', 'Dubai'],
      ['organization', 'Quorvane Advisory'],
      ['organization', 'Quorvane'],
    ]);
    expect(found[2]?.value).toEqual({
      name: 'Marta Lindqvist',
      role: 'energy analyst at Dubai consultancy Quorvane Advisory',
    });
    expect(found[5]?.value).toEqual({ name: 'Quorvane Advisory' });
  });

  it('parts a place from the name after it and reads the compass point of a region', () => {
    const found = names("Le projet a été annoncé à Rabat Karim Benhaddou, vers l'Afrique de l'Ouest.", 'fr');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['location', 'Rabat'],
      ['person', 'Karim Benhaddou'],
      ['location', "Afrique de l'Ouest"],
    ]);
  });

  it('reads an acronym in capitals within running text, and Roman numerals as numerals', () => {
    const found = names('The World Health Organization (WHO) met. The WHO and the CDC agreed with Henry VIII.', 'en');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'World Health Organization'],
      ['organization', 'WHO'],
      ['organization', 'WHO'],
      ['organization', 'CDC'],
      ['person', 'Henry VIII'],
    ]);
    expect(found[2]?.value).toEqual({ name: 'World Health Organization', acronym: 'WHO' });
  });

  it('keeps a country or a big city that speaks a place', () => {
    const found = names('France said it would send troops. Washington said it agreed.', 'en');
    expect(found.map((e) => e.type)).toEqual(['location', 'location']);
  });

  it('reads lower-case words spelled by the acronym after them as part of the name', () => {
    const found = names('Le vote de La Gauche unie (LGU) a surpris. La LGU a protesté.', 'fr');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'La Gauche unie'],
      ['organization', 'LGU'],
      ['organization', 'LGU'],
    ]);
    expect(found[2]?.value).toEqual({ name: 'La Gauche unie', acronym: 'LGU' });
  });

  it("reads an address's lines apart", () => {
    const found = names('Titulaire : Norvik Pharma GmbH\nKönigstraße 12\nBielefeld\nAllemagne', 'fr');
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Norvik Pharma GmbH'],
      ['location', 'Königstraße'],
      ['location', 'Bielefeld'],
      ['location', 'Allemagne'],
    ]);
    // On one line: the legal form closes the company, the town and the country are two places.
    const line = names('Fabricant : Kortel Medical GmbH Lindenstraße 14 50674 Cologne Allemagne', 'fr');
    expect(line.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Kortel Medical GmbH'],
      ['location', 'Lindenstraße'],
      ['location', 'Cologne'],
      ['location', 'Allemagne'],
    ]);
  });

  it('opens a second name after "et le"', () => {
    const found = names('Selon la Banque de France et le FMI, la croissance ralentit.', 'fr');
    expect(found.map((e) => e.text)).toEqual(['Banque de France', 'FMI']);
  });
});

describe('names, English old print', () => {
  it('reads a small town named like a person as the person named in full in the document', () => {
    const found = names('Governor Clara Hinton opened the session. Later, Hinton said the budget was sound.', 'en');
    const lone = found.find((e) => e.text === 'Hinton');
    expect(lone?.type).toBe('person');
    expect(lone?.entityId).toBe(found.find((e) => e.text === 'Clara Hinton')?.entityId);
  });

  it('splits two organizations joined by "and" when the second has its own head word', () => {
    const found = names('The Department of Agriculture and the Bank of Ireland signed the deal.', 'en');
    expect(found.filter((e) => e.type === 'organization').map((e) => e.text)).toEqual([
      'Department of Agriculture',
      'Bank of Ireland',
    ]);
    const one = names('The Ministry of Trade and Industry signed the deal.', 'en');
    expect(one.filter((e) => e.type === 'organization').map((e) => e.text)).toEqual(['Ministry of Trade and Industry']);
  });

  it('joins a name cut the way the tokenizer joins it, and nothing else', () => {
    const text = 'Karim Ben-\r\nnani et Paul Lefeb-  \nvre, puis Dupont -\nMartin';
    const tokens = tokenize(text);
    const at = (word: string) => tokens.findIndex((t) => t.text.startsWith(word));
    expect(spanText(text, tokens, at('Karim'), at('Karim') + 2)).toBe('Karim Bennani');
    expect(spanText(text, tokens, at('Paul'), at('Paul') + 2)).toBe('Paul Lefebvre');
    // A dash after a space is no cut: the words stay as written.
    expect(spanText(text, tokens, at('Dupont'), at('Martin') + 1)).toBe('Dupont -\nMartin');
  });

  it('joins a word cut by a hyphen at the end of a line', () => {
    const found = names('The steamer went up the Mis-\nsouri to Fort Benton.', 'en');
    expect(found.find((e) => e.text === 'Mis-\nsouri')?.value).toMatchObject({ name: 'Missouri' });
  });
});

describe('names, results tables', () => {
  it('reads a lone name after a rank as a competitor when the document lists several', () => {
    const table = 'Slalom géant. 1. Brunhold 2\'14. 2. Zeltner à 1". 3. Mariotta à 3". 4. Vuilleret à 5".';
    const people = names(table, 'fr')
      .filter((e) => e.type === 'person')
      .map((e) => e.text);
    expect(people).toEqual(['Brunhold', 'Zeltner', 'Mariotta', 'Vuilleret']);
    // A single ranked word is not a table.
    expect(names('Point 1. Vuilleret a gagné.', 'fr').filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('names, companies and months', () => {
  it('reads a common word before a company verb as the company only with evidence, and a month before a surname as a first name', () => {
    const fr = names("Orange a annoncé mardi la fermeture d'une usine. La maire, Avril Fontaine, regrette.", 'fr');
    expect(fr.map((e) => [e.type, e.text])).toEqual([
      ['organization', 'Orange'],
      ['person', 'Avril Fontaine'],
    ]);
    // English takes bare plural subjects ("Police announced"): the company needs the document's word.
    const alone = names('Orange announced job cuts. Police announced two arrests.', 'en');
    expect(alone.filter((e) => e.type === 'organization')).toEqual([]);
    const named = names('Orange announced job cuts, and Orange SA will close a plant. In April Ross left.', 'en');
    expect(named.filter((e) => e.text === 'Orange')[0]?.type).toBe('organization');
    expect(named.some((e) => e.text.includes('April'))).toBe(false);
  });
});

describe('names, countries of small towns', () => {
  it('drops a small foreign town country when every other place is in one other country', () => {
    const text = 'Queues at Heathrow grew as London, Leeds and Glasgow braced for more strikes.';
    const places = extract(text, { lang: 'en', types: ['location'] }).entities;
    const heathrow = places.find((e) => e.text === 'Heathrow');
    expect(heathrow?.type === 'location' && heathrow.value).toEqual({ name: 'Heathrow' });
    const leeds = places.find((e) => e.text === 'Leeds');
    expect(leeds?.type === 'location' && leeds.value.country).toBe('GB');
    // Places in two countries tell no document country: the gazetteer's stands.
    const mixed = extract('Heathrow, Boston and London were named.', { lang: 'en', types: ['location'] }).entities;
    const stray = mixed.find((e) => e.text === 'Heathrow');
    expect(stray?.type === 'location' && stray.value.country).toBe('US');
  });
});

describe('hostile input', () => {
  it('stays linear on long runs of capitals, particles, apostrophes and hyphens', () => {
    const pieces = ['Aaaa ', 'de ', "l'", 'B-', 'CCCC ', '(', 'DD', ') ', 'M. ', 'x', ', '];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += pieces[i % pieces.length];
    for (const lang of ['fr', 'en'] as const) {
      const record = extract(text, { lang, types: ['person', 'organization', 'location'] });
      expect(record.error).toBeUndefined();
    }
    // Abbreviated first names, clan prefixes and suffixes, in long runs.
    const old = "Wm. O'Ab, Esq. City of Ab Jr. ".repeat(7_000);
    expect(extract(old, { lang: 'en', date: '1850-01-01', types: ['person', 'location'] }).error).toBeUndefined();
    // Short forms, titles before names, towns and their states, speech verbs.
    const unit =
      'U.S. U.K. Minister Chief executive of Ab said, who Tenn., N. Y. de la République Ab Ab GmbH\nParis\nLondon ' +
      'In San Francisco Amid Trade Ab France-KLM WHO CDC Economy Minister ';
    const news = unit.repeat(1_200);
    for (const date of ['2024-01-01', '1890-01-01'])
      expect(extract(news, { lang: 'en', date, types: ['person', 'organization', 'location'] }).error).toBeUndefined();
    // Names cut at line ends again and again ("Ben-  ⏎nani", "Vir¬ ginia"), and blank lines between names.
    const cuts = 'Karim Ben-  \r\nnani Vir¬ ginia\n\n\nPaul Lefeb-\nvre, '.repeat(6_000);
    expect(extract(cuts, { lang: 'fr', types: ['person', 'location'] }).error).toBeUndefined();
    // Acronyms after common words, and newspapers named with a weekday, in long runs.
    const terms = "temps de l'essai (TT) le TT Sunday Sunday Times Mail on Sunday Journal du dimanche ".repeat(2_500);
    for (const lang of ['fr', 'en'] as const)
      expect(extract(terms, { lang, types: ['organization'] }).error).toBeUndefined();
    const record = extract('Ab-'.repeat(70_000), { lang: 'fr', types: ['person'] });
    expect(record.error).toBeUndefined();
    // Tens of thousands of lone unknown words, all dropped in the end.
    const letters = 'bcdfghjklmnpqrstvz';
    const lone = Array.from(
      { length: 25_000 },
      (_, i) => `${letters[i % 18]!.toUpperCase()}${letters[(i >> 2) % 18]}o bla`,
    );
    expect(extract(lone.join(' '), { lang: 'fr', types: ['person'] }).error).toBeUndefined();
    // Thousands of sentences opened by a common word before a company's verb, and months before names.
    const starts = 'Police announced. Orange posted, at Orange April Ross Avril Fontaine. '.repeat(3_000);
    for (const lang of ['fr', 'en'] as const)
      expect(extract(starts, { lang, types: ['person', 'organization'] }).error).toBeUndefined();
  });

  it('links thousands of distinct names without comparing each with each', () => {
    const letters = 'bcdfghjklmnpqrstvz';
    const word = (n: number) => `${letters[n % 18]!.toUpperCase()}${letters[(n >> 3) % 18]}a${letters[(n >> 6) % 18]}o`;
    const parts: string[] = [];
    for (let i = 0; i < 8000; i++) parts.push(`${word(i)} ${word(i * 7 + 3)} ${word(i)}ux a vu ${word(i * 7 + 3)}.`);
    const record = extract(parts.join(' '), { lang: 'fr', types: ['person'] });
    expect(record.error).toBeUndefined();
  });
});

describe('names, a company named in full and then by its first word', () => {
  it('reads the first word as the company when it speaks or follows "a spokesman for"', () => {
    const text =
      'Brenmoor Systems lost the bidding contest last year. A spokesman for Brenmoor declined to comment. ' +
      'Brenmoor said it would appeal.';
    const short = names(text, 'en').filter((e) => e.text === 'Brenmoor');
    expect(short.map((e) => e.type)).toEqual(['organization', 'organization']);
  });

  it('keeps the word a person when someone in the document bears it as a surname', () => {
    const text = 'Brenmoor Systems was founded by Alan Brenmoor in 1990. Brenmoor said the firm would not be sold.';
    const short = names(text, 'en').filter((e) => e.text === 'Brenmoor');
    expect(short.map((e) => e.type)).toEqual(['person']);
  });
});

describe('names, an acronym spelling an organization named in full', () => {
  it('links the acronym to the long form without parentheses (modern news)', () => {
    const text = "L'Union centriste menace de voter contre. Paul Morel, président du groupe UC, a prévenu.";
    const [uc] = names(text, 'fr').filter((e) => e.text === 'UC');
    expect(uc?.type).toBe('organization');
    expect(uc?.value).toMatchObject({ name: 'Union centriste', acronym: 'UC' });
  });
});

describe('names, regexes built once', () => {
  // esbuild (the tsx loader and the worker bundle, target node20) turns a regex literal with \p{…}
  // outside a character class into `new RegExp(…)` where it stands: inside a function, a new regex on
  // every call (isCapitalized alone once cost a tenth of the names' CPU). Such literals stay at module level.
  it('has no \\p{…} regex literal inside a function of the name rules', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    // (The lexicon and gazetteer tables are read here, not written: left to their owner.)
    const tables = new Set(['lexicon.ts', 'gazetteer.ts', 'build-names.ts']);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !tables.has(f));
    const inFunctions: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node, inFunction: boolean): void => {
        if (ts.isRegularExpressionLiteral(node) && inFunction && /\\p\{/.test(node.text.replace(/\[[^\]]*\]/g, '')))
          inFunctions.push(`${file}: ${node.text}`);
        const entering = ts.isFunctionLike(node);
        ts.forEachChild(node, (child) => visit(child, inFunction || entering));
      };
      visit(source, false);
    }
    expect(files.length).toBeGreaterThan(10);
    expect(inFunctions).toEqual([]);
  });
});
