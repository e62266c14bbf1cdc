import type { Handler } from '../../../bot/handler.ts';
import type { Db } from '../../../data/db/open-database.ts';
import type { Org } from '../../../data/org/load-org.ts';
import { OvertimeRecordsRepo } from '../../../data/repos/overtime-records-repo.ts';
import { shanghaiDate } from '../../../data/time/index.ts';
import type { Fields } from '../../understanding/types.ts';
import { idleReading } from '../leave-understanding.ts';
import { leaveText } from '../messages.ts';
import { effectiveScope, inScope, outScopeOf, periodDates } from '../who-is-out.ts';
import { periodText } from '../who-is-out-messages.ts';
import { overtimeText } from './messages.ts';
import { overtimeSummary } from './overtime-notifier.ts';
import type { OvertimeRecord } from '../../../data/repos/overtime-records-repo.ts';

/** More lines than this and the chat gets unreadable: the rest is in the console's export. */
const MAX_LINES = 30;

/**
 * 「这个月的加班记录」「12月加班汇总」「我组这个月加班情况」「谁加班了」: overtime records asked to see, within
 * what the asker may see as for who is on leave (HR and the director all, a department head the department, a
 * lead the team); anyone else, or 「我…」, their own. They started a registration (「请问哪天加班？」) that then
 * swallowed the next message.
 */
export function overtimeOverviewHandler(deps: { db: Db; org: () => Org }): Handler<Fields> {
  return {
    name: 'overtime-overview',
    trigger: (ctx) => {
      if (ctx.message.action || deps.org().leaveRules === undefined) return undefined;
      const u = idleReading(ctx, deps.org());
      return u.intent === 'overview' && u.fields.of === 'overtime' ? u.fields : undefined;
    },
    async handle(ctx, fields) {
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      const org = deps.org();
      const today = shanghaiDate(ctx.now);
      const period = fields.period ?? 'this_month';
      const dates = periodDates(period, today);
      const allowed = outScopeOf(ctx.person);
      // 「我这个月加了多少班」, or someone who may see nobody else's: their own.
      const own = allowed === null || (/^我(?![们组部])|我的/.test(ctx.text.trim()) && fields.scope === undefined);
      const scope = allowed === null ? null : effectiveScope(allowed, fields.scope);
      const records = (await new OvertimeRecordsRepo(deps.db).between(dates.start, dates.end)).filter((r) => {
        if (own) return r.staffId === ctx.person.id;
        const person = org.directory.get(r.staffId);
        return person !== undefined && scope !== null && inScope(ctx.person, scope, person);
      });
      const when = periodText(typeof period === 'string' ? period : undefined, dates, Number(today.slice(0, 4)));
      const where = own
        ? overtimeText.overviewOwn
        : scope === 'all'
          ? overtimeText.overviewEveryone
          : scope === 'department'
            ? ctx.person.department
            : ctx.person.team;
      const hint = own ? '' : `\n${overtimeText.overviewExport(Number(dates.start.slice(5, 7)))}`;
      if (records.length === 0) return ctx.replyPrivately(`${overtimeText.overviewNone(when, where)}${hint}`);
      const lines = records.slice(0, MAX_LINES).map((r) => {
        const name = own ? '' : `${org.directory.get(r.staffId)?.name ?? r.staffId} `;
        return `加班${r.id} ${name}${overtimeSummary(r)} · ${overtimeStatus(r, org)}`;
      });
      const hours = (status: string) => records.filter((r) => r.status === status).reduce((n, r) => n + r.hours, 0);
      await ctx.replyPrivately(
        [
          overtimeText.overviewTitle(when, where, records.length),
          ...lines,
          ...(records.length > MAX_LINES ? [overtimeText.overviewMore(records.length - MAX_LINES)] : []),
          overtimeText.overviewTotal(hours('approved'), hours('pending')),
        ].join('\n') + hint,
      );
    },
  };
}

/** Where a record stands, as its owner, an approver or HR reads it. */
export function overtimeStatus(r: OvertimeRecord, org: Org): string {
  if (r.status === 'pending') return overtimeText.statusPending(org.directory.get(r.approverId ?? '')?.name ?? '');
  if (r.status === 'approved') return overtimeText.statusApproved;
  if (r.status === 'rejected') return overtimeText.statusRejected(r.comment);
  return overtimeText.statusWithdrawn;
}
