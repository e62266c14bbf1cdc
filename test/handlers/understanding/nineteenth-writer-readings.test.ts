import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { idle, overtimeBack, read, readBack } from './reading.ts';

/*
 * Readings the nineteenth and twentieth outside writers' sets (bench/fixtures/utterances/dev17.jsonl, chatty
 * people; dev18.jsonl, the middle of conversations) showed wrong, fixed by general rules; each test says the
 * behaviour in other words than the set's lines.
 */

describe('the middle of a read-back', () => {
  it('drops what the speaker takes back, keeping what changes', () => {
    const day = readBack({ type: '事假', start: '2026-12-15', end: '2026-12-15', reason: '办事' });
    expect(read('改成周二 啊不是 周三下午', day)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-16', end: '2026-12-16', startHalf: 'pm', endHalf: 'pm' },
    });
    expect(read('事由改成体检 哦不对 是复查', day)).toEqual({ intent: 'edit', fields: { reason: '复查' } });
    expect(read('不对不对 搞错了', day).intent).toBe('deny');
  });

  it('reads days as bare numbers in a run or a range', () => {
    const two = readBack({ type: '事假', start: '2026-12-21', end: '2026-12-22', reason: '办事' });
    expect(read('应该是21 22 23三天', two)).toEqual({ intent: 'edit', fields: { end: '2026-12-23' } });
    expect(read('改成年假，日期也改下，28到30', two)).toEqual({
      intent: 'edit',
      fields: { type: '年假', start: '2026-12-28', end: '2026-12-30' },
    });
  });

  it('drops a weekday of the draft named as not needed, and a day of the month in the draft’s second month', () => {
    const friToMon = readBack({ type: '年假', start: '2026-12-11', end: '2026-12-14', reason: '旅游' });
    expect(read('周一不请了 周五就行', friToMon)).toEqual({ intent: 'edit', fields: { end: '2026-12-11' } });
    const newYear = readBack({ type: '年假', start: '2026-12-29', end: '2027-01-06', reason: '回家' });
    expect(read('6号不请了，请到5号', newYear)).toEqual({ intent: 'edit', fields: { end: '2027-01-05' } });
  });

  it('adds a day at each end, moves leave counted in calendar days by calendar days, a day to a half', () => {
    const two = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-17', reason: '回家' });
    expect(read('前后各加一天', two)).toEqual({ intent: 'edit', fields: { start: '2026-12-15', end: '2026-12-18' } });
    const care = readBack({ type: '看护假', start: '2026-12-14', end: '2026-12-28', reason: '陪产' });
    expect(read('整个往后挪两天', care)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-16', end: '2026-12-30' },
    });
    const monday = readBack({ type: '事假', start: '2026-12-14', end: '2026-12-14', reason: '办事' });
    expect(read('周一改成周三上午', monday)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-16', end: '2026-12-16', startHalf: 'am', endHalf: 'am' },
    });
  });

  it('takes the day a 调休 was earned as a remark, but asks about it when asked', () => {
    const off = readBack({ type: '调休', start: '2026-12-18', end: '2026-12-18', reason: '休息' });
    expect(read('这个调休是上个月21号加班换来的', off).intent).toBe('remark');
    expect(read('这个调休是上个月加班换的 不会过期吧', off).intent).toBe('ask_policy');
  });
});

describe('told beside a read-back, changing nothing', () => {
  it('does not move the leave to the day of what it is for', () => {
    const trip = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-17', reason: '去看演唱会' });
    expect(read('演唱会其实是19号 我提前一天过去', trip).intent).not.toBe('edit');
  });

  it('confirms the draft said back before a yes, whatever else is told', () => {
    const two = readBack({ type: '年假', start: '2026-12-23', end: '2026-12-24', reason: '回家' });
    expect(read('周五我本来就不上班，所以只请周三周四就行，提交吧', two).intent).toBe('confirm');
  });

  it('takes another overtime told in an overtime read-back as a new one, not an edit', () => {
    const overtime = overtimeBack({ date: '2026-12-07', start: '18:00', end: '20:00', reason: '写报告' }, [
      'social_worker',
    ]);
    expect(read('另外上周日也加了班 下午两点到五点 社区义诊', overtime).intent).toBe('overtime');
  });
});

describe('chatty people', () => {
  it('keeps greetings and pleasantries out of the reason', () => {
    expect(read('小助手好呀 我想请下周一的事假 去办护照', idle).fields.reason).toBe('去办护照');
    expect(read('不好意思啊 明天请一天病假 发烧了', idle).fields.reason).toBe('发烧了');
  });

  it('does not date a withdrawal by the day one is back at the office', () => {
    expect(read('昨天交的那个事假帮我撤了吧 今天已经到单位了', idle)).toEqual({
      intent: 'withdraw',
      fields: { type: '事假' },
    });
  });

  it('records only the item handed in, not the one to be done within the week', () => {
    const owes = { ...idle, due: ['月报', '文书'] } as ConversationContext;
    expect(read('月报交给组长了，文书还差一点，本周内搞定', owes)).toEqual({
      intent: 'handin',
      fields: { items: ['月报'] },
    });
  });
});
