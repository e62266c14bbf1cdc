import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { shanghaiDate } from '../../../data/time/index.ts';
import { understand, type ConversationContext, type UnderstandingEnv } from '../../../handlers/understanding/index.ts';

/*
 * Ways of talking a fourth outside writer's set (bench/fixtures/utterances/dev3.jsonl) showed the
 * bot misread; each test is the behaviour in other words than the set's lines.
 */

/** Tuesday 8 December 2026, 10:00 in Shanghai. */
const now = new Date('2026-12-08T10:00:00+08:00');
const org = loadOrg();
const env: UnderstandingEnv = { now, today: shanghaiDate(now), calendar: org.calendar, people: org.directory.all };
const idle = { state: 'idle', roles: ['social_worker'] } as ConversationContext;
const hr = { state: 'idle', roles: ['hr'] } as ConversationContext;
const readBack = (draft: Record<string, string>) =>
  ({ state: 'leave_readback', roles: ['social_worker'], draft }) as ConversationContext;
const read = (text: string, ctx: ConversationContext) => {
  const u = understand(text, ctx, env);
  return { intent: u.intent, fields: u.fields };
};

describe('changes that must not silently change more than was said', () => {
  const threeDays = readBack({ type: '年假', start: '2026-12-16', end: '2026-12-18' });

  it('moves only the first day for 「早一天开始」-like words, only the last for 「…结束」', () => {
    expect(read('往前挪一天开始', threeDays)).toEqual({ intent: 'edit', fields: { start: '2026-12-15' } });
    expect(read('推迟一天结束', threeDays)).toEqual({ intent: 'edit', fields: { end: '2026-12-21' } });
    expect(read('整个往后推一天', threeDays)).toEqual({
      intent: 'edit',
      fields: { start: '2026-12-17', end: '2026-12-21' },
    });
  });

  it('reads 「不对 是到18号」 as a new last day, the first kept', () => {
    const draft = readBack({ type: '年假', start: '2026-12-14', end: '2026-12-16' });
    expect(read('不对，是到18号', draft)).toEqual({ intent: 'edit', fields: { end: '2026-12-18' } });
  });

  it('keeps a decimal amount in HR’s balance adjustment', () => {
    expect(read('郑雨年假加1.5天', hr)).toEqual({
      intent: 'hr_command',
      fields: { command: 'adjust_balance', person: '郑雨', kind: '年假', days: 1.5 },
    });
  });

  it('takes back a leave named by the day it was handed in without taking that day for its date', () => {
    expect(read('前天提交的那个病假撤回吧', idle)).toEqual({ intent: 'withdraw', fields: { type: '病假' } });
  });

  it('reads a day left out of a new request as part of the request, not a withdrawal', () => {
    expect(read('帮我请这周四和下周一的事假 周五有活动就不请了', idle)).toEqual({
      intent: 'leave_multi',
      fields: {
        requests: [
          { type: '事假', start: '2026-12-10', end: '2026-12-10' },
          { type: '事假', start: '2026-12-14', end: '2026-12-14' },
        ],
      },
    });
    expect(read('下周三的事假不请了', idle)).toEqual({
      intent: 'withdraw',
      fields: { date: '2026-12-16', type: '事假' },
    });
  });
});
