import { parse } from 'csv-parse/sync';
import { ConfigError, type ConfigProblem } from '../errors.ts';

/** HR's curated question → answer. When one matches, it wins over the documents. */
export interface FaqEntry {
  /** The question and its alternative phrasings. */
  readonly questions: readonly string[];
  readonly answer: string;
  /** Citation: the document slug and section path text, as in the documents; both empty for HR's own answer. */
  readonly doc: string;
  readonly section: string;
}

/**
 * Columns: question (alternatives separated by `|`), answer, doc, section (doc and section
 * both empty: HR's own answer).
 */
export function parseFaqCsv(text: string, file: string, docSlugs: ReadonlySet<string>): FaqEntry[] {
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new ConfigError(file, [{ message: `not readable as CSV: ${(error as Error).message}` }]);
  }
  const problems: ConfigProblem[] = [];
  const entries: FaqEntry[] = [];
  records.forEach((rec, i) => {
    const row = i + 2;
    const questions = (rec.question ?? '')
      .split('|')
      .map((q) => q.trim())
      .filter(Boolean);
    const answer = (rec.answer ?? '').trim();
    const doc = (rec.doc ?? '').trim();
    const section = (rec.section ?? '').trim();
    if (!questions.length) problems.push({ row, field: 'question', message: 'is empty' });
    if (!answer) problems.push({ row, field: 'answer', message: 'is empty' });
    if (answer.length > 300)
      problems.push({
        row,
        field: 'answer',
        message: `is ${answer.length} characters; keep it under 300 for a phone screen`,
      });
    // Both empty: HR's own answer, which no document states (saved from the unanswered-questions queue).
    const hrOwn = !doc && !section;
    if (!hrOwn && !docSlugs.has(doc))
      problems.push({
        row,
        field: 'doc',
        message: `"${doc}" is not a document in policies/ (one of: ${[...docSlugs].join(', ')})`,
      });
    if (!hrOwn && !section) {
      const message = "is empty; name the section the answer comes from (or leave doc empty too for HR's own answer)";
      problems.push({ row, field: 'section', message });
    }
    entries.push({ questions, answer, doc, section });
  });
  if (problems.length) throw new ConfigError(file, problems);
  return entries;
}
