import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { idle, overtimeBack, read, readBack } from './reading.ts';

/*
 * Dangerous readings a seventh outside writer's set (bench/fixtures/utterances/dev5.jsonl, written
 * while dev4 was being tuned on) still showed after those fixes; each test says the behaviour in
 * other words than the set's lines.
 */

describe('what must record nothing', () => {
  it('decides nothing on a condition not yet met (要是/如果 … 就同意)', () => {
    const lead = {
      state: 'idle',
      roles: ['team_lead'],
      pending: [{ no: 6, applicant: '蔡婷', kind: 'leave', type: '事假' }],
    } as ConversationContext;
    expect(read('蔡婷如果能找人替她值班 我就批', lead).intent).toBe('small_talk');
    expect(read('要是交接清楚了就同意', lead).intent).toBe('small_talk');
    expect(read('那就同意吧', lead)).toEqual({ intent: 'approve', fields: { nos: [6] } });
  });

  it('records no ack when the message asks how to confirm', () => {
    const open = { ...idle, notices: [{ no: 3, title: '消防演练通知' }] } as ConversationContext;
    expect(read('这个怎么确认收到', open).intent).toBe('ask_policy');
    expect(read('收到要回什么才算', open).intent).not.toBe('ack_notice');
    expect(read('收到 谢谢', open).intent).toBe('ack_notice');
    // Confirming and asking something else is still a confirmation, with the question answered.
    expect(read('收到，怎么报名啊', open)).toEqual({ intent: 'ack_notice', fields: { question: true } });
  });

  it('records no hand-in of the speaker when a colleague is the one who handed it in', () => {
    const owing = { ...idle, due: ['考勤表'] } as ConversationContext;
    expect(read('蔡婷已经交了考勤表 我的还在改', owing).intent).not.toBe('handin');
    expect(read('考勤表交了', owing)).toEqual({ intent: 'handin', fields: { items: ['考勤表'] } });
  });

  it('reads whether an approved leave may be taken back as a question, not a withdrawal', () => {
    expect(read('已经批下来的假可以撤回吗', idle).intent).toBe('ask_policy');
    expect(read('能帮我撤回那个年假吗', idle).intent).toBe('withdraw');
  });
});

describe('read-backs', () => {
  const thursdayFriday = readBack({ type: '年假', start: '2026-12-17', end: '2026-12-18', reason: '回老家' });

  it('takes a rule quoted back as a question (不是要提前…吗 / 来得及吧), not a move', () => {
    expect(read('年假不是要提前一个月吗 这样来得及吗', thursdayFriday).intent).toBe('ask_policy');
  });

  it('extends to the day said after 到 or 延长到, the week after the draft', () => {
    expect(read('再多一天 到下周一', thursdayFriday)).toEqual({ intent: 'edit', fields: { end: '2026-12-21' } });
    expect(read('延长到下周一', thursdayFriday)).toEqual({ intent: 'edit', fields: { end: '2026-12-21' } });
  });

  it('changes only the end of an overtime when 「不是到X 是到Y」', () => {
    const overtime = overtimeBack({ date: '2026-12-07', start: '18:00', end: '20:00', reason: '写个案记录' }, [
      'social_worker',
    ]);
    expect(read('不是到八点 是到八点半', overtime)).toEqual({ intent: 'edit', fields: { endTime: '20:30' } });
  });
});

describe("small replies and questions about one's own requests", () => {
  it('reads a yes or a no to the forward offer wherever it stands in the message', () => {
    const offer = { state: 'forward_offer', roles: ['social_worker'], question: '体检能报销吗' } as ConversationContext;
    expect(read('好 那就帮我转过去', offer).intent).toBe('confirm');
    expect(read('算了 我自己问人事 不用转了', offer).intent).toBe('deny');
  });

  it('picks a choice with a filler before its number', () => {
    const choice = {
      state: 'choice',
      roles: ['social_worker'],
      options: ['年假', '事假', '调休'],
    } as ConversationContext;
    expect(read('好的 3', choice)).toEqual({ intent: 'pick', fields: { option: 3 } });
  });

  it('records 「交了交了」 after an impatient opening as the hand-in owed', () => {
    const owing = { ...idle, due: ['文书'] } as ConversationContext;
    expect(read('知道了 交了交了', owing)).toEqual({ intent: 'handin', fields: { items: ['文书'] } });
  });

  it("reads whether one's own request was received, registered or decided as 「我的请假」", () => {
    for (const text of ['我前天发的请假收到了吗', '我的请假申请提交好久了 为什么还没批']) {
      expect(read(text, idle).intent).toBe('my_requests');
    }
  });
});

/*
 * The seventh writer's remaining misreadings, fixed by general rules in a later round; the tests
 * say each behaviour in other words than the set's lines.
 */
describe('what is put off or only planned records nothing', () => {
  const lead = {
    state: 'idle',
    roles: ['team_lead'],
    pending: [
      { no: 4, applicant: '郑雨', kind: 'leave', type: '年假' },
      { no: 5, applicant: '孙浩', kind: 'leave', type: '事假' },
    ],
  } as ConversationContext;

  it('decides nothing when the decision waits on something to be done first, even around a question', () => {
    expect(read('4号能不能先把个案交接一下 交接完我再批', lead).intent).toBe('small_talk');
    expect(read('孙浩那天的小组谁带 找好人了我就同意', lead).intent).toBe('small_talk');
    expect(read('先别批 我查下5号那天排班', lead).intent).toBe('small_talk');
  });

  it('starts no leave for a leave only maybe, left for later', () => {
    expect(read('月底也许要请几天假 等老家来电话再说', idle).intent).not.toBe('leave_request');
    expect(read('下周三请一天事假 去银行', idle).intent).toBe('leave_request');
  });

  it('registers no overtime for a complaint about overtime without hours', () => {
    expect(read('这周日又得加班 孩子都没人带', idle).intent).not.toBe('overtime');
    expect(read('周日又要加班 九点到五点 社区义诊', idle).intent).toBe('overtime');
  });

  it('asks nothing when saying how much is left, and takes 不会…吧 as a question', () => {
    const overtime = overtimeBack({ date: '2026-12-07', start: '18:00', end: '20:00', reason: '写个案记录' }, [
      'social_worker',
    ]);
    expect(read('之前的年假都还没用完呢', overtime).intent).toBe('remark');
    const draft = readBack({ type: '调休', start: '2026-12-17', end: '2026-12-17' });
    expect(read('这个调休年底不会清零吧', draft).intent).toBe('ask_policy');
  });
});

describe('fields said in other ways', () => {
  it('reads a half of the draft’s n-th day, and a day dropped with 不休', () => {
    const twoDays = readBack({ type: '年假', start: '2026-12-17', end: '2026-12-18' });
    expect(read('第二天请上午就好', twoDays)).toEqual({ intent: 'edit', fields: { endHalf: 'am' } });
    expect(read('17号不休了 只要18号', twoDays)).toEqual({ intent: 'edit', fields: { start: '2026-12-18' } });
  });

  it('keeps a reason with a date that says which thing, and takes no reason from how long or who agreed', () => {
    expect(read('今晚加班 七点到九点 整理周五的活动照片', idle).fields.reason).toBe('整理周五的活动照片');
    expect(read('前天加班忙到夜里十一点', idle).fields.reason).toBeUndefined();
    expect(read('组长说行 帮我提交一下下周一的事假', idle).fields.reason).toBeUndefined();
  });

  it('reads HR chasing a numbered notice’s unconfirmed, a case-file hand-in, and one’s own request asked after', () => {
    const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
    expect(read('催一下3号没回复收到的', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'remind_unconfirmed', no: 3 },
    });
    expect(read('上季度的档案都交到部里了', idle)).toEqual({ intent: 'handin', fields: { items: ['归档'] } });
    expect(read('加班申请提交了 为什么还没批', idle).intent).toBe('my_requests');
  });
});
