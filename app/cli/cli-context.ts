import { loadEnvFile } from '../load-env-file.ts';
import { parseEnv, type Env } from '../../bot/config/env.ts';
import { SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';

/** Settings every command shares: `--org` and `--db` win over the environment. */
export function cliEnv(): Env {
  loadEnvFile();
  return parseEnv(process.env);
}

export function orgDirFrom(flag: string | undefined, env: Env): string {
  return flag ?? env.TONGGONG_ORG_DIR ?? SAMPLE_ORG_DIR;
}

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
