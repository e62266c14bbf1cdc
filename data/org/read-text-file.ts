import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ConfigError } from '../errors.ts';

/**
 * Reads an organisation file as UTF-8, refusing anything else. Excel's plain "CSV" on a
 * Chinese Windows saves GBK, which read as UTF-8 turns every Chinese cell into garbage and
 * blames each row ("gender must be 女 or 男"): say what the file is and how to save it instead.
 */
export function readUtf8File(file: string): string {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const name = basename(file);
    const how = name.endsWith('.csv') ? '「CSV UTF-8（逗号分隔）」' : 'UTF-8';
    throw new ConfigError(file, [
      {
        message:
          `${name} is not UTF-8${looksLikeGbk(bytes) ? ' (looks like GBK, as Excel saves it)' : ''}: ` +
          `save it as ${how}`,
      },
    ]);
  }
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
