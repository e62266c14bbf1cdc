import { afterEach, describe, expect, it } from 'vitest';
import type { Simulation } from '../../../app/simulation/simulation.ts';
import { leaveSim, one } from './leave-sim.ts';

/*
 * Found driving simulate as a social worker: 「请假要谁批」 quoted the approval table's preface (「以下每行是
 * 一种"职位级别×请假天数"的组合…」), which nobody reads as 「组长转呈，部长批准」. The bot knows the asker's chain.
 */

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('who approves one’s own leave, asked', () => {
  it('is answered with the asker’s chain by length, named, and the clause', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    expect(one(await sim.say('S011', '请假要谁批'), 'S011')).toBe(
      [
        '您请假的审批：',
        '· 请半天：林晓（组长·批准）',
        '· 请1–2.5天：林晓（组长·转呈） → 陈思远（部长·批准）',
        '· 请3天及以上：林晓（组长·转呈） → 陈思远（部长·审核） → 周文华（机构负责人·批准）',
        '依据：《员工手册》第三部分第五章 三、请假管理 各岗位请假审批流程',
        '直接告诉我要请的日子和假别，我会按这个顺序送审。',
      ].join('\n'),
    );
    expect(one(await sim.say('S003', '请假找谁批'), 'S003')).toContain('· 不论几天：周文华（机构负责人·批准）');
  });

  it('leaves a question about another role to the policy answer (「一线社工请半天假找谁批」)', async () => {
    sim = await leaveSim(new Date('2026-12-07T09:30:00+08:00'));
    expect(one(await sim.say('S011', '一线社工请半天假找谁批'), 'S011')).not.toContain('您请假的审批');
  });
});
