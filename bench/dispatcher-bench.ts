import { Simulation } from '../app/simulation/simulation.ts';
import type { BenchRow } from './bench-row.ts';
import { tempDbFile } from './temp-db.ts';

const MESSAGES = 3000;
const MIX = ['帮助', '婚假几天', '你好', '忘记打卡怎么办', '谢谢'];

/** Messages a second through the real dispatcher, a fake channel and SQLite on disk (WAL). */
export async function benchDispatcher(): Promise<BenchRow[]> {
  const sim = await Simulation.create({ start: new Date('2026-12-01T09:00:00+08:00'), dbPath: tempDbFile() });
  const staff = sim.app.store.org.directory.all.map((s) => s.id);
  for (let i = 0; i < 200; i++) await sim.say(staff[i % staff.length]!, MIX[i % MIX.length]!); // warm-up
  const started = performance.now();
  for (let i = 0; i < MESSAGES; i++) {
    await sim.channel.receive({ from: staff[i % staff.length]!, text: MIX[i % MIX.length]! });
    if (i % 100 === 0) sim.drain();
  }
  const seconds = (performance.now() - started) / 1000;
  await sim.close();
  const rate = MESSAGES / seconds;
  return [
    {
      name: 'Dispatcher throughput (fake channel, SQLite file)',
      value: `${rate.toFixed(0)} messages/s`,
      target: '≥ 1,000/s',
      ok: rate >= 1000,
    },
  ];
}
