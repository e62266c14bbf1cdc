import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { tempDbPath } from '../../fakes/org-fixture.ts';
import { approveAll, leaveSim, one, submitLeave, to } from './leave-sim.ts';

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const at = (iso: string) => new Date(iso);
const dbPath = tempDbPath();
/** Each call on the same file is a restart; HR's copies as the sample sends them, in a 17:30 digest. */
const start = (when: string) => leaveSim(at(when), undefined, { mode: 'digest', time: '17:30' }, dbPath);

describe('who is out', () => {
  it('answers leads, heads and HR in their scope, privately, refuses others, and notes leads at 08:30', async () => {
    sim = await start('2026-11-02T10:00:00+08:00');
    await approveAll(sim, await submitLeave(sim, 'S011', '11月4日请年假 回老家'));
    await approveAll(sim, await submitLeave(sim, 'S012', '11月4日上午请病假'));
    await approveAll(sim, await submitLeave(sim, 'S021', '11月5日请事假 家里有事'));
    await sim.close();

    sim = await start('2026-11-03T10:00:00+08:00');
    const lead = one(await sim.say('S010', '本周谁请假'), 'S010');
    expect(lead).toContain('本周（11月2日（周一）至11月8日（周日））长者服务组请假的同事（2人');
    expect(lead).toContain('· 郑雨 年假 11月4日（周三）');
    expect(lead).toContain('· 孙浩 请假 11月4日（周三）上午');
    expect(lead).not.toContain('病假');
    expect(lead).not.toContain('冯子豪');

    const head = one(await sim.say('S003', '这周我们部门谁请假了'), 'S003');
    expect(head).toContain('服务部请假的同事（3人');
    expect(head).toContain('· 冯子豪（青少年服务组） 事假 11月5日（周四）');
    expect(head).not.toContain('病假');

    const hr = one(await sim.say('S005', '这个月谁请假了'), 'S005');
    expect(hr).toContain('本月（11月1日（周日）至11月30日（周一））全机构请假的同事（3人');
    expect(hr).toContain('孙浩（长者服务组） 病假');

    expect(one(await sim.say('S010', '下周谁不在'), 'S010')).toContain(
      '下周（11月9日（周一）至11月15日（周日））长者服务组没有',
    );
    expect(one(await sim.say('S011', '今天谁请假'), 'S011')).toContain('只有其组长、部长和人力资源部可以查看');
    expect(one(await sim.say('S010', '冯子豪这周请假了吗'), 'S010')).toContain('只有其组长');
    expect(one(await sim.say('S020', '冯子豪这周请假了吗'), 'S020')).toContain('· 冯子豪 事假 11月5日（周四）');

    // In the group: only a pointer there, the list privately.
    const group = await sim.say('S010', '本周谁请假', { room: 'staff-group', mention: true });
    expect(to(group, 'staff-group').join('\n')).not.toContain('郑雨');
    expect(to(group, 'S010').join('\n')).toContain('· 郑雨 年假');

    // 08:30 on the day: the lead whose team is out gets one short note; the other lead nothing yet.
    const wednesday = await sim.advanceTo(at('2026-11-04T09:00:00+08:00'));
    const notes = wednesday.filter((s) => s.text.startsWith('【今日请假】'));
    expect(notes.map((s) => [s.to, s.at])).toEqual([['S010', '2026-11-04T00:30:00.000Z']]);
    expect(notes[0]!.text).toBe('【今日请假】长者服务组今天请假的同事：\n· 郑雨：全天，年假\n· 孙浩：上午，请假');
    const thursday = await sim.advanceTo(at('2026-11-05T09:00:00+08:00'));
    expect(thursday.filter((s) => s.text.startsWith('【今日请假】')).map((s) => s.to)).toEqual(['S020']);
    // Saturday: no working day, no note.
    const weekend = await sim.advanceTo(at('2026-11-07T12:00:00+08:00'));
    expect(weekend.filter((s) => s.text.startsWith('【今日请假】'))).toEqual([]);
  });
});
