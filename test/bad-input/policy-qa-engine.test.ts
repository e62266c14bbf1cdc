import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../data/errors.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../data/org/load-org.ts';
import { ORG_REWRITES_FILE } from '../../handlers/policy-qa/engine/colloquial-rewrites.ts';
import { parseRewrites } from '../../handlers/understanding/rewrite-table.ts';
import { PolicyQa } from '../../handlers/policy-qa/policy-qa.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function orgWithRewrites(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tonggong-rewrites-'));
  dirs.push(dir);
  cpSync(SAMPLE_ORG_DIR, dir, { recursive: true });
  writeFileSync(join(dir, ORG_REWRITES_FILE), text);
  return dir;
}

describe('bad input to the policy Q&A engine', () => {
  it('an org rewrite whose pattern is not a regular expression is refused, naming the file and the rule', () => {
    const dir = orgWithRewrites(JSON.stringify({ rules: [{ pattern: '(谁批', replace: '审批', why: 'typo' }] }));
    expect(() => new PolicyQa(loadOrg(dir))).toThrow(ConfigError);
    expect(() => new PolicyQa(loadOrg(dir))).toThrow(/colloquial-rewrites\.json[\s\S]*rules\.0/);
  });

  it('an org rewrites file that is not JSON, or lacks "why", is refused with a clear reason', () => {
    expect(() => parseRewrites('{rules: [', 'x.json')).toThrow(/not valid JSON/);
    expect(() => parseRewrites(JSON.stringify({ rules: [{ pattern: 'a', replace: 'b' }] }), 'x.json')).toThrow(/why/);
  });

  it("an org's own rewrite is used after the built-in ones", () => {
    const dir = orgWithRewrites(JSON.stringify({ rules: [{ pattern: '搬砖', replace: '上班', why: '同工口头禅' }] }));
    const qa = new PolicyQa(loadOrg(dir));
    expect(qa.index.tokenizer.terms('今天搬砖迟到了').map((t) => t.word)).toContain('上班');
  });
});

describe('bad input to the policy Q&A choices', () => {
  it('a number with no choice behind it is told the range, and the choices stay open', async () => {
    const { Simulation } = await import('../../app/simulation/simulation.ts');
    const sim = await Simulation.create({ start: new Date('2026-12-01T09:00:00+08:00') });
    try {
      // Two pay tables state a probation wage, each for its own grade: too close to call, so choices.
      const [offer] = await sim.say('S011', '试用期工资多少');
      const count = (offer!.text.match(/^\d\. /gm) ?? []).length;
      expect(count).toBeGreaterThan(1);
      const [wrong] = await sim.say('S011', '9');
      expect(wrong!.text).toBe(`没有这个选项，请回复 1 到 ${count} 之间的数字。`);
      const [answer] = await sim.say('S011', '２');
      expect(answer!.text).toMatch(/——《/);
    } finally {
      await sim.close();
    }
  });
});
