import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../../app/simulation/simulation.ts';
import { NoticeRepo } from '../../../data/repos/notice-repo.ts';
import { noticeJob } from '../../../handlers/notices/jobs/notice-job.ts';
import { deliverNotices, jobEnvOf, recipientsOf, sendNotice, START } from './notice-harness.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const later = (minutes: number) => new Date(START.getTime() + minutes * 60_000);
const idsWhere = (pred: (s: { department: string; team: string; id: string }) => boolean) =>
  sim.app.store.org.directory.all
    .filter(pred)
    .map((s) => s.id)
    .sort();

describe('composing a notice', () => {
  it('walks HR through text, audience, time and a preview with the number of recipients', async () => {
    sim = await Simulation.create({ start: START });
    expect((await sim.say('S005', '发通知'))[0]!.text).toContain('通知的内容');
    expect((await sim.say('S005', '12月5日下午2点在三楼会议室开全体会议，请准时参加。'))[0]!.text).toContain('发给谁');
    expect((await sim.say('S005', '服务部'))[0]!.text).toContain('什么时候发');
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('12月5日下午2点在三楼会议室开全体会议');
    expect(preview!.text).toContain('发送对象：服务部，共 16 人');
    expect(preview!.text).toContain('确认后立即发送');
    expect(await new NoticeRepo(sim.app.db).get(1)).toBeUndefined();
    const [done] = await sim.say('S005', '确认');
    expect(done).toEqual(
      expect.objectContaining({ to: 'S005', text: expect.stringContaining('通知 1 正在发送给 16 位同事') }),
    );
  });

  it('takes 「全体」 sent where the text was asked as the audience, and asks the text again', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '帮我发个通知');
    expect((await sim.say('S005', '全体'))[0]!.text).toBe(
      '好的，发给全体同工。请发来通知的内容（可以分几行写好后一次发来）。',
    );
    expect((await sim.say('S005', '本周三下午3点在三楼会议室开全体会议，请大家准时参加'))[0]!.text).toContain(
      '什么时候发',
    );
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('————————\n本周三下午3点在三楼会议室开全体会议，请大家准时参加\n————————');
    expect(preview!.text).toContain('发送对象：全体同工');
  });

  it('adds a second line of text sent where the audience was asked, instead of 「名录里找不到」', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '发通知');
    await sim.say('S005', '周五下午大扫除');
    expect((await sim.say('S005', '请大家下午两点到三楼集合'))[0]!.text).toContain('已把这段接在通知内容后面');
    await sim.say('S005', '长者服务组');
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('周五下午大扫除\n请大家下午两点到三楼集合');
    expect(preview!.text).toContain('发送对象：长者服务组');
    expect((await sim.say('S005', '确认'))[0]!.text).toContain('通知 1');
  });

  it('starts as HR says it (「帮我发个通知」「我要发一条通知」), and 「通知确认情况」 shows the latest one', async () => {
    sim = await Simulation.create({ start: START });
    expect((await sim.say('S005', '通知确认情况'))[0]!.text).toBe('还没有发过通知。发「发通知」开始写一条。');
    for (const said of ['帮我发个通知', '我要发一条通知']) {
      expect((await sim.say('S005', said))[0]!.text, said).toContain('通知的内容');
      await sim.say('S005', '取消');
    }
    await sendNotice(sim, 'S005', '请于本周五前提交体检表。', '郑雨');
    await deliverNotices(sim, START, later(1));
    const [status] = await sim.say('S005', '通知确认情况');
    expect(status!.text).toContain('通知 1 「请于本周五前提交体检表。」');
    expect(status!.text).toContain('未确认 1 人');
  });

  it('chases the latest notice for 「提醒没确认的」 (no number), and says when none was sent', async () => {
    sim = await Simulation.create({ start: START });
    expect((await sim.say('S005', '提醒没确认的'))[0]!.text).toBe('还没有发过通知。发「发通知」开始写一条。');
    await sendNotice(sim, 'S005', '请于本周五前提交体检表。', '郑雨');
    await deliverNotices(sim, START, later(1));
    expect((await sim.say('S005', '催一下还没回复的人'))[0]!.text).toContain('正在提醒通知 1 未确认的 1 位同事');
  });

  it('sends an immediate notice to exactly the chosen department, privately, with a 收到 button', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '请于本周五前提交体检表。', '服务部');
    const sends = await deliverNotices(sim, START, later(1));
    expect(recipientsOf(sends)).toEqual(idsWhere((s) => s.department === '服务部'));
    for (const s of sends) {
      expect(s.text).toContain('📢 通知 1');
      expect(s.text).toContain('请于本周五前提交体检表。');
      expect(s.text).toContain('张敏');
      expect(s.text).toContain('回复「收到」');
    }
  });

  it('attaches the notice:N action with one 收到 option', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '请于本周五前提交体检表。', '郑雨');
    const job = noticeJob();
    const env = jobEnvOf(sim);
    const [occurrence] = await job.occurrences(new Date(START.getTime() - 1), later(1), env);
    const [send] = await job.sends(occurrence!, env);
    expect(send!.to).toEqual({ staffId: 'S011' });
    expect(typeof send!.message === 'object' && send!.message.actions).toEqual([
      { id: 'notice:1', title: '确认收到', options: [{ label: '收到', value: 'ack', command: '收到' }] },
    ]);
  });

  it.each([
    ['全体', (s: { id: string }) => s.id !== 'S005'],
    ['长者服务组', (s: { team: string }) => s.team === '长者服务组'],
    ['郑雨、家庭综合组', (s: { id: string; team: string }) => s.id === 'S011' || s.team === '家庭综合组'],
    ['发给 项目部和何静', (s: { id: string; department: string }) => s.id === 'S007' || s.department === '项目部'],
  ])('reaches exactly the audience "%s" and nobody else', async (audience, pred) => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '端午节放假安排见附件。', audience);
    const sends = await deliverNotices(sim, START, later(1));
    expect(recipientsOf(sends)).toEqual(
      idsWhere(pred as (s: { department: string; team: string; id: string }) => boolean),
    );
  });

  it('does not send the notice back to the HR officer who wrote it', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '发通知');
    await sim.say('S005', '年终总结会通知');
    await sim.say('S005', '全体');
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('共 29 人（不含您本人）');
  });

  it('asks again when a name is not in the directory, and refuses an audience of only the sender', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '发通知');
    await sim.say('S005', '测试');
    expect((await sim.say('S005', '郑雨、王小明'))[0]!.text).toContain('找不到：王小明');
    expect((await sim.say('S005', '张敏'))[0]!.text).toContain('除了您本人');
    expect((await sim.say('S005', '郑雨'))[0]!.text).toContain('什么时候发');
  });

  it('takes the text given with the command', async () => {
    sim = await Simulation.create({ start: START });
    const [ask] = await sim.say('S005', '发通知：周五下午大扫除');
    expect(ask!.text).toContain('发给谁');
    await sim.say('S005', '服务部');
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('周五下午大扫除');
  });

  it('sends on a yes said in other words at the preview (「可以，发出去」), and not on 「不发了」', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '发通知：周五下午大扫除');
    await sim.say('S005', '服务部');
    await sim.say('S005', '现在');
    const sent = await sim.say('S005', '可以，发出去');
    expect(sent.find((m) => m.to === 'S005')!.text).toContain('通知 1 正在发送');
    await sim.say('S005', '发通知：周六上午消防演练');
    await sim.say('S005', '服务部');
    await sim.say('S005', '现在');
    const kept = await sim.say('S005', '不发了');
    expect(kept.map((m) => m.text).join('\n')).not.toContain('正在发送');
  });

  it('takes an audience written first in the command and asks only when to send', async () => {
    sim = await Simulation.create({ start: START });
    expect((await sim.say('S005', '发通知 全体 12月10日下午3点开全员大会 请准时参加'))[0]!.text).toContain(
      '什么时候发',
    );
    const [preview] = await sim.say('S005', '现在');
    expect(preview!.text).toContain('12月10日下午3点开全员大会 请准时参加');
    expect(preview!.text).not.toContain('全体 12月10日');
    expect(preview!.text).toContain('发送对象：全体同工');
  });

  it('answers a question asked while composing and keeps the notice at its step', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '发通知 请于本周五前提交体检表。');
    expect((await sim.say('S005', '确认'))[0]!.text).toContain('还没选发给谁');
    const out = await sim.say('S005', '这个月谁请假了');
    expect(out.map((s) => s.text)).toEqual([
      expect.stringContaining('没有已批准的请假'),
      '（您的通知还没发：接着告诉我发给谁，回复「取消」可放弃。）',
    ]);
    expect((await sim.say('S005', '服务部'))[0]!.text).toContain('什么时候发');
  });

  it('lets HR change the time at the preview', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '发通知');
    await sim.say('S005', '团建报名');
    await sim.say('S005', '全体');
    await sim.say('S005', '现在');
    expect((await sim.say('S005', '改时间'))[0]!.text).toContain('什么时候发');
    const [preview] = await sim.say('S005', '12月1日 9:00 发');
    expect(preview!.text).toContain('发送时间：12月1日（周二）09:00');
  });

  it('stores and sends nothing when HR cancels before confirming', async () => {
    sim = await Simulation.create({ start: START });
    await sim.say('S005', '发通知');
    await sim.say('S005', '团建报名');
    await sim.say('S005', '全体');
    await sim.say('S005', '现在');
    expect((await sim.say('S005', '取消'))[0]!.text).toContain('已取消发通知');
    expect(await new NoticeRepo(sim.app.db).get(1)).toBeUndefined();
    expect(await deliverNotices(sim, START, later(60))).toEqual([]);
  });

  it('asks HR to compose in a private chat', async () => {
    sim = await Simulation.create({ start: START });
    const out = await sim.say('S005', '发通知', { room: 'staff-group', mention: true });
    expect(out).toEqual([expect.objectContaining({ room: 'staff-group', text: expect.stringContaining('私聊') })]);
  });
});

describe('non-HR staff', () => {
  it.each(['发通知', '发通知：明天放假', '待发通知', '取消通知 1', '通知 1 状态', '提醒未确认 1'])(
    'get a polite refusal for "%s" and nothing is stored or sent',
    async (command) => {
      sim = await Simulation.create({ start: START });
      const out = await sim.say('S010', command);
      expect(out).toEqual([{ at: expect.any(String), to: 'S010', text: expect.stringContaining('只有人力资源部') }]);
      // The next message is not taken as a notice text: no flow was started.
      const next = await sim.say('S010', '全体');
      expect(next.every((s) => s.to === 'S010')).toBe(true);
      expect(await new NoticeRepo(sim.app.db).get(1)).toBeUndefined();
      expect(await deliverNotices(sim, START, later(60))).toEqual([]);
    },
  );

  it('cannot cancel, check or remind a notice HR sent', async () => {
    sim = await Simulation.create({ start: START });
    await sendNotice(sim, 'S005', '体检通知', '服务部', '12月1日 9:00 发');
    await sim.say('S010', '取消通知 1');
    expect((await new NoticeRepo(sim.app.db).get(1))!.cancelledAt).toBeNull();
  });
});
