import { describe, expect, it } from 'vitest';
import { parseSendTime } from '../../../handlers/notices/parse-send-time.ts';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const at = (s: string) => {
  const r = parseSendTime(s, NOW);
  return r.kind === 'at' ? r.at.toISOString() : r.kind;
};

describe('parseSendTime', () => {
  it.each(['现在', '立即发送', '马上发', '现在发', '直接发'])('reads "%s" as now', (s) => {
    expect(parseSendTime(s, NOW)).toEqual({ kind: 'now' });
  });

  it.each([
    ['12月1日 9:00 发', '2026-12-01T01:00:00.000Z'],
    ['12月1日9点', '2026-12-01T01:00:00.000Z'],
    ['12月1号 上午9点半', '2026-12-01T01:30:00.000Z'],
    ['12月1日下午3点发送', '2026-12-01T07:00:00.000Z'],
    ['十二月一日 九点', '2026-12-01T01:00:00.000Z'],
    ['12/1 14:30', '2026-12-01T06:30:00.000Z'],
    ['１２月１日　９：００', '2026-12-01T01:00:00.000Z'],
    ['12月1日发', '2026-12-01T01:00:00.000Z'],
    ['明天上午9点', '2026-11-21T01:00:00.000Z'],
    ['后天 8:15', '2026-11-22T00:15:00.000Z'],
    ['今天下午3点', '2026-11-20T07:00:00.000Z'],
    ['下午3点发', '2026-11-20T07:00:00.000Z'],
    ['晚上8点', '2026-11-20T12:00:00.000Z'],
    ['2027年1月4日 9:00', '2027-01-04T01:00:00.000Z'],
    ['今晚11点半发', '2026-11-20T15:30:00.000Z'],
    ['今天晚上8点', '2026-11-20T12:00:00.000Z'],
    ['明早', '2026-11-21T01:00:00.000Z'],
    ['明早8点半', '2026-11-21T00:30:00.000Z'],
    ['下周一 9点', '2026-11-23T01:00:00.000Z'],
    ['周五晚上九点', '2026-11-20T13:00:00.000Z'],
    ['今晚12点', '2026-11-20T16:00:00.000Z'],
  ])('reads "%s" in Shanghai time', (s, iso) => {
    expect(at(s)).toBe(iso);
  });

  it('takes a day already past this year as next year’s', () => {
    expect(at('3月1日 9:00')).toBe('2027-03-01T01:00:00.000Z');
  });

  it('says when a time has already passed', () => {
    expect(parseSendTime('今天上午9点', NOW).kind).toBe('past');
    expect(parseSendTime('2026年11月1日 9:00', NOW).kind).toBe('past');
  });

  it('says a time of yesterday or earlier today has passed instead of not understanding it', () => {
    expect(parseSendTime('昨天 9点', NOW).kind).toBe('past');
    expect(parseSendTime('11月19日 9:00', NOW).kind).toBe('past');
  });

  it('asks for the hour of 「今晚发」', () => {
    expect(parseSendTime('今晚发', NOW).kind).toBe('need-time');
  });

  it('refuses a time more than a year ahead', () => {
    expect(parseSendTime('2028年1月1日 9:00', NOW).kind).toBe('too-far');
  });

  it.each(['下周吧', '等等', '9:75', '13月1日', '12月1日 9:00 以后再说', '全体'])('does not guess at "%s"', (s) => {
    expect(parseSendTime(s, NOW).kind).toBe('none');
  });
});
