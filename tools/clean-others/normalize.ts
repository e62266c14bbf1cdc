// One-off first pass over the zhongai / puhui / lvye seed texts.
// It only does the mechanical part of the cleaning (extraction debris, spacing, punctuation,
// wrapped lines); headings, tables and OCR slips were then fixed by hand in
// data/orgs/sample/policies/*.md, so re-running this does not reproduce those files exactly.
//
// Usage: npx tsx tools/clean-others/normalize.ts <seed.txt> [--join-wrapped] > draft.txt

import { readFileSync } from 'node:fs';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL_PUNCT = '，。、；：？！（）《》“”‘’【】…—';

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Strips Word/PDF extraction markers such as `[bookmark: _Toc123]` and `[image: …]`. */
export function stripMarkers(line: string): string {
  return line.replace(/\[(?:bookmark|image):[^\]]*\]/g, '');
}

/** Removes spaces the extraction put between Chinese characters, digits and punctuation. */
export function collapseSpaces(line: string): string {
  const cjkOrPunct = `[${CJK}${FULL_PUNCT}]`;
  let out = line.replace(/[\t\u3000\u00a0]+/g, ' ').trim();
  // Repeat until stable: a run like "年 度 计 划" needs more than one pass.
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out
      .replace(new RegExp(`(${cjkOrPunct}) +(${cjkOrPunct})`, 'g'), '$1$2')
      .replace(new RegExp(`(${cjkOrPunct}) +([0-9A-Za-z%])`, 'g'), '$1$2')
      .replace(new RegExp(`([0-9A-Za-z%]) +(${cjkOrPunct})`, 'g'), '$1$2');
  }
  return out;
}

/** Half-width , ; : ? ! ( ) next to Chinese text become full-width; URLs and codes stay as they are. */
export function fullWidthPunctuation(line: string): string {
  const cjk = `[${CJK}${FULL_PUNCT}]`;
  return line
    .replace(new RegExp(`(${cjk})\\s*([,;:?!])`, 'g'), (_m, a: string, p: string) => a + (HALF_TO_FULL[p] ?? p))
    .replace(new RegExp(`([,;:?!])\\s*(${cjk})`, 'g'), (_m, p: string, b: string) => (HALF_TO_FULL[p] ?? p) + b)
    .replace(new RegExp(`\\(([^()]*${cjk}[^()]*)\\)`, 'g'), '（$1）')
    .replace(/([（【])\s+/g, '$1')
    .replace(/\s+([）】])/g, '$1')
    .replace(/（(\d+)）、/g, '（$1）');
}

/** OCR slips that are wrong wherever they occur in these three documents. */
const SLIPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/矿工/g, '旷工'],
  [/总千事/g, '总干事'],
  [/选拨/g, '选拔'],
  [/观察井理解/g, '观察并理解'],
  [/帮组组员/g, '帮助组员'],
  [/自人自助/g, '助人自助'],
  [/具体这算标准/g, '具体折算标准'],
];

export function fixSlips(line: string): string {
  return SLIPS.reduce((s, [re, to]) => s.replace(re, to), line);
}

export function normalizeLine(line: string): string {
  return fixSlips(fullWidthPunctuation(collapseSpaces(stripMarkers(line))));
}

/**
 * The puhui PDF was extracted one printed line per paragraph with blank lines between:
 * a line that fills the printed width (or ends mid-sentence) continues on the next line.
 */
export function joinWrapped(lines: readonly string[], wrapWidth = 26): string[] {
  const out: string[] = [];
  let pending = '';
  for (const line of lines) {
    if (line === '') continue;
    pending += line;
    const endsSentence = /[。；：！？]$/.test(line);
    if (endsSentence || line.length < wrapWidth) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

function main(argv: readonly string[]): void {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: normalize.ts <seed.txt> [--join-wrapped]\n');
    process.exitCode = 2;
    return;
  }
  const raw = readFileSync(file, 'utf8').split(/\r?\n/).map(normalizeLine);
  const lines = argv.includes('--join-wrapped') ? joinWrapped(raw) : raw;
  process.stdout.write(`${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
