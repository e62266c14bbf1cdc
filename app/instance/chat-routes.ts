import type { Clock } from '../../bot/clock.ts';
import type { Logger } from '../../bot/logger.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import type { ChannelRoute } from '../../bot/outbound/channel-route.ts';
import { directoryRoute } from '../../bot/channels/directory-route.ts';
import { wechatyRoute } from '../../bot/channels/wechaty/wechaty-route.ts';
import type { BindingsRepo } from '../../data/repos/bindings-repo.ts';
import type { OrgAccounts } from './org-accounts.ts';

export type ChatRoutes = (parts: { bindings: BindingsRepo; store: OrgStore }) => ChannelRoute[];

/**
 * The routes of an organisation's chat accounts (one organisation's from the environment, or each
 * of ORGS_DIR's from its org.json). A channel's modules and SDK (wechaty, @wecom/aibot-node-sdk,
 * qrcode-terminal) load only when it is configured: the terminal mode needs none of them (about
 * 50 MB and a second of start-up).
 */
export async function chatRoutes(accounts: OrgAccounts, log: Logger, clock: Clock): Promise<ChatRoutes> {
  const { wecom, wechaty } = accounts;
  const { WecomChannel } = wecom ? await import('../../bot/channels/wecom/wecom-channel.ts') : { WecomChannel: null };
  const { WechatyChannel } = wechaty
    ? await import('../../bot/channels/wechaty/wechaty-channel.ts')
    : { WechatyChannel: null };
  return ({ bindings, store }) => {
    const routes: ChannelRoute[] = [];
    // WeCom before WeChat: for someone on both (and no `reach_via`), the official channel
    // carries no ban risk, so proactive sends go there.
    if (wecom && WecomChannel) {
      const channel = new WecomChannel({ ...wecom, logger: log, clock });
      routes.push(directoryRoute(channel, () => store.org));
    }
    if (wechaty && WechatyChannel) {
      const channel = new WechatyChannel({
        puppet: wechaty.puppet,
        puppetToken: wechaty.token,
        name: wechaty.name,
        logger: log,
        clock,
      });
      routes.push(wechatyRoute(channel, bindings, () => store.org.info.staffGroup));
    }
    return routes;
  };
}
