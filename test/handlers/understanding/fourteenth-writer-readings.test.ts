import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../../handlers/understanding/index.ts';
import { idle, read } from './reading.ts';

/*
 * Readings a fourteenth outside writer's set (bench/fixtures/utterances/dev12.jsonl: colleagues called by
 * given name or nickname) showed wrong, fixed by general rules; each test says the behaviour in other words.
 */

describe('colleagues as they are called', () => {
  const lead = { state: 'idle', roles: ['team_lead'], due: ['月报'] } as ConversationContext;

  it('records a hand-in for the colleague called by nickname or given name, never as the speaker’s own', () => {
    expect(read('小钱的考勤表我帮她交了', lead)).toEqual({
      intent: 'handin',
      fields: { items: ['考勤表'], for: '钱多多' },
    });
    expect(read('嘉欣的文书已经交给我了', lead)).toEqual({
      intent: 'handin',
      fields: { items: ['文书'], for: '黄嘉欣' },
    });
  });

  it('starts no leave for a colleague called by nickname', () => {
    expect(read('浩哥明天休假 羡慕', idle).intent).not.toBe('leave_request');
  });

  it('records nothing for someone called by a name nobody has, rather than the speaker’s own', () => {
    expect(read('小陆的月报我帮他交了', lead).intent).not.toBe('handin');
  });
});
