// Coreference of names inside one document, after overlaps are resolved. Mentions of one person,
// organization or place share an `entityId` (the id of the entity's first mention) and carry its
// canonical name:
//  - a shorter person mention ("Mezzour", "G. Mezzour", "M. Mezzour") points to the one full name it
//    abbreviates; when two people share the surname it stays on its own rather than guess;
//  - an acronym points to the long form it was introduced with ("… des Exportations (AMDIE)"), and
//    the long form carries the acronym;
//  - a company's first word alone ("Northbridge") points to the one company named in full with it;
//  - repeated names are one entity, whatever their accents or apostrophes ("Etats-Unis", "États-Unis");
//  - a role given once belongs to every mention of the person; a country code found once, to every
//    mention of the place.
import type { Entity } from './schema.js';

type Named<T extends Entity['type']> = Extract<Entity, { type: T }>;
type NameEntity = Named<'person'> | Named<'organization'> | Named<'location'>;

/** Canonical spelling of a name or role: straight apostrophes, single spaces. */
export const canonicalName = (s: string) => s.normalize('NFC').replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();

/** Comparison key: canonical, lower case, without diacritics. */
const key = (s: string) => {
  // (Each name is compared many times: its key is remembered, for a bounded number of names.)
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    k = canonicalName(s).toLowerCase().normalize('NFD').replace(MARKS, '');
    keys.set(s, k);
  }
  return k;
};
const keys = new Map<string, string>();
const MAX_KEYS = 10_000;
// (A regex literal with \p{…} stays out of functions: the TypeScript loader builds it again on every call.)
const MARKS = /\p{M}/gu;

const tokens = (name: string) => name.split(/\s+/).filter(Boolean);

export function linkNames(entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'location') continue;
    e.value.name = canonicalName(e.value.name);
    if (e.type === 'person' && e.value.role) e.value.role = canonicalName(e.value.role);
  }
  linkPeople(entities.filter((e): e is Named<'person'> => e.type === 'person'));
  linkOrganizations(entities.filter((e): e is Named<'organization'> => e.type === 'organization'));
  linkPlaces(entities.filter((e): e is Named<'location'> => e.type === 'location'));
}

function linkPeople(people: Named<'person'>[]): void {
  // Distinct names by their last word, so that each mention only meets the names it may abbreviate.
  const byLastWord = new Map<string, Map<string, Named<'person'>>>();
  for (const p of people) {
    const last = key(tokens(p.value.name).at(-1) ?? '');
    const names = byLastWord.get(last) ?? new Map<string, Named<'person'>>();
    if (!names.has(key(p.value.name))) names.set(key(p.value.name), p);
    byLastWord.set(last, names);
  }
  for (const p of people) {
    const words = tokens(p.value.name);
    const candidates = [...(byLastWord.get(key(words.at(-1) ?? ''))?.values() ?? [])];
    if (candidates.length > 50) continue; // a pathological document: leave such a name unlinked
    const owners = candidates.filter((f) => abbreviates(words, tokens(f.value.name)));
    // Keep only the fullest names: "Ghita Mezzour" and "Mezzour" both abbreviate nothing longer.
    const distinct = owners.filter(
      (o) => !owners.some((x) => x !== o && abbreviates(tokens(o.value.name), tokens(x.value.name))),
    );
    // (Two mentions already linked to one full name are one owner.)
    const owner = new Set(distinct.map((o) => key(o.value.name))).size === 1 ? distinct[0] : undefined;
    if (owner) {
      p.value = { ...p.value, name: owner.value.name };
      if (!p.value.role && owner.value.role) p.value.role = owner.value.role;
    }
  }
  linkSameName(people);
  const roleOf = new Map<string, string>();
  for (const p of people)
    if (p.value.role && p.entityId && !roleOf.has(p.entityId)) roleOf.set(p.entityId, p.value.role);
  for (const p of people) {
    const role = p.entityId ? roleOf.get(p.entityId) : undefined;
    if (!p.value.role && role) p.value.role = role;
  }
}

/** "Mezzour" or "G. Mezzour" abbreviates "Ghita Mezzour": same last word, the other words initials or equal. */
function abbreviates(short: string[], long: string[]): boolean {
  // ("G. Mezzour" has as many words as "Ghita Mezzour": an initial abbreviates too.)
  if (short.length > long.length || key(short.join(' ')) === key(long.join(' '))) return false;
  if (key(short[short.length - 1] ?? '') !== key(long[long.length - 1] ?? '')) return false;
  return short
    .slice(0, -1)
    .every((w) => long.some((l) => key(l) === key(w) || key(w).replace(/\.$/, '') === key(l)[0]));
}

function linkOrganizations(orgs: Named<'organization'>[]): void {
  const longFormOf = new Map<string, Named<'organization'>>();
  for (const o of orgs)
    if (o.value.acronym && key(o.value.acronym) !== key(o.value.name)) longFormOf.set(key(o.value.acronym), o);
  for (const o of orgs) {
    const owner = longFormOf.get(key(o.value.name)) ?? longFormOf.get(key(o.text));
    if (owner && owner !== o) o.value = { name: owner.value.name, acronym: owner.value.acronym };
  }
  // "Northbridge" after "Northbridge Capital Group": the first words of one company named in full.
  const longer = companiesByFirstWord(
    orgs,
    (o) => {
      const words = tokens(o.value.name);
      return words.length < 2 ? undefined : key(words[0] ?? '');
    },
    (o) => key(o.value.name),
  );
  for (const o of orgs) {
    const words = tokens(o.value.name);
    if (words.length !== 1 || o.value.acronym || (words[0]?.length ?? 0) < 4) continue;
    const owners = longer.get(key(words[0] ?? '')) ?? [];
    if (owners.length === 1 && owners[0] !== o) o.value = { ...o.value, name: owners[0]!.value.name };
  }
  // A long form mentioned again without its parentheses still carries the acronym.
  const acronymOf = new Map<string, string | undefined>();
  for (const l of longFormOf.values()) acronymOf.set(key(l.value.name), l.value.acronym);
  for (const o of orgs) {
    const acronym = acronymOf.get(key(o.value.name));
    if (acronym && !o.value.acronym) o.value = { ...o.value, acronym };
  }
  linkSameName(orgs);
}

/**
 * "Northbridge" after "Northbridge Capital Group": the companies named in full by the key of their
 * first word, each name once, for a lone word to be read as its company. The names recognizer asks
 * only whether one exists (to type the lone word), linking whether exactly one does (to name it);
 * each caller says which companies may lend their first word (`firstKey` gives undefined otherwise).
 */
export function companiesByFirstWord<T>(
  companies: Iterable<T>,
  firstKey: (company: T) => string | undefined,
  nameKey: (company: T) => string,
): Map<string, T[]> {
  const byFirst = new Map<string, T[]>();
  for (const company of companies) {
    const first = firstKey(company);
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    const name = nameKey(company);
    if (!list.some((x) => nameKey(x) === name)) list.push(company);
    byFirst.set(first, list);
  }
  return byFirst;
}

function linkPlaces(places: Named<'location'>[]): void {
  linkSameName(places);
  const countryOf = new Map<string, string>();
  for (const p of places) if (p.value.country && p.entityId) countryOf.set(p.entityId, p.value.country);
  for (const p of places) {
    const country = p.entityId ? countryOf.get(p.entityId) : undefined;
    if (!p.value.country && country) p.value = { ...p.value, country };
  }
}

function linkSameName(entities: NameEntity[]): void {
  const idOf = new Map<string, string>();
  // The first mention of a name names the entity.
  for (const e of entities) {
    const k = key(e.value.name);
    if (!idOf.has(k) && e.id) idOf.set(k, e.id);
  }
  for (const e of entities) {
    const id = idOf.get(key(e.value.name));
    if (id) e.entityId = id;
  }
}
