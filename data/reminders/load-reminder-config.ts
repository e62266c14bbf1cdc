import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonConfig, readJsonConfig } from '../config/read-json-config.ts';
import { NO_REMINDERS, reminderConfigSchema, type ReminderConfig } from './reminder-config.ts';

/**
 * Reads the organisation's reminders.json. No file: no deadline reminders. A broken file
 * stops start-up with the file, the entry (`deadlines.2.due`) and the field named.
 */
export function loadReminderConfig(orgDir: string): ReminderConfig {
  const file = join(orgDir, 'reminders.json');
  return existsSync(file) ? readJsonConfig(file, reminderConfigSchema) : NO_REMINDERS;
}

export function parseReminderConfig(json: unknown, file: string): ReminderConfig {
  return parseJsonConfig(json, reminderConfigSchema, file);
}
