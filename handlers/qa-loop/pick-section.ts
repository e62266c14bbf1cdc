import type { PolicyDocument, PolicySection } from '../../data/org/policy-document.ts';
import { findSection } from './find-section.ts';
import { loopText } from './messages.ts';

/** A section named exactly (the console's list of sections): document slug and path joined with ' › '. */
export interface SectionRef {
  readonly doc: string;
  readonly path: string;
}

export type SectionPick =
  | { readonly kind: 'found'; readonly document: PolicyDocument; readonly section: PolicySection }
  | { readonly kind: 'problem'; readonly text: string };

/**
 * The section HR means: heading words as typed in chat (「员工手册 婚假」, searched as
 * `findSection` does, a miss or a tie told back), or an exact reference picked from a list.
 */
export function pickSection(documents: readonly PolicyDocument[], where: string | SectionRef): SectionPick {
  if (typeof where !== 'string') {
    const document = documents.find((d) => d.slug === where.doc);
    const section = document?.sections.find((s) => s.path.join(' › ') === where.path);
    if (document && section) return { kind: 'found', document, section };
    return { kind: 'problem', text: loopText.sectionNone(where.path.split(' › ').at(-1) ?? where.path) };
  }
  const found = findSection(documents, where);
  if (found.kind === 'found') return found;
  if (found.kind === 'none') return { kind: 'problem', text: loopText.sectionNone(where) };
  const names = found.candidates.map((c) => ({ short: c.document.short, heading: c.section.path.at(-1) ?? '' }));
  return { kind: 'problem', text: loopText.sectionAmbiguous(where, names) };
}
