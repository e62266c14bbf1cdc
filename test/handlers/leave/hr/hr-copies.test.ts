import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Simulation, type SimulatedSend } from '../../../../app/simulation/simulation.ts';
import { loadOrg, OrgLoadError } from '../../../../data/org/load-org.ts';
import { copySampleOrg, writeOrgFile } from '../../../fakes/org-fixture.ts';
import { leaveSim, MONDAY, submitLeave, to } from '../leave-sim.ts';

let sim: Simulation;
afterEach(async () => {
  await sim?.close();
});

const HR = ['S005', 'S006'];
const hrMessages = (sent: readonly SimulatedSend[]) => sent.filter((s) => s.to && HR.includes(s.to));
const digestsUntil = async (s: Simulation, at: string) =>
  hrMessages(await s.advanceTo(new Date(at))).filter((d) => d.text.includes('备案汇总'));

/** 郑雨 asks for two days; 林晓 forwards, 陈思远 approves. */
async function oneRequestDecided(s: Simulation) {
  const sent = [];
  sent.push(...(await s.say('S011', '11月9日到10日请事假，家里有事')));
  sent.push(...(await s.say('S011', '确认')));
  sent.push(...(await s.say('S010', '同意 1')));
  sent.push(...(await s.say('S003', '同意 1')));
  return sent;
}

describe("HR's copies of requests and decisions (org.json hrCopies)", () => {
  it('by default come once a working day, as one private digest per HR officer, not message by message', async () => {
    sim = await leaveSim(MONDAY, undefined, loadOrg().info.hrCopies);
    expect(loadOrg().info.hrCopies).toEqual({ mode: 'digest', time: '17:30' });
    const during = await oneRequestDecided(sim);
    expect(hrMessages(during)).toEqual([]);
    // Another request, still waiting at the end of the day.
    during.push(...(await sim.say('S012', '11月16日请事假，办证')), ...(await sim.say('S012', '确认')));
    expect(hrMessages(during)).toEqual([]);
    const digests = hrMessages(await sim.advanceTo(new Date('2026-11-02T18:00:00+08:00'))).filter((d) =>
      d.text.includes('备案汇总'),
    );
    expect(digests.map((d) => d.to).sort()).toEqual(HR);
    for (const d of digests) {
      expect(d.at).toMatch(/T09:30:00/); // 17:30 in Shanghai
      expect(d.text).toContain('【请假加班备案汇总】11月2日（周一）');
      expect(d.text).toMatch(
        /新申请 2 份：\n第1号 郑雨（长者服务组）事假[^\n]*家里有事 · 已批准\n第2号 孙浩[^\n]* · 审批中/,
      );
      expect(d.text).not.toMatch(/审批结果 \d+ 份/);
    }
    // The next day lists the decision on the request made the day before; nothing else.
    await sim.advanceTo(new Date('2026-11-03T10:00:00+08:00'));
    await sim.say('S010', '驳回 2 人手不够');
    const next = hrMessages(await sim.advanceTo(new Date('2026-11-03T18:00:00+08:00'))).filter((d) =>
      d.text.includes('备案汇总'),
    );
    expect(next).toHaveLength(2);
    expect(next[0]!.text).toMatch(/审批结果 1 份：\n第2号 孙浩[^\n]* · 已驳回/);
    expect(next[0]!.text).not.toMatch(/新申请 \d+ 份/);
  });

  it('go at once to the one HR inbox when the organisation names one', async () => {
    sim = await leaveSim(MONDAY, undefined, { mode: 'inbox', staffId: 'S006' });
    const sent = await oneRequestDecided(sim);
    expect(to(sent, 'S005')).toEqual([]);
    expect(to(sent, 'S006').filter((t) => t.includes('【请假备案】第1号'))).toHaveLength(2);
  });

  it('go at once to every HR officer when the organisation asks for that', async () => {
    sim = await leaveSim(MONDAY, undefined, { mode: 'every-hr' });
    const sent = await oneRequestDecided(sim);
    for (const hr of HR) expect(to(sent, hr).filter((t) => t.includes('【请假备案】第1号'))).toHaveLength(2);
  });

  it('reach the other HR officers when the inbox officer asks for leave herself', async () => {
    sim = await leaveSim(MONDAY, undefined, { mode: 'inbox', staffId: 'S006' });
    await sim.say('S006', '11月9日请事假，家里有事');
    const sent = await sim.say('S006', '确认');
    expect(to(sent, 'S005').filter((t) => t.includes('【请假备案】第1号 刘芳'))).toHaveLength(1);
    expect(to(sent, 'S006').some((t) => t.includes('【请假备案】'))).toBe(false);
  });

  it('a digest missed while the bot was down reaches HR in the next delivered digest', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'hr-digest-')), 'bot.db');
    const org = loadOrg();
    // Monday 14 December: 郑雨's request is in that day's digest.
    sim = await Simulation.create({ start: new Date('2026-12-14T09:00:00+08:00'), org, dbPath });
    await submitLeave(sim, 'S011', '12月21日请事假，办证');
    const day0 = await digestsUntil(sim, '2026-12-14T17:31:00+08:00');
    expect(day0).toHaveLength(2);
    // Tuesday: 孙浩 asks for leave in the morning; the bot stops before 17:30.
    await sim.advanceTo(new Date('2026-12-15T09:00:00+08:00'));
    await submitLeave(sim, 'S012', '12月25号请事假 家里有事');
    await sim.close();
    // Wednesday: back at 09:30. Tuesday's digest is past its time: HR hears its content will follow.
    sim = await Simulation.create({ start: new Date('2026-12-16T09:30:00+08:00'), org, dbPath });
    const morning = hrMessages(await sim.advanceTo(new Date('2026-12-16T09:31:00+08:00')));
    expect(morning.some((m) => m.text.includes('备案汇总】'))).toBe(false);
    const reports = morning.filter((x) => x.text.includes('定时消息未送达'));
    expect(reports.map((m) => m.to).sort()).toEqual(HR);
    for (const m of reports) {
      expect(m.text).toMatch(/请假加班备案汇总[^\n]*会并入下一次/);
      expect(m.text).not.toContain('需要的话请直接联系本人');
    }
    const day2 = await digestsUntil(sim, '2026-12-16T17:31:00+08:00');
    expect(day2.map((d) => d.to).sort()).toEqual(HR);
    for (const d of day2) {
      expect(d.text).toContain(
        '【请假加班备案汇总】12月16日（周三）（12月14日（周一）17:30以来的申请和审批结果，含之前未送达的备案）',
      );
      expect(d.text).toMatch(/新申请 1 份：\n第2号 孙浩[^\n]*家里有事 · 审批中/);
      expect(d.text).not.toContain('第1号');
    }
    // Thursday starts from Wednesday's delivered digest: nothing new, no message.
    const day3 = await digestsUntil(sim, '2026-12-17T17:31:00+08:00');
    expect(day3).toEqual([]);
  });

  it('a request made before any digest time the bot was up for reaches HR in the first digest', async () => {
    // `simulate` twice on one database: the first run only takes the request.
    const dbPath = join(mkdtempSync(join(tmpdir(), 'hr-digest-')), 'bot.db');
    const org = loadOrg();
    sim = await Simulation.create({ start: new Date('2026-12-15T09:00:00+08:00'), org, dbPath });
    await submitLeave(sim, 'S012', '12月25号请事假 家里有事');
    await sim.close();
    sim = await Simulation.create({ start: new Date('2026-12-16T09:30:00+08:00'), org, dbPath });
    const day2 = await digestsUntil(sim, '2026-12-16T17:31:00+08:00');
    expect(day2.map((d) => d.to).sort()).toEqual(HR);
    for (const d of day2) {
      expect(d.text).toContain('【请假加班备案汇总】12月16日（周三）（首次汇总：机器人启用以来的全部申请和审批结果）');
      expect(d.text).toMatch(/新申请 1 份：\n第1号 孙浩[^\n]*家里有事 · 审批中/);
    }
    const day3 = await digestsUntil(sim, '2026-12-17T17:31:00+08:00');
    expect(day3).toEqual([]);
  });
});

describe('a wrong hrCopies setting', () => {
  const orgJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8'));

  it('is refused with the choices spelled out', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'org.json', JSON.stringify({ ...orgJson(dir), hrCopies: { mode: 'weekly' } }));
    expect(() => loadOrg(dir)).toThrow(OrgLoadError);
    expect(() => loadOrg(dir)).toThrow(
      /org\.json[\s\S]*hrCopies[\s\S]*"mode": "digest"[\s\S]*"inbox"[\s\S]*"every-hr"/,
    );
  });

  it('is refused when the inbox is not an HR officer in staff.csv', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'org.json', JSON.stringify({ ...orgJson(dir), hrCopies: { mode: 'inbox', staffId: 'S011' } }));
    expect(() => loadOrg(dir)).toThrow(/field "staffId": "S011" does not have the hr role/);
    writeOrgFile(dir, 'org.json', JSON.stringify({ ...orgJson(dir), hrCopies: { mode: 'inbox', staffId: 'S999' } }));
    expect(() => loadOrg(dir)).toThrow(/"S999" is not in staff\.csv/);
  });

  it('is refused when the digest time is not a time', () => {
    const dir = copySampleOrg();
    writeOrgFile(dir, 'org.json', JSON.stringify({ ...orgJson(dir), hrCopies: { mode: 'digest', time: '5pm' } }));
    expect(() => loadOrg(dir)).toThrow(/field "time": must be HH:MM/);
  });
});
