import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../data/errors.ts';
import { parseLeaveRules } from '../../../data/leave/load-leave-rules.ts';
import { loadOrg, SAMPLE_ORG_DIR } from '../../../data/org/load-org.ts';

const FILE = join(SAMPLE_ORG_DIR, 'leave-rules.json');
// biome-ignore lint/suspicious/noExplicitAny: the tests break the file on purpose, field by field
const sample = () => JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, any>;

describe('leave rules file', () => {
  it('loads the bundled sample with the organisation', () => {
    const org = loadOrg();
    expect(org.leaveRules?.types.map((t) => t.name)).toEqual([
      '事假',
      '年假',
      '病假',
      '产假',
      '看护假',
      '婚假',
      '丧假',
      '工伤假',
      '调休',
    ]);
  });

  it('gives every rule a quoted source clause and location', () => {
    const rules = loadOrg().leaveRules!;
    const clauses = [
      ...rules.types.flatMap((t) => [
        t.countingClause,
        t.entitlement.clause,
        t.notice.clause,
        ...t.documents.map((d) => d.clause),
        ...t.notJoinedTo.map((j) => j.clause),
      ]),
      rules.annualLeave.clause,
      rules.annualLeave.forfeiture.clause,
      rules.approval.clause,
      rules.meetings.clause,
      rules.overtime.expiryClause,
    ];
    for (const c of clauses) {
      expect(c.quote.length).toBeGreaterThan(5);
      expect(c.location).toMatch(/第三部分第五章/);
    }
  });

  it('encodes the handbook numbers: entitlements, notice and the tenure table', () => {
    const rules = loadOrg().leaveRules!;
    const type = (key: string) => rules.types.find((t) => t.key === key)!;
    expect(type('marriage').entitlement).toMatchObject({ kind: 'per-request', days: 3 });
    expect(type('bereavement').entitlement).toMatchObject({ kind: 'per-request', days: 3 });
    expect(type('paternity').entitlement).toMatchObject({ kind: 'per-request', days: 15 });
    expect(type('maternity').entitlement).toMatchObject({ kind: 'per-request', days: 128, extended: { days: 158 } });
    expect(type('personal').notice).toMatchObject({ kind: 'working-days', days: 3 });
    expect(type('comp').notice).toMatchObject({ kind: 'working-days', days: 5 });
    expect(type('annual').notice).toMatchObject({ kind: 'months', months: 1 });
    expect(rules.annualLeave.tenure.map((b) => b.days)).toEqual([0, 5, 10, 15]);
    expect(rules.overtime.hoursPerDay).toBe(8);
  });

  it('names the entry and field of a mistake', () => {
    const json = sample();
    json.types[1].notice.days = 'three';
    json.types[1].notice.kind = 'working-days';
    try {
      parseLeaveRules(json, FILE);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems[0]).toMatchObject({ row: 'types.1.notice', field: 'days' });
    }
  });

  it('refuses a rule that points at a leave type that does not exist', () => {
    const json = sample();
    json.overtime.compTypeKey = 'toil';
    expect(() => parseLeaveRules(json, FILE)).toThrow(/no leave type has key "toil"/);
  });

  it('refuses approval bands that are out of order', () => {
    const json = sample();
    json.approval.matrix[4].bands[1].maxDays = 0.5;
    expect(() => parseLeaveRules(json, FILE)).toThrow(/fewer days to more/);
  });
});
