import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { shanghaiDate } from '../../../data/time/index.ts';
import {
  understand,
  ASK_BELOW,
  type ConversationContext,
  type LeaveDraft,
  type PendingApproval,
  type UnderstandingEnv,
} from '../../../handlers/understanding/index.ts';

/** Tuesday 8 December 2026, 10:00 in Shanghai; 14 December is the next Monday. */
const now = new Date('2026-12-08T10:00:00+08:00');
const org = loadOrg();
const env: UnderstandingEnv = { now, today: shanghaiDate(now), calendar: org.calendar, people: org.directory.all };

const idle = (extra: Partial<ConversationContext> = {}, roles: ConversationContext['roles'] = ['social_worker']) =>
  ({ state: 'idle', roles, ...extra }) as ConversationContext;
const readBack = (draft: LeaveDraft) =>
  ({ state: 'leave_readback', draft, roles: ['social_worker'] }) as ConversationContext;
const pending: PendingApproval[] = [
  { no: 1, applicant: '孙浩', kind: 'leave', type: '事假', start: '2026-12-10' as never, end: '2026-12-10' as never },
  { no: 4, applicant: '郑雨', kind: 'leave', type: '年假', start: '2026-12-14' as never, end: '2026-12-15' as never },
  { no: 6, applicant: '郑雨', kind: 'overtime', date: '2026-12-05' as never },
];
const asLead = idle({ pending }, ['team_lead']);
const withNotice = idle({ notices: [{ no: 7, title: '12月员工体检安排' }] });
const read = (text: string, ctx: ConversationContext) => understand(text, ctx, env);

describe('a leave read-back', () => {
  const newYear: LeaveDraft = {
    type: '年假',
    start: '2026-12-31' as never,
    end: '2027-01-04' as never,
    reason: '回四川',
  };
  const nextWednesday: LeaveDraft = {
    type: '年假',
    start: '2026-12-16' as never,
    end: '2026-12-16' as never,
    reason: '回老家',
  };

  it('answers an objection with a date in it as a remark, never as an edit', () => {
    const u = read('1月1号是元旦放假啊 为什么也扣我年假', readBack(newYear));
    expect(u.intent).toBe('remark');
    expect(u.fields).toEqual({});
  });

  it('moves the dates on 「那改到17号」 and leaves the reason alone', () => {
    expect(read('那改到17号', readBack(nextWednesday))).toMatchObject({
      intent: 'edit',
      fields: { start: '2026-12-17', end: '2026-12-17' },
    });
    expect(read('那改到17号', readBack(nextWednesday)).fields.reason).toBeUndefined();
  });

  it('reads 「还是改成周四吧」 as the Thursday of the requested week, not this week', () => {
    expect(read('还是改成周四吧', readBack(nextWednesday)).fields).toEqual({ start: '2026-12-17', end: '2026-12-17' });
  });

  it('shifts both dates on 「往后推一天」', () => {
    const twoDays: LeaveDraft = { type: '年假', start: '2026-12-14' as never, end: '2026-12-15' as never };
    expect(read('往后推一天', readBack(twoDays)).fields).toEqual({ start: '2026-12-15', end: '2026-12-16' });
  });

  it('splits the draft into two types on 「那前三天婚假 后面两天用年假」', () => {
    const week: LeaveDraft = { type: '年假', start: '2026-12-14' as never, end: '2026-12-18' as never };
    expect(read('那前三天婚假 后面两天用年假', readBack(week))).toMatchObject({
      intent: 'leave_multi',
      fields: {
        requests: [
          { type: '婚假', start: '2026-12-14', end: '2026-12-16' },
          { type: '年假', start: '2026-12-17', end: '2026-12-18' },
        ],
      },
    });
  });

  it('changes only the type on 「不是年假 是事假」', () => {
    expect(read('不是年假 是事假', readBack(nextWednesday)).fields).toEqual({ type: '事假' });
  });

  it('replaces the reason when the person says so, with their words only', () => {
    expect(read('事由改成陪老人看病', readBack(nextWednesday)).fields).toEqual({ reason: '陪老人看病' });
  });

  it('takes a policy question as a question, not as a change', () => {
    expect(read('年假是不是要提前一个月请啊', readBack(nextWednesday)).intent).toBe('ask_policy');
  });

  it('tells confirm, a bare no and cancel apart', () => {
    expect(read('没错 就这样提交吧', readBack(nextWednesday)).intent).toBe('confirm');
    expect(read('不对', readBack(nextWednesday)).intent).toBe('deny');
    expect(read('算了 不请了', readBack(nextWednesday)).intent).toBe('cancel');
  });

  it('suspends the flow for a withdraw of another request', () => {
    expect(read('10号那个事假不请了 帮我撤掉', readBack(nextWednesday))).toMatchObject({
      intent: 'withdraw',
      fields: { date: '2026-12-10', type: '事假' },
    });
  });
});

describe('a new leave request', () => {
  it('keeps the words that state the reason: 「陪孩子看病」', () => {
    expect(read('12月14号请一天事假 陪孩子看病', idle())).toMatchObject({
      intent: 'leave_request',
      fields: { type: '事假', start: '2026-12-14', end: '2026-12-14', reason: '陪孩子看病' },
    });
  });

  it('has no reason when none is said, never the leftovers around the dates', () => {
    expect(read('12月21号到23号年假', idle()).fields.reason).toBeUndefined();
  });

  it('reads two requests from one message', () => {
    expect(read('14号请年假 15 16号用调休', idle()).fields.requests).toEqual([
      { type: '年假', start: '2026-12-14', end: '2026-12-14' },
      { type: '调休', start: '2026-12-15', end: '2026-12-16' },
    ]);
  });

  it('is not started by a withdraw: 「10号那个事假不请了 帮我撤掉」', () => {
    expect(read('10号那个事假不请了 帮我撤掉', idle()).intent).toBe('withdraw');
  });

  it('is not started by a question that mentions leave', () => {
    expect(read('如果我下周一想请事假，最晚什么时候要提出来', idle()).intent).toBe('ask_policy');
  });
});

describe('an open leave request', () => {
  const askingDate = {
    state: 'leave_ask',
    asking: 'dates',
    draft: { type: '年假' },
    roles: ['social_worker'],
  } as ConversationContext;

  it('does not swallow a question: 「早上忘记打卡了怎么办」', () => {
    expect(read('早上忘记打卡了怎么办', askingDate).intent).toBe('ask_policy');
  });

  it("lets HR's 「导出12月的请假表」 through as HR's command", () => {
    const hrAsked = { ...askingDate, roles: ['hr'] } as ConversationContext;
    expect(read('导出12月的请假表', hrAsked)).toMatchObject({
      intent: 'hr_command',
      fields: { command: 'export_leave', month: '2026-12' },
    });
  });

  it('takes the dates it asked for', () => {
    expect(read('下周一到周三', askingDate)).toMatchObject({
      intent: 'step_answer',
      fields: { start: '2026-12-14', end: '2026-12-16' },
    });
  });
});

describe('notices confirmed the way people say it', () => {
  it.each(['好的 收到了 谢谢', '好的收到👌', '收到，谢谢张姐', '收倒'])('records 「%s」 as an ack', (text) => {
    expect(read(text, withNotice)).toMatchObject({ intent: 'ack_notice', fields: {} });
  });

  it('records the ack and flags the question in 「收到，我那天要请假可以吗」', () => {
    expect(read('收到，我那天要请假可以吗', withNotice)).toMatchObject({
      intent: 'ack_notice',
      fields: { question: true },
    });
  });
});

describe('hand-ins', () => {
  it('records only the item said to be done: 「数据统计表交了 月报还在写」', () => {
    const owes = idle({ due: ['月报', '文书'] });
    expect(read('数据统计表交了 月报还在写', owes)).toMatchObject({
      intent: 'handin',
      fields: { items: ['数据统计表'] },
    });
  });

  it("records a lead's report for a team member, not the lead's own item", () => {
    const lead = idle({ due: ['年度总结'] }, ['team_lead']);
    expect(read('郑雨的年度总结交给我了', lead)).toMatchObject({
      intent: 'handin',
      fields: { items: ['年度总结'], for: '郑雨' },
    });
  });
});

describe('approvals the way approvers say them', () => {
  it.each([
    ['4号同意', [4]],
    ['同意4', [4]],
    ['4 ok', [4]],
    ['1 4 6 都同意', [1, 4, 6]],
  ])('approves by number: 「%s」', (text, nos) => {
    expect(read(text, asLead)).toMatchObject({ intent: 'approve', fields: { nos } });
  });

  it('rejects 「1号不批」', () => {
    expect(read('1号不批', asLead)).toMatchObject({ intent: 'reject', fields: { nos: [1] } });
  });

  it('keeps a reject reason and does not take the day in it for a request number', () => {
    expect(read('4号驳回 和6号时间冲突了', asLead)).toMatchObject({
      intent: 'reject',
      fields: { nos: [4], reason: '和6号时间冲突了' },
    });
  });

  it('approves everything waiting on 「全部同意」 (the flow reads it back first)', () => {
    expect(read('全部同意', asLead)).toMatchObject({ intent: 'approve', fields: { nos: 'all' } });
  });

  it('approves by name and kind: 「郑雨的加班同意」', () => {
    expect(read('郑雨的加班同意', asLead)).toMatchObject({ intent: 'approve', fields: { applicant: '郑雨' } });
  });

  it('asks which on a bare 「同意」 when several wait, offering each', () => {
    const u = read('同意', asLead);
    expect(u).toMatchObject({ intent: 'approve', fields: { nos: [] } });
    expect(u.confidence).toBeLessThan(ASK_BELOW);
    expect(u.alternatives.map((a) => a.fields.nos)).toEqual([[1], [4], [6]]);
  });

  it('does not take an idle 「好的」 as consent to anything', () => {
    const afterDecline = idle({ pending, justAnswered: '好的，那先不批。' }, ['team_lead']);
    expect(read('好的', afterDecline).intent).toBe('small_talk');
  });
});

describe('overtime the way people say it', () => {
  it('reads 「上周六加班了 9点到5点 社区活动」 as a past daytime shift', () => {
    expect(read('上周六加班了 9点到5点 社区活动', idle())).toMatchObject({
      intent: 'overtime',
      fields: { date: '2026-12-05', startTime: '09:00', endTime: '17:00', reason: '社区活动', planned: false },
    });
  });

  it('reads 「今晚要加班到九点」 as planned, ending at 21:00', () => {
    expect(read('今晚要加班到九点', idle())).toMatchObject({
      intent: 'overtime',
      fields: { date: '2026-12-08', endTime: '21:00', planned: true },
    });
  });
});

describe('overviews by role', () => {
  it("reads HR's 「这个月谁请假了」 as this month's overview", () => {
    expect(read('这个月谁请假了', idle({}, ['hr']))).toMatchObject({
      intent: 'overview',
      fields: { period: 'this_month' },
    });
  });

  it("reads a lead's 「这周我们组谁请假了」 as the team's week", () => {
    expect(read('这周我们组谁请假了', idle({}, ['team_lead']))).toMatchObject({
      intent: 'overview',
      fields: { period: 'this_week', scope: 'team' },
    });
  });

  it('does not take 「请假找谁批」 for an overview', () => {
    expect(read('请假找谁批 李姐还是部长', idle({}, ['caregiver'])).intent).toBe('ask_policy');
  });
});

describe('a forward offer', () => {
  const offer = { state: 'forward_offer', question: '体检费用谁出', roles: ['caregiver'] } as ConversationContext;

  it('forwards only on an explicit yes', () => {
    expect(read('好 麻烦转一下', offer).intent).toBe('confirm');
    expect(read('不用了', offer).intent).toBe('deny');
    expect(read('那培训那几天算上班吗', offer).intent).toBe('ask_policy');
  });
});
