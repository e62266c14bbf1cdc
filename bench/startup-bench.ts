import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BenchRow } from './bench-row.ts';
import { tempDbFile } from './temp-db.ts';

/** Start-up may take this many times as long as a bare `node -e 0` measured in the same run. */
const STARTUP_RATIO = 8;
const RSS_MB = 200;
const BENCH_WEB_PORT = 38_173;
const IDLE_MS = 45_000;

/**
 * Start-up as users run it: the compiled build (rebuilt first, as `npm install` builds it)
 * through `bin/tonggong.js` and `bin/start.js`. Each time is the best of a few runs and is
 * shown as a multiple of `node -e 0`'s best in the same run, since a loaded machine slows all
 * of them alike; the terminal mode's memory is read when it greets.
 */
export async function benchStartup(): Promise<BenchRow[]> {
  const build = await timed(['tools/build/build.mjs']);
  if (build.code !== 0) throw new Error('npm run build failed');
  const bare = await best(5, () => timed(['-e', '0']));
  const ask = await best(3, () => timed(['bin/tonggong.js', 'ask', '婚假几天']));
  const terminal = await best(3, () => startOnce());
  // Once more, to read what a bot in use holds once idle: V8 gives back the pages its first
  // answers' garbage took after some seconds without work (about 40 here).
  const idle = await startOnce(IDLE_MS);
  const askRatio = ask.ms / bare.ms;
  const terminalRatio = terminal.ms / bare.ms;
  return [
    { name: '`node -e 0`, for scale (best of 5)', value: `${bare.ms.toFixed(0)} ms` },
    {
      name: '`tonggong ask 婚假几天` (compiled, best of 3)',
      value: `${ask.ms.toFixed(0)} ms = ${askRatio.toFixed(1)}×`,
      target: `≤ ${STARTUP_RATIO}× node -e 0`,
      ok: askRatio <= STARTUP_RATIO,
    },
    {
      name: 'Start-up to the terminal prompt (compiled, best of 3)',
      value: `${terminal.ms.toFixed(0)} ms = ${terminalRatio.toFixed(1)}×`,
      target: `≤ ${STARTUP_RATIO}× node -e 0`,
      ok: terminalRatio <= STARTUP_RATIO,
    },
    {
      name: 'Memory (RSS) of the terminal mode after start-up (web console started)',
      value: `${terminal.rssMb.toFixed(0)} MB`,
      target: `≤ ${RSS_MB} MB`,
      ok: terminal.rssMb <= RSS_MB,
    },
    {
      // jieba's dictionary loads with the first question (HR's FAQ answers this one).
      name: 'Memory (RSS) of the terminal mode after its first answer (from the FAQ)',
      value: `${terminal.answeredRssMb.toFixed(0)} MB`,
      target: `≤ ${RSS_MB} MB`,
      ok: terminal.answeredRssMb <= RSS_MB,
    },
    {
      // The section classifier, the written questions' tables and the sound-alikes load with the
      // first question the documents answer.
      name: 'Memory (RSS) right after answers from the documents too (classifier, a word typed by sound)',
      value: `${terminal.inUseRssMb.toFixed(0)} MB`,
    },
    {
      // The figure that counts for a bot in use: what it holds between messages.
      name: `Memory (RSS) of the bot in use, idle ${IDLE_MS / 1000} s after those answers`,
      value: `${idle.inUseRssMb.toFixed(0)} MB`,
      target: `≤ ${RSS_MB} MB`,
      ok: idle.inUseRssMb <= RSS_MB,
    },
  ];
}

async function best<T extends { ms: number }>(times: number, run: () => Promise<T>): Promise<T> {
  const runs: T[] = [];
  for (let i = 0; i < times; i++) runs.push(await run());
  return runs.sort((a, b) => a.ms - b.ms)[0]!;
}

/** `node …args` to its exit. */
function timed(args: string[]): Promise<{ ms: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ms: performance.now() - started, code }));
  });
}

/**
 * The node options `npm start` runs the bot with (package.json's start script), so the figures
 * are those of the bot as started: `--max-semi-space-size` keeps V8's young generation small.
 */
function startOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  return /^node\s+(.*?)\s*bin\/start\.js/.exec(scripts.start)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
}

/** Questions asked once the terminal has started: HR's FAQ answers the first, the documents the others. */
const QUESTIONS = ['婚假几天', '年家有几天', '跟了半年的阿伯搬去外地跟儿子住了 这个个案还跟不跟'];

/**
 * `npm start`'s entry point until the terminal chat greets; its RSS once the web console, which
 * starts after the greeting, has started too (start-up is over then), after a first answer, and
 * after answers from the documents (`idleMs` later).
 */
function startOnce(idleMs = 0): Promise<{ ms: number; rssMb: number; answeredRssMb: number; inUseRssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...startOptions(), 'bin/start.js', '--db', tempDbFile()], {
      stdio: ['pipe', 'pipe', 'inherit'],
      // A port of its own: a bot left running on the default one would keep the console from starting.
      env: { ...process.env, LOG_LEVEL: 'warn', WEB_ENABLED: 'true', WEB_PORT: String(BENCH_WEB_PORT) },
    });
    const rssMb = () =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    let out = '';
    let done = false;
    let ms = 0;
    let rssAtStart = 0;
    let answeredRssMb = 0;
    let asked = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!ms && out.includes('> ')) ms = performance.now() - started;
      if (!rssAtStart && ms && out.includes('管理后台')) {
        rssAtStart = rssMb();
        child.stdin.write(`${QUESTIONS[asked++]}\n`);
        return;
      }
      // Each answer cites its rule: 「——《…》」.
      const answers = out.split('——《').length - 1;
      if (done || !rssAtStart || answers < asked) return;
      if (asked === 1) answeredRssMb = rssMb();
      if (asked < QUESTIONS.length) {
        child.stdin.write(`${QUESTIONS[asked++]}\n`);
        return;
      }
      done = true;
      setTimeout(() => {
        const inUseRssMb = rssMb();
        child.stdin.end('/quit\n');
        resolve({ ms, rssMb: rssAtStart, answeredRssMb, inUseRssMb });
      }, idleMs);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!done) reject(new Error(`the terminal mode exited (${code}) before its prompt:\n${out}`));
    });
  });
}
