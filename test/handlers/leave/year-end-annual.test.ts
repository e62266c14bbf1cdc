import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation, SimulatedSend } from '../../../app/simulation/simulation.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { approveAll, leaveSim, one, submitLeave } from './leave-sim.ts';

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const at = (iso: string) => new Date(iso);
const dbPath = tempDbPath();
/** Each call on the same file is a restart; HR's copies as the sample sends them, in a 17:30 digest. */
const start = (when: string) => leaveSim(at(when), undefined, { mode: 'digest', time: '17:30' }, dbPath);
const reminders = (sent: readonly SimulatedSend[]) => sent.filter((s) => s.text.startsWith('【年假提醒】'));

describe('year-end annual leave', () => {
  it('reminds people with unused days once in November and in December, their lead and HR with lists', async () => {
    sim = await start('2026-10-29T10:00:00+08:00');
    await approveAll(sim, await submitLeave(sim, 'S011', '11月16日到17日请年假 回老家'));
    // 1 November is a Sunday: the reminders go on Monday at 09:00.
    const november = reminders(await sim.advanceTo(at('2026-11-02T09:30:00+08:00')));
    expect(new Set(november.map((s) => s.at))).toEqual(new Set(['2026-11-02T01:00:00.000Z']));
    const zheng = november.filter((s) => s.to === 'S011');
    expect(zheng).toHaveLength(1);
    expect(zheng[0]!.text).toContain('您2026年的年假还有3天未安排');
    expect(zheng[0]!.text).toContain('「年休假一般不跨年度安排，年假假期不得累积');
    expect(zheng[0]!.text).toContain('第三部分第五章 三、请假管理（一）2. 年假');
    // Less than a year of service: no annual leave, no reminder.
    expect(november.filter((s) => ['S012', 'S013'].includes(s.to ?? ''))).toEqual([]);
    const lead = november.filter((s) => s.to === 'S010').map((s) => s.text);
    expect(lead).toHaveLength(2); // her own, and her team's summary
    expect(lead.join('\n')).toContain('· 郑雨：3天');
    expect(lead.join('\n')).toContain('· 钱多多：5天');
    const hr = november.filter((s) => s.to === 'S006').map((s) => s.text);
    expect(hr).toHaveLength(2); // her own, and HR's list
    expect(hr[1]).toContain('今年年假还未安排完的同事');
    expect(hr[1]).toContain('· 郑雨（长者服务组）3天');
    expect(hr[1]).not.toContain('孙浩');
    await sim.close();

    // A restart the same morning sends nothing again; she plans the rest, so December leaves her out.
    sim = await start('2026-11-02T09:30:00+08:00');
    expect(reminders(await sim.advanceTo(at('2026-11-02T12:00:00+08:00')))).toEqual([]);
    await approveAll(sim, await submitLeave(sim, 'S011', '12月21日到23日请年假 休息'));
    expect(one(await sim.say('S011', '我还有几天年假'), 'S011')).toContain('剩余可用：0天');
    const december = reminders(await sim.advanceTo(at('2026-12-01T10:00:00+08:00')));
    expect(new Set(december.map((s) => s.at))).toEqual(new Set(['2026-12-01T01:00:00.000Z']));
    expect(december.filter((s) => s.to === 'S011')).toEqual([]);
    expect(december.filter((s) => s.to === 'S014')).toHaveLength(1);
    const leadDec = december
      .filter((s) => s.to === 'S010')
      .map((s) => s.text)
      .join('\n');
    expect(leadDec).not.toContain('郑雨');
    expect(leadDec).toContain('· 钱多多：5天');
    // Nothing more until next November.
    expect(reminders(await sim.advanceTo(at('2026-12-31T18:00:00+08:00')))).toEqual([]);
  });
});
