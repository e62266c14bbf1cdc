import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { idle, read, readBack } from './reading.ts';

/*
 * Readings a tenth outside writer's set (bench/fixtures/utterances/dev8.jsonl: half of it messages a
 * careless reader would act on) showed wrong, fixed by general rules; each test says the behaviour in
 * other words than the set's lines.
 */

describe('what must not be done on a misreading', () => {
  const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;

  it('gives no HR command asked about, or told of as done by someone else', () => {
    expect(read('恢复推送以后 之前没发的会补发吗', hr).intent).toBe('ask_policy');
    expect(read('调整余额需要走什么审批', hr).intent).toBe('ask_policy');
    expect(read('张敏已经把5号通知取消了', hr).intent).not.toBe('hr_command');
    expect(read('取消通知 5', hr)).toEqual({ intent: 'hr_command', fields: { command: 'cancel_notice', no: 5 } });
  });

  it('records no ack for 「收到通知的人」, a noun', () => {
    const open = { ...idle, notices: [{ no: 4, title: '消防培训' }] } as ConversationContext;
    expect(read('收到通知的同事都必须参加吗', open).intent).toBe('ask_policy');
  });

  it('withdraws nothing asked about, given up, or done by a colleague', () => {
    expect(read('撤回之后调休会退回来吗', idle).intent).toBe('ask_policy');
    expect(read('本来想把周五的假撤了 想想还是算了', idle).intent).not.toBe('withdraw');
    expect(read('唐明把事假撤了 周四人手够了', idle).intent).not.toBe('withdraw');
    expect(read('唐明把事假撤了 周四人手够了', idle).intent).not.toBe('leave_request');
  });

  it('moves no date in a read-back for a change not decided, or someone else’s idea', () => {
    const draft = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-16', reason: '回老家' });
    expect(read('我妈说索性请到周五 我考虑一下', draft).intent).toBe('remark');
    expect(read('车票可能要改到周四 还不确定', draft).intent).toBe('remark');
    expect(read('改到周四', draft)).toEqual({ intent: 'edit', fields: { start: '2026-12-17', end: '2026-12-17' } });
  });

  it('reads 「转给谁」 after the forward offer as a question, not a yes', () => {
    const offer = { state: 'forward_offer', question: '离职证明找谁开', roles: [] } as unknown as ConversationContext;
    expect(read('会转给哪个同事', offer).intent).toBe('ask_policy');
    expect(read('要得 转吧', offer).intent).toBe('confirm');
  });
});

describe('the reply to 「请说明驳回…的理由」', () => {
  const step = { state: 'reject_reason', no: 6, roles: ['team_lead'] } as unknown as ConversationContext;

  it('rejects without a reason when none is given, and approves on a slip', () => {
    expect(read('不用了 直接驳回', step).intent).toBe('deny');
    expect(read('哎呀点错了 这个是要同意的', step)).toEqual({ intent: 'approve', fields: { nos: [6] } });
  });

  it('keeps the reason without the words passing it on', () => {
    expect(read('告诉她 月底活动多 下月再休', step)).toEqual({
      intent: 'step_answer',
      fields: { reason: '月底活动多 下月再休' },
    });
  });
});

describe('one’s own and others’ requests', () => {
  it('asks after one’s own request by who decides or which one', () => {
    expect(read('部长批了没', idle).intent).toBe('my_requests');
    expect(read('周末加班的那个还没批呢', idle).intent).toBe('my_requests');
  });

  it('starts no leave for a colleague named first, whose leave it is', () => {
    expect(read('唐明周四请了一天假 小组我来带', idle).intent).not.toBe('leave_request');
    expect(read('蔡婷下周请假 她的家访我去', idle).intent).not.toBe('leave_request');
  });

  it('reads the rest in everyday words', () => {
    const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
    expect(read('定时推送先恢复吧', hr).fields.command).toBe('resume');
    expect(
      read('全部驳回 谁都不能休', {
        ...idle,
        roles: ['team_lead'],
        pending: [
          { no: 1, applicant: '唐明', kind: 'leave', type: '年假' },
          { no: 2, applicant: '蔡婷', kind: 'leave', type: '事假' },
        ],
      } as ConversationContext).intent,
    ).toBe('reject');
    expect(read('已经发了', { ...idle, due: ['考勤表'] } as ConversationContext)).toEqual({
      intent: 'handin',
      fields: { items: ['考勤表'] },
    });
    expect(read('下周二请两天病假 医生建议休息', idle).fields.reason).toBe('医生建议休息');
  });
});
