import { readFileSync } from 'node:fs';
import { projectPath } from '../../data/project-root.ts';
import { parseRewrites, type ColloquialRewrite } from './rewrite-table.ts';

const CANTONESE_FILE = projectPath('handlers/understanding/cantonese-words.json');
let rules: readonly ColloquialRewrite[] | undefined;

/**
 * The message in Mandarin when it was typed in Cantonese (「无故冇返工一日扣几多钱」 → 「无故没上班一日扣多少钱」):
 * the documents, HR's FAQ, the questions written for the sections and the readers of leave and
 * overtime are Mandarin, and staff in Guangdong type as they speak. Read word by word from
 * cantonese-words.json (each rule with its why); a Mandarin message comes back as it was.
 */
export function inMandarin(text: string): string {
  rules ??= parseRewrites(readFileSync(CANTONESE_FILE, 'utf8'), CANTONESE_FILE);
  return rules.reduce((out, r) => out.replace(r.pattern, r.replace), text);
}
