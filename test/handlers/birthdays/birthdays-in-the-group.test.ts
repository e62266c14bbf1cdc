import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const inGroup = { room: 'staff-group', mention: true } as const;

describe('birthdays as the staff group talks about them', () => {
  it('joins 「孙浩生日快乐！」 and 「今天邓佳生日，生日快乐🎂」 instead of refusing them as personal data', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T09:30:00+08:00') });
    for (const said of ['孙浩生日快乐！', '今天邓佳生日，生日快乐🎂']) {
      const out = await sim.say('S011', said, inGroup);
      expect(out).toEqual([{ at: expect.anything(), room: 'staff-group', text: '🎉 一起祝福！' }]);
    }
    // A question about a colleague's birthday is still refused.
    const asked = await sim.say('S011', '孙浩生日是几号', inGroup);
    expect(asked[0]!.text).toContain('属于个人信息');
  });

  it('thanks back for 「谢谢大家❤️」 rather than saying the documents have no answer', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T09:30:00+08:00') });
    const out = await sim.say('S023', '谢谢大家❤️', inGroup);
    expect(out.map((s) => s.text)).toEqual(['不客气！还有问题随时找我。']);
  });

  it('sends the menu privately when 「？」 is said in the group, and tells the group so in one line', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T09:30:00+08:00') });
    const out = await sim.say('S014', '？', inGroup);
    expect(out.filter((s) => s.room === 'staff-group').map((s) => s.text)).toEqual(['功能列表已私信您。']);
    expect(out.find((s) => s.to === 'S014')?.text).toContain('我是同工助手，可以帮您');
  });

  it('gives HR 「这个月谁生日」 as the quarter’s list, and anyone else says whose list it is', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T09:30:00+08:00') });
    const out = await sim.say('S005', '这个月谁生日');
    expect(out).toHaveLength(1);
    expect(out[0]!.to).toBe('S005');
    expect(out[0]!.text).toContain('2026年第四季度（10–12月）同工生日');
    const colleague = await sim.say('S011', '这个月谁生日');
    expect(colleague[0]!.text).toBe('抱歉，生日名单只有人力资源部的同事可以查看。');
  });

  it('marks in the quarter’s list who declined a public greeting', async () => {
    sim = await Simulation.create({ start: new Date('2027-01-04T09:30:00+08:00') });
    const out = await sim.say('S005', '本季度生日');
    expect(out[0]!.text).toMatch(/赵丽娜（长者服务组）（不公开祝福）/);
  });
});
