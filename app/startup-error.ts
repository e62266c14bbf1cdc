import { DatabaseOpenError } from '../data/db/database-open-error.ts';
import { OrgLoadError } from '../data/org/load-org.ts';
import { EnvError } from '../bot/config/env.ts';
import { ConfigError } from '../data/errors.ts';

/** Known start-up problems print their message (file, row, field, fix); anything else its stack. */
export function describeStartupError(error: unknown): string {
  if (
    error instanceof EnvError ||
    error instanceof OrgLoadError ||
    error instanceof DatabaseOpenError ||
    error instanceof ConfigError
  ) {
    return `无法启动 / cannot start:\n${error.message}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
