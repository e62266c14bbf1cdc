import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BenchRow } from './bench-row.ts';
import { tempDbFile } from './temp-db.ts';

/** Time from launching `npm start`'s entry point until the terminal chat greets, and its RSS then. */
export async function benchStartup(): Promise<BenchRow[]> {
  const runs: { ms: number; rssMb: number }[] = [];
  for (let i = 0; i < 3; i++) runs.push(await startOnce());
  const best = runs.sort((a, b) => a.ms - b.ms)[0]!;
  return [
    { name: 'Start-up to the terminal prompt (tsx, best of 3)', value: `${best.ms.toFixed(0)} ms` },
    { name: 'Memory (RSS) of the terminal mode after start-up', value: `${best.rssMb.toFixed(0)} MB` },
  ];
}

function startOnce(): Promise<{ ms: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts', '--db', tempDbFile()], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let out = '';
    let done = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!done && out.includes('> ')) {
        done = true;
        const ms = performance.now() - started;
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        child.stdin.end('/quit\n');
        resolve({ ms, rssMb: rssKb / 1024 });
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!done) reject(new Error(`the terminal mode exited (${code}) before its prompt:\n${out}`));
    });
  });
}
