import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../app/simulation/simulation.ts';
import { copySampleOrg, refusalOf, writeOrgFile } from '../fakes/org-fixture.ts';
import { converse, startWecomApp, userid } from '../bot/channels/wecom/wecom-harness.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
const HR = 'S005';

const sampleStaff = (dir: string) => readFileSync(join(dir, 'staff.csv'), 'utf8');

/** The staff file HR breaks in an editor, each way the bot must refuse before it locks anyone out. */
const BROKEN_STAFF: readonly (readonly [name: string, edit: (csv: string) => string, problem: RegExp])[] = [
  ['an empty file', () => '', /staff\.csv[\s\S]*no staff rows/],
  ['a header with no rows', (csv) => `${csv.split('\n')[0]}\n`, /staff\.csv[\s\S]*no staff rows/],
  ['the birthday column renamed', (csv) => csv.replace(',birthday,', ',生日,'), /field "birthday": column is missing/],
  [
    'nobody with the hr role',
    (csv) => csv.replace(/\|hr\b|\bhr\|/g, '').replace(/,hr,/g, ',social_worker,'),
    /staff\.csv[\s\S]*nobody has the role "hr"/,
  ],
];

describe('a broken staff.csv is refused by check-org and start-up', () => {
  for (const [name, edit, problem] of BROKEN_STAFF) {
    it(`refuses ${name}`, () => {
      const dir = copySampleOrg();
      writeOrgFile(dir, 'staff.csv', edit(sampleStaff(dir)));
      expect(refusalOf(dir)).toMatch(problem);
    });
  }

  it('says a GBK staff.csv (as Excel saves it) is not UTF-8, instead of blaming every row', () => {
    const dir = copySampleOrg();
    writeFileSync(join(dir, 'staff.csv'), encodeGbk(sampleStaff(dir)));
    const message = refusalOf(dir);
    expect(message).toContain(
      'staff.csv is not UTF-8 (looks like GBK, as Excel saves it): save it as 「CSV UTF-8（逗号分隔）」',
    );
    expect(message).not.toMatch(/gender/);
  });

  it('says the same of a GBK faq.csv', () => {
    const dir = copySampleOrg();
    writeFileSync(join(dir, 'faq.csv'), encodeGbk(readFileSync(join(dir, 'faq.csv'), 'utf8')));
    expect(refusalOf(dir)).toContain('faq.csv is not UTF-8 (looks like GBK, as Excel saves it)');
  });
});

describe('a broken staff.csv on reload', () => {
  let sim: Simulation | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  for (const [name, edit] of BROKEN_STAFF) {
    it(`keeps the old directory and tells HR privately what is wrong: ${name}`, async () => {
      const dir = copySampleOrg();
      sim = await Simulation.create({ start: START, orgDir: dir });
      writeOrgFile(dir, 'staff.csv', edit(sampleStaff(dir)));
      const sent = await sim.say(HR, '重新加载');
      expect(sent).toHaveLength(1);
      expect(sent[0]!.to).toBe(HR);
      expect(sent[0]!.text).toMatch(/仍在使用上一版[\s\S]*staff\.csv/);
      // Everybody, HR included, is still known.
      expect((await sim.say('S011', '我还有几天年假'))[0]!.text).not.toMatch(/不在|绑定|注册/);
      expect((await sim.say(HR, '绑定列表'))[0]!.to).toBe(HR);
    });
  }

  it('tells every HR officer privately when a file saved in the folder is broken', async () => {
    const dir = copySampleOrg();
    sim = await Simulation.create({ start: START, orgDir: dir });
    const hr = sim.app.store.org.directory.withRole('hr').map((p) => p.id);
    writeOrgFile(dir, 'staff.csv', `${sampleStaff(dir).split('\n')[0]}\n`);
    await sim.app.store.reload();
    const sent = await sim.drain();
    expect(sent.map((s) => s.to).sort()).toEqual([...hr].sort());
    for (const s of sent) expect(s.text).toMatch(/staff\.csv[\s\S]*no staff rows/);
    expect(sent.some((s) => s.room)).toBe(false);
    expect(sim.app.store.org.directory.all.length).toBeGreaterThan(20);
  });
});

describe('hot reload of the organisation folder', () => {
  it('still sees edits after a save that replaces staff.csv (a move over it, as editors and sed -i do)', async () => {
    const dir = copySampleOrg();
    const sim = await Simulation.create({ start: START, orgDir: dir });
    try {
      sim.app.store.watch();
      await new Promise((r) => setTimeout(r, 100));
      const replace = (csv: string) => {
        writeFileSync(join(dir, 'staff.csv.tmp'), csv);
        renameSync(join(dir, 'staff.csv.tmp'), join(dir, 'staff.csv'));
      };
      const base = sampleStaff(dir).trimEnd();
      replace(`${base}\nS101,新同事甲,social_worker,长者服务组,服务部,女,2026-11-01,,,,,,\n`);
      await waitFor(() => sim.app.store.org.directory.get('S101') !== undefined);
      replace(
        `${base}\nS101,新同事甲,social_worker,长者服务组,服务部,女,2026-11-01,,,,,,\n` +
          'S102,新同事乙,social_worker,长者服务组,服务部,男,2026-11-01,,,,,,\n',
      );
      await waitFor(() => sim.app.store.org.directory.get('S102') !== undefined);
      writeOrgFile(dir, 'staff.csv', `${base}\nS103,新同事丙,social_worker,长者服务组,服务部,男,2026-11-01,,,,,,\n`);
      await waitFor(() => sim.app.store.org.directory.get('S103') !== undefined);
    } finally {
      await sim.close();
    }
  });
});

describe('markdown typed into a leave reason, on WeCom', () => {
  it('reaches the approver as the characters typed, not as a link, bold text or a coloured tag', async () => {
    const bot = await startWecomApp(START);
    try {
      const reason = '家里有事[点此查看](http://evil.example/x) **紧急** <font color="warning">速批</font>';
      await converse(bot, 'S011', [`12月7日到12月9日请事假，${reason}`, '确认']);
      const lead = userid(bot.app, 'S010');
      await bot.server.waitUntil(() => bot.server.visible(lead).length > 0, 'the approval request');
      const shown = bot.server
        .visible(lead)
        .map((m) => m.text)
        .join('\n');
      expect(shown).toContain('点此查看');
      expect(shown).toContain('http://evil.example/x');
      expect(shown).not.toMatch(/\]\(|\*\*|<font/);
      // The applicant's own read-back is escaped the same way.
      const own = bot.server
        .visible(userid(bot.app, 'S011'))
        .map((m) => m.text)
        .join('\n');
      expect(own).not.toMatch(/\]\(|\*\*|<font/);
    } finally {
      await bot.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for the reload');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Encodes text as GBK (what Excel's plain "CSV" saves on a Chinese Windows), from Node's own decoder table. */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}
