import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';
import { copySampleOrg } from '../../fakes/org-fixture.ts';

/**
 * The questions written for the sections (section-questions.jsonl, issue 12): a question worded
 * as staff word it finds the section however the section words it, and a question like nothing
 * anyone asks of the section its words match is offered as a choice rather than answered.
 */
describe('questions written for the sections', () => {
  const qa = new PolicyQa(loadOrg());
  const withoutThem = (() => {
    const dir = copySampleOrg();
    rmSync(join(dir, 'section-questions.jsonl'));
    return new PolicyQa(loadOrg(dir));
  })();

  it('answers a question in staff words the rule never uses, from the rule', () => {
    // The rule speaks of 出租车 and 外勤交通费; staff say 打车 and 车费.
    const q = '出去家访打车的车费能报吗';
    expect(withoutThem.answer(q).found).toBe(false);
    const r = qa.answer(q);
    expect(r.found).toBe(true);
    expect(r.citations[0]?.section).toMatch(/第十条 交通费报销$/);
    expect(r.rule).toContain('出租车');
  });

  it('answers the probation length from the probation rule, not a pay table that also names 试用期', () => {
    const r = qa.answer('试用期多久');
    expect(r.rule).toContain('试用期1个月');
  });

  it('offers rather than quotes a section whose words match but that nobody asks anything like it', () => {
    // 名片 is in the resignation checklist (hand back badges and 名片); reprinting them is in no document.
    const r = qa.answer('名片用完了怎么申请再印');
    expect(r.found).toBe(false);
    expect(r.why).toMatch(/nothing like it is asked of it|coverage|score/);
  });

  it('answers from a section nobody wrote questions for when HR wrote them for some sections only', () => {
    const dir = copySampleOrg();
    const file = join(dir, 'section-questions.jsonl');
    const few = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('5. 婚假'))
      .join('\n');
    writeFileSync(file, `${few}\n`);
    const r = new PolicyQa(loadOrg(dir)).answer('外勤交通费每天多少钱');
    expect(r.kind).toBe('policy');
    expect(r.rule).toContain('50元');
  });

  it('still answers from the documents alone for an organisation that has written none', () => {
    const r = withoutThem.answer('外勤交通费每天多少钱');
    expect(r.kind).toBe('policy');
    expect(r.rule).toContain('50元');
  });
});
