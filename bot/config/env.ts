import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s) => (s === undefined || s === '' ? fallback : Number(s)))
    .pipe(z.number().int('must be a whole number').positive('must be greater than 0'));

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((s) => s === '1' || s === 'true' || s === 'yes' || s === 'on')
  .or(z.boolean());

/**
 * Every setting, validated at start-up. `.env.example` documents each one; a wrong value
 * stops the bot with the setting's name and how to fix it.
 */
const envObject = z.object({
  TONGGONG_ORG_DIR: optionalText,
  TONGGONG_DB: z.string().trim().default('var/tonggong.db'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//i, 'must be a PostgreSQL URL such as postgres://user@host:5432/tonggong')
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TONGGONG_CONSOLE: flag,
  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
  WECHATY_NAME: z.string().trim().default('tonggong'),
  WECOM_BOT_ID: optionalText,
  WECOM_BOT_SECRET: optionalText,
  WECOM_WS_URL: optionalText.pipe(z.url('must be a ws:// or wss:// URL').optional()),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z
    .string()
    .trim()
    .default('https://api.openai.com/v1')
    .pipe(z.url('must be an http(s) URL such as https://api.deepseek.com/v1')),
  OPENAI_MODEL: z.string().trim().default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: positiveInt(8000),
  LLM_CALLS_PER_HOUR: positiveInt(30),
  SCHEDULER_PAUSED: flag,
  PACE_WECHATY_PER_MINUTE: positiveInt(12),
  PACE_WECOM_PER_MINUTE: positiveInt(25),
  PACE_JITTER_MS: positiveInt(1500),
  WEB_ENABLED: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((s) => !(s === '0' || s === 'false' || s === 'no' || s === 'off')),
  WEB_HOST: z.string().trim().default('127.0.0.1'),
  WEB_PORT: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s === undefined || s === '' ? 3000 : Number(s)))
    .pipe(
      z.number().int('must be a whole number').min(1, 'must be a port, 1–65535').max(65535, 'must be a port, 1–65535'),
    ),
  WEB_BASE_URL: optionalText.pipe(z.url('must be an http(s) URL such as https://hr.example.org').optional()),
  METRICS_TOKEN: optionalText,
  ORGS_DIR: optionalText,
});

/** Every setting's name, for documentation checks. */
export const ENV_KEYS = Object.keys(envObject.shape);

export const envSchema = envObject.superRefine((env, ctx) => {
  if (env.WECOM_BOT_ID && !env.WECOM_BOT_SECRET)
    ctx.addIssue({
      code: 'custom',
      path: ['WECOM_BOT_SECRET'],
      message: 'is missing: WECOM_BOT_ID is set, so the WeCom channel needs its secret too (or unset WECOM_BOT_ID)',
    });
  if (env.WECOM_BOT_SECRET && !env.WECOM_BOT_ID)
    ctx.addIssue({
      code: 'custom',
      path: ['WECOM_BOT_ID'],
      message:
        'is missing: WECOM_BOT_SECRET is set, so the WeCom channel needs the bot id too (or unset WECOM_BOT_SECRET)',
    });
  if (env.WECOM_WS_URL && !env.WECOM_BOT_ID && !env.WECOM_BOT_SECRET)
    ctx.addIssue({
      code: 'custom',
      path: ['WECOM_BOT_ID'],
      message:
        'and WECOM_BOT_SECRET are missing: WECOM_WS_URL is set, ' +
        'so the WeCom channel needs both (or unset WECOM_WS_URL)',
    });
  if (env.WECHATY_PUPPET_SERVICE_TOKEN && !env.WECHATY_PUPPET)
    ctx.addIssue({
      code: 'custom',
      path: ['WECHATY_PUPPET'],
      message: 'is missing: a puppet service token is set; also set WECHATY_PUPPET=wechaty-puppet-service',
    });
});

export type Env = z.infer<typeof envSchema>;

/** Where the data lives: `--db` when given, else DATABASE_URL (PostgreSQL), else the SQLite file TONGGONG_DB. */
export function databaseLocation(flag: string | undefined, env: Pick<Env, 'DATABASE_URL' | 'TONGGONG_DB'>): string {
  return flag ?? env.DATABASE_URL ?? env.TONGGONG_DB;
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    const list = problems.map((p) => `  - ${p}`).join('\n');
    super(`Settings problem${problems.length > 1 ? 's' : ''} (see .env.example):\n${list}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || 'settings'} ${i.message}`));
}
