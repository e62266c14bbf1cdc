import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../bot/errors.ts';
import { zodProblems } from '../../data/org/zod-problems.ts';
import { NO_REMINDERS, reminderConfigSchema, type ReminderConfig } from './reminder-config.ts';

/**
 * Reads the organisation's reminders.json. No file: no deadline reminders. A broken file
 * stops start-up with the file, the entry (`deadlines.2.due`) and the field named.
 */
export function loadReminderConfig(orgDir: string): ReminderConfig {
  const file = join(orgDir, 'reminders.json');
  if (!existsSync(file)) return NO_REMINDERS;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(file, [{ message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseReminderConfig(json, file);
}

export function parseReminderConfig(json: unknown, file: string): ReminderConfig {
  const parsed = reminderConfigSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(file, zodProblems(parsed.error));
  return parsed.data;
}
