import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { answerKind, statesCount, statesKind } from '../../../handlers/policy-qa/answer-kind.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';

/** The documents alone: what retrieval finds without HR's FAQ. */
const qa = new PolicyQa({ ...loadOrg(), faq: [] });

describe('questions the documents only seem to answer', () => {
  it('declines when what is asked about is a word no document uses, though other words match a rule', () => {
    // "外勤" matches the travel-allowance rule; "怀孕" is what the question is about.
    const r = qa.answer('怀孕期间可以少跑外勤吗');
    expect(r.found).toBe(false);
    // Issue 12 §2: the 外勤 rules may be offered as choices, never quoted as the answer.
    expect(['not-found', 'choices']).toContain(r.kind);
    expect(r.rule).toBeUndefined();
  });

  it('declines a question about money when the rule found names none', () => {
    // The team-building rule says how often, not what it costs.
    expect(qa.answer('团建费用每人多少').found).toBe(false);
    expect(qa.answer('加班有没有加班费').found).toBe(false);
  });

  it('answers when the word no document uses is only in the scene set before the question', () => {
    // 家长会 is why the leave is needed; what is asked is how early to ask for 事假.
    const r = qa.answer('儿子学校开家长会 想请半天事假 要提前多久申请');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('事假调休假需提前3个工作日');
    // The same thing asked about in the question itself is still declined.
    expect(qa.answer('单位的团体意外险 赔付额度多少').found).toBe(false);
    expect(qa.answer('家长会可以请假吗').found).toBe(false);
  });

  it('answers for a relative in the direct line with the rule on 直系亲属, and declines an in-law', () => {
    // 爷爷 is no document's word; who died is the asker's story, 直系亲属 the rule's.
    expect(qa.answer('爷爷去世 丧假多少天').rule).toContain('直系亲属死亡的，丧假为三日');
    // A mother-in-law is no 直系亲属: quoting that rule would read as a yes. HR answers it.
    expect(qa.answer('丈母娘去世了能请丧假吗').found).toBe(false);
  });

  it('declines a question about one leave type rather than quote another’s rule (「病假一年最多能请几天」)', () => {
    // The 事假 section's 「不可多于年假的日数」 says nothing of 病假, which no rule caps.
    const r = qa.answer('病假一年最多能请几天');
    expect(r.found).toBe(false);
    expect(r.rule).toBeUndefined();
    // A rule naming both still answers (婚假 is quoted from its own section).
    expect(qa.answer('婚假有几天').rule).toContain('结婚假为三日');
  });

  it('still answers a question about money from a rule that states the amount', () => {
    const r = qa.answer('交通补贴每个月多少');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('100-200元/月');
  });

  it('still answers when the unknown word is only glued to a particle ("会扣")', () => {
    const r = qa.answer('请事假的话会扣工资吗');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.section).toMatch(/1\. 事假$/);
  });

  it('declines a word the question coins from telling characters that no document writes', () => {
    // jieba cuts "断缴" into 断 + 缴, both of which the documents use elsewhere.
    expect(qa.index.tokenizer.coinedWords('社保断缴了一个月会怎样')).toContain('断缴');
    expect(qa.answer('社保断缴了一个月会怎样').found).toBe(false);
    // "办点" is coined too, but says nothing: the question is still answered.
    expect(qa.index.tokenizer.coinedWords('上班时间要出去办点私事找谁批')).toEqual([]);
  });

  it('still answers when the word no document uses is only how an action was put ("写错"), not a thing', () => {
    const isThing = qa.index.tokenizer.thingWords('归档的材料写错了，能直接在原件上改吗');
    expect(isThing('写错')).toBe(false);
    expect(qa.index.tokenizer.thingWords('哺乳假有几天')('哺乳')).toBe(true);
    expect(qa.answer('哺乳假有几天').found).toBe(false);
  });

  it('declines a kind of allowance the documents never name, though they name other allowances', () => {
    expect(qa.answer('组长津贴每月多少').found).toBe(true);
    expect(qa.answer('生育津贴怎么申请').found).toBe(false);
  });

  it('declines a compound whose head the documents never use, though they use its first part', () => {
    // The documents have "年终考评" but no "年终奖"; "直系亲属" (folded from 母亲) but no "母亲节".
    expect(qa.answer('年终奖一般发几个月').found).toBe(false);
    expect(qa.answer('母亲节有没有假放').found).toBe(false);
  });

  it('declines whether something may be done when the rule found never names doing it', () => {
    // The pay table names 试用期 ("试用期1个月，试用期工资…") but says nothing of extending it.
    expect(qa.answer('试用期能申请再延长一个月吗').found).toBe(false);
  });

  it('counts sessions, people or events in their own unit ("几节", "多少人")', () => {
    expect(statesCount('一个小组一般要做几节', '三日内填写好小组报告。')).toBe(false);
    expect(statesCount('讲座至少要多少人来才算', '参加人数不少于20人。')).toBe(true);
  });

  it('takes "how many days" as answered only by a count of days, not by a date', () => {
    // The pay rule says "每月15日发放…若遇节假日": dates, not how long a holiday is.
    expect(statesCount('春节一般放几天假', '每月15日发放上月工资，计算期间为每月1日至月底最后一天。')).toBe(false);
    expect(statesCount('丧假有几天', '丧假为三日，假期内工资照发。')).toBe(true);
    expect(statesCount('交档案要填几份', '填写移交清单，一式二份。')).toBe(true);
    // "好几次" is not a question of how many.
    expect(statesCount('探访好几次还要重新填表吗', '每次探访都重新编码。')).toBe(true);
  });

  it('declines "how much" when the amount quoted belongs to a neighbouring item of the rule', () => {
    // "3. …可给予误餐补贴。4. 员工外勤每天交通费标准为50元": the 50元 is the travel allowance.
    expect(qa.answer('外勤误餐补贴一顿多少钱').found).toBe(false);
    expect(qa.answer('外勤每天交通费报多少').rule).toContain('50元');
  });

  it('declines "怎么收费" when the rule found names no fee', () => {
    // The safety clause on premises lists 停车场 among places to keep well lit.
    expect(qa.answer('停车场怎么收费').found).toBe(false);
  });

  it('declines whether money is paid when the rule found names no money', () => {
    // The rule on time off in lieu says when to take it, nothing of pay.
    expect(qa.answer('周末加班给三倍工资吗').found).toBe(false);
  });

  it('answers whether leave can be turned into money from the rule that speaks of pay', () => {
    const r = qa.answer('没休完的年假能折成钱吗');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('不得无故转兑为薪酬');
  });

  it('reads "二十几天" and "90多分" as about twenty days and about ninety points', () => {
    expect(qa.index.tokenizer.terms('今年事假请了二十几天').map((t) => t.word)).toContain('20天');
    expect(qa.index.tokenizer.terms('拿了90多分').map((t) => t.word)).toEqual(['拿', '90', '分']);
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
    // Two sections state the 工龄工资 rule: asked, the bot offers both; the table, picked, quotes the row.
    const q = '满三年的工龄工资每月多少钱';
    const table = qa.answer(q).choices?.find((c) => c.section.endsWith('3. 工龄工资'));
    expect(table).toBeDefined();
    expect(qa.answerFrom(q, table!).rule).toContain('160元/月');
  });

  it('prefers the sentence with the question\'s phrase ("交通补贴") over one with its words apart', () => {
    expect(qa.index.query('每个月交通补贴给多少').phrases.map((p) => p.text)).toEqual(['交通补贴']);
    expect(qa.answer('每个月交通补贴给多少').rule).toContain('100-200元/月');
  });

  it('quotes the rule rather than a work report that ranks about as high', () => {
    // The 2017 work summary says supervisors "严格把关" case closure; the service policy says who approves it.
    const r = qa.answer('个案结案要谁同意');
    expect(r.citations[0]?.doc).toBe('zhongai-service-policies');
    expect(r.rule).toContain('督导/见习督导/督导助理的审批');
  });

  it('uses the organisation named in the question to pick its document, not as a word to find', () => {
    const q = qa.index.query('绿叶去年招了几个社工');
    expect(q.namedDoc).toBe('lvye-2017-work-summary');
    expect(q.tokens.map((t) => t.token)).not.toContain('绿叶');
    expect(qa.index.search(q, 1)[0]?.section.doc).toBe('lvye-2017-work-summary');
  });
});

describe('colloquial wording', () => {
  it('takes "会怎么处理" as a question word, not as something the rule must mention', () => {
    const words = qa.index.tokenizer.terms('迟到了会怎么处理').map((t) => t.word);
    expect(words).not.toContain('咋办');
  });

  it('reads "拍下来" as 拍, the verb, so the rule on copying and photographing answers it', () => {
    const r = qa.answer('借了服务对象的档案，能拿手机拍下来吗');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('不得擅自复印、拍照');
  });

  it('answers "打哪个电话" with the sentence that gives the number', () => {
    expect(answerKind('食物中毒了打哪个电话')).toBe('phone');
    const q = '活动时大家吃坏肚子食物中毒了，打哪个电话';
    expect(qa.answer(q).rule).toContain('120');
  });
});

describe('the kind of fact asked for', () => {
  it('asks how long when the approver is named and the question is how far ahead', () => {
    expect(answerKind('交给督导审批要提前多久')).toBe('amount');
  });

  it('asks how often when the question is "多久…一回", answered by "每季度" as well as by a count', () => {
    expect(answerKind('部门工作会议多久开一回')).toBe('often');
    expect(statesKind('每季度开展部门工作会议。', 'often')).toBe(true);
    expect(statesKind('每月15日发放上月工资。', 'amount')).toBe(true);
    expect(statesKind('部门工作会议由部长主持。', 'often')).toBe(false);
  });

  it('answers "什么级别的医院" with a grade of hospital, not a list that names a certificate', () => {
    expect(answerKind('入职体检要去什么级别的医院做')).toBe('level');
    expect(qa.answer('入职体检要去什么级别的医院做').rule).toContain('三甲医院');
  });

  it('answers "要满足什么条件" with the requirements, not the prize', () => {
    expect(answerKind('评优秀团队要满足什么条件')).toBe('condition');
    const q = '评优秀团队要满足什么条件';
    const prize = qa.answer(q).choices?.find((c) => c.label === '乐雅最佳团队奖');
    expect(qa.answerFrom(q, prize!).rule).toContain('综合分数达80分或以上');
  });

  it('takes "当天", a deadline, a website or a notice board as answering when and where, but not "归档前"', () => {
    expect(statesKind('接案当天的记录必须当天完成。', 'when')).toBe(true);
    expect(statesKind('员工调休尽可能在加班开始一个月之内休完。', 'when')).toBe(true);
    expect(statesKind('社工在对服务对象的资料归档前通过电话回访。', 'when')).toBe(false);
    expect(statesKind('在中心网站公示投诉电话和投诉邮箱。', 'where')).toBe(true);
  });

  it('reads "留几年" as asking how long a record is kept', () => {
    expect(qa.answer('现金日记账要留几年').rule).toContain('25年');
  });

  it('takes "向监事会提出意见" as saying who to turn to', () => {
    expect(statesKind('对考评结果有异议的，可向监事会提出意见。', 'who')).toBe(true);
  });

  it('reads "要谁点头" and "要谁同意" as asking who approves', () => {
    expect(qa.index.tokenizer.terms('外单位来借档案要谁点头').map((t) => t.word)).toContain('审批');
  });

  it('still asks who when only the approval is named', () => {
    expect(answerKind('请假谁审批')).toBe('who');
    expect(answerKind('请三天假要哪个领导批准')).toBe('who');
  });
});
