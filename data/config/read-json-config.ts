import type { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { zodProblems } from '../org/zod-problems.ts';
import { readUtf8File } from '../org/read-text-file.ts';

/**
 * The one way an organisation's JSON file becomes config: read (UTF-8, BOM tolerated), parse,
 * validate. Every failure is a ConfigError naming the file, and for schema problems the entry
 * (`deadlines.2.due`) and the field, so start-up stops with something a person can fix.
 */
export function readJsonConfig<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = readUtf8File(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, [{ message: `cannot read the file: ${(error as Error).message}` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, [{ message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseJsonConfig(json, schema, file);
}

/** Validates already-parsed JSON (tests, the web console's previews) the same way. */
export function parseJsonConfig<S extends z.ZodType>(json: unknown, schema: S, file: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ConfigError(file, zodProblems(parsed.error));
  return parsed.data;
}
