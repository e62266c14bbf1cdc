import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate, shanghaiTime, weekdayOf, type LocalDate } from '../../data/time/index.ts';
import { Simulation, type SimulatedSend } from '../../app/simulation/simulation.ts';
import { sampleOrg } from './fixtures.ts';

/*
 * The whole bot on a fake clock, a year at a time, with the process in UTC (vitest.config.ts):
 * every scheduled message must land on the right Asia/Shanghai day and time. The harness
 * steps from one due instant to the next, so a year takes seconds.
 */

const calendar = sampleOrg.calendar;
const dayOf = (s: SimulatedSend): LocalDate => shanghaiDate(new Date(s.at));
const timeOf = (s: SimulatedSend) => shanghaiTime(new Date(s.at));
const isReminder = (s: SimulatedSend) => s.text.startsWith('【交材料提醒】');
const isSummary = (s: SimulatedSend) => s.text.startsWith('【提交情况】');
const isWarning = (s: SimulatedSend) => s.text.startsWith('【节假日数据提醒】');

async function simulateYear(year: number): Promise<SimulatedSend[]> {
  const sim = await Simulation.create({ start: new Date(`${year}-01-01T00:00:00+08:00`) });
  try {
    return await sim.advanceTo(new Date(`${year + 1}-01-01T00:00:00+08:00`));
  } finally {
    await sim.close();
  }
}

describe('a simulated 2026 (with the official holiday schedule), process TZ=UTC', () => {
  let sent: SimulatedSend[];
  beforeAll(async () => {
    expect(process.env.TZ).toBe('UTC');
    sent = await simulateYear(2026);
  });

  it('sends every deadline reminder at 09:00 Shanghai on a working day, never on a holiday or weekend off', () => {
    const reminders = sent.filter(isReminder);
    expect(reminders.length).toBeGreaterThan(300);
    for (const r of reminders) {
      expect(timeOf(r)).toBe('09:00');
      expect(calendar.isWorkingDay(dayOf(r)), dayOf(r)).toBe(true);
      expect(calendar.isHoliday(dayOf(r))).toBe(false);
    }
  });

  it('reminds on exactly the planned days of 2026', () => {
    const days = [...new Set(sent.filter(isReminder).map(dayOf))];
    // Worked by hand from DOMAIN §6 and the 2026 State Council schedule.
    expect(days).toEqual([
      '2026-01-04', // Dec documents due Mon 5 Jan: the working day before is the make-up Sunday
      '2026-01-19', // Q4 archive due Tue 20 Jan
      '2026-01-26', // last week of January (25th is a Sunday)
      '2026-01-30', // month end falls on Saturday 31st
      '2026-02-02',
      '2026-02-04',
      '2026-02-24', // last week of February: 22nd–23rd are still Spring Festival
      '2026-02-28', // month end on a make-up Saturday: a working day, so reminded that day
      '2026-03-02',
      '2026-03-04',
      '2026-03-25',
      '2026-03-31',
      '2026-04-02',
      '2026-04-03', // documents due Sun 5 Apr inside 清明: reminded Friday
      '2026-04-17',
      '2026-04-24',
      '2026-04-30', // May Day (1–5 May) swallows the 3rd and 5th: all reminded on 30 April
      '2026-05-25',
      '2026-05-29',
      '2026-06-02',
      '2026-06-04',
      '2026-06-24',
      '2026-06-30',
      '2026-07-02',
      '2026-07-03',
      '2026-07-17',
      '2026-07-27',
      '2026-07-31',
      '2026-08-04',
      '2026-08-25',
      '2026-08-31',
      '2026-09-02',
      '2026-09-04',
      '2026-09-24',
      '2026-09-30', // National Day holds the 3rd and 5th October: reminded on 30 September
      '2026-10-19',
      '2026-10-26',
      '2026-10-30',
      '2026-11-02',
      '2026-11-04',
      '2026-11-24',
      '2026-11-30',
      '2026-12-02',
      '2026-12-04',
      '2026-12-25',
      '2026-12-31',
    ]);
  });

  it('names what, to whom and the deadline with its weekday in each reminder', () => {
    const jan = sent.filter((s) => isReminder(s) && dayOf(s) === '2026-01-04' && s.to === 'S011');
    expect(jan).toHaveLength(1);
    expect(jan[0]!.text).toContain('请在1月5日（周一）前把12月的全部服务文书交督导/督导助理批复');
    expect(jan[0]!.text).toContain('依据：众爱《档案接收制度》');
  });

  it('sends each person at most one reminder message a day', () => {
    const keys = sent.filter(isReminder).map((s) => `${dayOf(s)} ${s.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sends lead summaries at 16:00 on working days, privately', () => {
    const summaries = sent.filter(isSummary);
    expect(summaries.length).toBeGreaterThan(50);
    for (const s of summaries) {
      expect(timeOf(s)).toBe('16:00');
      expect(calendar.isWorkingDay(dayOf(s))).toBe(true);
      expect(s.room).toBeUndefined();
    }
  });

  it('greets birthdays at 09:00 Shanghai on the day itself', () => {
    const greetings = sent.filter((s) => s.text.includes('生日快乐'));
    expect(greetings.length).toBeGreaterThan(20);
    for (const g of greetings) expect(timeOf(g)).toBe('09:00');
    expect(greetings.filter((g) => g.to === 'S005').map(dayOf)).toEqual(['2026-12-07']);
  });

  it('warns HR once, in November, that 2027 has no holiday schedule yet', () => {
    const warnings = sent.filter(isWarning);
    expect(warnings.map((w) => w.to).sort()).toEqual(['S005', 'S006']);
    for (const w of warnings) {
      expect(w.text).toContain('2027年');
      expect(dayOf(w)).toBe('2026-11-02');
    }
  });

  it('has nothing to report as missed or failed', () => {
    expect(sent.filter((s) => s.text.startsWith('【定时消息未送达】'))).toEqual([]);
  });
});

describe('a simulated 2027 (no official schedule: the statutory holidays), process TZ=UTC', () => {
  let sent: SimulatedSend[];
  beforeAll(async () => {
    sent = await simulateYear(2027);
  });
  afterAll(() => {
    sent = [];
  });

  it('sends no reminder, summary or birthday list on 元旦, 国庆 or any other statutory holiday', () => {
    const scheduled = sent.filter((s) => isReminder(s) || isSummary(s) || s.text.includes('同工生日，共'));
    expect(scheduled.length).toBeGreaterThan(300);
    for (const s of scheduled) expect(calendar.holidayName(dayOf(s)), `${dayOf(s)} ${s.text.slice(0, 20)}`).toBeNull();
    for (const day of ['2027-01-01', '2027-10-01', '2027-10-04', '2027-10-05', '2027-02-09']) {
      expect(sent.filter((s) => dayOf(s) === day && !s.text.includes('生日快乐'))).toEqual([]);
    }
    const lists = sent.filter((s) => s.text.includes('同工生日，共')).map(dayOf);
    expect([...new Set(lists)]).toEqual(['2027-01-04', '2027-04-01', '2027-07-01', '2027-10-06']);
    for (const s of sent.filter((x) => x.text.includes('同工生日，共')))
      expect(s.text).toContain('2027年的放假安排尚未公布');
  });

  it('moves the September reminders before 国庆 and the deadline-day ones to the working day before a holiday', () => {
    // 30 September 2027 (Thursday) is the last working day of the month.
    expect(sent.some((s) => isReminder(s) && dayOf(s) === '2027-09-30')).toBe(true);
  });
});

describe('a simulated 2028 (a leap year the packaged calendar has no schedule for), process TZ=UTC', () => {
  let sent: SimulatedSend[];
  beforeAll(async () => {
    sent = await simulateYear(2028);
  });
  afterAll(() => {
    sent = [];
  });

  it('knows it has no 2028 schedule and falls back to the statutory holidays', () => {
    expect(calendar.hasSchedule(2028)).toBe(false);
    expect(calendar.dayInfo('2028-10-02' as LocalDate)).toMatchObject({
      kind: 'holiday',
      name: '国庆节',
      scheduled: false,
    });
    expect(calendar.dayInfo('2028-10-05' as LocalDate)).toMatchObject({ kind: 'workday', scheduled: false });
  });

  it('reminds only Monday to Friday at 09:00 Shanghai', () => {
    const reminders = sent.filter(isReminder);
    expect(reminders.length).toBeGreaterThan(300);
    for (const r of reminders) {
      expect(timeOf(r)).toBe('09:00');
      expect([1, 2, 3, 4, 5]).toContain(weekdayOf(dayOf(r)));
    }
  });

  it('reminds of the February report on the 29th, and greets a 29 February birthday on the day', () => {
    const feb29 = sent.filter((s) => dayOf(s) === '2028-02-29');
    expect(feb29.some((s) => isReminder(s) && s.text.includes('今天（2月29日）截止'))).toBe(true);
    expect(feb29.some((s) => s.to === 'S022' && s.text.includes('生日快乐'))).toBe(true);
  });

  it('warns HR exactly once about 2028, on the first working morning it plans into it', () => {
    const about2028 = sent.filter((s) => isWarning(s) && s.text.includes('2028年'));
    expect(about2028.map((w) => w.to).sort()).toEqual(['S005', 'S006']);
    for (const w of about2028) {
      expect(timeOf(w)).toBe('09:00');
      expect(dayOf(w)).toBe('2028-01-04'); // 元旦 is a Saturday, made up on Monday 3 January
    }
    // …and about 2029 when that year comes within reach.
    expect(sent.filter((s) => isWarning(s) && s.text.includes('2029年')).map(dayOf)).toEqual([
      '2028-11-02',
      '2028-11-02',
    ]);
  });
});
