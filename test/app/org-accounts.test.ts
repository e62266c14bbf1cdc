import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountChannels, orgAccounts } from '../../app/instance/org-accounts.ts';
import { ConfigError } from '../../data/errors.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';
import { refusalOf } from '../fakes/org-fixture.ts';

/** A copy of the sample organisation with `accounts` in its org.json. */
function folderWith(accounts: unknown): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tonggong-orgs-')), 'org-a');
  cpSync(SAMPLE_ORG_DIR, dir, { recursive: true });
  const info = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8'));
  writeFileSync(join(dir, 'org.json'), JSON.stringify({ ...info, accounts }));
  return dir;
}

describe("an organisation's own chat accounts (org.json accounts, with ORGS_DIR)", () => {
  it('reads the credentials from the environment variables org.json names', () => {
    const dir = folderWith({
      wecom: { botIdEnv: 'ORG_A_WECOM_BOT_ID', secretEnv: 'ORG_A_WECOM_SECRET' },
      wechaty: { puppetEnv: 'ORG_A_PUPPET' },
    });
    const env = { ORG_A_WECOM_BOT_ID: 'bot-a', ORG_A_WECOM_SECRET: 's3cret', ORG_A_PUPPET: 'wechaty-puppet-service' };
    const accounts = orgAccounts(dir, loadOrg(dir).info.accounts, env);
    expect(accounts.wecom).toEqual({ botId: 'bot-a', secret: 's3cret', wsUrl: undefined });
    // Its own WeChat session file, apart from the other organisations' in the same working directory.
    expect(accounts.wechaty).toEqual({ puppet: 'wechaty-puppet-service', token: undefined, name: 'tonggong-org_a' });
    expect(accountChannels(accounts)).toEqual(['wecom', 'wechaty']);
  });

  it('stops the organisation naming org.json and the field when a named variable is not set', () => {
    const dir = folderWith({ wecom: { botIdEnv: 'ORG_A_WECOM_BOT_ID', secretEnv: 'ORG_A_WECOM_SECRET' } });
    const read = () => orgAccounts(dir, loadOrg(dir).info.accounts, { ORG_A_WECOM_BOT_ID: 'bot-a' });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      /org\.json[\s\S]*accounts\.wecom, field "secretEnv": names ORG_A_WECOM_SECRET, which is not set/,
    );
  });

  it('refuses a secret written into the folder instead of a variable name', () => {
    const dir = folderWith({ wecom: { botIdEnv: 'ORG_A_WECOM_BOT_ID', secretEnv: 'xK9-secret-value' } });
    expect(refusalOf(dir)).toMatch(/secretEnv[\s\S]*must name an environment variable/);
  });

  it('runs with no account when org.json names none', () => {
    const accounts = orgAccounts(SAMPLE_ORG_DIR, loadOrg().info.accounts, {});
    expect(accountChannels(accounts)).toEqual([]);
  });
});
