import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../app/simulation/simulation.ts';
import { localDate, shanghaiDate, shanghaiTime } from '../../../data/time/index.ts';
import { birthdaysBetween } from '../../../data/calendar/index.ts';
import { loadOrg } from '../../../data/org/load-org.ts';

/*
 * The whole bot on a fake clock over a year, process TZ=UTC: every birthday greeting arrives
 * once, at 09:00 Shanghai on the right day; the quarter's list reaches HR on the first
 * working day of each quarter.
 */
const org = loadOrg();
const isPrivateGreeting = (s: SimulatedSend) => s.to !== undefined && s.text.includes('祝您生日快乐');
const isGroupGreeting = (s: SimulatedSend) => s.room !== undefined && s.text.includes('的生日');
const isList = (s: SimulatedSend) => s.text.includes('新季度开始了');

async function simulateYear(year: number, before?: (sim: Simulation) => Promise<void>): Promise<SimulatedSend[]> {
  const sim = await Simulation.create({ start: new Date(`${year}-01-01T00:00:00+08:00`) });
  try {
    await before?.(sim);
    const sent = await sim.advanceTo(new Date(`${year + 1}-01-01T00:00:00+08:00`));
    // Running again over the same instant sends nothing more.
    expect(await sim.advanceTo(new Date(`${year + 1}-01-01T00:00:00+08:00`))).toEqual([]);
    return sent;
  } finally {
    await sim.close();
  }
}

describe.each([2026, 2028])('birthdays in a simulated %i', (year) => {
  let sent: SimulatedSend[];
  beforeAll(async () => {
    expect(process.env.TZ).toBe('UTC');
    sent = await simulateYear(year, async (sim) => {
      await sim.say('S024', '不要公开祝福');
    });
  }, 120_000);

  it('greets each person privately exactly once per celebration, at 09:00 Shanghai on the right day', () => {
    for (const person of org.directory.all) {
      const greetings = sent.filter((s) => isPrivateGreeting(s) && s.to === person.id);
      const expected = person.birthday
        ? birthdaysBetween(person.birthday, localDate(`${year}-01-01`), localDate(`${year}-12-31`))
        : [];
      expect(
        greetings.map((g) => shanghaiDate(new Date(g.at))),
        person.name,
      ).toEqual(expected);
      for (const g of greetings) expect(shanghaiTime(new Date(g.at))).toBe('09:00');
    }
  });

  it('greets in the staff group only those who allow it, one message a day', () => {
    const group = sent.filter(isGroupGreeting);
    const days = group.map((g) => shanghaiDate(new Date(g.at)));
    expect(new Set(days).size).toBe(days.length);
    for (const g of group) {
      expect(g.room).toBe('staff-group');
      expect(shanghaiTime(new Date(g.at))).toBe('09:00');
    }
    const text = group.map((g) => g.text).join('\n');
    expect(text).toContain('郑雨');
    expect(text).not.toContain('赵丽娜'); // greet_publicly = no in the directory
    expect(text).not.toContain('曾凡'); // opted out by message
    expect(text).not.toMatch(/岁|19\d\d|200\d/);
  });

  it('sends HR the birthday list four times, on the first working day of each quarter', () => {
    const lists = sent.filter(isList);
    expect(lists.map((l) => l.to)).toEqual(['S005', 'S006', 'S005', 'S006', 'S005', 'S006', 'S005', 'S006']);
    const days = [...new Set(lists.map((l) => shanghaiDate(new Date(l.at))))];
    expect(days).toEqual(
      year === 2026
        ? ['2026-01-04', '2026-04-01', '2026-07-01', '2026-10-08']
        : ['2028-01-04', '2028-04-03', '2028-07-03', '2028-10-05'],
    );
  });
});

describe('a birthday greeting after downtime', () => {
  let sim: Simulation;
  afterAll(async () => {
    await sim?.close();
  });

  it('is still sent later the same day, and marked missed (never sent) the day after', async () => {
    // 郑雨's birthday is 21 June. The bot is started at 15:00 that day: the 09:00 greeting is still useful.
    sim = await Simulation.create({ start: new Date('2026-06-21T08:00:00+08:00') });
    await sim.advanceTo(new Date('2026-06-21T08:30:00+08:00'));
    sim.clock.set(new Date('2026-06-21T15:00:00+08:00'));
    const late = await sim.advanceTo(new Date('2026-06-21T15:00:01+08:00'));
    expect(late.filter((s) => s.to === 'S011' && s.text.includes('生日快乐'))).toHaveLength(1);
  });

  it('is marked missed, not sent, once the day is over, and HR is told', async () => {
    sim = await Simulation.create({ start: new Date('2026-06-20T08:00:00+08:00') });
    await sim.advanceTo(new Date('2026-06-20T08:30:00+08:00'));
    // Down from the evening of the 20th until the morning of the 22nd.
    sim.clock.set(new Date('2026-06-22T10:00:00+08:00'));
    const after = await sim.advanceTo(new Date('2026-06-22T10:00:01+08:00'));
    expect(after.filter((s) => s.text.includes('生日快乐') || s.text.includes('的生日！'))).toEqual([]);
    const report = after.filter((s) => s.to === 'S005' && s.text.includes('【定时消息未送达】'));
    expect(report).toHaveLength(1);
    expect(report[0]!.text).toContain('生日祝福');
    expect(report[0]!.text).toContain('郑雨');
  });
});
