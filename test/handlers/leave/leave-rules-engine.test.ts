import { describe, expect, it } from 'vitest';
import { localDate } from '../../../data/time/index.ts';
import { Directory } from '../../../data/org/directory.ts';
import type { Staff } from '../../../data/org/staff.ts';
import { tenureYears } from '../../../handlers/leave/rules/annual-entitlement.ts';
import { countLeaveDays } from '../../../handlers/leave/rules/count-leave-days.ts';
import { spansJoined, joinedHoliday } from '../../../handlers/leave/rules/joined-leave.ts';
import { spansOverlap } from '../../../handlers/leave/rules/leave-span.ts';
import { meetingDaysBetween } from '../../../handlers/leave/rules/meeting-days.ts';
import { routeLeave, routeOvertime } from '../../../handlers/leave/rules/route-approval.ts';
import { spanFromDays } from '../../../handlers/leave/rules/span-from-days.ts';
import { calendar, directory, rules, span, staff } from './leave-test-kit.ts';

const person = (p: Partial<Staff> & Pick<Staff, 'id' | 'roles'>): Staff => ({
  name: p.id,
  team: 'A组',
  department: '服务部',
  gender: 'female',
  hireDate: '2020-01-01',
  birthday: null,
  greetPublicly: true,
  identities: {},
  reachVia: null,
  ...p,
});

describe('the rules engine', () => {
  it('counts completed years of service on the day', () => {
    expect(tenureYears(localDate('2023-09-04'), localDate('2026-09-03'))).toBe(2);
    expect(tenureYears(localDate('2023-09-04'), localDate('2026-09-04'))).toBe(3);
    expect(tenureYears(localDate('2026-12-01'), localDate('2026-11-02'))).toBe(0);
  });

  it('counts working days, half days and calendar days', () => {
    expect(countLeaveDays(calendar, 'working-days', span('2026-11-09~2026-11-13')).days).toBe(5);
    expect(countLeaveDays(calendar, 'working-days', span('2026-11-09pm~2026-11-13am')).days).toBe(4);
    expect(countLeaveDays(calendar, 'working-days', span('2026-11-06pm~2026-11-09am')).days).toBe(1);
    expect(
      countLeaveDays(calendar, 'working-days', span('2026-09-30~2026-10-09')).skipped.map((s) => s.reason),
    ).toContain('国庆节');
    expect(countLeaveDays(calendar, 'calendar-days', span('2026-12-07~2026-12-21')).days).toBe(15);
  });

  it('counts "N days from a start" forward per the type', () => {
    expect(spanFromDays(calendar, 'working-days', { date: localDate('2026-12-10'), half: 'full' }, 3)).toEqual(
      span('2026-12-10~2026-12-14'),
    );
    expect(spanFromDays(calendar, 'working-days', { date: localDate('2026-12-10'), half: 'full' }, 2.5)).toEqual(
      span('2026-12-10~2026-12-14am'),
    );
    expect(spanFromDays(calendar, 'working-days', { date: localDate('2026-12-10'), half: 'pm' }, 1)).toEqual(
      span('2026-12-10pm~2026-12-11am'),
    );
    expect(spanFromDays(calendar, 'working-days', { date: localDate('2026-12-12'), half: 'full' }, 1)).toEqual(
      span('2026-12-14'),
    );
    expect(spanFromDays(calendar, 'calendar-days', { date: localDate('2026-12-07'), half: 'full' }, 128)).toEqual(
      span('2026-12-07~2027-04-13'),
    );
  });

  it('sees overlap and joins by the half day', () => {
    expect(spansOverlap(span('2026-11-10am'), span('2026-11-10pm'))).toBe(false);
    expect(spansOverlap(span('2026-11-09~2026-11-10am'), span('2026-11-10pm~2026-11-11'))).toBe(false);
    expect(spansOverlap(span('2026-11-09~2026-11-10'), span('2026-11-10pm'))).toBe(true);
    expect(spansJoined(calendar, span('2026-11-13'), span('2026-11-16'))).toBe(true);
    expect(spansJoined(calendar, span('2026-11-13am'), span('2026-11-16'))).toBe(false);
    expect(joinedHoliday(calendar, span('2026-09-24am'))).toBeNull();
    expect(joinedHoliday(calendar, span('2026-09-24pm'))).toMatchObject({ name: '中秋节', side: 'after' });
  });

  it('finds the last Friday of each month as the meeting day, unless it is a holiday', () => {
    expect(meetingDaysBetween(rules.meetings, calendar, localDate('2026-09-01'), localDate('2026-12-31'))).toEqual([
      '2026-10-30',
      '2026-11-27',
      '2026-12-25',
    ]);
  });

  it('sends a step that would be the requester one step up', () => {
    const lead = person({ id: 'L', roles: ['social_worker', 'team_lead'] });
    const head = person({ id: 'H', roles: ['dept_head'], team: '部办' });
    const boss = person({ id: 'D', roles: ['director'], team: '办公室', department: '办公室' });
    const dir = new Directory([lead, head, boss]);
    const swFirst = {
      ...rules,
      approval: { ...rules.approval, matrix: [rules.approval.matrix[4]!, ...rules.approval.matrix.slice(0, 4)] },
    };
    expect(routeLeave(swFirst, dir, lead, 0.5).steps).toEqual([
      { approverId: 'H', role: 'dept_head', action: 'approve', escalatedFrom: 'team_lead', escalationReason: 'self' },
    ]);
    // The lead's step and the head's step fall on the same person: one step.
    expect(routeLeave(swFirst, dir, lead, 1).steps.map((s) => [s.approverId, s.action])).toEqual([['H', 'approve']]);
    expect(routeLeave(swFirst, dir, lead, 3).steps.map((s) => s.approverId)).toEqual(['H', 'D']);
  });

  it('goes one step up when nobody holds the role', () => {
    const worker = person({ id: 'W', roles: ['social_worker'], team: '无组长组' });
    const boss = person({ id: 'D', roles: ['director'], team: '办公室', department: '办公室' });
    const route = routeLeave(rules, new Directory([worker, boss]), worker, 0.5);
    expect(route.steps).toEqual([
      { approverId: 'D', role: 'director', action: 'approve', escalatedFrom: 'team_lead', escalationReason: 'vacant' },
    ]);
  });

  it('routes overtime to the direct lead', () => {
    expect(routeOvertime(rules, directory, staff('S011'))?.approverId).toBe('S010');
    expect(routeOvertime(rules, directory, staff('S042'))?.approverId).toBe('S040');
    expect(routeOvertime(rules, directory, staff('S010'))?.approverId).toBe('S003');
    expect(routeOvertime(rules, directory, staff('S002'))?.approverId).toBe('S001');
    expect(routeOvertime(rules, directory, staff('S001'))).toBeUndefined();
  });
});
