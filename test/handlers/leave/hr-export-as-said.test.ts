import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';

describe('HR asks for the leave export in their own words', () => {
  let sim: Simulation | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('「导出12月的请假表」 says where the month’s Excel is, and starts no leave request', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T10:00:00+08:00') });
    const [reply, ...rest] = await sim.say('S005', '导出12月的请假表');
    expect(rest).toEqual([]);
    expect(reply!.to).toBe('S005');
    expect(reply!.text).toContain('12月');
    expect(reply!.text).toContain('tonggong export leave --month 2026-12');
    const [next] = await sim.say('S005', '确认');
    expect(next!.text).not.toContain('请核对');
    expect(next!.text).not.toContain('转给人力资源部');
  });

  it('in January, 「导出12月请假记录」 means last December', async () => {
    sim = await Simulation.create({ start: new Date('2027-01-05T10:00:00+08:00') });
    const [reply] = await sim.say('S005', '帮我导出12月请假记录');
    expect(reply!.text).toContain('--month 2026-12');
    const [thisMonth] = await sim.say('S005', '导出请假');
    expect(thisMonth!.text).toContain('--month 2027-01');
  });

  it('a stray 「确认」 with nothing open is told so, not offered a forward to HR', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T10:00:00+08:00') });
    const [reply] = await sim.say('S011', '确认');
    expect(reply!.text).toContain('目前没有等您确认的事项');
  });

  it('a social worker asking for the export is refused, politely', async () => {
    sim = await Simulation.create({ start: new Date('2026-12-07T10:00:00+08:00') });
    const [reply] = await sim.say('S011', '导出12月的请假表');
    expect(reply!.text).not.toContain('tonggong export');
  });
});
