// The role a person is named with: apposed after the name or before it (roles.ts reads those
// phrases), or a title right before the name whatever its case ("Finance Minister", "le chancelier
// allemand", "ministre de l'Économie"); and whether a title heads the name that follows it ("le PDG
// de Valmora"), which makes that name an organization's.
import { COMPLEMENT_LINKS, type Decision } from './decision.js';
import { demonyms } from './lexicon.js';
import type { NameDoc } from './name-doc.js';
import { isTitleWord } from './name-words.js';
import { roleAfter, roleBefore } from './roles.js';
import { titleComplementStart } from './surroundings.js';
import { isCapitalized, lowerOf } from './tokens.js';

export function withRole(doc: NameDoc, d: Decision): Decision {
  const role =
    roleAfter(doc.tokens, d.to, doc.L.roles) ??
    roleBefore(doc.tokens, d.from, doc.L.roles) ??
    titleBefore(doc, d.nameFrom ?? d.from);
  return role ? { ...d, role } : d;
}

/**
 * The title right before a name, whatever its case: "Finance Minister", "chief executive",
 * "German Chancellor", "ministre de l'Économie"; as token indices, or null.
 */
function titleBefore(doc: NameDoc, nameFrom: number): { from: number; to: number } | null {
  // "le chancelier allemand Olaf Scholz", "le secrétaire d'État américain": a nationality after the title.
  const nationality = lowerOf(doc.tokens[nameFrom - 1]);
  const national = demonyms().has(nationality) || doc.L.nationalities?.has(nationality) === true;
  const end = national && !isCapitalized(doc.tokens[nameFrom - 1]) ? nameFrom - 1 : nameFrom;
  let j = titleComplementStart(doc, end);
  if (j < 0) {
    // (A complement of up to three capitalized words: "ministre de l'Économie", "président de la République".)
    for (let m = end - 1; m >= Math.max(0, end - 3) && j < 0; m--) {
      if (!isCapitalized(doc.tokens[m])) break;
      j = titleComplementStart(doc, m);
    }
  }
  if (j < 0) j = isTitleWord(doc, doc.tokens[end - 1]) ? end - 1 : -1;
  if (j < 0 && national && isTitleWord(doc, doc.tokens[nameFrom - 2])) j = nameFrom - 2;
  if (j < 0) return null;
  // "Deputy Prime Minister", "German Chancellor", "former chief executive".
  while (j > 0 && nameFrom - j < 8) {
    const t = doc.tokens[j - 1];
    if (!isTitleWord(doc, t) && !demonyms().has(lowerOf(t))) break;
    j--;
  }
  // "Economy Minister", "Foreign Secretary": the domain a title is for, capitalized before it.
  while (
    j > 0 &&
    nameFrom - j < 8 &&
    isCapitalized(doc.tokens[j - 1]) &&
    doc.L.titleDomains?.has(lowerOf(doc.tokens[j - 1]))
  )
    j--;
  return { from: j, to: nameFrom };
}

/** A title and its connector right before `from`, with no article: "PDG de", "chief executive of". */
export function headedBy(doc: NameDoc, from: number, company = false): boolean {
  const j = titleComplementStart(doc, from);
  if (j < 0 || (company && !doc.L.companyTitles?.has(lowerOf(doc.tokens[j])))) return false;
  const links = doc.tokens.slice(j + 1, from).filter((t) => t.kind === 'word');
  // ("président de la Fédération" is read by the head word; "ministre de la Santé" is no name.)
  return links.length === 1 && COMPLEMENT_LINKS.has(links[0]!.text.toLowerCase());
}
