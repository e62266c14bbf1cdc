import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { parsePolicyDocument } from '../../../data/org/policy-document.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';

/** Which sentences of the section found are quoted: the one that states what was asked. */
const qa = new PolicyQa(loadOrg());

describe('quoting the sentence that answers', () => {
  // The home-visit safety rules are a checklist of questions to ask oneself; its items are the guidance.
  it('quotes a checklist item when it alone holds what was asked (戴项链 on a home visit)', () => {
    const asked = '外出家访的时候戴项链有没有问题';
    // Answered, or the home-visit rules offered first (the written questions on them never name
    // jewellery): the quote, as answered or once picked, is the checklist item.
    const r = qa.answer(asked);
    const visit = r.found ? r.citations[0]! : r.choices![0]!;
    expect(visit.section).toMatch(/（十八）做家访或出外勤当时应注意$/);
    expect(qa.answerFrom(asked, visit).rule).toContain('身上是否戴着长耳环、项链等容易被拉扯的饰品');
  });

  it('quotes a threshold stated in the unit of the amount asked (「17岁可以来应聘吗」: 「年龄未满18周岁者」)', () => {
    const r = qa.answer('17岁可以来应聘吗');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('年龄未满18周岁者');
  });

  it('quotes the sentence with the sum when money is asked, not only another number of the rule (培训费)', () => {
    // The best sentence by words says 「2年以上的骨干」 and 「2014年度起」: numbers, but no sum.
    const r = qa.answer('骨干社工自己报外面的培训课，机构一般支持多少培训费？');
    expect(r.citations[0]?.section).toMatch(/四、人才培养$/);
    expect(r.rule).toContain('50%的培训费用支持');
  });

  it('quotes every clause of a sentence split at 「；」 when it fits, not dropping the middle one (年假 by years)', () => {
    const r = qa.answer('我在机构干了十二年了 一年能休几天年假');
    expect(r.citations[0]?.section).toMatch(/2\. 年假$/);
    for (const clause of ['年休假5天', '已满10年及不满20年的，年休假10天', '年休假15天'])
      expect(r.rule).toContain(clause);
  });

  it('never quotes two clauses of a sentence without the one between them (年假 for three years)', () => {
    // The exclusions list is the best sentence here and leaves no room for all three clauses.
    const r = qa.answer('同工在机构干满3年了，一年有几天年假？');
    expect(r.citations[0]?.section).toMatch(/2\. 年假$/);
    expect(r.rule).toContain('年休假5天');
    const clauses = ['年休假5天', '已满10年及不满20年的，年休假10天', '已满20年的，年休假15天'].map((c) =>
      r.rule!.includes(c),
    );
    // A prefix of the clauses, not 5 days and 15 days with 10 days left out.
    expect(clauses).not.toEqual([true, false, true]);
  });

  it('never quotes a later clause of a sentence as if it were whole (a section picked among choices)', () => {
    // Picked for 「年假可以分开休吗」, the 年假 rule began 「已满20年的，年休假15天。」: a clause cut from what it is about.
    const asked = '年假可以分开休吗';
    const annual = qa.answer(asked).choices?.find((c) => /2\. 年假$/.test(c.section));
    expect(annual).toBeDefined();
    const rule = qa.answerFrom(asked, annual!).rule!;
    if (rule.includes('已满20年的，年休假15天') && !rule.includes('年假：员工在机构服务累计已满1年'))
      expect(rule).toContain('…已满20年的，年休假15天');
    expect(rule).not.toMatch(/^已满/);
    // Where the sentence fits, it is quoted from its start.
    const review = qa.answer('管理人员的年度考评一般几月做').rule!;
    expect(review).toContain('总干事（副总干事）：理事会评估；机构管理人员评估；');
  });

  it('keeps the clause that answers when the one between it and an earlier one does not fit (a made-up rule)', () => {
    // Three long clauses, one per length of service: the one for 10 years answers; the one for 1 year
    // joins it as nearly as good; the one for 5 years between them leaves no room for all three.
    const detail =
      '须经所在部门负责人书面确认并由人力资源部逐月核对考勤记录后随当月工资一并发放如有疑问请向人力资源部咨询，' +
      '逾期未确认的当月不予补发并记入个人考核档案，特殊情况另行通知';
    const text = `交通补贴：员工在机构服务满1年的，交通补贴每月100元，${detail}；满5年的，交通补贴每月200元，${detail}；满10年的，交通补贴每月300元。`;
    const doc = parsePolicyDocument(
      `---\ntitle: 测试补贴办法\n---\n# 补贴办法\n## 交通补贴标准\n${text}\n`,
      'test-allowance',
      'test-allowance.md',
    );
    const org = loadOrg();
    const withRule = new PolicyQa({ ...org, documents: [...org.documents, doc] });
    const r = withRule.answerFrom('满10年交通补贴每月多少', {
      doc: 'test-allowance',
      section: '补贴办法 › 交通补贴标准',
    });
    expect(r.rule).toContain('…满10年的，交通补贴每月300元');
    expect(r.rule).not.toContain('每月100元');
  });

  it('quotes what each clause of a two-part question asks (who agrees to closing a case, and how long after)', () => {
    const r = qa.answer('按去年总结提的新要求 个案结案要谁同意 结案后还要继续跟进多久');
    expect(r.rule).toContain('个案结案需获得督导的同意');
    expect(r.rule).toContain('持续跟进服务对象两个月');
  });

  it('quotes a list on from its first item, not the lead-in and item ① alone (who gives the training)', () => {
    const r = qa.answer('入职培训都讲些什么内容 谁来讲');
    expect(r.citations[0]?.section).toMatch(/2\. 实施步骤$/);
    for (const item of ['①由办公室负责', '②由业务部门负责', '③由团队负责人']) expect(r.rule).toContain(item);
  });

  it('sets a quoted list out one item to a line, not run together (「现场2. 大声求救」)', () => {
    const r = qa.answer('服务对象要动手打人怎么办');
    expect(r.citations[0]?.section).toMatch(/当冲突升高，对方准备攻击时$/);
    expect(r.rule).toContain('1. 尽快离开现场\n2. 大声求救或打电话求助\n3. ');
  });

  it("runs the clauses of one line on, breaking only between lines (who signs a caregiver's half day)", () => {
    const r = qa.answer('我是护工 请半天假找谁');
    expect(r.rule).toContain('护工请假0.5天：审核为项目负责人，批准为项目负责人');
    expect(r.rule).not.toMatch(/[^。）]\n/);
  });

  // Every item of the 年资补贴 rule is about 年资补贴: the heading tells none apart, 产假 does.
  it('quotes the item on the leave asked about, not the items repeating the heading (年资补贴 during 产假)', () => {
    for (const asked of ['休产假那几个月年资补贴还发不发', '保胎请长假的话年资补贴还发吗']) {
      const r = qa.answer(asked);
      expect(r.citations[0]?.section, asked).toMatch(/年资补贴$/);
      expect(r.rule, asked).toContain('暂停发放');
    }
  });
});
