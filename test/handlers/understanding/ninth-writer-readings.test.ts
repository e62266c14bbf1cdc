import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { asking, idle, overtimeBack, read, readBack } from './reading.ts';

/*
 * Readings a ninth outside writer's set (bench/fixtures/utterances/dev7.jsonl, written while dev6
 * was being tuned on) showed wrong, fixed by general rules; each test says the behaviour in other
 * words than the set's lines.
 */

describe('read-backs', () => {
  const oneDay = readBack({ type: '事假', start: '2026-12-16', end: '2026-12-16', reason: '办证' });

  it('changes nothing for a leave taken before, told with its date', () => {
    expect(read('上周三也请过一天 没办法 孩子老生病', oneDay).intent).toBe('remark');
  });

  it('reads 「上午半天就行」 as the half day', () => {
    expect(read('上午半天就够了', oneDay)).toEqual({ intent: 'edit', fields: { startHalf: 'am', endHalf: 'am' } });
  });
});

describe('requests and replies said in passing', () => {
  it('takes a request ending in a check of its count as the request', () => {
    const { intent, fields } = read('下周一到周三请事假 总共三天是吧', idle);
    expect(intent).toBe('leave_request');
    expect(fields).toEqual({ type: '事假', start: '2026-12-14', end: '2026-12-16' });
  });

  it('drops a greeting opening a request from its reason', () => {
    expect(read('下午好 明天请一天病假 胃疼', idle).fields.reason).toBe('胃疼');
  });

  it('takes 「玩几天」 as a reason, not a question', () => {
    expect(read('带孩子回老家住几天', asking('reason'))).toEqual({
      intent: 'step_answer',
      fields: { reason: '带孩子回老家住几天' },
    });
  });

  it('registers staying on after work as overtime, with what it was for', () => {
    expect(read('后天下班后要留下来写评估报告 估计到九点', idle).fields).toMatchObject({
      date: '2026-12-10',
      endTime: '21:00',
      reason: '写评估报告',
      planned: true,
    });
  });

  it('registers nothing for overtimes counted, and reads a bare 拒 after a number', () => {
    const overtime = overtimeBack({ date: '2026-12-07', start: '18:00', end: '20:00', reason: '写个案记录' }, [
      'social_worker',
    ]);
    expect(read('这周第二次加班了 顶不住', overtime).intent).not.toBe('overtime');
    const lead = {
      state: 'idle',
      roles: ['team_lead'],
      pending: [{ no: 7, applicant: '冯子豪', kind: 'leave', type: '事假' }],
    } as ConversationContext;
    expect(read('7 拒', lead)).toEqual({ intent: 'reject', fields: { nos: [7] } });
  });

  it('cancels a notice being written when HR says it won’t be sent, and answers what the bot can do', () => {
    const composing = { state: 'notice_compose', asking: 'confirm', roles: ['hr'] } as ConversationContext;
    expect(read('算了这个先不发了 取消', composing).intent).toBe('cancel');
    expect(read('你这个助手能做什么', idle).intent).toBe('help');
  });
});
