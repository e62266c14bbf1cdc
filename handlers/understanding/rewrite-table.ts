import { z } from 'zod';
import { parseJsonConfig } from '../../data/config/read-json-config.ts';
import { ConfigError } from '../../data/errors.ts';

/**
 * A table of spoken patterns and what to read instead (pattern, replace, why), as the Q&A's
 * colloquial rewrites (policy-qa/engine/colloquial-rewrites.json) and the Cantonese reading
 * (cantonese-words.json) keep them.
 */
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
  return parseJsonConfig(json, table, file).rules.map((r, i) => {
    const source = r.pattern.replace(/\{(\w+)\}/g, (whole, name: string) => PLACEHOLDERS[name] ?? whole);
    try {
      return { pattern: new RegExp(source, 'g'), replace: r.replace };
    } catch (error) {
      const message = `pattern "${r.pattern}" is not a valid regular expression: ${(error as Error).message}`;
      throw new ConfigError(file, [{ row: `rules.${i}`, message }]);
    }
  });
}
