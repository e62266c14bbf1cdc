import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { shanghaiDate } from '../../../data/time/index.ts';
import {
  understand,
  type ConversationContext,
  type PendingApproval,
  type UnderstandingEnv,
} from '../../../handlers/understanding/index.ts';

/** Tuesday 8 December 2026, 10:00 in Shanghai. */
const now = new Date('2026-12-08T10:00:00+08:00');
const org = loadOrg();
const env: UnderstandingEnv = { now, today: shanghaiDate(now), calendar: org.calendar, people: org.directory.all };
const pending: PendingApproval[] = [
  { no: 3, applicant: '孙浩', kind: 'leave', type: '事假' },
  { no: 4, applicant: '郑雨', kind: 'leave', type: '年假' },
];
const lead = { state: 'idle', roles: ['team_lead'], pending } as ConversationContext;
const owing = { state: 'idle', roles: ['social_worker'], due: ['月报', '年度总结'] } as ConversationContext;
const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
const read = (text: string, ctx: ConversationContext) => {
  const u = understand(text, ctx, env);
  return { intent: u.intent, fields: u.fields };
};

describe('decisions, hand-ins and HR commands in the words people use', () => {
  it('keeps a rejection’s reason free of the number that chose the request', () => {
    expect(read('不同意4号 年底太忙了', lead)).toEqual({
      intent: 'reject',
      fields: { nos: [4], reason: '年底太忙了' },
    });
  });

  it('asks again, one at a time, when one message approves one and rejects another', () => {
    expect(read('4号同意 3号不同意', lead)).toEqual({ intent: 'approve', fields: { nos: [] } });
  });

  it('reads 「撤回4号」 as the bot’s own 「撤回 4」', () => {
    expect(read('撤回4号', owing)).toEqual({ intent: 'withdraw', fields: { no: 4 } });
  });

  it('reads 「我想撤回」「帮我撤销一下」 as withdrawing one’s own leave (the bot then asks which, or confirms the one)', () => {
    expect(read('我想撤回', owing)).toEqual({ intent: 'withdraw', fields: {} });
    expect(read('帮我撤销一下', owing)).toEqual({ intent: 'withdraw', fields: {} });
    expect(read('撤回申请要多久', owing).intent).not.toBe('withdraw');
  });

  it('takes 「我月报交了没有」 as a question, never a hand-in', () => {
    expect(read('我月报交了没有', owing).intent).not.toBe('handin');
  });

  it('records for the colleague in 「帮郑雨登记一下 她月报交了」, not in 「年度总结写好发给林晓了」', () => {
    expect(read('帮郑雨登记一下 她月报交了', { ...owing, roles: ['team_lead'] })).toEqual({
      intent: 'handin',
      fields: { items: ['月报'], for: '郑雨' },
    });
    expect(read('年度总结写好发给林晓了', owing)).toEqual({ intent: 'handin', fields: { items: ['年度总结'] } });
  });

  it('reads HR’s 「通知7别发了」「7号通知没确认的催一下」「孙浩的年假扣两天」', () => {
    expect(read('通知7别发了', hr)).toEqual({ intent: 'hr_command', fields: { command: 'cancel_notice', no: 7 } });
    expect(read('7号通知没确认的催一下', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'remind_unconfirmed', no: 7 },
    });
    expect(read('孙浩的年假扣两天', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'adjust_balance', person: '孙浩', kind: '年假', days: -2 },
    });
    expect(read('为什么孙浩的年假扣两天', hr).fields.command).toBeUndefined();
  });

  it('records nothing that only resembles a confirmation, a hand-in or an approval', () => {
    const notice = [{ no: 7, title: '周五下午业务培训' }];
    const everything = { ...lead, notices: notice, due: ['月报'] } as ConversationContext;
    const afterAnswer = { ...everything, justAnswered: '婚假' } as ConversationContext;
    expect(read('没收到通知', everything).intent).not.toBe('ack_notice');
    expect(read('还没收到', everything).intent).not.toBe('ack_notice');
    expect(read('收到孙浩的请假了吗', everything).intent).not.toBe('ack_notice');
    expect(read('知道了', afterAnswer).intent).not.toBe('ack_notice');
    expect(read('孙浩说他月报交了', everything).intent).not.toBe('handin');
    expect(read('我同意孙浩说的', everything).intent).not.toBe('approve');
    expect(read('没问题 谢谢', afterAnswer).intent).not.toBe('approve');
    expect(read('4号可以 祝玩得开心', everything)).toEqual({ intent: 'approve', fields: { nos: [4] } });
    expect(read('收到，谢谢', afterAnswer).intent).toBe('ack_notice');
  });

  it('reads the small requests about oneself in more words', () => {
    const me = { state: 'idle', roles: ['social_worker'] } as ConversationContext;
    expect(read('查查我调休', me)).toEqual({ intent: 'balance', fields: { kind: '调休' } });
    expect(read('我请假的进度', me).intent).toBe('my_requests');
    // How much one has, said before the kind (these went to the Q&A, which quoted the rule).
    expect(read('我有多少调休', me)).toEqual({ intent: 'balance', fields: { kind: '调休' } });
    expect(read('我攒了多少调休', me)).toEqual({ intent: 'balance', fields: { kind: '调休' } });
    expect(read('我有几天年假', me)).toEqual({ intent: 'balance', fields: { kind: '年假' } });
    expect(read('员工一年有几天年假', me).intent).not.toBe('balance');
    expect(read('我那个请假到哪一步了', me).intent).toBe('my_requests');
    expect(read('后台怎么登录', me).intent).toBe('login_console');
    expect(read('怎么用', me).intent).toBe('help');
    expect(read('不是这个意思', { ...me, justAnswered: '婚假' } as ConversationContext).intent).toBe(
      'feedback_negative',
    );
  });
});
