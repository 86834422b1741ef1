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

export function resolveOverlaps(mentions: PlacedMention[], textLength: number): PlacedMention[] {
  const ranked = [...mentions].sort(
    (a, b) =>
      Number(a.latent ?? false) - Number(b.latent ?? false) ||
      b.end - b.start - (a.end - a.start) ||
      SPECIFICITY[b.type] - SPECIFICITY[a.type] ||
      (b.confidence ?? 1) - (a.confidence ?? 1) ||
      a.start - b.start,
  );
  // One flag per character: the total work is the sum of the mentions' lengths, whatever their number.
  const taken = new Uint8Array(textLength);
  const kept: PlacedMention[] = [];
  for (const m of ranked) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function link(doc: Doc): Entity[] {
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
  const kept = resolveOverlaps(valid, doc.text.length);
  const idOfKey = new Map<string, string>();
  kept.forEach((m, i) => {
    if (m.key) idOfKey.set(m.key, `e${i + 1}`);
  });
  const entities = kept.map((m, i) => toEntity(doc.text, m, `e${i + 1}`, idOfKey));
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
