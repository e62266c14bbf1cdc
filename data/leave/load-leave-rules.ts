import { existsSync } from 'node:fs';
import { parseJsonConfig, readJsonConfig } from '../config/read-json-config.ts';
import { leaveRulesSchema, type LeaveRules } from './leave-rules-schema.ts';

/** Validates parsed JSON; a bad file fails start-up naming the entry and the field. */
export function parseLeaveRules(json: unknown, file: string): LeaveRules {
  return parseJsonConfig(json, leaveRulesSchema, file);
}

/** Reads `leave-rules.json`; undefined when the organisation has none (leave features then say so). */
export function loadLeaveRules(file: string): LeaveRules | undefined {
  return existsSync(file) ? readJsonConfig(file, leaveRulesSchema) : undefined;
}
