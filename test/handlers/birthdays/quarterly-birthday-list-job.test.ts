import { describe, expect, it } from 'vitest';
import { atShanghai, localDate, shanghaiDate, shanghaiTime } from '../../../data/time/index.ts';
import { quarterlyBirthdayListJob } from '../../../handlers/birthdays/jobs/quarterly-birthday-list-job.ts';
import { jobEnv, runJob, textOf } from './job-env.ts';

const job = quarterlyBirthdayListJob();
const yearStart = (y: number) => new Date(atShanghai(localDate(`${y}-01-01`)).getTime() - 1);
const yearEnd = (y: number) => atShanghai(localDate(`${y}-12-31`), '24:00');

describe('the quarterly birthday list for HR', () => {
  it('goes out at 09:00 on the first working day of each quarter of 2026, make-up working days included', async () => {
    const env = await jobEnv();
    const occurrences = await job.occurrences(yearStart(2026), yearEnd(2026), env);
    expect(occurrences.map((o) => o.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    // 1 January is 元旦 and 4 January (a Sunday) is worked; 1–7 October is 国庆节.
    expect(occurrences.map((o) => shanghaiDate(o.dueAt))).toEqual([
      '2026-01-04',
      '2026-04-01',
      '2026-07-01',
      '2026-10-08',
    ]);
    for (const o of occurrences) expect(shanghaiTime(o.dueAt)).toBe('09:00');
  });

  it('uses the statutory holidays in 2028, which has no official schedule yet, and tells HR so', async () => {
    const env = await jobEnv();
    const sends = await runJob(job, env, yearStart(2028), yearEnd(2028));
    // 元旦 2028 is a Saturday, made up on Monday 3 January; 国庆 1–3 October plus 4 October for the Sunday.
    expect([...new Set(sends.map((s) => shanghaiDate(s.dueAt)))]).toEqual([
      '2028-01-04',
      '2028-04-03',
      '2028-07-03',
      '2028-10-05',
    ]);
    for (const s of sends) expect(textOf(s)).toContain('2028年的放假安排尚未公布');
  });

  it('goes privately to each HR officer and to nobody else', async () => {
    const env = await jobEnv();
    const sends = await runJob(job, env, yearStart(2026), atShanghai(localDate('2026-01-31'), '24:00'));
    expect(sends.map((s) => s.to)).toEqual([{ staffId: 'S005' }, { staffId: 'S006' }]);
  });

  it("lists the quarter's birthdays with name, team, day and calendar, and no year of birth", async () => {
    const env = await jobEnv();
    const sends = await runJob(job, env, atShanghai(localDate('2026-06-30')), atShanghai(localDate('2026-07-31')));
    const text = textOf(sends[0]!);
    expect(text).toContain('2026年第三季度');
    expect(text).toContain('· 7月9日（周四） 何静（机构办公室）\n');
    expect(text).toContain('· 9月25日（周五）（农历八月十五） 陈思远（服务部办公室）');
    // A 闰八月 birthday in a year without 闰八月 falls on 八月二十: the day's lunar date, and the birthday.
    expect(text).toContain('· 9月30日（周三）（农历八月二十；生日是农历闰八月二十） 冯子豪（青少年服务组）');
    expect(text).not.toContain('孙浩'); // December
    expect(text).not.toMatch(/19\d\d|200\d|岁/); // the sample staff were born 1966–2002
    // in date order
    expect(text.indexOf('何静')).toBeLessThan(text.indexOf('陈思远'));
  });

  it('shows the day a lunar birthday falls on that year, with its lunar date in brackets', async () => {
    const env = await jobEnv();
    const sends = await runJob(job, env, atShanghai(localDate('2027-03-31')), atShanghai(localDate('2027-04-30')));
    const text = textOf(sends[0]!);
    expect(text).toContain('2027年第二季度');
    // 杨桂兰's birthday is 三月三十; the third month of 2027 has 29 days, so it is 5 May 2027 (三月廿九).
    expect(text).toContain('· 5月5日（周三）（农历三月廿九；生日是农历三月三十） 杨桂兰（居家护理项目组）');
    expect(text).toContain('· 5月18日（周二） 周文华（机构办公室）');
    expect(text).not.toContain('公历');
  });

  it('is stale after the first month of the quarter', async () => {
    const env = await jobEnv();
    const [q4] = await job.occurrences(atShanghai(localDate('2026-10-01')), atShanghai(localDate('2026-10-31')), env);
    expect(q4!.staleAfter.toISOString()).toBe(atShanghai(localDate('2026-11-01')).toISOString());
  });

  it('has nothing to plan for an empty window', async () => {
    const env = await jobEnv();
    const t = atShanghai(localDate('2026-01-04'), '09:00');
    expect(await job.occurrences(t, t, env)).toEqual([]);
  });
});
