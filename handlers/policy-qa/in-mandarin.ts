import { readFileSync } from 'node:fs';
import { projectPath } from '../../data/project-root.ts';
import { parseRewrites, type ColloquialRewrite } from './engine/colloquial-rewrites.ts';

const CANTONESE_FILE = projectPath('handlers/policy-qa/engine/cantonese-words.json');
/** Characters only Cantonese writes: a question without any is left as it is, unread. */
const CANTONESE = /[唔冇嘅咗喺啲嚟嗰佢哋畀揾睇攞嘢啱乜咩俾]|几耐|几多|边个|边度|边间|点样|点算|屋企|过身|返工|返嚟|琴日|听日|而家|几时/;

let rules: readonly ColloquialRewrite[] | undefined;

/**
 * The question in Mandarin when it was typed in Cantonese (「无故冇返工一日扣几多钱」 → 「无故没有上班一日扣多少钱」):
 * the documents, HR's FAQ and the questions written for the sections are Mandarin, and staff in
 * Guangdong type as they speak. Read word by word from cantonese-words.json; nothing else changes.
 */
export function inMandarin(question: string): string {
  if (!CANTONESE.test(question)) return question;
  rules ??= parseRewrites(readFileSync(CANTONESE_FILE, 'utf8'), CANTONESE_FILE);
  return rules.reduce((text, r) => text.replace(r.pattern, r.replace), question);
}
