import { identityText } from '../../../bot/identity/messages.ts';
import { handler, type Handler } from '../../../bot/handler.ts';
import { hrOnly as hrOnlyGuard, saying } from '../../../bot/guards.ts';
import { hears, startsLike } from '../../../bot/triggers.ts';
import { formatDateTime, shanghaiDate } from '../../../data/time/index.ts';
import type { Db } from '../../../data/db/open-database.ts';
import type { Org } from '../../../data/org/load-org.ts';
import { hasRole } from '../../../data/org/staff.ts';
import { BalanceLedgerRepo } from '../../../data/repos/balance-ledger-repo.ts';
import { LeaveRequestsRepo } from '../../../data/repos/leave-requests-repo.ts';
import { HR_ADJUST, HR_HISTORY, HR_LIST } from '../commands.ts';
import { formatDays } from '../format-span.ts';
import type { LeaveNotifier } from '../leave-notifier.ts';
import { personSummary, statusText, typeName } from '../leave-summary.ts';
import { leaveText } from '../messages.ts';
import { correctBalance } from './correct-balance.ts';
import { findLeave } from './find-leave.ts';
import { parseLeaveFilter } from './leave-filter.ts';
import { hrLeaveText } from './messages.ts';

const MAX_LINES = 40;

/** 「导出12月的…」 → that month (this year, or last year's December in January); otherwise this month. */
function monthAsked(text: string, today: string): string {
  const said = /(\d{1,2})\s*月/.exec(text)?.[1];
  const [year, month] = today.split('-').map(Number) as [number, number];
  if (said === undefined || Number(said) < 1 || Number(said) > 12) return today.slice(0, 7);
  const asked = Number(said);
  return `${asked > month + 1 ? year - 1 : year}-${String(asked).padStart(2, '0')}`;
}

/** 「给孙浩的年假加2天」: who, which balance, add or take, how much, the unit. */
const ADJUST_SAID = new RegExp(
  [
    /^(?:帮我)?(?:给|帮|把)([\u4e00-\u9fa5]{2,4}?)的?(年假|调休)(?:余额)?(?:再|要)?(加|补|扣|减)(?:上|掉|去)?/.source,
    /\s*(\d+(?:\.\d+)?)\s*(天|小时)?(.*)$/.source,
  ].join(''),
);

/** 「郑雨今年请了几天假」「郑雨的请假情况」: a colleague's requests, asked by HR in their own words. */
const LIST_SAID = new RegExp(
  [
    /^([\u4e00-\u9fa5]{2,4}?)(?:今年|这个月|本月|最近)?(?:一共|总共)?(?:请了|请过|休了|休过)/.source,
    /(?:几天|多少天|几次|多少次|哪些)?的?假了?(?:吗|呢)?[?？]*$/.source,
    /|^([\u4e00-\u9fa5]{2,4}?)的?请假(?:情况|记录)[?？]*$/.source,
  ].join(''),
);

/** 「… 原因 补录」「…，理由：多记了」: the words that give the reason, before it. */
const REASON_SAID = /^[\s，,。:：]*(?:(?:原因|理由|事由|因为)(?:是|为)?)?[\s，,。:：]*/;

/** HR's leave commands: 请假记录 (by month, person, team, status), 调整余额 (with a reason), 余额记录. */
export function hrLeaveHandlers(deps: { db: Db; org: () => Org; notifier: LeaveNotifier }): Handler[] {
  const hrOnly = saying(hrOnlyGuard, hrLeaveText.onlyHr);
  return [
    {
      name: 'leave-hr-export',
      // 「导出请假」, and as HR says it: 「导出12月的请假表」「帮我导出本月请假记录」.
      trigger: hears(/^(?:帮我)?导出.{0,8}请假/),
      guard: hrOnly,
      handle: (ctx) => ctx.replyPrivately(hrLeaveText.exportUsage(monthAsked(ctx.text, shanghaiDate(ctx.now)))),
    },
    handler({
      name: 'leave-hr-list',
      // 「请假记录 郑雨」, and HR's own words for it: 「郑雨今年请了几天假」「郑雨的请假情况」.
      trigger: (ctx) => {
        const m = HR_LIST.exec(ctx.text);
        if (m) return { asked: m[1] ?? '' };
        const said = LIST_SAID.exec(ctx.text.trim());
        const name = said?.[1] ?? said?.[2];
        const known = name !== undefined && deps.org().directory.all.some((s) => s.name === name);
        return known && hasRole(ctx.person, 'hr') ? { asked: name } : undefined;
      },
      guard: hrOnly,
      async handle(ctx, { asked }) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const org = deps.org();
        const filter = parseLeaveFilter(asked, org.directory, shanghaiDate(ctx.now));
        if ('error' in filter)
          return ctx.replyPrivately(`${hrLeaveText.unknownFilter(filter.error)}\n${hrLeaveText.listHint}`);
        const found = await findLeave(deps.db, filter);
        if (!found.length) return ctx.replyPrivately(`${hrLeaveText.listEmpty(filter.label)}\n${hrLeaveText.listHint}`);
        const steps = await new LeaveRequestsRepo(deps.db).stepsFor(found.map((r) => r.id));
        const lines = found
          .slice(0, MAX_LINES)
          .map(
            (r) =>
              `第${r.id}号 ${personSummary(org.leaveRules, org.directory, r)} · ` +
              statusText(r, steps.get(r.id) ?? [], org.directory),
          );
        const totals = new Map<string, number>();
        for (const r of found)
          if (r.status === 'pending' || r.status === 'approved')
            totals.set(r.typeKey, (totals.get(r.typeKey) ?? 0) + r.days);
        await ctx.replyPrivately(
          [
            hrLeaveText.listTitle(filter.label, found.length),
            ...lines,
            ...(found.length > MAX_LINES ? [hrLeaveText.listMore(found.length - MAX_LINES)] : []),
            ...(totals.size
              ? [
                  hrLeaveText.listTotals(
                    [...totals].map(([k, d]) => `${typeName(org.leaveRules, k)}${formatDays(d)}天`),
                  ),
                ]
              : []),
          ].join('\n'),
        );
      },
    }),
    handler({
      // 「给孙浩的年假加2天」「帮郑雨调休扣4小时」: HR's own words for 调整余额, which needs a reason.
      name: 'leave-hr-adjust-said',
      trigger: hears(ADJUST_SAID),
      guard: hrOnly,
      async handle(ctx, [, who = '', balance = '', verb = '', amount = '', unit, rest = '']) {
        const sign = /[扣减]/.test(verb) ? '-' : '+';
        const command = `调整余额 ${who} ${balance} ${sign}${amount}${unit === '小时' ? '小时' : ''}`;
        // 「给孙浩的年假加1天 原因 补录」: the reason said is filled in too, so HR only sends it back.
        const reason = rest.replace(REASON_SAID, '').trim();
        await ctx.replyPrivately(hrLeaveText.adjustSaidSo(command, reason || undefined));
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
      },
    }),
    handler({
      name: 'leave-hr-adjust',
      trigger: startsLike(/^调整余额/, HR_ADJUST),
      guard: hrOnly,
      async handle(ctx, { m }) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const org = deps.org();
        if (!m || !org.leaveRules) return ctx.replyPrivately(hrLeaveText.adjustUsage);
        const [, who = '', balance, signed = '', unit, rest = ''] = m;
        const found = org.directory.matching(who);
        const example = ctx.text.replace(who, found[0]?.id ?? '');
        if (found.length > 1) return ctx.replyPrivately(identityText.whichPerson(who, found, example));
        const person = found[0];
        if (!person) return ctx.replyPrivately(hrLeaveText.noSuchStaff(who));
        const reason = rest.trim();
        if (!reason) return ctx.replyPrivately(hrLeaveText.adjustNeedReason);
        const kind = balance === '年假' ? 'annual' : 'comp';
        let amount = Number(signed.replace('－', '-'));
        if (kind === 'comp' && unit === '天') amount *= org.leaveRules.overtime.hoursPerDay;
        if (!amount) return ctx.replyPrivately(hrLeaveText.adjustUsage);
        const result = await correctBalance(
          deps.db,
          org.leaveRules,
          { staffId: person.id, kind, amount, reason, actorId: ctx.person.id },
          ctx.now,
        );
        if (!result.ok) return ctx.replyPrivately(hrLeaveText.adjustShort(result.availableHours));
        const what = kind === 'annual' ? '年假' : '调休';
        const shown = kind === 'annual' ? hrLeaveText.annualAmount(amount) : hrLeaveText.compAmount(amount);
        if (person.id !== ctx.person.id)
          await deps.notifier.toPerson(person.id, hrLeaveText.toPerson(what, shown, reason));
        await ctx.replyPrivately(hrLeaveText.adjusted(person.name, what, shown, reason));
      },
    }),
    handler({
      name: 'leave-hr-history',
      trigger: hears(HR_HISTORY),
      guard: hrOnly,
      async handle(ctx, [, q = '']) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const org = deps.org();
        const found = org.directory.matching(q);
        const example = ctx.text.replace(q, found[0]?.id ?? '');
        if (found.length > 1) return ctx.replyPrivately(identityText.whichPerson(q, found, example));
        const person = found[0];
        if (!person) return ctx.replyPrivately(hrLeaveText.noSuchStaff(q));
        const entries = await new BalanceLedgerRepo(deps.db).history(person.id);
        if (!entries.length) return ctx.replyPrivately(hrLeaveText.historyEmpty(person.name));
        const lines = entries.map((e) => {
          const amount = e.kind === 'annual' ? hrLeaveText.annualAmount(e.amount) : hrLeaveText.compAmount(e.amount);
          const ref = e.requestId ? `第${e.requestId}号请假` : e.overtimeId ? `加班${e.overtimeId}` : '';
          const actor = org.directory.get(e.actorId)?.name ?? e.actorId;
          const kind = e.kind === 'annual' ? `年假${e.year ?? ''}` : '调休';
          const entry = hrLeaveText.entry[e.entry] ?? e.entry;
          const by = `（${actor}${e.note ? `：${e.note}` : ''}）`;
          return `${formatDateTime(e.createdAt)} ${kind} ${amount} ${entry}${ref ? ` ${ref}` : ''}${by}`;
        });
        await ctx.replyPrivately([hrLeaveText.historyTitle(person.name), ...lines].join('\n'));
      },
    }),
  ];
}
