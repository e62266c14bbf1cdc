import { readAck } from './acknowledgements.ts';
import { putsOffDecision, readApproval } from './approvals.ts';
import { readStepReply } from './flow-steps.ts';
import { readHandIn, readNotYet } from './hand-ins.ts';
import { readHrCommand } from './hr-commands.ts';
import { readLeaveEdit } from './leave-edit.ts';
import { ASKS_PERMISSION, asksForLeaveAside, readLeaveRequest } from './leave-request.ts';
import { toldOwnLeave } from './leave-told.ts';
import { readOvertime } from './overtime.ts';
import { readOverview } from './overviews.ts';
import {
  isSmallTalk,
  readBalance,
  readBirthdayPreference,
  readConsole,
  readDeputy,
  readFeedback,
  readHelp,
  readMyRequests,
} from './personal.ts';
import { asksSomething, CLAUSE_BREAK, fixTypos } from './text-cues.ts';
import type { ConversationContext, Reading, Understanding, UnderstandingEnv } from './types.ts';
import { readWithdraw } from './withdrawals.ts';

/** Below this the bot should not act on the reading alone: it asks, offering the alternatives. */
export const ASK_BELOW = 0.6;

/** Words of the organisation's rules: a statement about them with no question mark is still a question. */
const POLICY_TOPIC =
  /假|加班|调休|打卡|考勤|迟到|早退|旷工|报销|工资|社保|公积金|体检|培训|证明|规定|制度|流程|审批|月报|文书|归档|总结/;

/**
 * A topic said in one breath (「婚假规定」「加班费报销」) or a list of them asks about it; a statement
 * with clauses of other things (「收到你的提醒了 月报还差一点 今晚写完」) tells something, and is left
 * uncertain: small talk, with the question as the alternative the bot offers.
 */
function namesATopic(text: string): boolean {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  // Every clause a topic (「加班费 调休」) is a list of them; 「年假规定 发我一下」 names the rules themselves.
  // 「上个月的调休还没休完呢」: a clause saying how things stand is a statement, not a topic.
  const topic = (c: string) => POLICY_TOPIC.test(c) && !STATES.test(c);
  return clauses.every(topic) || RULES.test(text);
}

/** How things stand (没, 还在, closing 了/呢): a statement. */
const STATES = /没|还在|[了呢]$|说[她他]/;

/** The organisation's rules as such: 规定, 制度, 流程. */
const RULES = /规定|制度|流程|政策|标准|细则|条例|手册/;

const GREETING_OPENING =
  /^(?:在吗|在不在|你好|您好|打扰一下|打扰了|早上好|早安|上午好|中午好|下午好|晚上好|早)[\s,，。!！?？~～]+/;

type Reader = (text: string, ctx: ConversationContext, env: UnderstandingEnv) => Reading | null;

/**
 * The idle readers in the order they are tried: exact commands first, then what refers to
 * something waiting (approvals, hand-ins, notices), then new requests, questions last.
 */
const IDLE_READERS: readonly Reader[] = [
  (t, _c, e) => readHrCommand(t, e),
  (t) => readConsole(t),
  (t) => readHelp(t),
  (t, c) => readFeedback(t, c),
  (t, c) => readApproval(t, c),
  (t, c) => (putsOffDecision(t, c) ? { intent: 'small_talk', fields: {} } : null),
  (t, c, e) => readHandIn(t, c, e),
  (t, c) => readNotYet(t, c),
  (t, c, e) => readAck(t, c, e.people),
  (t, _c, e) => readWithdraw(t, e),
  (t, _c, e) => readDeputy(t, e),
  (t, _c, e) => readOverview(t, e),
  // A balance asked beside a request of one's own with its day (voice input, one breath) is the request's.
  (t, _c, e) => (asksForLeaveAside(t, e) ? null : readBalance(t)),
  (t) => readMyRequests(t),
  (t) => readBirthdayPreference(t),
  (t, _c, e) => readOvertime(t, e),
  // 「我明天休假，不参加了」「周五我在外面做家访，去不了」: being on leave or away, told, asks for none.
  (t, _c, e) => (toldOwnLeave(t, e) ? { intent: 'small_talk', fields: {} } : null),
  (t, _c, e) => readLeaveRequest(t, e),
];

/**
 * What a message means in the conversation it arrives in (issue 11): first as a reply to the
 * step the flow is at (an answer, an edit, a question, a remark, cancel…); what is not a reply
 * is read as if idle — a command for something else, which suspends the flow.
 */
export function understand(text: string, ctx: ConversationContext, env: UnderstandingEnv): Understanding {
  const fixed = fixTypos(text.trim());
  // 「在吗 我想请个假」「早上好～下周三请一天事假」: a greeting opening a message says nothing of its own.
  const said = fixed.replace(GREETING_OPENING, '') || fixed;
  const step = ctx.state === 'idle' ? null : readStepReply(said, ctx, env);
  if (step !== null) return withAlternatives(step, said, ctx, env, 0.9);
  for (const read of IDLE_READERS) {
    const r = read(said, ctx, env);
    // Talk inside a flow is a remark on it (the step still waits).
    const inFlow = r?.intent === 'small_talk' && ctx.state !== 'idle' ? { ...r, intent: 'remark' as const } : r;
    if (inFlow !== null) return withAlternatives(inFlow, said, ctx, env, 0.9);
  }
  // Greetings first: 「在吗」 asks nothing about the rules.
  if (isSmallTalk(fixed)) return { intent: 'small_talk', fields: {}, confidence: 0.8, alternatives: [] };
  if (asksSomething(fixed) || namesATopic(fixed)) {
    return { intent: 'ask_policy', fields: {}, confidence: 0.7, alternatives: [] };
  }
  // In a flow, what is no reply to its step is a remark on it (the draft stays as it is); idle, small talk.
  const fallback = ctx.state === 'idle' ? 'small_talk' : 'remark';
  return { intent: fallback, fields: {}, confidence: 0.5, alternatives: [{ intent: 'ask_policy', fields: {} }] };
}

/**
 * Whether a message asks nothing and names no topic (「孙浩昨天加班到十点 太拼了」): news or a remark, not a
 * question, though nothing else claimed it.
 */
export function asksNothing(text: string): boolean {
  const fixed = fixTypos(text.trim());
  return !asksSomething(fixed) && !namesATopic(fixed);
}

/** Where a reading has a plausible second one, both go back and the bot asks. */
function withAlternatives(
  r: Reading,
  text: string,
  ctx: ConversationContext,
  env: UnderstandingEnv,
  base: number,
): Understanding {
  if ((r.intent === 'approve' || r.intent === 'reject') && Array.isArray(r.fields.nos) && r.fields.nos.length === 0) {
    const options = (ctx.pending ?? []).map((p) => ({ intent: r.intent, fields: { ...r.fields, nos: [p.no] } }));
    return { ...r, confidence: 0.4, alternatives: options };
  }
  if (r.intent === 'remark' && ctx.state === 'leave_readback') {
    const edit = readLeaveEdit(text, ctx.draft, env);
    if (edit !== null) return { ...r, confidence: 0.7, alternatives: [{ intent: 'edit', fields: edit }] };
  }
  if (r.intent === 'leave_request' && ASKS_PERMISSION.test(text)) {
    return { ...r, confidence: 0.65, alternatives: [{ intent: 'ask_policy', fields: {} }] };
  }
  return { ...r, confidence: base, alternatives: [] };
}
