import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { inMandarin } from '../../../handlers/understanding/in-mandarin.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';

const qa = new PolicyQa(loadOrg());

describe('questions typed in Cantonese', () => {
  it('answers them from the same rule as the Mandarin question (旷职, 婚假)', () => {
    const absent = qa.answer('无故冇返工一日扣几多钱');
    expect(absent.found).toBe(true);
    expect(absent.rule).toContain('旷职一日，扣发绩效工资50%');
    const wedding = qa.answer('结婚有几日昏假 有冇人工');
    expect(wedding.found).toBe(true);
    expect(wedding.rule).toContain('结婚假为三日，假期内工资照发');
    // 医生纸 is the sick note the rule calls 医生诊断证明.
    expect(qa.answer('病假要唔要交医生纸').rule).toContain('提供医生诊断证明');
  });

  it('quotes the rule on 直系亲属 for a grandparent (「阿爷过咗身 丧假几多日」)', () => {
    expect(qa.answer('阿爷过咗身 丧假几多日').rule).toContain('直系亲属死亡的，丧假为三日');
  });

  it('reads only words that are Cantonese and nothing else in Mandarin', () => {
    expect(inMandarin('护工请三日假要边个签名')).toBe('护工请三天假要谁签名');
    expect(inMandarin('同事叫我帮佢打卡 俾人发现会点')).toBe('同事叫我帮他打卡 被人发现会怎样');
    expect(inMandarin('出差返嚟几多日内要报销')).toBe('出差回来多少天内要报销');
    expect(inMandarin('唔该 月报几点交')).toBe(' 月报几点交');
    expect(inMandarin('琴晚OT咗两个钟 可唔可以补休')).toBe('昨晚加班了两个小时 可不可以补休');
    expect(inMandarin('呢个月请咗两日假 系咪要扣粮')).toBe('这个月请了两天假 是不是要扣工资');
    expect(inMandarin('我係护工 几时出粮')).toBe('我是护工 什么时候发工资');
    // 体系, 仲裁, 服务点 and 系统 are Mandarin; 几点交 asks a time, not how.
    for (const mandarin of [
      '档案管理体系那块占多大比重',
      '劳动仲裁找谁',
      '月报几点交',
      '服务点报销单中心负责人审完之后 下一步是谁审',
      '我系统权限不对 找哪个部门改',
      '社区矫正那个后生仔根本不想见我',
    ]) {
      expect(inMandarin(mandarin)).toBe(mandarin);
    }
  });
});
