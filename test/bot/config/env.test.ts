import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseLocation, ENV_KEYS, parseEnv } from '../../../bot/config/env.ts';

describe('settings', () => {
  it('start with no settings at all (terminal, sample org, local SQLite)', () => {
    const env = parseEnv({});
    expect(env.TONGGONG_DB).toBe('var/tonggong.db');
    expect(env.WECHATY_PUPPET).toBeUndefined();
    expect(env.OPENAI_API_KEY).toBeUndefined();
  });

  it('name the setting that is wrong and how to fix it', () => {
    expect(() => parseEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => parseEnv({ OPENAI_BASE_URL: 'deepseek' })).toThrow(/OPENAI_BASE_URL must be an http\(s\) URL/);
    expect(() => parseEnv({ LLM_TIMEOUT_MS: 'soon' })).toThrow(/LLM_TIMEOUT_MS/);
  });

  it('refuse a half-configured WeCom channel, naming the missing setting', () => {
    expect(() => parseEnv({ WECOM_BOT_ID: 'abc' })).toThrow(/WECOM_BOT_SECRET is missing/);
    expect(() => parseEnv({ WECOM_BOT_SECRET: 'abc' })).toThrow(/WECOM_BOT_ID is missing/);
  });

  it('keep the data in PostgreSQL when DATABASE_URL is set, unless --db names another place', () => {
    const url = 'postgres://tonggong@127.0.0.1:5432/tonggong';
    expect(databaseLocation(undefined, parseEnv({}))).toBe('var/tonggong.db');
    expect(databaseLocation(undefined, parseEnv({ DATABASE_URL: url }))).toBe(url);
    expect(databaseLocation('var/try.db', parseEnv({ DATABASE_URL: url }))).toBe('var/try.db');
    expect(() => parseEnv({ DATABASE_URL: 'var/tonggong.db' })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
  });

  it('treat empty values as unset', () => {
    expect(parseEnv({ WECHATY_PUPPET: '', OPENAI_API_KEY: ' ' }).WECHATY_PUPPET).toBeUndefined();
  });

  it('are all documented in .env.example', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    expect(ENV_KEYS.length).toBeGreaterThan(10);
    for (const key of ENV_KEYS) expect(example, key).toMatch(new RegExp(`^#? ?${key}=`, 'm'));
  });
});
