import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { answerKind } from '../../../handlers/policy-qa/answer-kind.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';

/** The documents alone: what retrieval finds without HR's FAQ. */
const qa = new PolicyQa({ ...loadOrg(), faq: [] });

describe('questions the documents only seem to answer', () => {
  it('declines when what is asked about is a word no document uses, though other words match a rule', () => {
    // "外勤" matches the travel-allowance rule; "怀孕" is what the question is about.
    const r = qa.answer('怀孕期间可以少跑外勤吗');
    expect(r.found).toBe(false);
    expect(r.kind).toBe('not-found');
  });

  it('declines a question about money when the rule found names none', () => {
    // The team-building rule says how often, not what it costs.
    expect(qa.answer('团建费用每人多少').found).toBe(false);
    expect(qa.answer('加班有没有加班费').found).toBe(false);
  });

  it('still answers a question about money from a rule that states the amount', () => {
    const r = qa.answer('满三年的工龄工资每月多少钱');
    expect(r.found).toBe(true);
  });

  it('still answers when the unknown word is only glued to a particle ("会扣")', () => {
    const r = qa.answer('请事假的话会扣工资吗');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.section).toMatch(/1\. 事假$/);
  });

  it('reads "连着两天" as two days in a row, not as leave taken next to a holiday ("连休")', () => {
    const words = qa.index.tokenizer.terms('连着两天没来上班').map((t) => t.word);
    expect(words).toContain('连续');
    expect(words).not.toContain('连休');
    expect(qa.index.tokenizer.terms('调休能和年假连着休吗').map((t) => t.word)).toContain('连休');
  });
});

describe('picking the sentence that answers', () => {
  it('quotes the table row for the amount the question names', () => {
    const r = qa.answer('满三年的工龄工资每月多少钱');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('160元/月');
  });

  it('uses the organisation named in the question to pick its document, not as a word to find', () => {
    const q = qa.index.query('绿叶去年招了几个社工');
    expect(q.namedDoc).toBe('lvye-2017-work-summary');
    expect(q.tokens.map((t) => t.token)).not.toContain('绿叶');
    expect(qa.index.search(q, 1)[0]?.section.doc).toBe('lvye-2017-work-summary');
  });
});

describe('the kind of fact asked for', () => {
  it('asks how long when the approver is named and the question is how far ahead', () => {
    expect(answerKind('交给督导审批要提前多久')).toBe('amount');
  });

  it('still asks who when only the approval is named', () => {
    expect(answerKind('请假谁审批')).toBe('who');
    expect(answerKind('请三天假要哪个领导批准')).toBe('who');
  });
});
