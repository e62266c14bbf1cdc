import type { Handler } from '../../bot/handler.ts';
import { hears } from '../../bot/triggers.ts';
import { hasRole } from '../../data/org/staff.ts';
import { helpText } from './messages.ts';

export function helpHandler(): Handler {
  return {
    name: 'help',
    trigger: hears(/^(帮助|help|\?|？|菜单|功能|你能做什么|你会什么|怎么用|使用说明)[。!！?？]*$/i),
    async handle(ctx) {
      await ctx.reply(helpText(hasRole(ctx.person, 'hr')));
    },
  };
}
