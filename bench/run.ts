import type { BenchRow } from './bench-row.ts';
import { benchCalendar } from './calendar-bench.ts';
import { benchBinding } from './binding-guessing.ts';
import { benchApprovalYear } from './approval-year-bench.ts';
import { benchDispatcher } from './dispatcher-bench.ts';
import { benchLeave } from './leave-bench.ts';
import { benchOutboxDrain } from './outbox-drain-bench.ts';
import { benchInstances } from './instances-bench.ts';
import { benchMonth } from './month-bench.ts';
import { benchQa } from './qa-bench.ts';
import { benchQaLoop } from './qa-loop-bench.ts';
import { benchScheduler } from './scheduler-bench.ts';
import { benchStartup } from './startup-bench.ts';
import { benchUtterances } from './utterance-bench.ts';
import { benchWeb } from './web-bench.ts';

/**
 * `npm run bench`: every speed and accuracy target, as one table. `npm run bench -- terminal web`
 * runs only the sections whose title holds one of the words given (case aside).
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2).map((w) => w.toLowerCase());
  const sections: [string, () => Promise<BenchRow[]> | BenchRow[]][] = [
    ['Policy Q&A', benchQa],
    ['Q&A loop', benchQaLoop],
    ['Dispatcher', benchDispatcher],
    ['Leave', benchLeave],
    ['Approvals over a year', benchApprovalYear],
    ['Understanding', benchUtterances],
    ['Identity', benchBinding],
    ['Scheduler', benchScheduler],
    ['Outbox', benchOutboxDrain],
    ['Several instances', benchInstances],
    ['A month, many organisations', benchMonth],
    ['Calendar', benchCalendar],
    ['Terminal mode', benchStartup],
    ['Web console', benchWeb],
  ];
  const rows: BenchRow[] = [];
  for (const [title, run] of sections) {
    if (only.length && !only.some((w) => title.toLowerCase().includes(w))) continue;
    process.stderr.write(`running ${title}…\n`);
    rows.push(...(await run()));
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  process.stdout.write(`\n${'measure'.padEnd(width)}  value                      target\n`);
  for (const r of rows) {
    const mark = r.ok === undefined ? '' : r.ok ? ' ✓' : ' ✗';
    process.stdout.write(`${r.name.padEnd(width)}  ${r.value.padEnd(26)} ${r.target ?? ''}${mark}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
