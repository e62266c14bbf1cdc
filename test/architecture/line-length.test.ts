import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Biome formats to 120 columns but cannot break a string, template or comment, so a long one
 * slips through `biome ci`; this test is the rule for those (issue 10 item 7).
 */
const MAX = 120;

/**
 * Files still holding lines over 120 characters, with how many. These folders were being edited
 * on other branches when the rest of the repo was fixed, so the lead fixes them after merging.
 * The counts must match exactly: a fixed line means lowering the count (or removing the file),
 * so the list can only shrink; a new long line anywhere fails.
 */
const PENDING: Readonly<Record<string, number>> = {
  // bench/ and handlers/: other helpers' areas at the time.
  'bench/qa-bench.ts': 2,
  'bench/web-bench.ts': 2,
  'handlers/leave/approval-handler.ts': 1,
  'handlers/leave/deputy-handler.ts': 1,
  'handlers/leave/hr/hr-leave-handlers.ts': 2,
  'handlers/leave/hr/leave-csv.ts': 1,
  'handlers/leave/jobs/approval-nudge-job.ts': 2,
  'handlers/leave/leave-intent.ts': 1,
  'handlers/leave/leave-notifier.ts': 2,
  'handlers/leave/messages.ts': 2,
  'handlers/leave/overtime/overtime-flow.ts': 1,
  'handlers/leave/parse/normalize.ts': 1,
  'handlers/leave/parse/tokenize.ts': 1,
  'handlers/leave/read-back.ts': 1,
  'handlers/leave/read-leave-text.ts': 1,
  'handlers/notices/messages.ts': 1,
  'handlers/policy-qa/classify-question.ts': 1,
  'handlers/policy-qa/policy-qa.ts': 1,
  'handlers/policy-qa/tokenizer.ts': 2,
  'handlers/reminders/messages.ts': 2,
  // Outside the folders of the change that added this test (left for the merge, like handlers/).
  'scheduler/scheduler.ts': 1,
  'test/architecture/import-graph.ts': 1,
  'test/data/calendar/statutory-holidays.test.ts': 1,
  'test/data/db/processed-messages.test.ts': 1,
  'test/handlers/leave/approver-follows-directory.test.ts': 1,
  'test/handlers/leave/parse/parse-overtime-date.test.ts': 1,
  'test/handlers/leave/stalled-approvals.test.ts': 1,
  'test/handlers/reminders/deadline-instances.test.ts': 1,
  'test/handlers/reminders/reminders-fit-the-person.test.ts': 1,
};

/**
 * Tracked code files: git's list, so build output and the node_modules link are never read
 * (a file deleted but not yet staged is skipped).
 */
function trackedCode(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.mjs', '*.js'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => f && !f.startsWith('node_modules/') && !f.startsWith('bench/fixtures/'))
    .filter((f) => existsSync(join(ROOT, f)));
}

/** Lines counted in characters (code points), as an editor's column shows them. */
function longLines(file: string): number[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .map((line, i) => ({ n: i + 1, width: [...line.replace(/\r$/, '')].length }))
    .filter((l) => l.width > MAX)
    .map((l) => l.n);
}

describe('line length', () => {
  const files = trackedCode();
  const found = new Map(files.map((f) => [f, longLines(f)] as const).filter(([, lines]) => lines.length > 0));

  it('reads the project (a sanity check that git lists the files)', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it('no code line is over 120 characters, outside the files still pending', () => {
    const offending = [...found]
      .filter(([file]) => !(file in PENDING))
      .map(([file, lines]) => `${file}:${lines.join(',')}`);
    expect(offending).toEqual([]);
  });

  it('the pending list only shrinks: each file keeps exactly its count until it is fixed', () => {
    const counts = Object.fromEntries(Object.keys(PENDING).map((f) => [f, found.get(f)?.length ?? 0]));
    expect(counts).toEqual(PENDING);
  });
});
