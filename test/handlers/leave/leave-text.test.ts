import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { looksLikeLeaveRequest } from '../../../handlers/leave/leave-intent.ts';
import { findLeaveType, readLeaveText } from '../../../handlers/leave/read-leave-text.ts';
import { rules } from './leave-test-kit.ts';

const today = localDate('2026-11-02');

describe('recognising a leave request', () => {
  it.each([
    '我想请假',
    '下周一到周三请年假，回老家办事',
    '明天下午请半天事假',
    '12月1号到3号病假',
    '请三天婚假 12.28-12.30',
    '我想请假，可以吗',
    '下周一调休',
    '帮我请个假',
    '申请年假',
  ])('takes "%s" as a request', (text) => expect(looksLikeLeaveRequest(text, rules, today)).toBe(true));
  it.each([
    '婚假几天',
    '请假要提前几天？',
    '年假怎么算',
    '病假需要什么材料',
    '请假流程是什么',
    '婚假',
    '年假能不能和国庆连休',
    '谁请病假了',
    '产假有多少天',
    '事假扣工资吗',
    '休产假那几个月年资补贴还发不发',
  ])('leaves "%s" to the policy answers', (text) => expect(looksLikeLeaveRequest(text, rules, today)).toBe(false));
});

describe('reading a leave message', () => {
  it('finds the type by its name or another word for it, the longest winning', () => {
    expect(findLeaveType('想休年休假', rules)?.key).toBe('annual');
    expect(findLeaveType('老婆生孩子请陪产假', rules)?.key).toBe('paternity');
    expect(findLeaveType('请产假', rules)?.key).toBe('maternity');
    expect(findLeaveType('补休一天', rules)?.key).toBe('comp');
  });

  it('keeps what is left as the reason', () => {
    expect(readLeaveText('下周一到周三请年假，回老家办事', rules, today).reason).toBe('回老家办事');
    expect(readLeaveText('因为家里有事，明天请一天事假', rules, today).reason).toBe('家里有事');
    expect(readLeaveText('明天下午请半天事假', rules, today).reason).toBeUndefined();
    expect(readLeaveText('不对，是周四到周五', rules, today).reason).toBeUndefined();
    expect(readLeaveText('事由改成照顾老人', rules, today)).toMatchObject({ reason: '照顾老人', explicitReason: true });
  });

  it('notices a claim to the longer maternity leave', () => {
    expect(readLeaveText('12月7日起请产假158天，难产', rules, today).extended).toBe(true);
  });
});
