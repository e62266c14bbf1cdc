import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { idle, read, readBack } from './reading.ts';

/*
 * Readings an eleventh outside writer's set (bench/fixtures/utterances/dev9.jsonl: a busy week's
 * messages and their look-alikes) showed wrong, fixed by general rules; each test says the behaviour
 * in other words than the set's lines.
 */

describe('read-backs', () => {
  it('reads a bare day of the month in the draft’s month, not the next such day from today', () => {
    const january = readBack({ type: '年假', start: '2027-01-06', end: '2027-01-08' });
    expect(read('8号不休了', january)).toEqual({ intent: 'edit', fields: { end: '2027-01-07' } });
    expect(read('结束那天写错了 应该是11号', january)).toEqual({ intent: 'edit', fields: { end: '2027-01-11' } });
  });

  it('moves a one-day draft for 「不是明天 是后天」, days counted from today', () => {
    const tomorrow = readBack({ type: '事假', start: '2026-12-09', end: '2026-12-09' });
    expect(read('不是明天 是大后天', tomorrow)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-11', end: '2026-12-11' },
    });
  });

  it('confirms the draft’s own day said back, and takes a complaint as a remark', () => {
    const tomorrow = readBack({ type: '事假', start: '2026-12-09', end: '2026-12-09' });
    expect(read('对对 就是明天', tomorrow).intent).toBe('confirm');
    expect(read('哎 凭啥病假也要扣钱', tomorrow).intent).toBe('remark');
  });
});

describe('what must record nothing', () => {
  it('withdraws nothing on a condition, nor asked what would follow', () => {
    expect(read('要是周四不下雨我就把那天的假撤了', idle).intent).not.toBe('withdraw');
    expect(read('撤了的话调休还能退吗', idle).intent).toBe('ask_policy');
  });

  it('records no hand-in on a condition', () => {
    const owing = { ...idle, due: ['考勤表'] } as ConversationContext;
    expect(read('如果组长签好字 我下午就把考勤表交了', owing).intent).not.toBe('handin');
    expect(read('考勤表交组长了', owing)).toEqual({ intent: 'handin', fields: { items: ['考勤表'] } });
  });
});

describe('said in everyday words', () => {
  it('withdraws 「那个」 leave said not to be taken any more', () => {
    expect(read('下周一那个年假不休了', idle).intent).toBe('withdraw');
  });

  it('reads HR pausing and cancelling by the notice’s number', () => {
    const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
    expect(read('定时推送停一下', hr).fields.command).toBe('pause');
    expect(read('第3条通知不发了 取消', hr).fields).toEqual({ command: 'cancel_notice', no: 3 });
  });
});
