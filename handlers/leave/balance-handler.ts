import { handler, type Handler } from '../../bot/handler.ts';
import { atShanghai, formatDate, formatDateTime, shanghaiDate, yearOf, type LocalDate } from '../../data/time/index.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import { BalanceLedgerRepo } from '../../data/repos/balance-ledger-repo.ts';
import { LeaveRequestsRepo } from '../../data/repos/leave-requests-repo.ts';
import { OvertimeRecordsRepo } from '../../data/repos/overtime-records-repo.ts';
import { BALANCE_ANNUAL, BALANCE_COMP } from './commands.ts';
import { usableDaysText } from './format-span.ts';
import { loadLeaveFacts } from './leave-facts.ts';
import { balanceText, leaveText } from './messages.ts';
import { annualEntitlement, inBand } from './rules/annual-entitlement.ts';
import { calendarDaysOf } from './rules/count-leave-days.ts';
import { idleReading } from './leave-understanding.ts';

/**
 * One's own balance of that kind asked in other words (「我的调休呢」), as the understanding layer reads it;
 * `undefined`: asked with no kind (「查一下我的假期余额」).
 */
function asksBalance(ctx: Parameters<Handler['trigger']>[0], org: Org, kind: '年假' | '调休' | undefined): boolean {
  const u = idleReading(ctx, org);
  return u.intent === 'balance' && u.confidence >= 0.9 && u.fields.kind === kind;
}

/** 「还剩几天年假」「调休还有多少」「假期余额」: a balance asked after, and of which kind (none: both). */
const BALANCE_WORDS =
  /(?:还剩|剩下?|还有|剩余)(?:几天|多少天?|几个小时|多少小时|多少)?(?:的)?(年假|调休)|(年假|调休)(?:还)?(?:剩|有多少|余额)|假期余额/;

/** A colleague named (not oneself) with a balance asked after. */
function colleagueBalanceAsked(
  text: string,
  org: Org,
  me: Staff,
): { person: Staff; kind: '年假' | '调休' | undefined } | undefined {
  const m = BALANCE_WORDS.exec(text);
  if (!m) return undefined;
  const named = org.directory.all.filter((s) => s.id !== me.id && text.includes(s.name));
  if (named.length !== 1) return undefined;
  return { person: named[0]!, kind: (m[1] ?? m[2]) as '年假' | '调休' | undefined };
}

/** The command's words, unless they ask about the rule (「病假超过两个月 当年年假还有没有」). */
function saysCommand(ctx: Parameters<Handler['trigger']>[0], org: Org, command: RegExp): boolean {
  // A balance asked beside one's own request with its day (「…下个星期一我要请一天假…我还有几天的对吧…」) is the
  // request's: the read-back shows the balance, and the request is not lost.
  const intent = idleReading(ctx, org).intent;
  return command.test(ctx.text) && intent !== 'ask_policy' && intent !== 'leave_request' && intent !== 'leave_multi';
}

/** "我还有几天年假", "调休还剩多少": always answered privately (balances never go to a group). */
export function balanceHandlers(deps: { db: Db; org: () => Org }): Handler[] {
  const answer = async (ctx: Parameters<Handler['handle']>[0], text: string) => {
    if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
    await ctx.replyPrivately(text);
  };
  return [
    handler({
      // 「许诺还剩几天年假」: a colleague's balance is personal data. HR keeps the records and gets it; anyone
      // else, a lead too, is told whom to ask ([decision]: leads plan with who is out, not with balances).
      // It was answered with the annual-leave rule, which read like her balance.
      name: 'leave-balance-colleague',
      trigger: (ctx) => (ctx.message.action ? undefined : colleagueBalanceAsked(ctx.text, deps.org(), ctx.person)),
      async handle(ctx, asked) {
        if (!hasRole(ctx.person, 'hr')) return ctx.replyPrivately(balanceText.colleagueRefused);
        const today = shanghaiDate(ctx.now);
        const texts = [
          ...(asked.kind !== '调休' ? [await annualBalanceText(deps, asked.person, today)] : []),
          ...(asked.kind !== '年假' ? [await compBalanceText(deps, asked.person, ctx.now)] : []),
        ];
        await answer(ctx, texts.map((t) => balanceText.forHr(t, asked.person.name)).join('\n\n'));
      },
    }),
    {
      name: 'leave-balance-comp',
      trigger: (ctx) =>
        !ctx.message.action && (saysCommand(ctx, deps.org(), BALANCE_COMP) || asksBalance(ctx, deps.org(), '调休')),
      handle: async (ctx) => answer(ctx, await compBalanceText(deps, ctx.person, ctx.now)),
    },
    {
      name: 'leave-balance-annual',
      trigger: (ctx) =>
        !ctx.message.action && (saysCommand(ctx, deps.org(), BALANCE_ANNUAL) || asksBalance(ctx, deps.org(), '年假')),
      handle: async (ctx) => answer(ctx, await annualBalanceText(deps, ctx.person, shanghaiDate(ctx.now))),
    },
    {
      // 「查一下我的假期余额」: both kinds one may have left.
      name: 'leave-balance-both',
      trigger: (ctx) => !ctx.message.action && asksBalance(ctx, deps.org(), undefined),
      handle: async (ctx) =>
        answer(
          ctx,
          [
            await annualBalanceText(deps, ctx.person, shanghaiDate(ctx.now)),
            await compBalanceText(deps, ctx.person, ctx.now),
          ].join('\n\n'),
        ),
    },
  ];
}

export interface AnnualBalance {
  readonly year: number;
  readonly entitlement: number;
  readonly tenureYears: number;
  readonly corrections: number;
  readonly taken: number;
  readonly pending: number;
  readonly remaining: number;
  readonly forfeited: boolean;
}

/** The year's annual leave as of `today`: entitlement by tenure, HR's corrections, approved and pending days. */
export async function annualBalance(db: Db, org: Org, person: Staff, today: LocalDate): Promise<AnnualBalance> {
  const rules = org.leaveRules!;
  const year = yearOf(today);
  // Only requests and corrections are read here: the instant matters for 调休 credits alone.
  const facts = await loadLeaveFacts(db, person.id, atShanghai(today));
  const ent = annualEntitlement(rules, person.hireDate as LocalDate, today);
  const inYear = facts.existing.filter((e) => yearOf(e.span.start) === year);
  const annual = inYear.filter((e) => e.typeKey === rules.annualLeave.typeKey);
  const taken = annual.filter((e) => e.status === 'approved').reduce((n, e) => n + e.days, 0);
  const pending = annual.filter((e) => e.status === 'pending').reduce((n, e) => n + e.days, 0);
  const corrections = facts.annualCorrections[year] ?? 0;
  const f = rules.annualLeave.forfeiture;
  const personal = inYear.filter((e) => e.typeKey === f.personalTypeKey).reduce((n, e) => n + e.days, 0);
  const sick = inYear.filter((e) => e.typeKey === f.sickTypeKey).reduce((n, e) => n + calendarDaysOf(e.span), 0);
  const band = f.sick.find((b) => inBand(ent.tenureYears, b));
  const forfeited =
    ent.days > 0 &&
    (personal >= f.personalAtLeastDays || (band !== undefined && sick > band.moreThanMonths * f.daysPerMonth));
  return {
    year,
    entitlement: ent.days,
    tenureYears: ent.tenureYears,
    corrections,
    taken,
    pending,
    remaining: ent.days + corrections - taken - pending,
    forfeited,
  };
}

async function annualBalanceText(deps: { db: Db; org: () => Org }, person: Staff, today: LocalDate): Promise<string> {
  const org = deps.org();
  if (!org.leaveRules) return leaveText.noRules;
  const b = await annualBalance(deps.db, org, person, today);
  return [
    balanceText.annualTitle(b.year),
    b.entitlement > 0
      ? balanceText.annualEntitlement(b.entitlement, b.tenureYears)
      : balanceText.annualNone(b.tenureYears),
    ...(b.corrections ? [balanceText.corrections(b.corrections)] : []),
    balanceText.taken(b.taken),
    balanceText.pending(b.pending),
    balanceText.remaining(b.remaining),
    ...(b.forfeited ? [balanceText.forfeited] : []),
    balanceText.annualNote,
  ].join('\n');
}

async function compBalanceText(deps: { db: Db; org: () => Org }, person: Staff, now: Date): Promise<string> {
  const org = deps.org();
  const rules = org.leaveRules;
  if (!rules) return leaveText.noRules;
  const today = shanghaiDate(now);
  const perDay = rules.overtime.hoursPerDay;
  const ledger = new BalanceLedgerRepo(deps.db);
  const credits = (await ledger.compCredits(person.id, now)).filter((c) => c.remainingHours > 0);
  const notYet = await ledger.creditsNotYetEarned(person.id, now);
  const valid = credits.filter((c) => c.expiresOn >= today);
  const expired = credits.filter((c) => c.expiresOn < today).reduce((n, c) => n + c.remainingHours, 0);
  const available = valid.reduce((n, c) => n + c.remainingHours, 0);
  const pendingComp = (await new LeaveRequestsRepo(deps.db).forStaff(person.id, ['pending'])).filter(
    (r) => r.typeKey === rules.overtime.compTypeKey,
  );
  const pendingHours = pendingComp.reduce((n, r) => n + r.days * perDay, 0);
  const overtime = (await new OvertimeRecordsRepo(deps.db).forStaff(person.id, 50)).filter(
    (r) => r.status === 'pending',
  );
  const lines = [balanceText.compTitle];
  if (available > 0) {
    lines.push(balanceText.compAvailable(available, usableDaysText(available, perDay)));
    for (const c of valid)
      lines.push(
        balanceText.compCredit(
          c.remainingHours,
          formatDate(c.earnedOn as LocalDate),
          formatDate(c.expiresOn as LocalDate),
        ),
      );
  } else lines.push(balanceText.compNone);
  if (pendingHours > 0) lines.push(balanceText.compPending(pendingHours));
  for (const c of notYet) lines.push(balanceText.compNotYetEarned(c.hours, formatDateTime(c.availableAt)));
  if (overtime.length)
    lines.push(
      balanceText.compOvertimePending(
        overtime.length,
        overtime.reduce((n, r) => n + r.hours, 0),
      ),
    );
  if (expired > 0) lines.push(balanceText.compExpired(expired));
  lines.push(balanceText.compNote(perDay));
  return lines.join('\n');
}
