import type { LocalDate } from '../../data/time/index.ts';
import type { LeaveRules } from '../../data/leave/leave-rules-schema.ts';
import { parseLeaveDates } from './parse/index.ts';
import { findLeaveType } from './read-leave-text.ts';
import { anyOf, fixTypos } from '../understanding/text-cues.ts';

/** "我想请假…", "申请年假": said at the start, a request even when it ends in 吗. */
const STRONG = new RegExp(
  [
    /^(?:我|本人)?(?:想|要|需要|打算|准备|得|必须|帮我|给我)(?:申请|办理?)?(?:请|休)(?:.{0,8}假|个假)/.source,
    /^(?:我|本人)?(?:想|要|需要|打算|准备)?申请.{0,8}假|^(?:我|本人)?(?:想|要|需要|打算|准备)(?:申请)?调休/.source,
  ].join('|'),
);
/** A request verb anywhere: 请年假, 请半天事假, 休年假, 调休一天. */
const VERB = /请.{0,8}假|休.{0,3}年假|休假|调休/;
/**
 * Asking about the rules, not asking for leave; an A-not-A question too (「休产假那几个月年资补贴还发不发」
 * is no request for 产假 of 几个月).
 */
const QUESTION = anyOf(
  '',
  /[?？]|吗|么|谁|哪位|有人|别人|几天|多少|怎么|如何|什么|哪些|哪个|能否|能不能|可不可以|可以不|是否|规定|规则/,
  /流程|手续|需要.{0,6}(?:材料|证明)|要提前|有没有|算不算|扣不扣|算.{0,2}工资|(?<!不)([\u4e00-\u9fa5])不\1/,
  // 「做满几年有十日年假」「周末加班算调休还是加班费」: how many, or which of two, asked.
  /几(?!乎)|算[^\s,，。]{0,4}还是/,
);
/** 「我入职没满一年 能请年假不」: may I, asked with no day — whether one may, not a request for a day. */
const MAY_I = /(?:能|可以|可不可以|能不能)[^\s,，。]{0,6}(?:请|休)[^\s,，。]{0,6}[不吗么][?？。]*$/;
/** Other leave commands that must not start a new request. */
const OTHER = /^(?:我的请假|请假记录|待我审批|撤回|销假|我回来了|导出请假|调整余额|余额记录|加班登记|我的加班)/;

/**
 * Whether a message asks for leave ("下周一到周三请年假", "12月1号到3号病假", "我想请假") rather
 * than asking about leave ("婚假几天", "请假要提前几天？"): a request verb or a type with dates,
 * and not a question unless it opens with "我想请假…".
 */
export function looksLikeLeaveRequest(text: string, rules: LeaveRules, today: LocalDate): boolean {
  // Cantonese read in Mandarin first (「试用期请病假会唔会扣钱」 asks 会不会).
  const t = fixTypos(text.trim());
  if (!t || OTHER.test(t)) return false;
  if (STRONG.test(t)) return true;
  if (QUESTION.test(t)) return false;
  if (MAY_I.test(t) && parseLeaveDates(t, today).kind === 'none') return false;
  if (VERB.test(t)) return true;
  if (!findLeaveType(t, rules)) return false;
  const dates = parseLeaveDates(t, today);
  return dates.kind !== 'none';
}
