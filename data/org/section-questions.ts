import { ConfigError, type ConfigProblem } from '../errors.ts';
import type { PolicyDocument } from './policy-document.ts';

/**
 * A question the way staff ask it, labelled with the section of the organisation's documents
 * that answers it (issue 12: document expansion, "doc2query"). The Q&A indexes these words
 * with their section, so 「出去家访打车能报吗」 finds the 出租车 rule although the rule never says
 * 打车. They are written for one organisation's documents (by people who read them, or by a
 * model asked to), so they live in its folder beside faq.csv.
 */
export interface SectionQuestion {
  readonly q: string;
  readonly doc: string;
  /** The section's heading path joined with " › ", as the documents give it. */
  readonly section: string;
}

export const SECTION_QUESTIONS_FILE = 'section-questions.jsonl';

/**
 * One JSON object a line: {"q", "doc", "section"}. Every line must name a section the
 * documents have: a question pointing nowhere would teach nothing, and after an edit of a
 * heading the stale lines are listed by row so they can be moved.
 */
export function parseSectionQuestions(
  text: string,
  file: string,
  documents: readonly PolicyDocument[],
): SectionQuestion[] {
  const sections = new Map(documents.map((d) => [d.slug, new Set(d.sections.map((s) => s.path.join(' › ')))]));
  const problems: ConfigProblem[] = [];
  const out: SectionQuestion[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      const row = i + 1;
      if (!line.trim()) return;
      let rec: Record<string, unknown>;
      try {
        rec = JSON.parse(line);
      } catch {
        problems.push({ row, message: 'is not a JSON object' });
        return;
      }
      const field = (name: string) => (typeof rec[name] === 'string' ? (rec[name] as string).trim() : '');
      const [q, doc, section] = [field('q'), field('doc'), field('section')];
      if (!q) problems.push({ row, field: 'q', message: 'is empty' });
      const inDoc = sections.get(doc);
      if (!inDoc)
        problems.push({
          row,
          field: 'doc',
          message: `"${doc}" is not a document in policies/ (one of: ${[...sections.keys()].join(', ')})`,
        });
      else if (!inDoc.has(section))
        problems.push({ row, field: 'section', message: `"${section}" is not a section of ${doc}` });
      else if (q) out.push({ q, doc, section });
    });
  if (problems.length) throw new ConfigError(file, problems);
  return out;
}
