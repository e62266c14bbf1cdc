import { join } from 'node:path';
import type { AccountSettings } from '../../data/org/account-settings.ts';
import { orgKey } from '../../data/db/org-database.ts';
import { ConfigError, type ConfigProblem } from '../../data/errors.ts';

/** An organisation's chat credentials, read from the environment variables its org.json names. */
export interface OrgAccounts {
  readonly wecom?: { readonly botId: string; readonly secret: string; readonly wsUrl?: string };
  readonly wechaty?: { readonly puppet: string; readonly token?: string; readonly name: string };
}

/**
 * Reads the variables named by org.json's `accounts` (data/org/account-settings.ts). A named variable
 * that is unset or empty stops this organisation (not the others) with org.json and the field named:
 * an account half configured would otherwise connect nowhere without a word.
 */
export function orgAccounts(
  dir: string,
  settings: AccountSettings,
  env: Record<string, string | undefined> = process.env,
): OrgAccounts {
  const problems: ConfigProblem[] = [];
  const read = (row: string, field: string, name: string | undefined): string | undefined => {
    if (name === undefined) return undefined;
    const value = env[name]?.trim();
    if (!value) problems.push({ row, field, message: `names ${name}, which is not set in the environment` });
    return value || undefined;
  };
  const wecom = settings?.wecom && {
    botId: read('accounts.wecom', 'botIdEnv', settings.wecom.botIdEnv)!,
    secret: read('accounts.wecom', 'secretEnv', settings.wecom.secretEnv)!,
    wsUrl: read('accounts.wecom', 'wsUrlEnv', settings.wecom.wsUrlEnv),
  };
  const wechaty = settings?.wechaty && {
    puppet: read('accounts.wechaty', 'puppetEnv', settings.wechaty.puppetEnv)!,
    token: read('accounts.wechaty', 'tokenEnv', settings.wechaty.tokenEnv),
    // Two organisations in one working directory must not share a WeChat session file.
    name: settings.wechaty.name ?? `tonggong-${orgKey(dir.split(/[\\/]/).pop() ?? '')}`,
  };
  if (wecom?.wsUrl && !/^wss?:\/\/\S+$/.test(wecom.wsUrl)) {
    problems.push({
      row: 'accounts.wecom',
      field: 'wsUrlEnv',
      message: `${settings?.wecom?.wsUrlEnv} must be a ws(s):// URL`,
    });
  }
  if (problems.length) throw new ConfigError(join(dir, 'org.json'), problems);
  return { ...(wecom ? { wecom } : {}), ...(wechaty ? { wechaty } : {}) };
}

/** The channels an organisation's accounts connect, in sending preference (WeCom first). */
export function accountChannels(accounts: OrgAccounts): string[] {
  return [accounts.wecom && 'wecom', accounts.wechaty && 'wechaty'].filter((c): c is string => Boolean(c));
}
