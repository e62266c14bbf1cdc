import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import type { FaqEntry } from '../../../data/org/faq.ts';
import { loadOrg, SAMPLE_ORG_DIR, type Org } from '../../../data/org/load-org.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';

const HANDBOOK = 'leya-employee-handbook';
const HANDBOOK_TITLE = /——《东莞市乐雅社会工作服务中心员工手册（2023年2月修订）》/;
const LEAVE = '第三部分 人力资源管理 › 第五章 劳动关系管理 › 三、请假管理';

const org = loadOrg();
/** The documents alone: what retrieval finds without HR's FAQ. */
const documentsOnly = new PolicyQa({ ...org, faq: [] });

function withFaq(faq: FaqEntry[], base: Org = org): PolicyQa {
  return new PolicyQa({ ...base, faq });
}

describe('policy Q&A from the documents', () => {
  it('answers a colloquial question about paternity leave with the number and the handbook citation', () => {
    const r = documentsOnly.answer('老婆生娃能休几天');
    expect(r.found).toBe(true);
    expect(r.kind).toBe('policy');
    expect(r.rule).toContain('看护假15天');
    expect(r.answer).toMatch(HANDBOOK_TITLE);
    expect(r.answer).toMatch(/4\. 分娩假及看护假$/);
    expect(r.citations[0]).toMatchObject({ doc: HANDBOOK, section: `${LEAVE} › （一）假类说明 › 4. 分娩假及看护假` });
  });

  it('answers "打卡忘了咋办" with the forgotten clock-in rule', () => {
    const r = documentsOnly.answer('打卡忘了咋办');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('及时向考勤人员说明情况');
    expect(r.citations[0]?.section).toMatch(/8\. 忘记考勤$/);
  });

  it('quotes the approval table line for the asked length of leave', () => {
    const r = documentsOnly.answer('护工请两天假要谁批准');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('护工请假1-2.5天：审核为部长，批准为部长');
    expect(r.rule).not.toContain('护工请假0.5天');
  });

  it('keeps the answer and its citation short enough for a phone screen', () => {
    for (const q of ['年假有几天', '迟到了要扣钱吗', '社工请半天假找谁批', '出差回来多久要报销']) {
      const r = documentsOnly.answer(q);
      expect(r.found, q).toBe(true);
      expect(r.answer.length, q).toBeLessThanOrEqual(300);
    }
  });

  it('finds the rule however the amount is written (三日 in the handbook, 3天 in the question)', () => {
    const r = documentsOnly.answer('丧假是3天吗');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('丧假为三日');
  });

  it('declines questions the documents do not answer instead of guessing', () => {
    for (const q of [
      '公司停车场收费标准',
      '办公室空调坏了找谁修',
      '年底有没有年终奖',
      '单位给不给报销健身卡',
      '可以带宠物来上班吗',
    ]) {
      const r = documentsOnly.answer(q);
      // Issue 12 §2: a section holding half of the question may be offered as a choice, never quoted as the answer.
      expect(['not-found', 'choices'], q).toContain(r.kind);
      expect(r.found, q).toBe(false);
      expect(r.citations, q).toEqual([]);
      if (r.kind === 'not-found') expect(r.answer, q).toContain('转人事');
    }
  });

  it('offers the nearest rule, never quotes it, when the question has a word no document uses', () => {
    const inLaw = documentsOnly.answer('丈母娘去世了能请丧假吗');
    expect(inLaw).toMatchObject({ kind: 'choices', found: false, citations: [] });
    expect(inLaw.choices?.map((c) => c.label)).toContain('丧假');
    const typedFast = documentsOnly.answer('想把年假接在国庆后面一起休 回趟老家 这样能批吗');
    expect(typedFast.kind).toBe('choices');
    expect(typedFast.choices?.map((c) => c.label)).toContain('年假');
    // Nothing the classifier and the search agree on: the plain decline with the way to HR.
    const wifi = documentsOnly.answer('办公室wifi密码多少');
    expect(wifi.kind).toBe('not-found');
    expect(wifi.answer).toContain('转人事');
  });

  it('answers a work question that only sets its scene with an off-topic word (天气, 外卖)', () => {
    const r = documentsOnly.answer('天气太热了 上班穿拖鞋短裤可以吗');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('上班不穿拖鞋');
    expect(documentsOnly.answer('周末加班叫外卖 机构一个人报多少').kind).toBe('choices');
    // In the question itself the off-topic word decides, whatever the documents say of 樟木头.
    expect(documentsOnly.answer('明天樟木头会下雨吗')).toMatchObject({ kind: 'unrelated', found: false });
  });

  it("leaves colleagues' names and phone numbers out of the search but still answers", () => {
    const r = documentsOnly.answer('我和林晓下个月结婚，婚假能休几天？我手机13812345678');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('结婚假为三日');
  });
});

describe('the synonyms file', () => {
  it('lets a colloquial word find the word the handbook uses', () => {
    const withoutSpouseWords = new PolicyQa({
      ...org,
      faq: [],
      synonyms: org.synonyms.filter((g) => !g.includes('老婆') && !g.includes('生娃')),
    });
    expect(withoutSpouseWords.answer('老婆生娃能休几天').found).toBe(false);
    expect(documentsOnly.answer('老婆生娃能休几天').rule).toContain('看护假15天');
  });

  it('takes a new group HR adds', () => {
    const q = '喜假有几天';
    expect(documentsOnly.answer(q).found).toBe(false);
    const withGroup = new PolicyQa({ ...org, faq: [], synonyms: [...org.synonyms, ['婚假', '喜假']] });
    expect(withGroup.answer(q).rule).toContain('结婚假为三日');
  });
});

describe("HR's FAQ", () => {
  const entry: FaqEntry = {
    questions: ['婚假有几天', '结婚能请几天假'],
    answer: '婚假3天，工资照发，记得带结婚证复印件给人力资源部。',
    doc: HANDBOOK,
    section: `${LEAVE} › （一）假类说明 › 5. 婚假`,
  };

  it('wins over the documents when a question matches it, with its citation', () => {
    const r = withFaq([entry]).answer('下个月结婚，婚假有几天');
    expect(r.kind).toBe('faq');
    expect(r.found).toBe(true);
    expect(r.answer).toBe(
      `${entry.answer}\n——《东莞市乐雅社会工作服务中心员工手册（2023年2月修订）》三、请假管理 › （一）假类说明 › 5. 婚假`,
    );
    expect(r.citations[0]).toMatchObject({ doc: HANDBOOK, section: entry.section });
  });

  it("does not give HR's answer when it doesn't state what was asked, however close the question", () => {
    // The FAQ answers "忘记打卡怎么办"; it says nothing of how many make-ups a month are allowed.
    const r = new PolicyQa(org).answer('忘记打卡一个月最多能补几次');
    expect(r.kind).not.toBe('faq');
    expect(r.found).toBe(false);
  });

  it('leaves other questions to the documents', () => {
    const r = withFaq([entry]).answer('年假能接着国庆一起休吗');
    expect(r.kind).toBe('policy');
    expect(r.rule).toContain('年假不能与节假日连休');
  });

  it('answers the sample questions HR curated', () => {
    const r = new PolicyQa(org).answer('总干事请假找谁批');
    expect(r.kind).toBe('faq');
    expect(r.rule).toContain('理事审批');
  });
});

describe('questions that are not policy questions', () => {
  it("refuses questions about colleagues' personal data", () => {
    for (const q of ['谁请病假了', '林晓的生日是哪天']) {
      const r = documentsOnly.answer(q);
      expect(r.kind, q).toBe('personal-data');
      expect(r.found, q).toBe(false);
      expect(r.answer, q).toContain('个人信息');
    }
  });

  it('answers small talk and unrelated requests in one friendly line', () => {
    expect(documentsOnly.answer('你好')).toMatchObject({ kind: 'greeting', found: false });
    expect(documentsOnly.answer('谢谢')).toMatchObject({ kind: 'thanks', found: false });
    const weather = documentsOnly.answer('今天天气怎么样');
    expect(weather).toMatchObject({ kind: 'unrelated', found: false });
    expect(weather.answer).not.toContain('\n');
    expect(documentsOnly.answer('讲个笑话')).toMatchObject({ kind: 'unrelated', found: false });
  });
});

describe('after the organisation files change', () => {
  let dir: string | undefined;
  let sim: Simulation | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('rebuilds the Q&A from the reloaded synonyms and FAQ', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tonggong-qa-'));
    cpSync(SAMPLE_ORG_DIR, dir, { recursive: true });
    sim = await Simulation.create({ orgDir: dir, start: new Date('2026-12-01T09:00:00+08:00') });
    const before = sim.app.features.qa();
    expect(before.answer('喜假有几天').found).toBe(false);

    writeFileSync(join(dir, 'synonyms.txt'), '婚假 喜假\n');
    writeFileSync(
      join(dir, 'faq.csv'),
      `question,answer,doc,section\n停车位怎么申请,停车位向办公室登记申请。,${HANDBOOK},${LEAVE} › （一）假类说明 › 5. 婚假\n`,
    );
    expect(await sim.app.store.reload()).toBeNull();

    const after = sim.app.features.qa();
    expect(after).not.toBe(before);
    expect(after.answer('喜假有几天').rule).toContain('结婚假为三日');
    const [reply] = await sim.say('S011', '停车位怎么申请');
    expect(reply!.text).toMatch(/^停车位向办公室登记申请。\n——《/);
  });
});
