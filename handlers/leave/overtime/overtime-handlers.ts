import { parseTimeRange } from '../parse/index.ts';
import type { LocalDate } from '../../../data/time/index.ts';
import type { Flow } from '../../../bot/conversation/flow.ts';
import type { Handler } from '../../../bot/handler.ts';
import { hears } from '../../../bot/triggers.ts';
import type { Db } from '../../../data/db/open-database.ts';
import type { Org } from '../../../data/org/load-org.ts';
import { OvertimeRecordsRepo } from '../../../data/repos/overtime-records-repo.ts';
import { MY_OVERTIME, OVERTIME_REGISTER } from '../commands.ts';
import { leaveText } from '../messages.ts';
import { overtimeText } from './messages.ts';
import { overtimeSummary } from './overtime-notifier.ts';
import { overtimeOverviewHandler, overtimeStatus } from './overtime-overview-handler.ts';
import type { Context } from '../../../bot/context.ts';
import { ASK_BELOW, type Fields } from '../../understanding/index.ts';
import { idleReading } from '../leave-understanding.ts';
import { overtimeDraftFrom } from './overtime-in-flow.ts';
import {
  advance,
  overtimeStep,
  type OvertimeDraftState,
  type OvertimeFlowEffect,
  type OvertimeFlowEnv,
} from './overtime-flow.ts';

/** "加班登记 11月20日 18:00-21:30 社区活动" (or just "加班登记"), and "我的加班". Privately, like leave. */
export function overtimeHandlers(deps: {
  db: Db;
  org: () => Org;
  flow: Flow<OvertimeDraftState, OvertimeFlowEnv, OvertimeFlowEffect>;
}): Handler[] {
  const { flow } = deps;
  return [
    // Before 「我的加班」 and the registration: 「加班记录」「这个月的加班记录」 ask to see records.
    overtimeOverviewHandler(deps) as Handler,
    {
      // Before the registration: 「我的加班」 was read as overtime to register and asked for its day.
      name: 'overtime-mine',
      trigger: hears(MY_OVERTIME),
      async handle(ctx) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const records = await new OvertimeRecordsRepo(deps.db).forStaff(ctx.person.id, 10);
        if (!records.length) return ctx.replyPrivately(overtimeText.mineEmpty);
        const org = deps.org();
        await ctx.replyPrivately(
          [
            overtimeText.mineTitle,
            ...records.map((r) => `加班${r.id} ${overtimeSummary(r)} · ${overtimeStatus(r, org)}`),
          ].join('\n'),
        );
      },
    },
    {
      name: 'overtime-register',
      trigger: (ctx) => {
        if (deps.org().leaveRules === undefined || ctx.message.action) return false;
        if (OVERTIME_REGISTER.test(ctx.text)) return true;
        // Overtime the way people say it (issue 11): 「上周六加班了 9点到5点 社区活动」「今晚要加班到九点」.
        return understood(ctx, deps.org()) !== null;
      },
      async handle(ctx) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.movedToPrivate);
        const env = await flow.prepare(ctx);
        // The command's words are read by the registration's parser, which checks their limits; but a clock
        // range it would ask 上午还是下午 about (「加班登记 上周六 9点到5点 长者生日会」) is read as said without
        // the command word: a Saturday's 9点到5点 is the daytime.
        const command = OVERTIME_REGISTER.test(ctx.text);
        const read = !command || parseTimeRange(ctx.text).kind === 'ambiguous' ? understood(ctx, deps.org()) : null;
        const dayOff = (f: Fields) =>
          typeof f.date === 'string' && !deps.org().calendar.isWorkingDay(f.date as LocalDate) && !!f.startTime;
        const said = read && (!command || dayOff(read)) ? read : null;
        const result = said
          ? advance(overtimeDraftFrom(said), env)
          : overtimeStep({ step: 'start', state: {} }, { text: ctx.text }, env);
        if (result.next) await ctx.conversation.start(flow, result.next, []);
        for (const r of result.replies ?? []) await ctx.replyPrivately(r);
      },
    },
  ];
}

/** The overtime a message states, read as idle; null when it states none. */
function understood(ctx: Context, org: Org): Fields | null {
  const u = idleReading(ctx, org);
  return u.intent === 'overtime' && u.confidence >= ASK_BELOW ? u.fields : null;
}
