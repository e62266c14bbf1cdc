import type { Flow } from '../../bot/conversation/flow.ts';
import type { Handler } from '../../bot/handler.ts';
import type { LeaveRules } from '../../data/leave/leave-rules-schema.ts';
import type { Org } from '../../data/org/load-org.ts';
import { shanghaiDate } from '../../data/time/index.ts';
import type { QuotedSection } from '../qa-loop/question-loop.ts';
import { leaveStep, type LeaveDraftState, type LeaveFlowEffect, type LeaveFlowEnv } from './leave-request-flow.ts';
import { leaveText } from './messages.ts';
import { readLeaveText } from './read-leave-text.ts';
import { startLeave } from './leave-request-handler.ts';

/** 「那我想请」「帮我请一下」「我要申请」: asking for the leave just read about, naming none. */
const WISH = new RegExp(
  /^(?:那|那么|好的?[，,]?|行[，,]?)?(?:我|帮我|给我)?(?:也)?(?:想|要|就|得|需要|打算|准备)*(?:请|休|申请)/.source +
    /(?:一下|吧|了|这个|这个假|假)?[吧呀啊了。.!！~～]*$/.source,
);
/** Still asking (「下周二到周四可以吗」): the Q&A's. */
const ASKS = /[?？]|吗|么|呢|多少|几天|怎么|什么|能不能|可不可以|可以不|是否|要不要/;
const CONCRETE = new Set(['range', 'start-with-days', 'days-only']);
/** Longer than this, dates alone are more likely a story than the request. */
const MAX_DATES_TEXT = 20;

/**
 * The leave types a quoted section is the rule of: those its own heading names (「6. 丧假」 → 丧假;
 * 「4. 分娩假及看护假」 → 产假 and 看护假).
 */
export function leaveTypesOfSection(section: QuotedSection, rules: LeaveRules): string[] {
  const heading = section.path.split(' › ').at(-1) ?? '';
  return rules.types.filter((t) => [t.name, ...t.aliases].some((w) => heading.includes(w))).map((t) => t.key);
}

export type LastAnswer = (staffId: string, now: Date) => { readonly section: QuotedSection | null } | undefined;

/**
 * Right after the Q&A quoted the rule on a leave type, the person's 「下周二到周四」 or 「那我想请」 asks
 * for that leave: the request starts with the type filled in (with two types in the section, it is
 * asked). Nothing is recorded before the read-back is confirmed, so a misreading costs one 「取消」.
 * Private chats only: in a group the dates are more likely about something else.
 */
export function leaveAfterAnswerHandler(
  flow: Flow<LeaveDraftState, LeaveFlowEnv, LeaveFlowEffect>,
  org: () => Org,
  lastAnswer: LastAnswer,
): Handler {
  const typesAsked = (staffId: string, now: Date): string[] => {
    const rules = org().leaveRules;
    const section = lastAnswer(staffId, now)?.section;
    return rules && section ? leaveTypesOfSection(section, rules) : [];
  };
  return {
    name: 'leave-after-answer',
    trigger: (ctx) => {
      const rules = org().leaveRules;
      if (!rules || ctx.message.action || !ctx.message.isDirect) return false;
      const text = ctx.text.trim();
      if (ASKS.test(text) || typesAsked(ctx.person.id, ctx.now).length === 0) return false;
      if (WISH.test(text)) return true;
      if (text.length > MAX_DATES_TEXT) return false;
      // 「我就请1天」「下周二到周四」: days said and nothing else — no type (the request trigger's), no
      // story (「我12月20号结婚」 after the rule on 年假 is news), no month left open (「下个月」).
      const reading = readLeaveText(text, rules, shanghaiDate(ctx.now), org().calendar);
      return reading.typeKey === undefined && reading.reason === undefined && CONCRETE.has(reading.dates.kind);
    },
    async handle(ctx) {
      const types = typesAsked(ctx.person.id, ctx.now);
      const env = await flow.prepare(ctx);
      const state: LeaveDraftState = types.length === 1 ? { typeKey: types[0] } : {};
      const result = leaveStep({ step: 'start', state }, { text: ctx.text }, env);
      // Two types in the section (产假 and 看护假): only those are offered.
      const names = env.org.leaveRules?.types.filter((t) => types.includes(t.key)).map((t) => t.name) ?? [];
      const asked = result.next?.step === 'type' && names.length > 1;
      await startLeave(ctx, flow, asked ? { ...result, replies: [leaveText.askType(names)] } : result);
    },
  };
}
