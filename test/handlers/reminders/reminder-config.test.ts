import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../data/errors.ts';
import { loadOrg, OrgLoadError } from '../../../data/org/load-org.ts';
import { parseReminderConfig } from '../../../data/reminders/load-reminder-config.ts';
import { copySampleOrg, writeOrgFile } from '../../fakes/org-fixture.ts';

const valid = {
  deadlines: [
    {
      id: 'monthly-report',
      title: '月报',
      what: '工作月报',
      handTo: '机构',
      roles: ['social_worker'],
      due: { every: 'month', day: 'last' },
      reminders: [{ on: 'last-week-of-month' }],
      keywords: ['月报'],
      source: '众爱《服务检查制度》第七条',
    },
  ],
};

function problems(json: unknown): string[] {
  try {
    parseReminderConfig(json, 'reminders.json');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.row ?? ''}|${p.field ?? ''}|${p.message}`);
    throw error;
  }
  return [];
}

describe('reminders.json', () => {
  it('encodes every deadline of DOMAIN §6 in the sample, each citing its source', () => {
    const { reminders } = loadOrg();
    expect(reminders.deadlines.map((d) => d.id)).toEqual([
      'monthly-report',
      'monthly-documents',
      'team-attendance',
      'personnel-report',
      'quarter-archive',
      'half-year-summary',
      'annual-summary',
    ]);
    for (const d of reminders.deadlines) expect(d.source).toMatch(/《.+》/);
  });

  it('fills in the defaults', () => {
    const config = parseReminderConfig(valid, 'reminders.json');
    expect(config).toMatchObject({ sendTime: '09:00', sendUntil: '18:00', summaryTime: '16:00', lateAckDays: 7 });
  });

  it('names the entry and the field of each problem', () => {
    const bad = structuredClone(valid) as { deadlines: Record<string, unknown>[] };
    bad.deadlines[0]!.roles = ['boss'];
    bad.deadlines[0]!.due = { every: 'week', day: 5 };
    expect(problems(bad)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^deadlines\.0\.roles\|0\|must be one of/),
        expect.stringMatching(/^deadlines\.0\.due\|every\|every must be/),
      ]),
    );
  });

  it('refuses a duplicate id, an unknown template field and a last-week reminder for a 5th-of-month deadline', () => {
    const bad = structuredClone(valid) as { deadlines: Record<string, unknown>[] };
    bad.deadlines.push({
      ...bad.deadlines[0]!,
      due: { every: 'month', monthsAfter: 1, day: 5 },
      text: '请在{when}前交',
    });
    const found = problems(bad);
    expect(found).toContainEqual('deadlines.1|id|"monthly-report" is already used by deadlines.0');
    expect(found.some((p) => p.startsWith('deadlines.1|text|may only use the fields'))).toBe(true);
    expect(found.some((p) => p.startsWith('deadlines.1.reminders.0|on|last-week-of-month needs'))).toBe(true);
  });

  it('stops loading the organisation with the file named when reminders.json is broken', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'reminders.json', '{"deadlines": [{"id": "X"}]}');
    expect(() => loadOrg(dir)).toThrow(OrgLoadError);
    try {
      loadOrg(dir);
    } catch (error) {
      expect((error as Error).message).toContain('reminders.json');
      expect((error as Error).message).toContain('deadlines.0');
    }
  });
});
