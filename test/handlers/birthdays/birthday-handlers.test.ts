import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { BirthdayPrefsRepo } from '../../../data/repos/birthday-prefs-repo.ts';

const START = new Date('2026-08-10T10:00:00+08:00');
let sim: Simulation;

afterEach(async () => {
  await sim?.close();
});

describe('birthday chat commands', () => {
  it('records an opt-out from public greetings, and an opt-in back', async () => {
    sim = await Simulation.create({ start: START });
    const prefs = new BirthdayPrefsRepo(sim.app.db);
    const out = await sim.say('S011', '不要公开祝福');
    expect(out).toEqual([expect.objectContaining({ to: 'S011', text: expect.stringContaining('不在同工群里公开') })]);
    expect(await prefs.get('S011')).toBe(false);
    await sim.say('S011', '可以公开祝福');
    expect(await prefs.get('S011')).toBe(true);
    expect(await prefs.get('S012')).toBeUndefined();
  });

  it('takes 「我生日不想在群里被祝福」 as the opt-out, answers how when asked, and reads no opt-in into a remark', async () => {
    sim = await Simulation.create({ start: START });
    const prefs = new BirthdayPrefsRepo(sim.app.db);
    expect((await sim.say('S011', '我生日不想在群里被祝福'))[0]!.text).toContain('不在同工群里公开');
    expect(await prefs.get('S011')).toBe(false);
    expect((await sim.say('S012', '生日能不能不在群里祝福吗'))[0]!.text).toContain('回复「不要公开祝福」');
    expect(await prefs.get('S012')).toBeUndefined();
    await sim.say('S013', '生日那天在群里发红包');
    expect(await prefs.get('S013')).toBeUndefined();
  });

  it('gives HR the current quarter’s list privately', async () => {
    sim = await Simulation.create({ start: START });
    const out = await sim.say('S005', '本季度生日');
    expect(out).toHaveLength(1);
    expect(out[0]!.to).toBe('S005');
    expect(out[0]!.text).toContain('2026年第三季度');
    expect(out[0]!.text).toContain('陈思远');
  });

  it('answers HR in a group by sending the list privately', async () => {
    sim = await Simulation.create({ start: START });
    const out = await sim.say('S006', '本季度生日', { room: 'staff-group', mention: true });
    expect(out).toEqual([
      expect.objectContaining({ to: 'S006', text: expect.stringContaining('第三季度') }),
      expect.objectContaining({ room: 'staff-group', text: expect.stringContaining('私信') }),
    ]);
  });

  it('gives the next quarter on request', async () => {
    sim = await Simulation.create({ start: START });
    const [out] = await sim.say('S005', '下季度生日');
    expect(out!.text).toContain('2026年第四季度');
    expect(out!.text).toContain('孙浩');
  });

  it('refuses the list to anyone not in HR', async () => {
    sim = await Simulation.create({ start: START });
    const out = await sim.say('S010', '本季度生日');
    expect(out).toEqual([expect.objectContaining({ to: 'S010', text: expect.stringContaining('只有人力资源部') })]);
  });
});
