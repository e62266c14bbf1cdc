import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarCommand } from '../../../app/cli/commands/calendar.ts';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { approveAll, submitLeave } from '../../handlers/leave/leave-sim.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('tonggong calendar', () => {
  it('writes a team’s and a person’s approved leave as iCalendar files, sick leave as 请假 in the team’s', async () => {
    const dbPath = tempDbPath();
    const sim = await Simulation.create({ dbPath, start: new Date('2026-11-02T10:00:00+08:00') });
    await approveAll(sim, await submitLeave(sim, 'S011', '12月14日到15日请年假 回老家'));
    await approveAll(sim, await submitLeave(sim, 'S012', '11月4日上午请病假'));
    await submitLeave(sim, 'S013', '11月6日请事假 家里有事'); // pending: not in the calendar
    await approveAll(sim, await submitLeave(sim, 'S021', '11月5日请事假 家里有事'));
    await sim.close();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-03T10:00:00+08:00'));
    const dir = mkdtempSync(join(tmpdir(), 'ics-'));
    const team = join(dir, 'team.ics');
    expect(await calendarCommand(['--team', '长者服务组', '--out', team, '--db', dbPath])).toBe(0);
    const ics = readFileSync(team, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).toContain('SUMMARY:郑雨 年假\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261214\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261216\r\n');
    expect(ics).toContain('SUMMARY:孙浩 请假（上午）\r\n');
    expect(ics).not.toContain('病假');
    expect(ics).not.toContain('赵丽娜');
    expect(ics).not.toContain('冯子豪');
    expect(ics).not.toContain('回老家');
    const person = join(dir, 'person.ics');
    expect(await calendarCommand(['--person', '孙浩', '--out', person, '--db', dbPath])).toBe(0);
    expect(readFileSync(person, 'utf8')).toContain('SUMMARY:孙浩 病假（上午）');
    expect(await calendarCommand(['--team', '没有这个组', '--db', dbPath])).toBe(2);
    expect(await calendarCommand(['--db', dbPath])).toBe(2);
    // Listed with the other commands, loaded only when it runs.
    expect(readFileSync('app/cli/main.ts', 'utf8')).toContain("await import('./commands/calendar.ts')");
  });
});
