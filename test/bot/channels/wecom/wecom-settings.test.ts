import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../../../bot/config/env.ts';

describe('WeCom settings', () => {
  it('stop start-up when half configured, naming what is missing', () => {
    expect(() => parseEnv({ WECOM_BOT_ID: 'aibot1' })).toThrow(/WECOM_BOT_SECRET is missing/);
    expect(() => parseEnv({ WECOM_BOT_SECRET: 's' })).toThrow(/WECOM_BOT_ID is missing/);
    expect(() => parseEnv({ WECOM_WS_URL: 'wss://wecom.example.org' })).toThrow(
      /WECOM_BOT_ID and WECOM_BOT_SECRET are missing/,
    );
  });

  it('accept a private deployment address only as a ws:// or wss:// URL', () => {
    expect(
      parseEnv({ WECOM_BOT_ID: 'aibot1', WECOM_BOT_SECRET: 's', WECOM_WS_URL: 'wss://wecom.example.org' }).WECOM_WS_URL,
    ).toBe('wss://wecom.example.org');
    expect(() =>
      parseEnv({ WECOM_BOT_ID: 'aibot1', WECOM_BOT_SECRET: 's', WECOM_WS_URL: 'wecom.example.org' }),
    ).toThrow(/WECOM_WS_URL/);
  });
});
