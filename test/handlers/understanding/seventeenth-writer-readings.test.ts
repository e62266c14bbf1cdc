import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { asking, idle, overtimeBack, read, readBack } from './reading.ts';

/*
 * Readings the seventeenth and eighteenth outside writers' sets (bench/fixtures/utterances/dev15.jsonl, a busy
 * December into January; dev16.jsonl, caregivers and busy leads) showed wrong, fixed by general rules; each test
 * says the behaviour in other words than the set's lines.
 */

describe('withdrawals by the day meant', () => {
  it('does not take the day one is back at work for the leave’s day', () => {
    expect(read('事假那个撤回吧 事情办完了后天照常上班', idle)).toEqual({
      intent: 'withdraw',
      fields: { type: '事假' },
    });
  });

  it('takes the first of days listed as where the leave starts', () => {
    expect(read('我的22、23号年假撤回', idle)).toEqual({
      intent: 'withdraw',
      fields: { date: '2026-12-22', type: '年假' },
    });
  });

  it('takes a past day with 请的 as when it was asked for, a day ahead as the leave’s', () => {
    expect(read('前天请的那个事假 不用了 不请了', idle)).toEqual({ intent: 'withdraw', fields: { type: '事假' } });
    expect(read('周四请的假取消 家里没事了', idle)).toEqual({ intent: 'withdraw', fields: { date: '2026-12-10' } });
  });
});

describe('what people type in a hurry', () => {
  it('reads homophones and Cantonese as meant', () => {
    const lead = {
      state: 'idle',
      roles: ['team_lead'],
      pending: [{ no: 3, applicant: '唐明', kind: 'leave', type: '年假' }],
    } as unknown as ConversationContext;
    expect(read('童意3号', lead)).toEqual({ intent: 'approve', fields: { nos: [3] } });
    expect(read('听日上昼请半日假 去银行', idle)).toEqual({
      intent: 'leave_request',
      fields: { start: '2026-12-09', end: '2026-12-09', startHalf: 'am', endHalf: 'am', reason: '去银行' },
    });
    expect(read('琴日夜晚八点到十点加咗班', idle)).toEqual({
      intent: 'overtime',
      fields: { date: '2026-12-07', startTime: '20:00', endTime: '22:00', planned: false },
    });
  });

  it('records hand-ins typed by sound, by a short name, or taken to whoever keeps them', () => {
    const owes = { ...idle, due: ['考勤表', '人事报告书', '归档'] } as ConversationContext;
    expect(read('靠勤表已经教了', owes)).toEqual({ intent: 'handin', fields: { items: ['考勤表'] } });
    expect(read('报告书交啦', owes)).toEqual({ intent: 'handin', fields: { items: ['人事报告书'] } });
    expect(read('三季度档案送办公室了', owes)).toEqual({ intent: 'handin', fields: { items: ['归档'] } });
  });

  it('reads days given as bare or Chinese numbers when asked for the dates', () => {
    const asked = asking('dates', { type: '事假' }, ['caregiver']);
    expect(read('二十一到二十二', asked)).toEqual({
      intent: 'step_answer',
      fields: { start: '2026-12-21', end: '2026-12-22' },
    });
  });

  it('moves an overtime to a day of the month said in Chinese numerals', () => {
    const overtime = overtimeBack({ date: '2026-12-07', start: '09:00', end: '12:00', reason: '陪护' }, ['caregiver']);
    expect(read('日期错了 是六号', overtime)).toEqual({ intent: 'edit', fields: { date: '2026-12-06' } });
  });

  it('takes today and tomorrow said at once as two days, and keeps 想 out of the reason', () => {
    expect(read('嗓子哑了 今明两天病假', idle)).toEqual({
      intent: 'leave_request',
      fields: { type: '病假', start: '2026-12-08', end: '2026-12-09', reason: '嗓子哑了' },
    });
    expect(read('胃疼得厉害想请两天病假', idle).fields.reason).toBe('胃疼得厉害');
  });
});

describe('questions and small things', () => {
  it('asks about the rule when leave is had on a condition, or a rule is said back in surprise', () => {
    expect(read('产假超过半年的话 年假还有没有', idle).intent).toBe('ask_policy');
    const answered = { ...idle, justAnswered: '事假需提前3个工作日书面申请。' } as ConversationContext;
    expect(read('那请一天的也要提前三天啊', answered).intent).toBe('ask_policy');
  });

  it('looks up one’s balance and one’s requests said in other words', () => {
    expect(read('查一下我的假期余额', idle).intent).toBe('balance');
    expect(read('前几天交的调休申请到哪一步了', idle).intent).toBe('my_requests');
  });

  it('takes HR’s 「要发个通知」, a yes to forwarding said 帮我问下, and 咋个也算 as an objection', () => {
    const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
    expect(read('要写个通知', hr)).toEqual({ intent: 'hr_command', fields: { command: 'compose_notice' } });
    const offer = { state: 'forward_offer', question: '工作证丢了怎么补', roles: [] } as unknown as ConversationContext;
    expect(read('好的 帮我问下', offer).intent).toBe('confirm');
    const holiday = readBack({ type: '年假', start: '2026-12-31', end: '2027-01-04', reason: '回家' });
    expect(read('元旦本来就放假 咋个也扣年假', holiday).intent).toBe('remark');
  });
});
