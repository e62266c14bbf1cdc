import { handler, type Handler } from '../../bot/handler.ts';
import { hrOnly, saying } from '../../bot/guards.ts';
import { shanghaiDate } from '../../data/time/index.ts';
import { hears } from '../../bot/triggers.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { BirthdayPrefsRepo } from '../../data/repos/birthday-prefs-repo.ts';
import { birthdayList } from './birthday-list.ts';
import { birthdayText } from './messages.ts';
import { nextQuarter, quarterOf } from './quarter.ts';

export interface BirthdayHandlerDeps {
  readonly prefs: BirthdayPrefsRepo;
  readonly directory: () => Directory;
}

const OPT_OUT = /^(请)?(不要|不用|别|不想|无需|不需要)(在群里)?公开(生日)?祝福[了吧啦。.!！~～]*$/;
const OPT_IN = /^(请)?(可以|恢复|要|愿意|接受|需要)(在群里)?公开(生日)?祝福[了吧啦。.!！~～]*$/;
const LIST = /^(本|这个?|当前)季度(的)?(同工)?生日(名单)?[？?]?$/;
const NEXT_LIST = /^下(个)?季度(的)?(同工)?生日(名单)?[？?]?$/;

/** Staff choose whether they are greeted in the group; HR asks for the quarter's list. */
export function birthdayHandlers(deps: BirthdayHandlerDeps): Handler[] {
  return [
    {
      name: 'birthday-opt-out',
      trigger: hears(OPT_OUT),
      async handle(ctx) {
        await deps.prefs.set(ctx.person.id, false, ctx.now);
        await ctx.reply(birthdayText.optedOut);
      },
    },
    {
      name: 'birthday-opt-in',
      trigger: hears(OPT_IN),
      async handle(ctx) {
        await deps.prefs.set(ctx.person.id, true, ctx.now);
        await ctx.reply(birthdayText.optedIn);
      },
    },
    handler({
      name: 'birthday-list',
      trigger: (ctx) => (LIST.test(ctx.text) ? 'this' : NEXT_LIST.test(ctx.text) ? 'next' : undefined),
      guard: saying(hrOnly, birthdayText.onlyHr),
      async handle(ctx, which) {
        const current = quarterOf(shanghaiDate(ctx.now));
        const q = which === 'next' ? nextQuarter(current) : current;
        // Birthdays are personal data: the list goes to HR privately even when asked in a group.
        await ctx.replyPrivately(birthdayList(deps.directory().all, q));
        if (!ctx.message.isDirect) await ctx.reply(birthdayText.sentPrivately);
      },
    }),
  ];
}
