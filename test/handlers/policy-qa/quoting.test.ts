import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyQa } from '../../../handlers/policy-qa/policy-qa.ts';

/** Which sentences of the section found are quoted: the one that states what was asked. */
const qa = new PolicyQa(loadOrg());

describe('quoting the sentence that answers', () => {
  // The home-visit safety rules are a checklist of questions to ask oneself; its items are the guidance.
  it('quotes a checklist item when it alone holds what was asked (戴项链 on a home visit)', () => {
    const r = qa.answer('外出家访的时候戴项链有没有问题');
    expect(r.found).toBe(true);
    expect(r.rule).toContain('身上是否戴着长耳环、项链等容易被拉扯的饰品');
  });
});
