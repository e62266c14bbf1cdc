import type { PolicyDocument, PolicySection } from '../../data/org/policy-document.ts';
import type { SectionName } from './messages.ts';
import { bigramDice } from './question-text.ts';

/** An FAQ answer must fit on a phone screen (faq.csv allows 300 characters). */
export const MAX_EXCERPT = 300;

/**
 * What the bot quotes for a question HR mapped to a section: the whole section when it is
 * short, else its sentences most alike the question, in the document's order, within 300
 * characters. Markdown table bars and line breaks become plain spaces.
 */
export function sectionExcerpt(section: PolicySection, question: string, max = MAX_EXCERPT): string {
  const text = section.body
    .replace(/\|/g, ' ')
    .replace(/^[-\s:]+$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const sentences = text
    .split(/(?<=[。！？；])/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ranked = sentences
    .map((s, i) => ({ s, i, score: bigramDice(s, question) }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const kept: typeof ranked = [];
  let length = 0;
  for (const r of ranked) {
    const piece = r.s.length > max ? `${r.s.slice(0, max - 1)}…` : r.s;
    if (length + piece.length > max) continue;
    kept.push({ ...r, s: piece });
    length += piece.length;
  }
  return kept
    .sort((a, b) => a.i - b.i)
    .map((r) => r.s)
    .join('');
}

/** The document's short name and the section's last heading, as lists and messages show them. */
export function sectionName(documents: readonly PolicyDocument[], doc: string, path: string): SectionName {
  const short = documents.find((d) => d.slug === doc)?.short ?? doc;
  return { short, heading: path.split(' › ').at(-1) ?? path };
}
