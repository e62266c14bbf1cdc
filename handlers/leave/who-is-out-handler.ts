import type { Handler } from '../../bot/handler.ts';
import type { Trigger } from '../../bot/triggers.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import { shanghaiDate } from '../../data/time/index.ts';
import { readOverview } from '../understanding/overviews.ts';
import type { Fields } from '../understanding/types.ts';
import { formatSpan } from './format-span.ts';
import { spanOfRequest } from './leave-facts.ts';
import { leaveText } from './messages.ts';
import { approvedLeaveOf, effectiveScope, inScope, outScopeOf, periodDates, type OutScope } from './who-is-out.ts';
import { typeForColleagues } from './who-is-out.ts';
import { outText, periodText } from './who-is-out-messages.ts';

/**
 * 「今天谁请假」「本周谁请假」「下周谁不在」「这个月谁请假了」「郑雨这周请假了吗」: answered privately,
 * within what the asker may see (HR and the director all, a department head the department, a lead
 * the team); anyone else asking about others gets the polite refusal.
 */
/** 「发我一份excel」「导出来」: a file asked for, which the chat cannot send. */
const FILE_ASKED = /excel|xlsx|csv|表格|导出|文件/i;

export function whoIsOutHandler(deps: { db: Db; org: () => Org }): Handler<Fields> {
  // The last overview each person asked, for a follow-up of a few minutes (in memory: a restart
  // forgets only what 「下周呢」 refers to).
  const asked = new Map<string, { readonly fields: Fields; readonly at: number }>();
  const trigger: Trigger<Fields> = (ctx) => {
    const org = deps.org();
    const env = {
      now: ctx.now,
      today: shanghaiDate(ctx.now),
      calendar: org.calendar,
      people: org.directory.all.map((s) => ({ name: s.name, roles: s.roles })),
      speaker: ctx.person.name,
    };
    const read = readOverview(ctx.text, env)?.fields;
    // 「这个月的加班记录」: overtime records, which the overtime overview answers.
    if (read?.of === 'overtime') return undefined;
    const said = read ?? followUp(ctx.text, asked.get(ctx.person.id), ctx.now, env);
    if (said) asked.set(ctx.person.id, { fields: said, at: ctx.now.getTime() });
    return said;
  };
  return {
    name: 'leave-who-is-out',
    trigger,
    async handle(ctx, fields) {
      if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      const org = deps.org();
      const allowed = outScopeOf(ctx.person);
      const colleague = fields.person ? org.directory.all.find((s) => s.name === fields.person) : undefined;
      if (!allowed || (colleague && !inScope(ctx.person, allowed, colleague)))
        return ctx.replyPrivately(outText.refused);
      // 「长者组这周谁请假」 from another team's lead: that unit, if theirs to see; it was answered for their own.
      const unit = unitNamed(ctx.text, org.directory.all);
      const unitSeen = unit && org.directory.all.some((s) => unitHas(unit, s) && inScope(ctx.person, allowed, s));
      if (unit && !unitSeen && !colleague) return ctx.replyPrivately(outText.unitRefused(unit));
      const scope = unit ? allowed : effectiveScope(allowed, fields.scope);
      const today = shanghaiDate(ctx.now);
      const period = fields.period ?? (colleague ? 'this_week' : 'today');
      const dates = periodDates(period, today);
      const visible = (s: Staff) =>
        inScope(ctx.person, scope, s) && (!colleague || s.id === colleague.id) && (!unit || unitHas(unit, s));
      const rows = await approvedLeaveOf(deps.db, org, dates, visible);
      const when = periodText(typeof period === 'string' ? period : undefined, dates, Number(today.slice(0, 4)));
      const where = colleague ? colleague.name : (unit ?? whereText(ctx.person, scope));
      const asksFile = FILE_ASKED.test(ctx.text) ? `\n${outText.exportHint}` : '';
      const narrowed =
        (fields.scope && fields.scope !== scope && !colleague && !unit ? `\n${outText.narrowed(where)}` : '') +
        asksFile;
      if (!rows.length) return ctx.replyPrivately(`${outText.none(when, where)}${narrowed}`);
      // HR keeps the records and reads the category; everyone else reads sick leave as 「请假」.
      const hr = hasRole(ctx.person, 'hr');
      const lines = rows.map(({ request, person }) =>
        outText.line(
          person.name,
          scope === 'team' ? null : person.team,
          hr
            ? (org.leaveRules?.types.find((t) => t.key === request.typeKey)?.name ?? request.typeKey)
            : typeForColleagues(org, request.typeKey),
          formatSpan(spanOfRequest(request)),
        ),
      );
      const people = new Set(rows.map((r) => r.person.id)).size;
      // 「许诺请的什么假」: one colleague's leave, not a list of 「请假的同事」 holding one name.
      const title = colleague ? outText.colleagueTitle(colleague.name, when) : outText.title(when, where, people);
      await ctx.replyPrivately([title, ...lines].join('\n') + narrowed);
    },
  };
}

function whereText(viewer: Staff, scope: OutScope): string {
  if (scope === 'all') return outText.everyone;
  return scope === 'department' ? viewer.department : viewer.team;
}

/** 「下周呢」「那明天呢」「下个月的呢」: another period of the overview just given. */
const ANOTHER_PERIOD =
  /^(?:那|那么)?(今天|明天|后天|这周|本周|下周|下个?星期|下礼拜|这个月|本月|下个?月)(?:的)?(?:呢|怎么样|咋样)?[?？。]*$/;
const FOLLOW_UP_MS = 10 * 60_000;

function followUp(
  text: string,
  last: { readonly fields: Fields; readonly at: number } | undefined,
  now: Date,
  env: Parameters<typeof readOverview>[1],
): Fields | undefined {
  const m = ANOTHER_PERIOD.exec(text.trim());
  if (!m || !last || now.getTime() - last.at > FOLLOW_UP_MS) return undefined;
  // Read as if asked in full, so the period is the overview reader's own.
  const period = readOverview(`${m[1]}谁请假`, env)?.fields.period;
  if (period === undefined) return undefined;
  return { ...last.fields, period };
}

/**
 * A team or department named, in full or as people shorten a team (长者组 for 长者服务组); none for 我们组,
 * 部门 or 组里, which the scopes read.
 */
function unitNamed(text: string, staff: readonly Staff[]): string | undefined {
  const units = [...new Set(staff.flatMap((s) => [s.team, s.department]))].sort((a, b) => b.length - a.length);
  return units.find(
    (u) => text.includes(u) || (u.endsWith('组') && u.length > 3 && text.includes(`${u.slice(0, 2)}组`)),
  );
}

function unitHas(unit: string, s: Staff): boolean {
  return s.team === unit || s.department === unit;
}
