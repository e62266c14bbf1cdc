import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import type { FaqEntry } from '../../../data/org/faq.ts';
import { withoutEchoes } from '../../../handlers/policy-qa/faq-matcher.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';

const PARKING: FaqEntry = {
  questions: ['中心的停车位可以免费停吗'],
  answer: '中心楼下停车场员工凭工牌免费停，找前台登记车牌',
  doc: '',
  section: '',
};

const org = loadOrg();
const qa = new PolicyQa({ ...org, faq: [...org.faq, PARKING] });
/** The FAQ row a question is answered from, by its answer; undefined when not from the FAQ. */
const rowOf = (question: string) => {
  const result = qa.answer(question);
  return result.kind === 'faq' ? [...org.faq, PARKING].find((e) => result.rule === e.answer) : undefined;
};

describe('HR’s FAQ on near wordings', () => {
  it('answers 「停车位免费吗」 from HR’s 「中心的停车位可以免费停吗」 (停 said twice counted once)', () => {
    expect(rowOf('停车位免费吗')).toBe(PARKING);
    expect(rowOf('中心的停车位免费吗')).toBe(PARKING);
  });

  it('still answers every wording of the sample FAQ from its own row, never from the added one', () => {
    for (const entry of org.faq) {
      for (const wording of entry.questions) expect(rowOf(wording), wording).toBe(entry);
    }
  });

  it('does not answer unrelated questions from it', () => {
    for (const asked of ['单位有没有食堂', '婚假有几天', '公司有宿舍吗', '出差住宿标准多少钱一晚', '停电了怎么办']) {
      expect(rowOf(asked), asked).not.toBe(PARKING);
    }
  });

  it('drops only a lone character a longer word of the same question says', () => {
    const weights = new Map([
      ['中心', 0.2],
      ['停车位', 1],
      ['免费', 0.8],
      ['停', 1],
      ['扣', 1],
    ]);
    expect([...withoutEchoes(weights).keys()]).toEqual(['中心', '停车位', '免费', '扣']);
  });
});
