import { NUMBER_SOURCE as N, parseChineseNumber } from '../../data/text/chinese-number.ts';
import { localDateParts } from '../../data/time/index.ts';
import { anyOf, asksSomething } from './text-cues.ts';
import type { Fields, HrCommand, Reading, UnderstandingEnv } from './types.ts';

interface CommandRule {
  readonly command: HrCommand;
  readonly re: RegExp;
}

/** HR's and the admin's commands in the words they are typed in, exact forms first. */
const RULES: readonly CommandRule[] = [
  {
    command: 'notice_status',
    re: anyOf(
      '',
      /通知\s*\d+.{0,6}(?:谁没|谁还没|几个人|多少人|确认情况|状态|进度)/,
      /\d+\s*号?(?:的)?通知.{0,6}(?:谁|几个人|多少人|确认情况|状态|进度)/,
      // 「7号通知大家都收到了没」: whether everyone has confirmed it.
      /(?:\d+\s*号?(?:的|那条|那个)?通知|通知\s*\d+).{0,6}(?:大家|都|全).{0,3}(?:收到|确认)了?(?:没有?|吗)/,
      // 「通知谁看了」「刚才的通知有几个人确认了」「谁看了通知」: no number, the latest notice.
      /^(?:刚才|刚刚|上一?条|最新|最近|那条|这条|今天)?(?:的|那条|发的)?通知.{0,4}(?:谁|哪些人|几个人|多少人|有人)/,
      /^(?:谁|哪些人|几个人|多少人)(?:还)?(?:没|未)?有?(?:看|确认|回复?|收到)了?(?:那条|这条|刚才的|最新的)?通知/,
    ),
  },
  {
    command: 'remind_unconfirmed',
    re: anyOf(
      '',
      /提醒未确认|提醒.{0,6}通知\s*\d+|(?:提醒|催)(?:一下)?\s*\d+\s*号?通知.{0,6}(?:没|未)/,
      /通知\s*\d+.{0,12}(?:提醒|催)|\d+\s*号?通知.{0,12}(?:提醒|催)|提醒.{0,6}\d+\s*号?通知/,
      // 「7号还有谁没回收到的 催一下」: those who have not confirmed a numbered one, chased.
      /\d+\s*号.{0,4}(?:谁|哪些人|的人).{0,3}(?:没|未)(?:回|确认|回复)?(?:收到)?.{0,8}(?:提醒|催)/,
      // 「7号没收到的再提醒一遍」: those of a numbered one who have not confirmed, reminded again.
      /\d+\s*号(?:通知)?\s*(?:没|未)(?:回|确认|回复)?(?:收到)?的(?:人)?.{0,4}(?:提醒|催)/,
      // 「提醒一下7号没回收到的」: the chasing said first.
      /(?:提醒|催)(?:一下|下)?\s*\d+\s*号?.{0,4}(?:没|未)(?:回|确认|回复)?(?:收到)?的/,
      // 「9号体检通知 那些还没回收到的再催一遍」: the notice named by what it is about.
      /\d+\s*号[^\s,，。]{1,4}通知.{0,12}(?:提醒|催)/,
      // 「提醒没确认的」「催一下还没回复的人」: no number, the latest notice.
      /^再?(?:提醒|催)(?:一下|下)?(?:那些|一下)?还?(?:没|未)有?(?:确认|回复|回)?(?:收到)?的(?:人|同事)?(?:一下)?[。!！]*$/,
    ),
  },
  {
    command: 'cancel_notice',
    re: anyOf(
      '',
      /取消通知|撤回通知|(?:取消|撤回|撤销|作废)\s*(?:第\s*)?\d+\s*[号条]?通知|把\s*\d+\s*号?通知.{0,4}(?:取消|撤)/,
      /(?:\d+\s*[号条]?通知|通知\s*\d+).{0,8}(?:撤回|撤了|撤掉|取消|撤销|作废|别发|不发|不用发)/,
    ),
  },
  { command: 'compose_notice', re: /^(?:帮我|我要|我想|我来|要)?(?:发|写|起草)(?:个|一个|一条|一则)?(?:新)?通知/ },
  { command: 'bind_code', re: /绑定码/ },
  {
    command: 'export_leave',
    re: /导出.{0,10}(?:请假|休假)|(?:请假|休假)(?:表|记录).{0,4}导出|导(?:一下|一个|个|下).{0,8}(?:请假|休假)(?:表|记录)/,
  },
  {
    command: 'progress',
    re: /(?:月报|文书|考勤表|归档|总结|报告书).{0,6}(?:进度|交了几个|交了多少|几个人交|谁没交|谁还没交|多少人交|大家交得?(?:怎么样|如何))/,
  },
  { command: 'birthday_list', re: /(?:本|这个?)季度.{0,4}生日|生日名单|生日列表/ },
  // 「定时发送先暂停」: the object first, too.
  { command: 'pause', re: /暂停定时|暂停.{0,4}(?:发送|推送)|定时(?:发送|推送).{0,3}(?:暂停|停)/ },
  { command: 'resume', re: /恢复定时|恢复.{0,4}(?:发送|推送)|定时(?:发送|推送).{0,3}恢复/ },
  {
    command: 'adjust_balance',
    re: anyOf(
      '',
      /调整余额|余额.{0,6}(?:加|扣|减|补)|(?:加|扣|减|补)(?:掉)?.{0,6}余额|(?:年假|调休).{0,4}[+-]\s*\d/,
      /给.{2,4}的?(?:年假|调休)(?:余额)?.{0,2}(?:加|扣|减|补)/,
    ),
  },
  { command: 'reload', re: /重新加载|重载配置|重新读取/ },
];

const remindRule = RULES.find((r) => r.command === 'remind_unconfirmed')!;
const NO = /(\d{1,4})/;
const MONTH = new RegExp(`(${N})月`);

/** An HR or admin command with its arguments: notice number, person, month, days. */
/**
 * 「孙浩的年假扣两天」: a named colleague's balance with a verb and an amount is HR's adjustment; a
 * question (「为什么年假扣两天」) or a report (「扣了两天」) is not.
 */
const ADJUST_NAMED = new RegExp(`(?:年假|调休)(?:余额)?.{0,2}(?:加|扣|减|补)(?:掉)?\\s*(?:\\d|${N}|半)`);

/** 「给郑雨加两天年假」「扣孙浩一天调休」: the verb and amount right at the name, the kind after. */
const ADJUST_AT_NAME = (name: string) =>
  new RegExp(
    `(?:给|帮)?${name}(?:的)?(?:加|扣|减|补)(?:掉)?(?:${N}|半|\\d)|(?:扣|减)(?:掉)?${name}(?:的)?(?:${N}|半|\\d)`,
  );
const ADJUST_KIND = new RegExp(`(?:${N}|半|\\d)(?:个)?半?天(?:的)?(?:年假|调休)`);

/** Commands that change something: asked about, or told of as done, they are not given. */
const CHANGES: ReadonlySet<HrCommand> = new Set(['cancel_notice', 'adjust_balance', 'pause', 'resume']);
/**
 * 「上个月暂停定时发送那次」: a past one told of, the command's words naming the occasion (not 「之前算错了」
 * said as the reason for an adjustment, which is still given).
 */
const PAST_ONE = /(?:暂停|恢复|取消|调整)[^\s,，。]{0,8}(?:那次|那回)/;
/** Asking how a command works rather than giving it. */
const HOW_ASKED = /干嘛用|干什么用|是什么意思|什么意思|怎么用|能只|可以只|能不能只|是只|是按|会不会|还是所有/;
/** 「刘芳已经把8号通知取消了」: someone has done it; the speaker tells, not asks. */
const DONE_BY_SOMEONE = /已经?把.{0,10}(?:取消|暂停|恢复|调整|扣|加)了/;

/**
 * 「取消通知以后 已经收到的人还能看到吗」「调整余额要不要部长签字」: a question about the command with
 * nothing to act on (no notice number, nobody named) asks how it works.
 */
function askedAbout(text: string, env: UnderstandingEnv): boolean {
  return asksSomething(text) && !/\d/.test(text) && personIn(text, env) === undefined;
}

export function readHrCommand(text: string, env: UnderstandingEnv): Reading | null {
  const person = personIn(text, env);
  const atName = person !== undefined && ADJUST_AT_NAME(person).test(text) && ADJUST_KIND.test(text);
  const named = (ADJUST_NAMED.test(text) || atName) && person !== undefined && !/[?？吗]|为什么|怎么/.test(text);
  // 「7号通知还有谁没确认收到 提醒一下他们」: asking who, then chasing them, is the chasing.
  const chases = /提醒|催/.test(text) && remindRule.re.test(text);
  const rule =
    (chases ? remindRule : undefined) ??
    RULES.find((r) => r.re.test(text)) ??
    (named ? RULES.find((r) => r.command === 'adjust_balance') : undefined);
  if (rule === undefined) return null;
  if (CHANGES.has(rule.command) && (askedAbout(text, env) || DONE_BY_SOMEONE.test(text) || PAST_ONE.test(text)))
    return null;
  // 「绑定码是干嘛用的」「导出请假表的时候能只导护理员的吗」: how a command works, asked.
  if (HOW_ASKED.test(text)) return null;
  const fields: Fields = { command: rule.command };
  const { year, month } = localDateParts(env.today);
  switch (rule.command) {
    case 'notice_status':
    case 'remind_unconfirmed':
    case 'cancel_notice': {
      const no = NO.exec(text);
      if (no) fields.no = Number(no[1]);
      break;
    }
    case 'bind_code': {
      const person = /S\d{3,}/i.exec(text)?.[0].toUpperCase() ?? personIn(text, env);
      if (person !== undefined) fields.person = person;
      break;
    }
    case 'export_leave':
    case 'progress': {
      const said = MONTH.exec(text);
      const relative = /这个?月|本月/.test(text) ? month : /上个?月/.test(text) ? month - 1 : null;
      const m = said ? parseChineseNumber(said[1]!) : relative;
      if (m !== null && m >= 0 && m <= 12) {
        const y = m === 0 ? year - 1 : m > month + 1 ? year - 1 : year;
        fields.month = `${y}-${String(m === 0 ? 12 : m).padStart(2, '0')}`;
      }
      break;
    }
    case 'adjust_balance': {
      const person = personIn(text, env);
      if (person !== undefined) fields.person = person;
      if (/年假/.test(text)) fields.kind = '年假';
      else if (/调休/.test(text)) fields.kind = '调休';
      const days = daysIn(text);
      if (days !== undefined) fields.days = days;
      break;
    }
    default:
  }
  return { intent: 'hr_command', fields };
}

function personIn(text: string, env: UnderstandingEnv): string | undefined {
  return env.people.find((p) => text.includes(p.name))?.name;
}

/** +1, -0.5, 加两天, 扣掉半天. */
function daysIn(text: string): number | undefined {
  const signed = /([+-])\s*(\d+(?:\.\d+)?)/.exec(text);
  if (signed) return (signed[1] === '-' ? -1 : 1) * Number(signed[2]);
  // 「扣孙浩一天」: the name may stand between the verb and the amount.
  const worded = new RegExp(
    `(加|补|增加|扣|减|扣掉|减掉|扣除)(?:[\\u4e00-\\u9fa5]{2,4}?的?)?(\\d+\\.\\d+|${N}|半)(?:个)?(半)?天`,
  ).exec(text);
  if (!worded) return undefined;
  // 「加0.5天」: a decimal written out, as HR type half days.
  const said = worded[2]!;
  const whole = said === '半' ? 0.5 : /^\d+\.\d+$/.test(said) ? Number(said) : (parseChineseNumber(said) ?? 0);
  const n = whole + (worded[3] ? 0.5 : 0);
  return /扣|减/.test(worded[1]!) ? -n : n;
}
