import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { checkLeave } from '../../../handlers/leave/rules/check-leave.ts';
import { calendar, directory, existing, rules, span, staff } from './leave-test-kit.ts';

const today = localDate('2026-11-02');
const facts = (list: Parameters<typeof existing>[0] = []) => ({
  existing: existing(list),
  comp: [],
  annualCorrections: {},
});

describe('flags as approvers and HR read them', () => {
  it('name the applicant and never say 您 about them', () => {
    // 21 working days of 事假 at short notice over a meeting day: every 事假 flag at once.
    const personal = checkLeave({
      rules,
      calendar,
      directory,
      person: staff('S011'),
      draft: { typeKey: 'personal', span: span('2026-11-03~2026-12-01') },
      today,
      facts: facts(),
    });
    const annual = checkLeave({
      rules,
      calendar,
      directory,
      person: staff('S011'),
      draft: { typeKey: 'annual', span: span('2026-12-14') },
      today,
      facts: facts([{ type: 'personal', dates: '2026-11-03~2026-12-01', status: 'approved' }]),
    });
    const flags = [...personal.flags, ...annual.flags];
    expect(flags.map((f) => f.code).sort()).toEqual(
      [
        'annual-forfeited',
        'forfeits-annual',
        'meeting-day',
        'over-annual-days',
        'short-notice',
        'yearly-threshold',
      ].sort(),
    );
    for (const f of flags) {
      expect(f.about, f.code).toBeDefined();
      expect(f.about, f.code).not.toContain('您');
    }
    const about = flags.map((f) => f.about).join('\n');
    expect(about).toContain('郑雨今年事假累计将达21天，多于其年假天数（5天）');
    expect(about).toContain('郑雨：今年事假累计将达到15天或以上');
    expect(about).toContain('郑雨今年的事假或病假将达到');
    expect(about).toContain('郑雨今年的事假或病假已达到');
    expect(personal.flags.find((f) => f.code === 'over-annual-days')!.message).toContain('多于您的年假天数');
  });
});
