import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS, parseEnv } from '../../../bot/config/env.ts';

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

  it('treat empty values as unset', () => {
    expect(parseEnv({ WECHATY_PUPPET: '', OPENAI_API_KEY: ' ' }).WECHATY_PUPPET).toBeUndefined();
  });

  it('are all documented in .env.example', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    expect(ENV_KEYS.length).toBeGreaterThan(10);
    for (const key of ENV_KEYS) expect(example, key).toMatch(new RegExp(`^#? ?${key}=`, 'm'));
  });
});
