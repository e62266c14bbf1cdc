import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { readAck } from '../../../handlers/reminders/ack-text.ts';

const { deadlines } = loadOrg().reminders;
const ids = (text: string) => {
  const a = readAck(text, deadlines);
  return a === undefined ? undefined : a.kind === 'generic' ? 'any' : [...a.deadlineIds].sort().join(',');
};

describe('reading an acknowledgement', () => {
  it('understands the plain ways of saying it is handed in', () => {
    for (const t of ['已交', '交了', '已提交', '提交了', '我交了', '都交了', '已经交了', '交好了', '已交。'])
      expect(ids(t), t).toBe('any');
  });

  it('recognises which deadline is named', () => {
    expect(ids('月报交了')).toBe('monthly-report');
    expect(ids('归档完成')).toBe('quarter-archive');
    expect(ids('人事报告书已交')).toBe('personnel-report');
    expect(ids('月报和文书都交了')).toBe('monthly-documents,monthly-report');
  });

  it('ignores questions, negations and unrelated text', () => {
    for (const t of [
      '月报什么时候交？',
      '月报交给谁',
      '月报还没交',
      '文书要交吗',
      '交',
      '月报',
      '今天天气不错',
      '我想请假',
    ])
      expect(ids(t), t).toBeUndefined();
  });
});
