// Linking the names of one document (pipeline/coreference.ts): surnames to full names, acronyms to
// long forms, one entity id per person, organization or place.
import { describe, expect, it } from 'vitest';
import { companiesByFirstWord, linkNames } from '../../pipeline/coreference.js';
import type { Entity } from '../../pipeline/schema.js';

const person = (id: string, name: string, start: number, role?: string): Entity => ({
  type: 'person',
  id,
  text: name,
  start,
  end: start + name.length,
  value: role ? { name, role } : { name },
});

const place = (id: string, name: string, start: number, country?: string): Entity => ({
  type: 'location',
  id,
  text: name,
  start,
  end: start + name.length,
  value: country ? { name, country } : { name },
});

describe('coreference of names', () => {
  it('points a surname to the full name and shares its role', () => {
    const ents = [person('e1', 'Amina Benali', 0, 'ministre de la Santé'), person('e2', 'Benali', 40)];
    linkNames(ents);
    expect(ents[1]).toMatchObject({ entityId: 'e1', value: { name: 'Amina Benali', role: 'ministre de la Santé' } });
  });

  it('points an initial and a surname to the full name', () => {
    const ents = [person('e1', 'Harold Whitcombe', 0), person('e2', 'H. Whitcombe', 30), person('e3', 'Whitcombe', 60)];
    linkNames(ents);
    for (const e of ents.slice(1)) expect(e).toMatchObject({ entityId: 'e1', value: { name: 'Harold Whitcombe' } });
  });

  it('leaves a surname shared by two people unlinked rather than guess', () => {
    const ents = [person('e1', 'Laura Okafor', 0), person('e2', 'Daniel Okafor', 30), person('e3', 'Okafor', 60)];
    linkNames(ents);
    expect(ents[2]?.value).toEqual({ name: 'Okafor' });
    expect(ents[2]?.entityId).toBe('e3');
    expect(ents[1]?.entityId).toBe('e2');
  });

  it('points an acronym to its long form and straightens apostrophes', () => {
    const ents: Entity[] = [
      {
        type: 'organization',
        id: 'e1',
        text: 'Office National de l’Eau',
        start: 0,
        end: 24,
        value: { name: 'Office National de l’Eau', acronym: 'ONE' },
      },
      { type: 'organization', id: 'e2', text: 'ONE', start: 30, end: 33, value: { name: 'ONE' } },
    ];
    linkNames(ents);
    expect(ents[1]).toMatchObject({ entityId: 'e1', value: { name: "Office National de l'Eau", acronym: 'ONE' } });
  });

  it("points a company's first word to the one company named in full with it", () => {
    const org = (id: string, name: string, start: number): Entity => ({
      type: 'organization',
      id,
      text: name,
      start,
      end: start + name.length,
      value: { name },
    });
    const ents = [org('e1', 'Castleford Capital Group', 0), org('e2', 'Castleford', 40)];
    linkNames(ents);
    expect(ents[1]).toMatchObject({ entityId: 'e1', value: { name: 'Castleford Capital Group' } });
    // Two companies share the word: no guess.
    const two = [org('e1', 'Castleford Capital', 0), org('e2', 'Castleford Bank', 30), org('e3', 'Castleford', 60)];
    linkNames(two);
    expect(two[2]?.value).toEqual({ name: 'Castleford' });
  });

  it('lists the companies named in full by their first word, each name once, as the caller allows', () => {
    const companies = ['Castleford Capital', 'Castleford Capital', 'Castleford Bank', 'Ardent', 'Banque de France'];
    const byFirst = companiesByFirstWord(
      companies,
      // (As the recognizer does: a company opened by a head word lends nothing.)
      (name) => (name.includes(' ') && !name.startsWith('Banque') ? name.split(' ')[0]!.toLowerCase() : undefined),
      (name) => name.toLowerCase(),
    );
    expect([...byFirst]).toEqual([['castleford', ['Castleford Capital', 'Castleford Bank']]]);
  });

  it('makes one place of spellings that differ only by accents, and shares its country', () => {
    const ents = [place('e1', 'États-Unis', 0, 'US'), place('e2', 'Etats-Unis', 40)];
    linkNames(ents);
    expect(ents[1]).toMatchObject({ entityId: 'e1', value: { country: 'US' } });
  });
});
