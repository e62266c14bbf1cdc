import { yearOf, type LocalDate } from '../../../data/time/index.ts';
import type { WorkCalendar } from '../../../data/calendar/index.ts';
import type { Clause, LeaveRules, LeaveTypeRule } from '../../../data/leave/leave-rules-schema.ts';
import type { Directory } from '../../../data/org/directory.ts';
import type { Staff } from '../../../data/org/staff.ts';
import { ruleText } from '../messages.ts';
import { addMonths } from './add-months.ts';
import { annualEntitlement, inBand } from './annual-entitlement.ts';
import { drawComp, type CompAllocation, type CompCredit } from './comp-credits.ts';
import { calendarDaysOf, countLeaveDays, type LeaveDayCount } from './count-leave-days.ts';
import { YOU, type Finding, type Reader } from './findings.ts';
import { joinedHoliday, spansJoined } from './joined-leave.ts';
import { spansOverlap, type LeaveSpan } from './leave-span.ts';
import { meetingDaysBetween } from './meeting-days.ts';
import { routeLeave, type Route } from './route-approval.ts';

/** One of the person's requests that is still pending or approved. */
export interface ExistingLeave {
  readonly id: number;
  readonly typeKey: string;
  readonly span: LeaveSpan;
  readonly days: number;
  readonly status: 'pending' | 'approved';
}

export interface LeaveDraft {
  readonly typeKey: string;
  readonly span: LeaveSpan;
  /** The person said the birth was difficult (难产): the longer maternity leave applies. */
  readonly extended?: boolean;
}

export interface LeaveFacts {
  /** The person's pending and approved requests (any year). */
  readonly existing: readonly ExistingLeave[];
  /** Their 调休 credits with what is left of each. */
  readonly comp: readonly CompCredit[];
  /** HR's corrections to annual leave, by year. */
  readonly annualCorrections: Readonly<Record<number, number>>;
  /** Approved overtime not yet worked: hours that become 调休 when it ends (said when asking too early). */
  readonly compNotYet?: readonly { readonly hours: number; readonly availableAt: Date }[];
}

export interface LeaveCheckInput {
  readonly rules: LeaveRules;
  readonly calendar: WorkCalendar;
  readonly directory: Directory;
  readonly person: Staff;
  readonly draft: LeaveDraft;
  readonly today: LocalDate;
  readonly facts: LeaveFacts;
}

export type BalanceView =
  | {
      readonly kind: 'annual';
      readonly entitlement: number;
      readonly tenureYears: number;
      readonly corrections: number;
      readonly used: number;
      readonly before: number;
      readonly after: number;
    }
  | {
      readonly kind: 'comp';
      readonly beforeHours: number;
      readonly afterHours: number;
      readonly neededHours: number;
      readonly allocation: readonly CompAllocation[];
    }
  | { readonly kind: 'per-request'; readonly limit: number; readonly label?: string }
  | { readonly kind: 'yearly'; readonly before: number; readonly after: number };

export interface LeaveCheck {
  readonly outcome: 'accepted' | 'flagged' | 'refused';
  readonly refusals: readonly Finding[];
  readonly flags: readonly Finding[];
  readonly type: LeaveTypeRule;
  readonly span: LeaveSpan;
  readonly count: LeaveDayCount;
  readonly days: number;
  /** The leave year the days are charged to: the start date's year. */
  readonly year: number;
  readonly balance?: BalanceView;
  readonly route: Route;
  readonly documents: readonly string[];
  readonly reminders: readonly string[];
}

/**
 * Checks one request against the rules (DOMAIN §2–3), purely: refusals (nothing is submitted),
 * flags (submitted; the approver sees them), the balance before and after, and the chain.
 */
export function checkLeave(input: LeaveCheckInput): LeaveCheck {
  const { rules, calendar, person, draft, today, facts } = input;
  const type = rules.types.find((t) => t.key === draft.typeKey);
  if (!type) throw new Error(`unknown leave type ${draft.typeKey}`);
  const span = draft.span;
  const count = countLeaveDays(calendar, type.counting, span);
  const days = count.days;
  const year = yearOf(span.start);
  const refusals: Finding[] = [];
  const flags: Finding[] = [];
  const refuse = (code: Finding['code'], message: string, clause?: Clause) =>
    refusals.push({ code, message, ...(clause ? { clause } : {}) });
  // A flag travels with the request to approvers and HR: it is written twice, to the applicant and about them.
  const flag = (code: Finding['code'], say: (r: Reader) => string, clause: Clause) =>
    flags.push({ code, message: say(YOU), about: say({ you: false, name: person.name }), clause });

  const sameYear = (typeKey: string) =>
    facts.existing.filter((e) => e.typeKey === typeKey && yearOf(e.span.start) === year);
  const yearDays = (typeKey: string) => sameYear(typeKey).reduce((n, e) => n + e.days, 0);
  const entitlement = annualEntitlement(rules, person.hireDate as LocalDate, span.start);

  if (type.eligibility && person.gender !== type.eligibility.gender) {
    refuse('eligibility', ruleText.eligibility(type.name, type.eligibility.gender), type.eligibility.clause);
  }
  const past = span.start < today && !type.allowPastDates;
  if (past) refuse('past-date', ruleText.pastDate(type.name), rules.pastDateClause);
  if (days <= 0) refuse('no-days', ruleText.noDays, type.countingClause);

  for (const e of facts.existing) {
    if (spansOverlap(e.span, span))
      refuse(
        'overlap',
        ruleText.overlap(e.id, e.status, rules.types.find((t) => t.key === e.typeKey)?.name ?? e.typeKey, e.span),
        rules.overlapClause,
      );
  }

  let balance: BalanceView | undefined;
  const ent = type.entitlement;
  switch (ent.kind) {
    case 'per-request': {
      const extended = draft.extended === true && ent.extended !== undefined;
      const limit = extended && ent.extended ? ent.extended.days : ent.days;
      balance = { kind: 'per-request', limit, ...(extended && ent.extended ? { label: ent.extended.label } : {}) };
      if (days > limit)
        refuse(
          'over-entitlement',
          ruleText.overEntitlement(
            type.name,
            limit,
            days,
            type.counting,
            ent.extended && !extended ? ent.extended : undefined,
          ),
          ent.clause,
        );
      break;
    }
    case 'annual-table': {
      const corrections = facts.annualCorrections[year] ?? 0;
      const used = yearDays(type.key);
      const before = entitlement.days + corrections - used;
      balance = {
        kind: 'annual',
        entitlement: entitlement.days,
        tenureYears: entitlement.tenureYears,
        corrections,
        used,
        before,
        after: before - days,
      };
      if (days > 0 && days > before)
        refuse(
          'over-balance',
          ruleText.overAnnual(entitlement.days, entitlement.tenureYears, before, days),
          ent.clause,
        );
      break;
    }
    case 'overtime-balance': {
      const neededHours = days * rules.overtime.hoursPerDay;
      const draw = drawComp(facts.comp, span.end, neededHours);
      const beforeHours = draw.availableHours;
      if (draw.ok)
        balance = {
          kind: 'comp',
          beforeHours,
          afterHours: beforeHours - neededHours,
          neededHours,
          allocation: draw.allocation,
        };
      else {
        balance = { kind: 'comp', beforeHours, afterHours: beforeHours - neededHours, neededHours, allocation: [] };
        if (draw.reason === 'expired')
          refuse('comp-expired', ruleText.compExpired(draw.expiredHours), rules.overtime.expiryClause);
        else if (draw.reason === 'none') {
          // 「下周一调休一天」 with Saturday's approved overtime still ahead: when it counts, not only 「请先登记」.
          // Neither that nor a short balance is what the entitlement's clause (「尽可能在加班开始一个月之内休完」)
          // says, so none is quoted; with no overtime at all, the rule that 调休 needs the overtime form is.
          const next = facts.compNotYet?.[0];
          if (next) refuse('no-comp-balance', ruleText.compNotYet(next.hours, next.availableAt));
          else refuse('no-comp-balance', ruleText.noComp, type.documents[0]?.clause);
        } else refuse('over-balance', ruleText.compShort(beforeHours, neededHours, rules.overtime.hoursPerDay));
      }
      break;
    }
    case 'up-to-annual-days': {
      const before = yearDays(type.key);
      balance = { kind: 'yearly', before, after: before + days };
      const over = (r: Reader) => ruleText.overAnnualDays(r, type.name, before + days, entitlement.days);
      if (before + days > entitlement.days) flag('over-annual-days', over, ent.clause);
      break;
    }
    case 'as-certified':
      balance = { kind: 'yearly', before: yearDays(type.key), after: yearDays(type.key) + days };
      break;
  }

  for (const rule of type.notJoinedTo) {
    if (rule.what === 'public-holiday') {
      const hit = joinedHoliday(calendar, span);
      if (hit) refuse('joined-holiday', ruleText.joinedHoliday(type.name, hit), rule.clause);
    } else {
      const other = rules.types.find((t) => t.key === rule.what);
      for (const e of facts.existing) {
        if (e.typeKey === rule.what && !spansOverlap(e.span, span) && spansJoined(calendar, e.span, span)) {
          refuse('joined-leave', ruleText.joinedLeave(type.name, other?.name ?? rule.what, e.id, e.span), rule.clause);
        }
      }
    }
  }

  if (!past) {
    const earliest = earliestStart(type, calendar, today);
    if (earliest && span.start < earliest)
      flag('short-notice', () => ruleText.shortNotice(type.notice, earliest), type.notice.clause);
  }
  const meetings = rules.meetings.exemptTypes.includes(type.key)
    ? []
    : meetingDaysBetween(rules.meetings, calendar, span.start, span.end);
  // Any part of a meeting day counts: the meeting's hour isn't known.
  const meetingDay = meetings[0];
  if (meetingDay)
    flag('meeting-day', () => ruleText.meetingDay(rules.meetings.name, meetingDay), rules.meetings.clause);

  for (const y of type.yearlyFlags) {
    const total = yearDays(type.key) + days;
    if (total >= y.atLeastDays)
      flag('yearly-threshold', (r) => ruleText.yearlyThreshold(r, y.message, total), y.clause);
  }

  const forfeit = forfeiture(rules, type, span, days, year, entitlement, facts);
  const forfeitText = (r: Reader) =>
    forfeit === 'forfeits-annual' ? ruleText.forfeitsAnnual(r, type.name) : ruleText.annualForfeited(r);
  if (forfeit) flag(forfeit, forfeitText, rules.annualLeave.forfeiture.clause);

  const route = routeLeave(rules, input.directory, person, days, { meetingDay: meetingDay !== undefined });
  const reminders: string[] = [];
  const sig = rules.approval.placementSignature;
  if (route.matchedRole && sig.roles.includes(route.matchedRole) && days < sig.underDays) reminders.push(sig.text);
  for (const r of type.reminders) reminders.push(r.text);

  const outcome = refusals.length ? 'refused' : flags.length ? 'flagged' : 'accepted';
  return {
    outcome,
    refusals,
    flags,
    type,
    span,
    count,
    days,
    year,
    ...(balance ? { balance } : {}),
    route,
    documents: type.documents.map((d) => d.name),
    reminders,
  };
}

/** The first day leave of this type can start without being short of notice; null when none is needed. */
export function earliestStart(type: LeaveTypeRule, calendar: WorkCalendar, today: LocalDate): LocalDate | null {
  const n = type.notice;
  if (n.kind === 'working-days') return calendar.addWorkingDays(today, n.days);
  if (n.kind === 'months') return addMonths(today, n.months);
  return null;
}

function forfeiture(
  rules: LeaveRules,
  type: LeaveTypeRule,
  span: LeaveSpan,
  days: number,
  year: number,
  entitlement: { days: number; tenureYears: number },
  facts: LeaveFacts,
): 'forfeits-annual' | 'annual-forfeited' | null {
  const f = rules.annualLeave.forfeiture;
  if (entitlement.days <= 0) return null;
  const inYear = facts.existing.filter((e) => yearOf(e.span.start) === year);
  const personal = inYear.filter((e) => e.typeKey === f.personalTypeKey).reduce((n, e) => n + e.days, 0);
  const sickDays = inYear.filter((e) => e.typeKey === f.sickTypeKey).reduce((n, e) => n + calendarDaysOf(e.span), 0);
  const sickBand = f.sick.find((b) => inBand(entitlement.tenureYears, b));
  const sickLimit = sickBand ? sickBand.moreThanMonths * f.daysPerMonth : Infinity;
  const over = (p: number, s: number) => p >= f.personalAtLeastDays || s > sickLimit;
  if (type.key === rules.annualLeave.typeKey) return over(personal, sickDays) ? 'annual-forfeited' : null;
  const afterPersonal = personal + (type.key === f.personalTypeKey ? days : 0);
  const afterSick = sickDays + (type.key === f.sickTypeKey ? calendarDaysOf(span) : 0);
  if (
    (type.key === f.personalTypeKey || type.key === f.sickTypeKey) &&
    !over(personal, sickDays) &&
    over(afterPersonal, afterSick)
  )
    return 'forfeits-annual';
  return null;
}
