import type { PolicyDocument, PolicySection } from '../../data/org/policy-document.ts';

interface SectionFound {
  readonly document: PolicyDocument;
  readonly section: PolicySection;
}

export type SectionSearch =
  | { readonly kind: 'found'; readonly document: PolicyDocument; readonly section: PolicySection }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly SectionFound[] };

/** A heading without its numbering: "2. 年假" → "年假", "（十七）做家访…" → "做家访…". */
function bare(heading: string): string {
  return heading
    .replace(
      /^\s*(第[一二三四五六七八九十百\d]+[章节条部分]+|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*/,
      '',
    )
    .trim();
}

/**
 * The section HR names by heading words ("年假", "员工手册 婚假", "员工手册 › 5. 婚假"): an
 * optional first word naming the document (its short name or title), then words that must all
 * be in the section's headings. A last heading that is exactly the words wins, then one that
 * holds them all; between equals, a rule (handbook) wins over a plan or report. Two
 * candidates still level are shown to HR rather than guessed between.
 */
export function findSection(documents: readonly PolicyDocument[], text: string): SectionSearch {
  let words = text
    .split(/[\s›>]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  let docs = documents;
  const first = words[0]!;
  const isNamed = (d: PolicyDocument) => d.short === first || d.title.includes(first) || d.slug === first;
  const named = words.length > 1 ? documents.filter(isNamed) : [];
  if (named.length) {
    docs = named;
    words = words.slice(1);
  }
  if (!words.length) return { kind: 'none' };
  const scored: { document: PolicyDocument; section: PolicySection; score: number }[] = [];
  for (const document of docs) {
    for (const section of document.sections) {
      const path = section.path.join('');
      if (!words.every((w) => path.includes(w))) continue;
      const last = section.path.at(-1) ?? '';
      const joined = words.join('');
      let score = 1;
      if (words.every((w) => last.includes(w))) score = 2;
      if (bare(last) === joined || last === joined) score = 3;
      if (document.kind === 'rules') score += 0.5;
      scored.push({ document, section, score });
    }
  }
  if (!scored.length) return { kind: 'none' };
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (top.length === 1) return { kind: 'found', document: top[0]!.document, section: top[0]!.section };
  return { kind: 'ambiguous', candidates: top.slice(0, 5).map(({ document, section }) => ({ document, section })) };
}
