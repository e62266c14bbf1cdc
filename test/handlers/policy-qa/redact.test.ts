import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { redact } from '../../../handlers/policy-qa/redact.ts';

const directory = loadOrg().directory;

describe('redacting a question', () => {
  it.each([
    ['今晚加班陪护张伯，算加班吗', '张伯'],
    ['明天家访袁奶奶能报交通费吗', '袁奶奶'],
    ['陪丁爷爷去医院算不算外出', '丁爷爷'],
    ['范阿姨的个案记录放多久', '范阿姨'],
    ['李阿姨说年假能分开休吗', '李阿姨'],
    ['蒋叔叔的转介要谁签字', '蒋叔'],
    ['许婆婆那边的探访能补吗', '许婆婆'],
    ['帮邱姨申请补贴要什么材料', '邱姨'],
  ])('takes a surname with a kinship title out of 「%s」', (question, name) => {
    const out = redact(question, directory);
    expect(out).not.toContain(name);
    expect(out).toMatch(/某人|某同事/);
  });

  it('keeps words that only look like a surname and a title', () => {
    expect(redact('我和阿姨一起去，保洁阿姨算不算外包', directory)).toBe('我和阿姨一起去，保洁阿姨算不算外包');
    expect(redact('大伯去世了丧假几天', directory)).toBe('大伯去世了丧假几天');
  });

  it("leaves a client's kinship name in a policy passage alone", () => {
    expect(redact('陪护张伯的记录', directory, 'policy')).toBe('陪护张伯的记录');
  });
});
