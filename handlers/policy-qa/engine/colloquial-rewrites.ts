import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../../../data/errors.ts';
import { zodProblems } from '../../../data/org/zod-problems.ts';
import { projectPath } from '../../../data/project-root.ts';

/** The organisation's own rewrites, in its folder, run after the built-in ones. */
export const ORG_REWRITES_FILE = 'colloquial-rewrites.json';
const BUILT_IN_FILE = projectPath('handlers/policy-qa/engine/colloquial-rewrites.json');

/** Placeholders a pattern may use, so the table stays readable. */
const PLACEHOLDERS: Record<string, string> = {
  LEAVE_TYPE: '年|事|病|婚|丧|产|调休|陪产|看护|工伤',
  /** "半天", "3天", "2个星期", "1个月": how long a leave is (after numbers are normalised). */
  DURATION: '[\\d.几]+个?(?:天|日|周|星期|礼拜|小时|钟头|月)?',
};

const rule = z.object({ pattern: z.string().min(1), replace: z.string(), why: z.string().min(1) });
const table = z.object({ about: z.string().optional(), rules: z.array(rule) });

/** One spoken pattern and what the documents write instead. */
export interface ColloquialRewrite {
  readonly pattern: RegExp;
  readonly replace: string;
}

/** Reads and checks a rewrites table: each pattern must be a valid regular expression. */
export function parseRewrites(text: string, file: string): ColloquialRewrite[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, [{ message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = table.safeParse(json);
  if (!parsed.success) throw new ConfigError(file, zodProblems(parsed.error));
  return parsed.data.rules.map((r, i) => {
    const source = r.pattern.replace(/\{(\w+)\}/g, (whole, name: string) => PLACEHOLDERS[name] ?? whole);
    try {
      return { pattern: new RegExp(source, 'g'), replace: r.replace };
    } catch (error) {
      const message = `pattern "${r.pattern}" is not a valid regular expression: ${(error as Error).message}`;
      throw new ConfigError(file, [{ row: `rules.${i}`, message }]);
    }
  });
}

let builtIn: ColloquialRewrite[] | undefined;

/** The built-in rewrites. */
export function builtInRewrites(): readonly ColloquialRewrite[] {
  builtIn ??= parseRewrites(readFileSync(BUILT_IN_FILE, 'utf8'), BUILT_IN_FILE);
  return builtIn;
}

/** The built-in rewrites, then the organisation's own from its folder if it has the file. */
export function loadRewrites(orgDir: string | undefined): readonly ColloquialRewrite[] {
  const file = orgDir ? join(orgDir, ORG_REWRITES_FILE) : undefined;
  if (!file || !existsSync(file)) return builtInRewrites();
  return [...builtInRewrites(), ...parseRewrites(readFileSync(file, 'utf8'), file)];
}
