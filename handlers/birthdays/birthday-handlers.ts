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
/**
 * 「我生日不想在群里被祝福」「生日别在群里发」「生日那天不要在群里祝我」: the same, as people put it.
 * Only the quiet way round is read loosely: being greeted needs the words above (「生日那天在群里发红包」 is no opt-in).
 */
const OPT_OUT_SAID =
  /生日.{0,8}(?:不想|不要|别|不用|不需要)(?:在)?(?:群里|公开|大家面前).{0,6}(?:祝福|祝|发|说|提)|(?:不想|不要|别)(?:在)?群里.{0,6}(?:祝|发).{0,4}生日/;
const OPT_IN = /^(请)?(可以|恢复|要|愿意|接受|需要)(在群里)?公开(生日)?祝福[了吧啦。.!！~～]*$/;
/** 「生日能不能不在群里祝福」「可以不公开祝福吗」. */
const OPT_OUT_ASKED = /(?:生日|祝福).{0,8}(?:不在|不要在|别在|不)(?:群里|公开)|不(?:在群里)?公开.{0,4}祝福/;
const ASKS = /[?？吗]|能不能|可不可以|可以不/;
const LIST = /^(本|这个?|当前)季度(的)?(同工)?生日(名单)?[？?]?$/;
/**
 * 「这个月谁生日」「这个月有谁过生日」「最近谁生日」: asked in other words, the quarter's list (it holds
 * this month); anyone but HR hears the list is HR's.
 */
const LIST_SAID =
  /(?:这个?月|本月|最近|近期|这段时间|这季度)(?:有)?(?:谁|哪些人|哪些同事|哪几个)(?:过)?生日|生日(?:名单|表)|谁过生日/;
const NEXT_LIST = /^下(个)?季度(的)?(同工)?生日(名单)?[？?]?$/;

/** Staff choose whether they are greeted in the group; HR asks for the quarter's list. */
export function birthdayHandlers(deps: BirthdayHandlerDeps): Handler[] {
  return [
    {
      name: 'birthday-opt-out',
      trigger: (ctx) => OPT_OUT.test(ctx.text) || (OPT_OUT_SAID.test(ctx.text) && !ASKS.test(ctx.text)),
      async handle(ctx) {
        await deps.prefs.set(ctx.person.id, false, ctx.now);
        await ctx.reply(birthdayText.optedOut);
      },
    },
    {
      // 「生日能不能不在群里祝福」: asked, not said — how to, and nothing changed.
      name: 'birthday-opt-out-asked',
      trigger: (ctx) => OPT_OUT_ASKED.test(ctx.text) && ASKS.test(ctx.text),
      handle: (ctx) => ctx.reply(birthdayText.howToOptOut),
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
      trigger: (ctx) =>
        LIST.test(ctx.text) || LIST_SAID.test(ctx.text) ? 'this' : NEXT_LIST.test(ctx.text) ? 'next' : undefined,
      guard: saying(hrOnly, birthdayText.onlyHr),
      async handle(ctx, which) {
        const current = quarterOf(shanghaiDate(ctx.now));
        const q = which === 'next' ? nextQuarter(current) : current;
        // Birthdays are personal data: the list goes to HR privately even when asked in a group.
        await ctx.replyPrivately(birthdayList(deps.directory().all, q, await deps.prefs.all()));
        if (!ctx.message.isDirect) await ctx.reply(birthdayText.sentPrivately);
      },
    }),
  ];
}
