// The role a person is named with: apposed after the name or before it (roles.ts reads those
// phrases), or a title right before the name whatever its case ("Finance Minister", "le chancelier
// allemand", "ministre de l'Économie"); and whether a title heads the name that follows it ("le PDG
// de Valmora"), which makes that name an organization's.
import { COMPLEMENT_LINKS, type Decision } from './decision.js';
import { demonyms } from './lexicon.js';
import { lowerOf } from './name-words.js';
import { roleAfter, roleBefore } from './roles.js';
import { NameSpans } from './span-growth.js';
import { isCapitalized } from './tokens.js';

export class RoleAttachment extends NameSpans {
  protected withRole(d: Decision): Decision {
    const role =
      roleAfter(this.tokens, d.to, this.L.roles) ??
      roleBefore(this.tokens, d.from, this.L.roles) ??
      this.titleBefore(d.nameFrom ?? d.from);
    return role ? { ...d, role } : d;
  }

  /**
   * The title right before a name, whatever its case: "Finance Minister", "chief executive",
   * "German Chancellor", "ministre de l'Économie"; as token indices, or null.
   */
  protected titleBefore(nameFrom: number): { from: number; to: number } | null {
    // "le chancelier allemand Olaf Scholz", "le secrétaire d'État américain": a nationality after the title.
    const nationality = lowerOf(this.tokens[nameFrom - 1]);
    const national = demonyms().has(nationality) || this.L.nationalities?.has(nationality) === true;
    const end = national && !isCapitalized(this.tokens[nameFrom - 1]) ? nameFrom - 1 : nameFrom;
    let j = this.titleComplementStart(end);
    if (j < 0) {
      // (A complement of up to three capitalized words: "ministre de l'Économie", "président de la République".)
      for (let m = end - 1; m >= Math.max(0, end - 3) && j < 0; m--) {
        if (!isCapitalized(this.tokens[m])) break;
        j = this.titleComplementStart(m);
      }
    }
    if (j < 0) j = this.isTitleWord(this.tokens[end - 1]) ? end - 1 : -1;
    if (j < 0 && national && this.isTitleWord(this.tokens[nameFrom - 2])) j = nameFrom - 2;
    if (j < 0) return null;
    // "Deputy Prime Minister", "German Chancellor", "former chief executive".
    while (j > 0 && nameFrom - j < 8) {
      const t = this.tokens[j - 1];
      if (!this.isTitleWord(t) && !demonyms().has(lowerOf(t))) break;
      j--;
    }
    // "Economy Minister", "Foreign Secretary": the domain a title is for, capitalized before it.
    while (
      j > 0 &&
      nameFrom - j < 8 &&
      isCapitalized(this.tokens[j - 1]) &&
      this.L.titleDomains?.has(lowerOf(this.tokens[j - 1]))
    )
      j--;
    return { from: j, to: nameFrom };
  }

  /** A title and its connector right before `from`, with no article: "PDG de", "chief executive of". */
  protected headedBy(from: number, company = false): boolean {
    const j = this.titleComplementStart(from);
    if (j < 0 || (company && !this.L.companyTitles?.has(lowerOf(this.tokens[j])))) return false;
    const links = this.tokens.slice(j + 1, from).filter((t) => t.kind === 'word');
    // ("président de la Fédération" is read by the head word; "ministre de la Santé" is no name.)
    return links.length === 1 && COMPLEMENT_LINKS.has(links[0]!.text.toLowerCase());
  }
}
