// The decisions as the Extractor contract's mentions: offsets, rule names, confidence and values.
import type { Mention } from '../types.js';
import type { Decision } from './decision.js';
import type { Token } from './tokens.js';

/** `nameText` gives a decision's name without the title or function its span may include. */
export function toMentions(
  decisions: Decision[],
  text: string,
  tokens: Token[],
  lang: string,
  nameText: (d: Decision) => string,
): Mention[] {
  return decisions.map((d): Mention => {
    const start = tokens[d.from]!.start;
    const end = tokens[d.to - 1]!.end;
    const rule = `${d.type}.${lang}.${d.rule}`;
    const name = d.displayName ?? nameText(d);
    const confidence = d.weak ? 0.5 : 0.8;
    if (d.type === 'person') {
      const role = d.role ? text.slice(tokens[d.role.from]!.start, tokens[d.role.to - 1]!.end) : undefined;
      return { type: 'person', start, end, rule, confidence, value: role ? { name, role } : { name } };
    }
    if (d.type === 'organization') {
      const value = d.longForm
        ? { name: d.longForm, acronym: d.acronym ?? name }
        : d.acronym
          ? { name, acronym: d.acronym }
          : { name };
      return { type: 'organization', start, end, rule, confidence, value };
    }
    return {
      type: 'location',
      start,
      end,
      rule,
      confidence,
      value: d.country ? { name, country: d.country } : { name },
    };
  });
}
