import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../data/org/load-org.ts';
import { PolicyIndex } from '../../../handlers/policy-qa/engine/policy-index.ts';
import { Tokenizer } from '../../../handlers/policy-qa/tokenizer.ts';

const org = loadOrg();

describe('the policy index', () => {
  it('leaves the tokenizer it was given as it was, and reads questions with its own copy', () => {
    const tokenizer = new Tokenizer(org.synonyms);
    const before = tokenizer.terms('迟到会扣钱吗');
    const index = new PolicyIndex(org.documents, tokenizer);
    expect(tokenizer.terms('迟到会扣钱吗')).toEqual(before);
    expect(index.tokenizer).not.toBe(tokenizer);
    // Only the copy knows which words the documents use: the given one still counts every word as known.
    expect(before.every((t) => t.core === undefined)).toBe(true);
  });
});
