// Link stage: one reading per span, then ids and references between mentions.
//  1. Overlaps: the longest mention wins; on equal length the more specific type (money beats a
//     quantity, which beats a date…); a latent mention yields to anything it touches.
//  2. Ids e1, e2… in document order, and `equivalentOf` keys turned into those ids.
//  3. Coreference of names (coreference.ts): one `entityId` per person, organization and place.

import { linkNames } from './coreference.js';
import type { Doc, PlacedMention } from './document.js';
import type { Entity, EntityType } from './schema.js';

const SPECIFICITY: Record<EntityType, number> = {
  money: 6,
  quantity: 5,
  date: 4,
  organization: 3,
  person: 2,
  location: 1,
};

export function resolveOverlaps(mentions: PlacedMention[]): PlacedMention[] {
  const ranked = [...mentions].sort(
    (a, b) =>
      Number(a.latent ?? false) - Number(b.latent ?? false) ||
      b.end - b.start - (a.end - a.start) ||
      SPECIFICITY[b.type] - SPECIFICITY[a.type] ||
      (b.confidence ?? 1) - (a.confidence ?? 1) ||
      a.start - b.start,
  );
  // One flag per character from the first mention to the last (a window's, in a long document):
  // the total work is the sum of the mentions' lengths, whatever their number.
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const m of mentions) {
    first = Math.min(first, m.start);
    last = Math.max(last, m.end);
  }
  const taken = new Uint8Array(Math.max(0, last - first));
  const kept: PlacedMention[] = [];
  for (const m of ranked) {
    let free = true;
    for (let i = m.start - first; i < m.end - first && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, m.start - first, m.end - first);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The document's mentions as entities, numbered from `e${firstId}` (a window's of a long document continue the numbering). */
export function link(doc: Doc, firstId = 1): Entity[] {
  const valid = doc.mentions.filter((m) => {
    const ok =
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= 0 &&
      m.end <= doc.text.length &&
      m.start < m.end;
    if (!ok)
      doc.warnings.push({
        code: 'bad-offsets',
        message: `${m.rule} gave offsets ${m.start}-${m.end}; mention dropped`,
      });
    return ok;
  });
  const kept = resolveOverlaps(valid);
  const idOfKey = new Map<string, string>();
  kept.forEach((m, i) => {
    if (m.key) idOfKey.set(m.key, `e${firstId + i}`);
  });
  const entities = kept.map((m, i) => toEntity(doc.text, m, `e${firstId + i}`, idOfKey));
  linkNames(entities);
  return entities;
}

function toEntity(text: string, m: PlacedMention, id: string, idOfKey: Map<string, string>): Entity {
  let value = m.value;
  if ((m.type === 'money' || m.type === 'quantity') && 'equivalentOf' in m.value) {
    const { equivalentOf, ...rest } = m.value;
    const target = equivalentOf === undefined ? undefined : idOfKey.get(equivalentOf);
    value = target === undefined ? rest : { ...rest, equivalentOf: target };
  }
  // Object literals, not spreads (V8's slow path), as this runs for every mention.
  const { type, start, end, rule, confidence } = m;
  const entity =
    confidence === undefined
      ? { type, id, text: text.slice(start, end), start, end, rule, value }
      : { type, id, text: text.slice(start, end), start, end, rule, confidence, value };
  return entity as Entity;
}
