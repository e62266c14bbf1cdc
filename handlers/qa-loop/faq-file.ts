import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseFaqCsv } from '../../data/org/faq.ts';

const HEADER = ['question', 'answer', 'doc', 'section'];

export interface FaqRow {
  readonly question: string;
  readonly answer: string;
  readonly doc: string;
  readonly section: string;
}

/** One CSV field, quoted when it must be (a comma, a quote, a line break, or spaces at either end). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An alternative wording may not contain the separator of alternatives. */
function oneQuestion(text: string): string {
  return text.replace(/\|/g, '｜').replace(/\s+/g, ' ').trim();
}

/**
 * Adds HR's question and answer to the organisation's faq.csv: as one more wording of the row
 * that already gives the same answer with the same citation, or as a new row. The whole new file is
 * checked as the bot will read it before it replaces the old one (written beside it, then
 * renamed), so a save never leaves HR with a broken FAQ. Returns the problem, or null.
 */
export function addToFaq(orgDir: string, row: FaqRow, docSlugs: ReadonlySet<string>): string | null {
  const file = join(orgDir, 'faq.csv');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const bom = old.startsWith('\uFEFF') ? '\uFEFF' : '';
  let records: string[][];
  try {
    const options = { skip_empty_lines: true, relax_column_count: true };
    records = old.trim() ? parse(old.replace(/^\uFEFF/, ''), options) : [HEADER];
  } catch (error) {
    return `faq.csv is not readable as CSV: ${(error as Error).message}`;
  }
  const header = records[0]!;
  const col = (name: string) => header.indexOf(name);
  if (HEADER.some((h) => col(h) < 0)) return `faq.csv has no ${HEADER.filter((h) => col(h) < 0).join(', ')} column`;
  const question = oneQuestion(row.question);
  const existing = records
    .slice(1)
    .find((r) => r[col('doc')] === row.doc && r[col('section')] === row.section && r[col('answer')] === row.answer);
  if (existing) {
    const wordings = existing[col('question')]!.split('|').map((q) => q.trim());
    if (!wordings.includes(question)) existing[col('question')] = [...wordings, question].join('|');
  } else {
    const fresh = header.map(() => '');
    fresh[col('question')] = question;
    fresh[col('answer')] = row.answer.replace(/\r?\n/g, ' ').trim();
    fresh[col('doc')] = row.doc;
    fresh[col('section')] = row.section;
    records.push(fresh);
  }
  const text = `${bom}${records.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
  try {
    parseFaqCsv(text, file, docSlugs);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
  return null;
}
