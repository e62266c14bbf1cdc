import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { checkLeave } from '../../../handlers/leave/rules/check-leave.ts';
import { RULE_CASES } from './fixtures/rule-cases.ts';
import { calendar, credits, directory, existing, rules, span, staff } from './leave-test-kit.ts';

describe('the rule table', () => {
  it('has at least fifty cases', () => {
    expect(RULE_CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(RULE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = checkLeave({
      rules,
      calendar,
      directory,
      person: staff(c.staff),
      draft: { typeKey: c.type, span: span(c.dates), extended: c.extended ?? false },
      today: localDate(c.today ?? '2026-11-02'),
      facts: {
        existing: existing(c.existing),
        comp: credits(c.comp),
        annualCorrections: c.corrections ? { 2026: c.corrections } : {},
      },
    });
    const codes = [...result.refusals, ...result.flags].map((f) => f.code);
    expect({ outcome: result.outcome, codes }).toMatchObject({ outcome: c.expect.outcome });
    if (c.expect.codes) expect([...codes].sort()).toEqual([...c.expect.codes].sort());
    if (c.expect.days !== undefined) expect(result.days).toBe(c.expect.days);
    if (c.expect.chain) expect(result.route.steps.map((s) => s.approverId)).toEqual(c.expect.chain);
    if (c.expect.reminder) expect(result.reminders.join('\n')).toMatch(c.expect.reminder);
    // A finding quotes a rule whenever one states its reason; only a 调休 short of hours, or not yet worked, has none.
    for (const f of [...result.refusals, ...result.flags]) {
      if (f.clause === undefined) expect(['over-balance', 'no-comp-balance']).toContain(f.code);
      else expect(f.clause.quote.length).toBeGreaterThan(0);
    }
  });
});
