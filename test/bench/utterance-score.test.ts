import { describe, expect, it } from 'vitest';
import { isDangerous, normalise, type UtteranceRow } from '../../bench/utterance-score.ts';
import type { Understanding } from '../../handlers/understanding/index.ts';

const row = (context: UtteranceRow['context']): UtteranceRow => ({
  id: 't',
  speaker: 'lead',
  context,
  text: '',
  intent: 'approve',
  fields: {},
});
const pending = row({
  state: 'idle',
  pending: [
    { no: 3, applicant: '孙浩' },
    { no: 4, applicant: '郑雨' },
  ],
});
const got = (intent: Understanding['intent'], confidence = 0.9, alternatives: Understanding['alternatives'] = []) =>
  ({ intent, fields: {}, confidence, alternatives }) as Understanding;

describe('the utterance scorer', () => {
  it('makes the writers’ label conventions one: halves, all, names, notice times', () => {
    expect(normalise({ start: 'd', end: 'd', startHalf: 'pm' }, pending)).toEqual({
      start: 'd',
      end: 'd',
      startHalf: 'pm',
      endHalf: 'pm',
    });
    expect(normalise({ nos: 'all' }, pending)).toEqual({ nos: [3, 4] });
    expect(normalise({ applicant: '郑雨' }, pending)).toEqual({ nos: [4] });
    expect(normalise({ time: '2026-12-09T09:00' }, pending)).toEqual({ time: '2026-12-09 09:00' });
  });

  it('reads a reason with or without a leading 我/要 as the same reason, and no other difference', () => {
    expect(normalise({ reason: '我家公公走了' }, pending)).toEqual(normalise({ reason: '家公公走了' }, pending));
    expect(normalise({ reason: '要去银行办业务' }, pending)).toEqual(normalise({ reason: '去银行办业务' }, pending));
    expect(normalise({ reason: '陪孩子看病' }, pending)).not.toEqual(normalise({ reason: '陪孩子' }, pending));
  });

  it('counts an approval, ack or edit that was not meant as dangerous', () => {
    expect(isDangerous({ intent: 'small_talk', fields: {} }, got('approve'), { nos: [4] })).toBe(true);
    expect(isDangerous({ intent: 'remark', fields: {} }, got('edit'), { start: '2026-12-17' })).toBe(true);
    expect(isDangerous({ intent: 'small_talk', fields: {} }, got('ack_notice'), {})).toBe(true);
    const handedIn = { intent: 'handin', fields: { items: ['月报'] } };
    expect(isDangerous(handedIn, got('handin'), { items: ['月报', '文书'] })).toBe(true);
  });

  it('does not count asking, or a missed reading, as dangerous', () => {
    const asks = got('approve', 0.4, [{ intent: 'approve', fields: { nos: [3] } }]);
    expect(isDangerous({ intent: 'approve', fields: { nos: [3] } }, asks, { nos: [] })).toBe(false);
    expect(isDangerous({ intent: 'ack_notice', fields: {} }, got('small_talk'), {})).toBe(false);
  });
});
