import { readFileSync } from 'node:fs';
import { projectPath } from '../../data/project-root.ts';
import { parseRewrites, type ColloquialRewrite } from './engine/colloquial-rewrites.ts';

const CANTONESE_FILE = projectPath('handlers/policy-qa/engine/cantonese-words.json');
let table: { rules: readonly ColloquialRewrite[]; any: RegExp } | undefined;

function cantonese() {
  if (!table) {
    const rules = parseRewrites(readFileSync(CANTONESE_FILE, 'utf8'), CANTONESE_FILE);
    // One test of every pattern at once: most questions are Mandarin, and are left as they are.
    table = { rules, any: new RegExp(rules.map((r) => r.pattern.source).join('|')) };
  }
  return table;
}

/**
 * The question in Mandarin when it was typed in Cantonese (「无故冇返工一日扣几多钱」 → 「无故没有上班一日扣多少钱」):
 * the documents, HR's FAQ and the questions written for the sections are Mandarin, and staff in
 * Guangdong type as they speak. Read word by word from cantonese-words.json; nothing else changes.
 */
export function inMandarin(question: string): string {
  const { rules, any } = cantonese();
  if (!any.test(question)) return question;
  return rules.reduce((text, r) => text.replace(r.pattern, r.replace), question);
}
