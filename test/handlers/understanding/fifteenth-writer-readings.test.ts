import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { idle, overtimeBack, read, readBack } from './reading.ts';

/*
 * Readings the fifteenth and sixteenth outside writers' sets (bench/fixtures/utterances/dev13.jsonl, a general
 * mix; dev14.jsonl, what changes or records something and its look-alikes) showed wrong, fixed by general
 * rules; each test says the behaviour in other words than the set's lines.
 */

const lead = (pending: { no: number; applicant: string }[]) =>
  ({
    state: 'idle',
    roles: ['team_lead'],
    pending: pending.map((p) => ({ ...p, kind: 'leave', type: '年假' })),
  }) as unknown as ConversationContext;

describe('what must change nothing', () => {
  it('takes a time on another occasion, in an overtime read-back, as a remark', () => {
    const evening = overtimeBack({ date: '2026-12-10', start: '18:30', end: '20:30', reason: '家长会' });
    expect(read('以前开家长会都要拖到九点半', evening).intent).toBe('remark');
  });

  it('records no confirmation for a thing someone gave, but does for the notice someone sent', () => {
    const open = { ...idle, notices: [{ no: 3, title: '元旦值班安排' }] } as ConversationContext;
    expect(read('收到社区送的感谢信了 好开心', open).intent).not.toBe('ack_notice');
    expect(read('收到刘芳发的通知了', open).intent).toBe('ack_notice');
    expect(read('三个都收到了', open).intent).toBe('ack_notice');
  });

  it('does not withdraw a leave for an approval given by mistake, nor for a colleague who will do it', () => {
    const approver = lead([{ no: 6, applicant: '唐明' }]);
    expect(read('刚才手滑点了同意 能撤回吗', approver).intent).not.toBe('withdraw');
    expect(read('孙浩说他周五的假不想休了 让他自己撤吧', idle).intent).not.toBe('withdraw');
  });

  it('does not withdraw when one only decides not to ask for leave', () => {
    expect(read('周四要开会 就不用请了', idle).intent).not.toBe('withdraw');
    expect(read('我那个事假不用请了 事情办完了', idle)).toEqual({ intent: 'withdraw', fields: { type: '事假' } });
  });

  it('keeps an explanation of a new type out of the reason', () => {
    const sick = readBack({ type: '病假', start: '2026-12-10', end: '2026-12-10', reason: '发烧' });
    expect(read('那改事假吧 没拿到病历', sick)).toEqual({ intent: 'edit', fields: { type: '事假' } });
  });

  it('reads a change only wondered about, left for someone else to settle, as a remark', () => {
    const trip = readBack({ type: '年假', start: '2026-12-17', end: '2026-12-18', reason: '旅游' });
    expect(read('要不要改到下周呢 我问问我妈再说', trip).intent).toBe('remark');
  });

  it('does not approve or reject on 「同意不同意」 put off', () => {
    expect(read('同意不同意 等我开完会再说', lead([{ no: 2, applicant: '许诺' }])).intent).not.toMatch(
      /approve|reject/,
    );
  });

  it('takes another workplace’s leave, or overtime not yet decided, as talk', () => {
    expect(read('我姐姐公司请年假都不用提前报 真好', idle).intent).not.toBe('leave_request');
    expect(read('周六可能要加班 还没定', idle).intent).not.toBe('overtime');
  });
});

describe('what changes or records something', () => {
  it('reads a half of the day said before the hours as theirs', () => {
    const morning = overtimeBack({ date: '2026-12-05', start: '09:00', end: '11:00', reason: '探访' });
    expect(read('不是上午 是晚上七点到九点', morning)).toEqual({
      intent: 'edit',
      fields: { startTime: '19:00', endTime: '21:00' },
    });
  });

  it('takes the half said to be taken off over the one only told of', () => {
    const day = readBack({ type: '事假', start: '2026-12-11', end: '2026-12-11', reason: '办证' });
    expect(read('请上午就行，下午我要去社区开会', day)).toEqual({
      intent: 'edit',
      fields: { startHalf: 'am', endHalf: 'am' },
    });
  });

  it('moves a one-day leave when a day is corrected without 是, a weekday of this or the next week', () => {
    const thursday = readBack({ type: '事假', start: '2026-12-10', end: '2026-12-10', reason: '办事' });
    expect(read('不是周四 周五 那边改时间了', thursday)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-11', end: '2026-12-11' },
    });
    expect(read('不是这周四 是下周四', thursday)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-17', end: '2026-12-17' },
    });
  });

  it('drops the last day said not needed, and halves the last day by its place', () => {
    const move = readBack({ type: '事假', start: '2026-12-17', end: '2026-12-18', reason: '搬家' });
    expect(read('周五不用了 一天就够', move)).toEqual({ intent: 'edit', fields: { end: '2026-12-17' } });
    const trip = readBack({ type: '年假', start: '2026-12-21', end: '2026-12-23', reason: '回老家' });
    expect(read('最后一天下午回来上班 算半天', trip)).toEqual({ intent: 'edit', fields: { endHalf: 'am' } });
  });

  it('takes a reason changed with 帮我, and 「就这么提交」 as a yes', () => {
    const day = readBack({ type: '事假', start: '2026-12-11', end: '2026-12-11', reason: '办事' });
    expect(read('理由帮我改成：带孩子打疫苗', day)).toEqual({ intent: 'edit', fields: { reason: '带孩子打疫苗' } });
    expect(read('好，就这么提交。', day).intent).toBe('confirm');
  });

  it('approves on a homophone, a bare yes with an emoji, and rejects on 拒了', () => {
    expect(read('同义5号', lead([{ no: 5, applicant: '唐明' }]))).toEqual({ intent: 'approve', fields: { nos: [5] } });
    expect(read('行的👍', lead([{ no: 9, applicant: '唐明' }]))).toEqual({ intent: 'approve', fields: { nos: [9] } });
    expect(read('3号拒了吧', lead([{ no: 3, applicant: '许诺' }]))).toEqual({ intent: 'reject', fields: { nos: [3] } });
  });

  it('approves when the approver, asked for a reason, changes their mind', () => {
    const step = { state: 'reject_reason', no: 7, roles: ['team_lead'] } as unknown as ConversationContext;
    expect(read('想了想 还是批了吧', step)).toEqual({ intent: 'approve', fields: { nos: [7] } });
  });

  it('records hand-ins sent to whoever takes them, and typed by sound', () => {
    const owes = { ...idle, due: ['考勤表', '月报'] } as ConversationContext;
    expect(read('考勤表已经发服务部了', owes)).toEqual({ intent: 'handin', fields: { items: ['考勤表'] } });
    expect(read('月报发罗志强了 考勤表周五交', owes)).toEqual({ intent: 'handin', fields: { items: ['月报'] } });
    expect(read('月保已叫', owes)).toEqual({ intent: 'handin', fields: { items: ['月报'] } });
    expect(read('考勤表明天下班前交', owes).intent).toBe('small_talk');
  });

  it('reads HR’s cancel and chase of a numbered notice said the other way round', () => {
    const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
    expect(read('取消5号通知 地点写错了', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'cancel_notice', no: 5 },
    });
    expect(read('5号没确认的再催一下', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'remind_unconfirmed', no: 5 },
    });
  });

  it('lists one’s own requests, and takes days off said as 要休息 as a request', () => {
    expect(read('我这个月请过的假帮我列一下', idle).intent).toBe('my_requests');
    expect(read('我22号23号两天要休息 家里有事', idle)).toEqual({
      intent: 'leave_request',
      fields: { start: '2026-12-22', end: '2026-12-23', reason: '家里有事' },
    });
  });

  it('keeps a step already taken, a complaint and the request words out of reasons', () => {
    expect(read('明天请病假 嗓子发炎了 已经跟组长说过了', idle).fields.reason).toBe('嗓子发炎了');
    expect(read('周六社区义卖 9点到12点 提前报个加班', idle).fields.reason).toBe('社区义卖');
  });

  it('takes a team named by its short name as the overview’s scope', () => {
    const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
    expect(read('明天青少年组有人休假吗', hr)).toEqual({
      intent: 'overview',
      fields: { period: 'tomorrow', scope: 'team' },
    });
  });
});
