import { daysInMonth, makeLocalDate, type LocalDate } from '../../data/time/index.ts';
import { readPeriodsSaid } from '../reminders/period-said.ts';
import { readLeaveSpan } from './leave-span.ts';
import { anyOf } from './text-cues.ts';
import type { OverviewPeriod, Reading, UnderstandingEnv } from './types.ts';

/** Who is away: 谁请假了, 有几个人不在, 请假名单/情况/汇总. Not 「请假找谁批」. */
const WHO_IS_AWAY = anyOf(
  '',
  /几个(?:人)?(?:请假|休假|不在)|(?:谁|哪些人|哪些同事|哪几位|哪几个|几个人|多少人|的人)[^批审]{0,6}(?:请假|休假|不在|休息|请了假|请过假|休过假|没来)/,
  /(?:请假|休假)的?(?:人|名单|情况|汇总|人员|统计)|(?:请假|休假|不在)的?(?:有哪些|都有谁|有谁)/,
  // 「明天我们组有人请假吗」「下周组里谁休」
  /有(?:没有)?人(?:要)?(?:请假|休假|休息|不在)|(?:谁|哪些人|哪几个)(?:要|在)?休/,
);
const APPROVING = /谁批|谁审|找谁|批准|审批/;
const COLLEAGUE_AWAY = anyOf(
  '',
  /(?:请假|休假|请了假|不在|没来)了?(?:吗|没|没有)|在不在|来了没|是不是(?:请假|休假|请了假|不在|没来)/,
  // 「赵丽娜下周请的什么假」: which leave, asked of a colleague (a lead in the group got the Q&A's decline).
  /(?:请|休)(?:的|了)(?:是)?(?:什么|啥|哪种|哪个)假/,
);

const PERIODS: readonly (readonly [RegExp, OverviewPeriod])[] = [
  [/今天|今日|现在/, 'today'],
  [/明天|明日/, 'tomorrow'],
  [/下周|下个?星期|下个?礼拜/, 'next_week'],
  [/这周|本周|这个?星期|这个?礼拜|这一周/, 'this_week'],
  [/这个?月|本月|当月/, 'this_month'],
  // 「下个月的请假情况」: it read as today.
  [/下个?月/, 'next_month'],
];

/**
 * The month named, as dates (「12月请假汇总」, 「上个月谁请过假」; the nearest such month, so 「1月」 in
 * December is the coming one), read as the reminders read 「11月的月报」. HR asked
 * 「帮我把12月请假汇总发我一份」 and was told about today.
 */
function monthNamed(text: string, today: LocalDate): OverviewPeriod | undefined {
  const said = readPeriodsSaid(text, today).find((p) => p.unit === 'month');
  return said?.unit === 'month' ? monthDates(said.year, said.month) : undefined;
}

function monthDates(year: number, month: number): OverviewPeriod {
  return { start: makeLocalDate(year, month, 1)!, end: makeLocalDate(year, month, daysInMonth(year, month))! };
}

/** Said scopes only (README of the set): 我们组 / 部门 / 全机构; otherwise the role's own. */
const SCOPES: readonly (readonly [RegExp, 'team' | 'department' | 'all'])[] = [
  [/全机构|所有人|全部人|各部门|全中心|整个机构/, 'all'],
  [/部里|部门|服务部|项目部|我们部/, 'department'],
  // 「护理员有谁请假」: the caregivers are a team (the project lead's), named by what they do.
  // 「家综组有人休息吗」: a team named by its short name.
  [/我们组|组里|组员|本组|我组|我们小组|护理员|护工|[\u4e00-\u9fa5]{2,4}组(?!长)/, 'team'],
];

/**
 * Overtime records asked to see: 「这个月的加班记录」「12月加班汇总」「我组这个月加班情况」「谁加班了」「导出加班」.
 * They were read as overtime to register (事由：记录) and the next message was swallowed asking its day.
 */
const OVERTIME_RECORDS = anyOf(
  '',
  /加班(?:的)?(?:记录|汇总|情况|统计|名单|明细|表格?|列表|清单|数据|时数|登记表)/,
  /(?:谁|哪些人|哪些同事|哪几个|几个人|多少人)[^\s,，。]{0,4}加(?:了|过)?班/,
  /导出[^\s,，。]{0,4}加班|加班[^\s,，。]{0,4}导出/,
  // 「我要看大家的加班」「查一下组里的加班」: others' overtime, to look at.
  /(?:看|查)(?:一下|一看|看|下)?(?:大家|全部|所有人|组里|组员|部门|同事|全机构|各组)的?加班/,
);
/** Asking about the rules of overtime records, not to see them: 「加班记录要保存多久」「加班表怎么填」. */
const RULES_OF_RECORDS = /怎么(?!样)|如何|规定|制度|能不能|算不算|要不要|多久|为什么|可以|需要|填/;

function readOvertimeOverview(text: string, env: UnderstandingEnv): Reading | null {
  if (!OVERTIME_RECORDS.test(text) || RULES_OF_RECORDS.test(text)) return null;
  // 「加班记录 12月5日 9:00-17:00」: a registration with the form's name in it, not records asked for.
  if (/\d{1,2}[:：]\d{2}|[点时]到/.test(text)) return null;
  const period: OverviewPeriod =
    PERIODS.find(([re]) => re.test(text))?.[1] ?? monthNamed(text, env.today) ?? 'this_month';
  const scope = SCOPES.find(([re]) => re.test(text))?.[1];
  return { intent: 'overview', fields: { of: 'overtime', period, ...(scope ? { scope } : {}) } };
}

/**
 * An overview of who is on leave: HR sees everyone, a department head the department, a lead the
 * team (who may see what is the handler's decision, from the speaker's roles).
 */
export function readOverview(text: string, env: UnderstandingEnv): Reading | null {
  const overtime = readOvertimeOverview(text, env);
  if (overtime !== null) return overtime;
  // 「郑雨这周请假了吗」: about one colleague — the handler decides whether the speaker may see it.
  const colleague = env.people.find((p) => p.name !== env.speaker && text.includes(p.name));
  const aboutColleague = colleague !== undefined && COLLEAGUE_AWAY.test(text);
  if ((!WHO_IS_AWAY.test(text) && !aboutColleague) || APPROVING.test(text)) return null;
  let period: OverviewPeriod | undefined = PERIODS.find(([re]) => re.test(text))?.[1] ?? monthNamed(text, env.today);
  const span = readLeaveSpan(text, env.today, env.calendar).span;
  if (span.start !== undefined && span.end !== undefined && span.start !== span.end) {
    period = { start: span.start, end: span.end };
  } else if (
    span.start !== undefined &&
    span.end !== undefined &&
    (period === undefined || /(?:周|星期|礼拜)[一二三四五六日天]/.test(text))
  ) {
    // 「下周一谁请假了」: a day of next week, not the week.
    period = { start: span.start, end: span.end };
  }
  const scope = SCOPES.find(([re]) => re.test(text))?.[1];
  const person = aboutColleague ? { person: colleague.name } : {};
  return { intent: 'overview', fields: { ...(period ? { period } : {}), ...(scope ? { scope } : {}), ...person } };
}
