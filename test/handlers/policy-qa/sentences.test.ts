import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../../handlers/policy-qa/sentences.ts';

describe('splitting a section into quotable passages', () => {
  it('keeps a short list with the sentence that introduces it', () => {
    const passages = splitPassages('员工离职须交齐如下资料：\n（1）辞职信；\n（2）人事报告书。');
    expect(passages).toEqual([{ text: '员工离职须交齐如下资料：（1）辞职信；（2）人事报告书。', line: 0, list: true }]);
  });

  it('keeps a list with the bare title over it when the items are numbered another way', () => {
    const passages = splitPassages(
      '1. 奖励对象\n（1）工作年限超过5年者\n（2）对机构有重大贡献的个人或团队\n2. 人数待定',
    );
    expect(passages[0]).toMatchObject({
      text: '1. 奖励对象（1）工作年限超过5年者（2）对机构有重大贡献的个人或团队',
      list: true,
    });
    expect(passages[1]?.text).toBe('2. 人数待定');
  });

  it('does not take one item of a list for the title of the next', () => {
    const passages = splitPassages('1. 尽快离开现场\n2. 大声求救或打电话求助');
    expect(passages.map((p) => p.text)).toEqual(['1. 尽快离开现场', '2. 大声求救或打电话求助']);
  });
});
