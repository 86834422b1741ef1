// Coreference of names inside one document. Mentions of one person, organization or place share an
// `entityId` (the id of the entity's fullest mention) and carry its canonical name:
//  - a surname-only (or shorter) person mention points to the full name that ends with it;
//  - an acronym points to the long form it was introduced with ("… des Exportations (AMDIE)");
//  - repeated names are one entity.
import type { Entity } from './schema.js';

type Named<T extends Entity['type']> = Extract<Entity, { type: T }>;

const key = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** Canonical spelling of a name or role: straight apostrophes, single spaces. */
export const canonicalName = (s: string) => s.normalize('NFC').replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();

export function linkNames(entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization' && e.type !== 'location') continue;
    e.value.name = canonicalName(e.value.name);
    if (e.type === 'person' && e.value.role) e.value.role = canonicalName(e.value.role);
  }
  linkPeople(entities.filter((e): e is Named<'person'> => e.type === 'person'));
  linkOrganizations(entities.filter((e): e is Named<'organization'> => e.type === 'organization'));
  linkSameName(entities.filter((e): e is Named<'location'> => e.type === 'location'));
}

function linkPeople(people: Named<'person'>[]): void {
  // Fullest names first, so that a shorter mention finds the longest name it abbreviates.
  const full = [...people].sort((a, b) => tokens(b.value.name).length - tokens(a.value.name).length);
  for (const p of people) {
    const words = tokens(p.value.name);
    const owner = full.find((f) => f !== p && abbreviates(words, tokens(f.value.name))) ?? null;
    if (owner) {
      p.value = { ...p.value, name: owner.value.name };
      if (!p.value.role && owner.value.role) p.value.role = owner.value.role;
    }
  }
  linkSameName(people);
  // A role given once belongs to every mention of that person.
  const roleOf = new Map<string, string>();
  for (const p of people)
    if (p.value.role && p.entityId && !roleOf.has(p.entityId)) roleOf.set(p.entityId, p.value.role);
  for (const p of people)
    if (!p.value.role && p.entityId && roleOf.has(p.entityId)) p.value.role = roleOf.get(p.entityId);
}

/** "Mezzour" or "G. Mezzour" abbreviates "Ghita Mezzour": same last word, the other words initials or equal. */
function abbreviates(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  if (key(short[short.length - 1] ?? '') !== key(long[long.length - 1] ?? '')) return false;
  return short
    .slice(0, -1)
    .every((w) => long.some((l) => key(l) === key(w) || key(w).replace(/\.$/, '') === key(l)[0]));
}

function linkOrganizations(orgs: Named<'organization'>[]): void {
  const longFormOf = new Map<string, Named<'organization'>>();
  for (const o of orgs) if (o.value.acronym) longFormOf.set(o.value.acronym, o);
  for (const o of orgs) {
    const owner = longFormOf.get(o.value.name) ?? longFormOf.get(o.text);
    if (owner && owner !== o) o.value = { name: owner.value.name, acronym: owner.value.acronym };
  }
  linkSameName(orgs);
}

function linkSameName(entities: (Named<'person'> | Named<'organization'> | Named<'location'>)[]): void {
  const idOf = new Map<string, string>();
  // The first mention of the fullest text names the entity.
  for (const e of entities) {
    const k = key(e.value.name);
    if (!idOf.has(k) && e.id) idOf.set(k, e.id);
  }
  for (const e of entities) {
    const id = idOf.get(key(e.value.name));
    if (id) e.entityId = id;
  }
}

const tokens = (name: string) => name.split(/\s+/).filter(Boolean);
