import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleChannel } from '../../bot/channels/console/console-channel.ts';
import { ManualClock, OffsetClock } from '../../bot/clock.ts';
import { ClockBackwardsError, Simulation, type SimulatedSend } from '../../app/simulation/simulation.ts';
import { loadOrg } from '../../data/org/load-org.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { sendNotice, START } from '../handlers/notices/notice-harness.ts';

/*
 * Bad input around scheduled sends and notices: each odd, wrong or unauthorised message gets a
 * clear, truthful reply, and nothing is sent or stored that shouldn't be. Through the real
 * dispatcher, scheduler and outbox.
 */
let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const at = (s: string) => new Date(`${s}+08:00`);
const noticeSends = (sent: SimulatedSend[]) =>
  sent.filter((s) => /^(📢 通知|⏰ 提醒：您还没有确认通知) \d+/.test(s.text));
const reply = async (from: string, text: string) => (await sim.say(from, text))[0]!.text;

async function heldNotice(): Promise<void> {
  await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
  await sim.say('S005', '暂停定时发送');
  await sim.advanceTo(at('2026-12-01T10:00:00'));
}

describe('bad input: 补发通知', () => {
  it('from someone who is not HR: refused, nothing re-queued', async () => {
    sim = await Simulation.create({ start: START });
    await heldNotice();
    await sim.say('S005', '恢复定时发送');
    expect(await reply('S011', '补发通知 1')).toContain('只有人力资源部');
    expect(noticeSends(await sim.advanceTo(at('2026-12-01T11:00:00')))).toEqual([]);
    expect((await new OutboxRepo(sim.app.db).list({ job: 'notices', status: 'missed' })).length).toBe(5);
  });

  it('for a number that does not exist, a cancelled notice, or one not yet due: says which', async () => {
    sim = await Simulation.create({ start: START });
    expect(await reply('S005', '补发通知 99')).toContain('没有找到通知 99');
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    expect(await reply('S005', '补发通知 1')).toContain('还没到发送时间');
    await sim.say('S005', '取消通知 1');
    expect(await reply('S005', '补发通知 1')).toContain('已于');
    expect(noticeSends(await sim.advanceTo(at('2026-12-02T00:00:00')))).toEqual([]);
  });

  it('for a notice everybody already received: nothing is sent twice', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '请更新个人档案。', '长者服务组');
    expect(noticeSends(await sim.advanceTo(at('2026-11-20T10:05:00')))).toHaveLength(5);
    expect(await reply('S005', '补发通知 1')).toContain('已经发给所有人');
    expect(noticeSends(await sim.advanceTo(at('2026-11-20T11:00:00')))).toEqual([]);
  });
});

describe('bad input: 取消通知 for a notice past its time', () => {
  it('that nobody received: does not claim it was sent', async () => {
    sim = await Simulation.create({ start: START });
    await heldNotice();
    const text = await reply('S005', '取消通知 1');
    expect(text).toContain('没有发出');
    expect(text).not.toContain('已经发出');
  });
});

describe('bad input: pause and resume', () => {
  it('「恢复定时发送」 when nothing is paused says so', async () => {
    sim = await Simulation.create({ start: START });
    expect(await reply('S005', '恢复定时发送')).toContain('本来就在正常运行');
  });

  it('「恢复定时发送」 from someone who is not HR is refused and the pause stays', async () => {
    sim = await Simulation.create({ start: START });
    await heldNotice();
    expect(await reply('S011', '恢复定时发送')).toContain('只有人力资源部');
    expect(await reply('S005', '定时发送状态')).toContain('已暂停');
  });
});

describe('bad input: confirming a notice one never received', () => {
  it('「收到 1」 for a notice held by the pause is not recorded', async () => {
    sim = await Simulation.create({ start: START });
    await heldNotice();
    expect(await reply('S011', '收到 1')).toContain('还没有发给您');
    expect(await reply('S011', '收到')).toContain('没有需要您确认的通知');
    const acked = (await new NoticeRepo(sim.app.db).recipients(1)).filter((r) => r.ackedAt);
    expect(acked).toEqual([]);
  });

  it('「提醒未确认 1」 before its send time says it has not gone out', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '团建报名', '长者服务组', '12月1日 9:00 发');
    expect(await reply('S005', '提醒未确认 1')).toContain('还没有发出');
    expect(await reply('S005', '通知 1 状态')).toContain('待发送');
  });
});

describe('bad input: moving the clock back', () => {
  it('the simulation refuses a clock move backwards and keeps its time', async () => {
    sim = await Simulation.create({ start: START });
    await expect(sim.advanceTo(at('2026-11-19T10:00:00'))).rejects.toBeInstanceOf(ClockBackwardsError);
    expect(sim.clock.now()).toEqual(START);
  });

  it('the terminal answers a /time it cannot read with the format, and leaves the clock alone', async () => {
    const org = loadOrg();
    const clock = new OffsetClock(new ManualClock(START));
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const directory = () => org.directory;
    const roomNames = () => undefined;
    const channel = new ConsoleChannel({ directory, clock, startAs: 'S011', roomNames, input, output });
    await channel.start(async () => {});
    input.write('/time 昨天\n/time 2026-13-01 09:00\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(printed.match(/时间格式：\/time 2026-12-24 09:00/g)).toHaveLength(2);
    expect(clock.now()).toEqual(START);
    await channel.stop();
  });
});
