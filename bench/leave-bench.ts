import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Simulation } from '../app/simulation/simulation.ts';
import { addDays, localDate, type LocalDate } from '../data/time/index.ts';
import { loadOrg } from '../data/org/load-org.ts';
import { looksLikeLeaveRequest } from '../handlers/leave/leave-intent.ts';
import { parseDatePhraseSet, runDatePhraseSet } from '../handlers/leave/parse/index.ts';
import { checkLeave } from '../handlers/leave/rules/check-leave.ts';
import { percentile, type BenchRow } from './bench-row.ts';
import { tempDbFile } from './temp-db.ts';

const PHRASES = join(import.meta.dirname, 'fixtures', 'date-phrases.json');

/** Messages that ask for leave, and questions about leave that must not start a request. */
const INTENT: readonly [string, boolean][] = [
  ['我想请假', true],
  ['下周一到周三请年假，回老家办事', true],
  ['明天下午请半天事假', true],
  ['12月1号到3号病假', true],
  ['请三天婚假 12.28-12.30', true],
  ['帮我请个假', true],
  ['申请年假', true],
  ['下周一调休', true],
  ['今天病假', true],
  ['我想请假，可以吗', true],
  ['明天请假', true],
  ['后天上午请事假，去银行', true],
  ['婚假几天', false],
  ['请假要提前几天？', false],
  ['年假怎么算', false],
  ['病假需要什么材料', false],
  ['请假流程是什么', false],
  ['年假能不能和国庆连休', false],
  ['谁请病假了', false],
  ['产假有多少天', false],
  ['事假扣工资吗', false],
  ['调休还剩多少', false],
  ['我的请假', false],
  ['忘记打卡怎么办', false],
];

/**
 * `npm run bench` rows for leave: the date-phrase parser's accuracy on the project's phrase set,
 * request recognition, the time to check and route one request (the pure rules engine), and
 * one whole request in the simulation (read-back, then submit with its transaction).
 */
export async function benchLeave(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const phrases = runDatePhraseSet(parseDatePhraseSet(JSON.parse(readFileSync(PHRASES, 'utf8'))));
  rows.push({
    name: 'Leave date phrases parsed right',
    value: `${(phrases.accuracy * 100).toFixed(1)}% (${phrases.passed}/${phrases.total})`,
    target: '≥ 98%',
    ok: phrases.accuracy >= 0.98,
  });

  const org = loadOrg();
  const rules = org.leaveRules!;
  const today = localDate('2026-11-02');
  const intentRight = INTENT.filter(([text, want]) => looksLikeLeaveRequest(text, rules, today) === want).length;
  rows.push({
    name: 'Leave requests told from questions',
    value: `${((intentRight / INTENT.length) * 100).toFixed(1)}% (${intentRight}/${INTENT.length})`,
    target: '≥ 95%',
    ok: intentRight / INTENT.length >= 0.95,
  });

  const people = org.directory.all;
  const existing = [
    {
      id: 1,
      typeKey: 'annual',
      span: {
        start: localDate('2026-12-21'),
        startHalf: 'full' as const,
        end: localDate('2026-12-23'),
        endHalf: 'full' as const,
      },
      days: 3,
      status: 'approved' as const,
    },
  ];
  const comp = [
    { id: 1, earnedOn: localDate('2026-10-28'), expiresOn: localDate('2026-11-28'), hours: 8, remainingHours: 8 },
  ];
  const times: number[] = [];
  for (let i = -500; i < 5000; i++) {
    const j = i + 500;
    const type = rules.types[j % rules.types.length]!;
    const person = people[j % people.length]!;
    const start: LocalDate = addDays(today, (j * 7) % 60);
    const end: LocalDate = addDays(start, type.counting === 'calendar-days' ? 14 : j % 5);
    const t0 = performance.now();
    checkLeave({
      rules,
      calendar: org.calendar,
      directory: org.directory,
      person,
      draft: { typeKey: type.key, span: { start, startHalf: 'full', end, endHalf: 'full' } },
      today,
      facts: { existing, comp, annualCorrections: {} },
    });
    if (i >= 0) times.push(performance.now() - t0); // the first 500 warm the JIT up
  }
  times.sort((a, b) => a - b);
  const p99 = percentile(times, 99);
  rows.push({
    name: 'Check and route one leave request (p99)',
    value: `${p99.toFixed(3)} ms (p50 ${percentile(times, 50).toFixed(3)} ms)`,
    target: '< 5 ms',
    ok: p99 < 5,
  });

  const sim = await Simulation.create({ start: new Date('2026-11-02T10:00:00+08:00'), dbPath: tempDbFile() });
  const whole: number[] = [];
  const staff = people.filter((p) => p.roles.includes('social_worker')).map((p) => p.id);
  try {
    for (let i = -10; i < 120; i++) {
      const who = staff[(i + 10) % staff.length]!;
      const day = addDays(localDate('2026-11-09'), (i + 10) % 30);
      const t0 = performance.now();
      await sim.say(who, `${day.slice(5, 7)}月${Number(day.slice(8))}日请事假，家里有事`);
      await sim.say(who, '确认');
      if (i >= 0) whole.push(performance.now() - t0);
    }
  } finally {
    await sim.close();
  }
  whole.sort((a, b) => a - b);
  const wholeP99 = percentile(whole, 99);
  rows.push({
    name: 'Leave request to submission, simulated chat (p99)',
    value: `${wholeP99.toFixed(1)} ms (p50 ${percentile(whole, 50).toFixed(1)} ms)`,
    target: '< 250 ms',
    ok: wholeP99 < 250,
  });
  return rows;
}
