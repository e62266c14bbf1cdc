// One-off conversion of the 乐雅 employee handbook (Word/PDF text export) into the policy
// document format (see the policy format notes: front matter, heading path, plain body).
//
//   npx tsx tools/clean/leya-handbook.ts [source.txt] [--check] [--stdout]
//
// The structure comes from two hand-written files next to this script: headings.tsv (which
// source line becomes which heading) and blocks.md (hand-rebuilt tables and the few passages
// the extractor mangled). Everything else is the source text, normalised mechanically, so
// re-running the script reproduces the committed Markdown exactly (--check verifies it).
// DEBUG_JOINS=1 prints every line join and punctuation repair to stderr for review.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  continues,
  curlyQuotes,
  normalizeNumbering,
  normalizeText,
  stripListMarker,
} from './leya-handbook/normalize.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..');
const DEFAULT_SOURCE = '/work/shared/seeds/leya-employee-handbook-2023.txt';
const TARGET = join(REPO, 'data/orgs/sample/policies/leya-employee-handbook.md');

// Lines 1–68 are the cover and the table of contents.
const FIRST_BODY_LINE = 69;
// Sentences cut by a page break that the generic rule in continues() cannot see.
const FORCE_JOIN = new Set([2610]);

const FRONT_MATTER = [
  '---',
  'title: 东莞市乐雅社会工作服务中心员工手册（2023年2月修订）',
  'short: 员工手册',
  'source: leya-employee-handbook-2023.txt',
  '---',
  '',
  '<!-- cleaning note: 由 tools/clean/leya-handbook.ts 从原文生成。已删去封面、目录和重复印出的财务管理制度；' +
    '版面错乱的表格按原表重排（小表保留为表格，宽表改为逐行文字）；' +
    '原文没有标题的条款（如考勤管理各条、请假审批表）加了简短标题，正文仍为原文。 -->',
];

type Mode = 'consume' | 'keep' | 'strip' | 'drop';
interface HeadingEntry {
  readonly level: number;
  readonly text: string;
  readonly mode: Mode;
}
interface Block {
  readonly end: number;
  readonly text: string;
}
type Item =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'block'; readonly text: string }
  | { kind: 'para'; text: string };

function loadHeadings(path: string): Map<number, HeadingEntry[]> {
  const map = new Map<number, HeadingEntry[]>();
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [lineField, levelField, text, modeField] = raw.split('\t');
    const line = Number(lineField);
    if (!Number.isInteger(line) || levelField === undefined || text === undefined) {
      throw new Error(`headings.tsv: bad row "${raw}"`);
    }
    const entry: HeadingEntry =
      levelField === '-'
        ? { level: 0, text, mode: 'drop' }
        : { level: Number(levelField), text, mode: parseMode(modeField, raw) };
    map.set(line, [...(map.get(line) ?? []), entry]);
  }
  return map;
}

function parseMode(field: string | undefined, raw: string): Mode {
  if (field === undefined || field === '') return 'consume';
  if (field === 'keep' || field === 'strip') return field;
  throw new Error(`headings.tsv: unknown mode in "${raw}"`);
}

function loadBlocks(path: string): Map<number, Block> {
  const map = new Map<number, Block>();
  const parts = readFileSync(path, 'utf8').split(/^@@ /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    const range = /^(\d+)-(\d+)\s*$/.exec(part.slice(0, newline));
    if (!range) throw new Error(`blocks.md: bad range "${part.slice(0, newline)}"`);
    const start = Number(range[1]);
    const end = Number(range[2]);
    map.set(start, { end, text: part.slice(newline + 1).trim() });
  }
  return map;
}

const LEADING_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*[.、．]?\s*|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;

function convert(sourcePath: string): string {
  const lines = readFileSync(sourcePath, 'utf8').split('\n');
  const headings = loadHeadings(join(HERE, 'leya-handbook', 'headings.tsv'));
  const blocks = loadBlocks(join(HERE, 'leya-handbook', 'blocks.md'));
  const items: Item[] = [];

  for (let n = FIRST_BODY_LINE; n <= lines.length; n++) {
    const raw = lines[n - 1] ?? '';
    let body: 'consume' | 'keep' | 'strip' = 'keep';
    for (const h of headings.get(n) ?? []) {
      if (h.mode === 'drop') {
        body = 'consume';
        continue;
      }
      items.push({ kind: 'heading', level: h.level, text: h.text });
      body = h.mode === 'consume' ? 'consume' : h.mode;
    }
    const block = blocks.get(n);
    if (block) {
      if (block.text) items.push({ kind: 'block', text: block.text });
      n = block.end;
      continue;
    }
    if (body === 'consume' || !raw.trim()) continue;
    if (raw.trimStart().startsWith('|')) throw new Error(`line ${n}: table row not covered by blocks.md`);

    let text = normalizeNumbering(normalizeText(stripListMarker(raw)));
    if (body === 'strip') text = text.replace(LEADING_NUMBER, '');
    text = text.replace(/^(第[一二三四五六七八九十百]+条)(?=\S)/, '$1 ');

    const last = items.at(-1);
    if (last?.kind === 'para' && (FORCE_JOIN.has(n) || continues(last.text, text))) {
      if (process.env['DEBUG_JOINS']) console.error(`join ${n}: …${last.text.slice(-12)} + ${text.slice(0, 12)}…`);
      last.text += text;
    } else items.push({ kind: 'para', text });
  }

  fixListColons(items);
  closeSections(items);
  const out = [...FRONT_MATTER];
  for (const item of items) {
    out.push('');
    if (item.kind === 'heading') out.push(`${'#'.repeat(item.level)} ${item.text}`);
    else out.push(item.kind === 'para' ? curlyQuotes(item.text) : item.text);
  }
  return `${out.join('\n')}\n`;
}

// The export often ends list items with "：" where the original had "；". A colon is kept only
// when the next paragraph is not a sibling item of the same numbering style.
function fixListColons(items: Item[]): void {
  const styles = [/^\d{1,2}\. /, /^（\d{1,2}）/, /^[①-⑳]/, /^（[一二三四五六七八九十]+）/];
  const styleOf = (s: string) => styles.findIndex((re) => re.test(s));
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (a?.kind !== 'para' || b?.kind !== 'para' || !a.text.endsWith('：')) continue;
    // These two really introduce the items that follow (the source numbers them as siblings).
    if (a.text.endsWith('介入处理包括：') || a.text.endsWith('进行安全评估：')) continue;
    const style = styleOf(a.text);
    if (style < 0 || style !== styleOf(b.text)) continue;
    if (process.env['DEBUG_JOINS']) console.error(`colon: ${a.text.slice(0, 30)}`);
    a.text = `${a.text.slice(0, -1)}；`;
  }
}

// Once a numbered clause becomes its own section, the "；" or "：" that chained it to the
// next clause in the source ends the section instead.
// A "：" that introduces sub-sections (a deeper heading follows) stays.
function closeSections(items: Item[]): void {
  let level = 0;
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (a?.kind === 'heading') level = a.level;
    if (a?.kind !== 'para' || b?.kind !== 'heading' || !/[；：]$/.test(a.text)) continue;
    if (a.text.endsWith('：') && b.level > level) continue;
    if (process.env['DEBUG_JOINS']) console.error(`close: …${a.text.slice(-20)}`);
    a.text = `${a.text.slice(0, -1)}。`;
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const source = args.find((a) => !a.startsWith('--')) ?? DEFAULT_SOURCE;
  const markdown = convert(source);
  if (args.includes('--stdout')) {
    process.stdout.write(markdown);
  } else if (args.includes('--check')) {
    const current = readFileSync(TARGET, 'utf8');
    if (current !== markdown) {
      console.error(`${TARGET} differs from the conversion output`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(TARGET, markdown);
    console.log(`wrote ${TARGET}`);
  }
}

main();
