import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from '../../bot/errors.ts';
import { zodProblems } from '../org/zod-problems.ts';
import { leaveRulesSchema, type LeaveRules } from './leave-rules-schema.ts';

/** Validates parsed JSON; a bad file fails start-up naming the entry and the field. */
export function parseLeaveRules(json: unknown, file: string): LeaveRules {
  const parsed = leaveRulesSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(file, zodProblems(parsed.error));
  return parsed.data;
}

/** Reads `leave-rules.json`; undefined when the organisation has none (leave features then say so). */
export function loadLeaveRules(file: string): LeaveRules | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(file, [{ message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseLeaveRules(json, file);
}
