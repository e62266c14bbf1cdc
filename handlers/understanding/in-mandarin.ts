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
  gate ??= gateOf(rules);
  if (!gate.some((g) => g.test(text))) return text;
  return rules.reduce((out, r) => out.replace(r.pattern, r.replace), text);
}

let gate: readonly RegExp[] | undefined;

/**
 * Whether any rule could match, in one pass for the rules joined (most messages are Mandarin, and
 * running the 86 rules one by one on each was a fiftieth of an answer). A rule with a
 * backreference is tested on its own: joined, its `\1` would count another rule's group.
 */
function gateOf(rules: readonly ColloquialRewrite[]): RegExp[] {
  const test = (source: string) => new RegExp(source, [...rules[0]!.pattern.flags].filter((f) => f !== 'g').join(''));
  const referring = (r: ColloquialRewrite) => /\\(\d|k<)/.test(r.pattern.source);
  const joined = rules.filter((r) => !referring(r)).map((r) => `(?:${r.pattern.source})`);
  return [
    ...(joined.length ? [test(joined.join('|'))] : []),
    ...rules.filter(referring).map((r) => test(r.pattern.source)),
  ];
}
