import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';
import { SectionClassifier } from '../../../handlers/policy-qa/engine/section-classifier.ts';

// Questions from the outsider development sets that the search alone offered as choices or
// answered from the wrong section; the classifier over the written questions settles them.
const org = loadOrg();
const qa = new PolicyQa(org);

describe('the written questions as a second opinion (SectionClassifier)', () => {
  it('answers the section it is sure of when the search only offered it among choices', () => {
    const r = qa.answer('老婆下个月生 男的有几天假陪她');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('看护假15天');
    const trip = qa.answer('出差回来多久内要把差旅费报掉？');
    expect(trip.rule).toContain('出差回来十天内');
    expect(trip.citations[0]?.section).toMatch(/第七条 支出管理$/);
  });

  it('answers among the choices the section it is certain of, when the quote states the kind asked', () => {
    // The search's words (离职, 手续) point at resigning and probation; the written questions at handing over assets.
    const r = qa.answer('离职的同事电脑给新人用 要办什么手续');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('《固定资产转移申请单》');
    expect(r.citations[0]?.section).toMatch(/固定资产的转移$/);
  });

  it('answers the first choice when the search, the classifier and the nearest questions point at it', () => {
    // 搬去外地 and 阿伯 are words the documents don't use; the written questions about clients moving away are.
    const r = qa.answer('跟了半年的阿伯搬去外地跟儿子住了 这个个案还跟不跟');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('案主搬家或者死亡');
    expect(r.citations[0]?.section).toMatch(/因主客观原因无法达成服务目标$/);
  });

  it('offers choices instead of quoting a section whose questions are unlike this one', () => {
    // The search found 「提前」 and 「转正」 in the probation rule; resigning is another section.
    const r = qa.answer('转正以后想辞职 要提前多久打报告');
    expect(r.found).toBe(false);
    expect(r.why).toMatch(/the written questions are more like/);
    expect(r.choices!.map((c) => c.label)).toEqual(expect.arrayContaining(['试用期', '员工单方面解除聘用合同']));
  });

  it('still declines a question about a thing no document names, whatever section it reads like', () => {
    // 「吃」 makes it read like the food-poisoning plan's questions; 食堂 is in no document.
    expect(qa.answer('食堂中午吃什么').kind).toBe('not-found');
    expect(qa.answer('公司有没有健身房').kind).toBe('not-found');
  });

  it('reads a synonym group HR adds, as the search does', () => {
    const q = '喜假有几天';
    expect(qa.answer(q).found).toBe(false);
    const withGroup = new PolicyQa({ ...org, faq: [], synonyms: [...org.synonyms, ['婚假', '喜假']] });
    expect(withGroup.answer(q).rule).toContain('结婚假为三日');
  });

  it('is none for an organisation that wrote no questions for its sections', () => {
    expect(SectionClassifier.of(org.documents, undefined)).toBeUndefined();
    expect(SectionClassifier.of(org.documents, [])).toBeUndefined();
  });

  it('ranks by the questions written for each section, colloquial words included', () => {
    const classifier = SectionClassifier.of(org.documents, org.sectionQuestions)!;
    const guess = classifier.guess('出去家访打车能报销吗')!;
    expect(guess.best.path.join(' › ')).toMatch(/交通费|支出管理/);
    expect(guess.behind(guess.best)).toBe(0);
    expect(guess.margin).toBeGreaterThan(0);
    expect(classifier.guess('？！')).toBeUndefined();
  });
});
