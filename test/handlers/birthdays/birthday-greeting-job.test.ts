import { describe, expect, it } from 'vitest';
import { atShanghai, localDate, shanghaiDate, shanghaiTime } from '../../../data/time/index.ts';
import { birthdaysBetween } from '../../../data/calendar/index.ts';
import { BirthdayPrefsRepo } from '../../../data/repos/birthday-prefs-repo.ts';
import { birthdayGreetingJob } from '../../../handlers/birthdays/jobs/birthday-greeting-job.ts';
import { jobEnv, person, runJob, sampleOrg, textOf, type RunSend } from './job-env.ts';

const job = birthdayGreetingJob();
const yearStart = (y: number) => new Date(atShanghai(localDate(`${y}-01-01`)).getTime() - 1);
const yearEnd = (y: number) => atShanghai(localDate(`${y}-12-31`), '24:00');
const privateDays = (sends: RunSend[], staffId: string) =>
  sends.filter((s) => 'staffId' in s.to && s.to.staffId === staffId).map((s) => shanghaiDate(s.dueAt));

describe('birthday greetings over a whole year', () => {
  it('runs with the process in UTC, so a wrong time zone would show', () => {
    expect(new Date('2026-01-01T00:00:00').getTimezoneOffset()).toBe(0);
  });

  it.each([2026, 2028])('greets at 09:00 Shanghai time on each birthday of %i', async (year) => {
    const env = await jobEnv();
    const sends = await runJob(job, env, yearStart(year), yearEnd(year));
    for (const s of sends) {
      expect(shanghaiTime(s.dueAt)).toBe('09:00');
      expect(s.dueAt.toISOString()).toMatch(/T01:00:00\.000Z$/);
      expect(shanghaiDate(s.dueAt)).toBe(s.key);
    }
    // Each person privately once per celebration, on exactly the celebration days.
    for (const p of sampleOrg.directory.all) {
      const expected = p.birthday
        ? birthdaysBetween(p.birthday, localDate(`${year}-01-01`), localDate(`${year}-12-31`))
        : [];
      expect(privateDays(sends, p.id), p.name).toEqual(expected);
    }
  });

  it('puts solar and lunar birthdays on the right days in 2026 and in the leap year 2028', async () => {
    const env = await jobEnv();
    const y2026 = await runJob(job, env, yearStart(2026), yearEnd(2026));
    const y2028 = await runJob(job, env, yearStart(2028), yearEnd(2028));
    const on = (sends: RunSend[], id: string) => privateDays(sends, id);
    // solar
    expect(on(y2026, 'S001')).toEqual(['2026-05-18']);
    // 29 February: 28 February in a common year, 29 February in a leap year
    expect(on(y2026, 'S022')).toEqual(['2026-02-28']);
    expect(on(y2028, 'S022')).toEqual(['2028-02-29']);
    // lunar 八月十五 is 中秋: 2026-09-25, 2028-10-03
    expect(on(y2026, 'S003')).toEqual(['2026-09-25']);
    expect(on(y2028, 'S003')).toEqual(['2028-10-03']);
    // a leap-month (闰八月) birthday is kept in the ordinary eighth month
    expect(on(y2026, 'S021')).toEqual(['2026-09-30']);
    expect(on(y2028, 'S021')).toEqual(['2028-10-08']);
    // 三月三十 in a year whose third month has 29 days: 三月廿九
    expect(on(y2026, 'S041')).toEqual(['2026-05-16']);
    // 冬月三十: in January 2026, and none at all in Gregorian 2028
    expect(on(y2026, 'S025')).toEqual(['2026-01-18']);
    expect(on(y2028, 'S025')).toEqual([]);
  });

  it('never mentions a year of birth or an age', async () => {
    const env = await jobEnv();
    const sends = await runJob(job, env, yearStart(2026), yearEnd(2026));
    expect(sends.length).toBeGreaterThan(30);
    for (const s of sends) {
      expect(textOf(s)).not.toMatch(/岁|\d{4}|年龄|周年/);
    }
  });
});

describe('birthday greetings on one day', () => {
  const day = { year: 1990, month: 6, day: 21, calendar: 'solar', leapMonth: false } as const;
  const staff = [
    person('A1', '甲一', day),
    person('A2', '乙二', day, { greetPublicly: false }),
    person('A3', '丙三', day),
    person('A4', '丁四', { ...day, day: 22 }),
  ];
  const from = atShanghai(localDate('2026-06-21'));
  const to = atShanghai(localDate('2026-06-21'), '24:00');

  it('sends one group message naming only those who allow it, and each person a private one', async () => {
    const env = await jobEnv(staff);
    const sends = await runJob(job, env, from, to);
    const group = sends.filter((s) => 'room' in s.to);
    expect(group).toHaveLength(1);
    expect(group[0]!.to).toEqual({ room: sampleOrg.info.staffGroup.id });
    expect(textOf(group[0]!)).toContain('甲一、丙三');
    expect(textOf(group[0]!)).not.toContain('乙二');
    const direct = sends.filter((s) => 'staffId' in s.to).map((s) => s.recipientKey);
    expect(direct).toEqual(['A1', 'A2', 'A3']);
    expect(new Set(sends.map((s) => s.recipientKey)).size).toBe(sends.length);
  });

  it('sends no group message when nobody of the day allows it', async () => {
    const env = await jobEnv([person('B1', '戊五', day, { greetPublicly: false })]);
    const sends = await runJob(job, env, from, to);
    expect(sends.map((s) => s.to)).toEqual([{ staffId: 'B1' }]);
  });

  it("lets a person's own choice override the directory, either way", async () => {
    const env = await jobEnv(staff);
    const prefs = new BirthdayPrefsRepo(env.db);
    await prefs.set('A1', false, from);
    await prefs.set('A2', true, from);
    const group = (await runJob(job, env, from, to)).filter((s) => 'room' in s.to);
    expect(textOf(group[0]!)).toContain('乙二、丙三');
    expect(textOf(group[0]!)).not.toContain('甲一');
  });

  it('is due at 09:00 and stale at midnight', async () => {
    const env = await jobEnv(staff);
    const [occurrence, ...rest] = await job.occurrences(from, to, env);
    expect(rest).toEqual([]);
    expect(occurrence!.dueAt.toISOString()).toBe('2026-06-21T01:00:00.000Z');
    expect(occurrence!.staleAfter.toISOString()).toBe('2026-06-21T16:00:00.000Z');
  });

  it('treats the window as (from, to]', async () => {
    const env = await jobEnv(staff);
    const nine = atShanghai(localDate('2026-06-21'), '09:00');
    expect(await job.occurrences(nine, to, env)).toEqual([]);
    expect((await job.occurrences(from, nine, env)).map((o) => o.key)).toEqual(['2026-06-21']);
  });
});
