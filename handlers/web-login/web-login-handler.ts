import type { Handler } from '../../bot/handler.ts';
import { hears } from '../../bot/triggers.ts';
import type { WebAuthRepo } from '../../data/repos/web-auth-repo.ts';
import { consoleScope } from './console-scope.ts';
import { issueLoginLink } from './login-link.ts';
import { webLoginText } from './messages.ts';

/**
 * 「登录后台」: HR, department heads and leads get a private one-time link to the web console;
 * anyone else a polite refusal. The link goes only to the private chat, even when asked in a group.
 */
export function webLoginHandler(deps: { auth: WebAuthRepo; baseUrl: string | null }): Handler {
  return {
    name: 'web-login',
    trigger: hears(/^(登录|登陆)?(管理)?后台$/),
    async handle(ctx) {
      if (!consoleScope(ctx.person)) return ctx.replyPrivately(webLoginText.refused);
      const { baseUrl } = deps;
      if (baseUrl === null) return ctx.replyPrivately(webLoginText.noConsole);
      if (!ctx.message.isDirect) await ctx.reply(webLoginText.privateOnly);
      const { url, expiresAt } = await issueLoginLink(deps.auth, ctx.person.id, baseUrl, ctx.now);
      await ctx.replyPrivately(webLoginText.link(url, expiresAt));
    },
  };
}
