import { hears } from '../../bot/triggers.ts';
import { hasRole } from '../../data/org/staff.ts';
import type { Feature } from '../feature.ts';
import { helpSentPrivately, helpText } from './messages.ts';

/** 「帮助」: what the listed features say they do (HR also reads HR's commands). */
export function helpFeature(features: readonly Feature[]): Feature {
  const helps = features.map((f) => f.help);
  return {
    name: 'help',
    help: {},
    jobs: [],
    wire: () => ({
      handlers: [
        {
          name: 'help',
          trigger: hears(/^(帮助|help|\?|？|菜单|功能|你能做什么|你会什么|怎么用|使用说明)[。!！?？]*$/i),
          async handle(ctx) {
            await ctx.replyPrivately(helpText(hasRole(ctx.person, 'hr'), helps));
            if (!ctx.message.isDirect) await ctx.reply(helpSentPrivately);
          },
        },
      ],
    }),
  };
}
