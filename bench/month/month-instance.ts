import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OrgFolder } from '../../data/db/org-database.ts';

const SCRIPT = fileURLToPath(new URL('./month-instance-process.ts', import.meta.url));

type Reply = { op: string } & Record<string, unknown>;

/**
 * The parent's handle on one instance process: one request of each kind at a time, answered by
 * the process's reply of the same `op`; every request of a process that died resolves undefined.
 */
export class MonthInstance {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  private readonly waiting = new Map<string, (reply: Reply | undefined) => void>();

  constructor(
    orgs: readonly OrgFolder[],
    primary: readonly string[],
    readonly log: string,
    start: Date,
  ) {
    const env = { ...process.env, ORGS: JSON.stringify(orgs), PRIMARY: primary.join(','), LOG: log };
    this.child = fork(SCRIPT, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...env, START: start.toISOString() },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (m: Reply) => {
      const resolve = this.waiting.get(m.op);
      this.waiting.delete(m.op);
      resolve?.(m);
    });
    this.exited = new Promise((resolve) =>
      this.child.on('exit', () => {
        for (const resolve of this.waiting.values()) resolve(undefined);
        this.waiting.clear();
        resolve();
      }),
    );
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves once the process has opened its organisations and connected its primary ones. */
  ready(): Promise<Reply | undefined> {
    return this.reply('ready');
  }

  request(op: string, payload: object = {}): Promise<Reply | undefined> {
    const reply = this.reply(op);
    if (this.alive) this.child.send({ op, ...payload });
    return reply;
  }

  private reply(op: string): Promise<Reply | undefined> {
    if (!this.alive) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiting.set(op, resolve));
  }
}
