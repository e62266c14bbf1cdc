import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
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
});
