import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { overtimeBack, read, readBack } from './reading.ts';

/*
 * Readings a thirteenth outside writer's set (bench/fixtures/utterances/dev11.jsonl: the states where a
 * message changes or records something) showed wrong, fixed by general rules; each test says the
 * behaviour in other words than the set's lines.
 */

describe('read-backs', () => {
  it('takes the half said to be at work out of a half-day change, and keeps the day', () => {
    const threeDays = readBack({ type: '年假', start: '2026-12-21', end: '2026-12-23' });
    expect(read('23号只休上午 下午要回来上班', threeDays)).toEqual({ intent: 'edit', fields: { endHalf: 'am' } });
    const tomorrow = readBack({ type: '事假', start: '2026-12-09', end: '2026-12-09' });
    expect(read('明天下午就行 上午能来', tomorrow)).toEqual({
      intent: 'edit',
      fields: { startHalf: 'pm', endHalf: 'pm' },
    });
  });

  it('adds the day said with 也一起休, never moves the leave there', () => {
    const friday = readBack({ type: '调休', start: '2026-12-11', end: '2026-12-11' });
    expect(read('下周一也一起请了', friday)).toEqual({ intent: 'edit', fields: { end: '2026-12-14' } });
  });

  it('reads voice-input homophones of the type and of 改成', () => {
    const sick = readBack({ type: '病假', start: '2026-12-16', end: '2026-12-16' });
    expect(read('不是病假 是事加', sick)).toEqual({ intent: 'edit', fields: { type: '事假' } });
    expect(read('该成17号', sick)).toEqual({ intent: 'edit', fields: { start: '2026-12-17', end: '2026-12-17' } });
  });
});

describe('other steps', () => {
  it('takes the time one arrived as the overtime’s start', () => {
    const overtime = overtimeBack({ date: '2026-12-06', start: '09:00', end: '12:00', reason: '照顾王阿姨' }, [
      'caregiver',
    ]);
    expect(read('是九点半到的 不是九点', overtime)).toEqual({ intent: 'edit', fields: { startTime: '09:30' } });
  });

  it('rejects without a reason when it will be said in person, and forwards on 「帮我问问」', () => {
    const step = { state: 'reject_reason', no: 3, roles: ['team_lead'] } as unknown as ConversationContext;
    expect(read('不写了 我自己跟他说', step).intent).toBe('deny');
    const offer = { state: 'forward_offer', question: '离职证明找谁开', roles: [] } as unknown as ConversationContext;
    expect(read('好 帮忙问一下', offer).intent).toBe('confirm');
  });
});
