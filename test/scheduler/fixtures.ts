import { ManualClock } from '../../bot/clock.ts';
import { silentLogger } from '../../bot/logger.ts';
import type { Outgoing, Recipient } from '../../data/message.ts';
import { UnreachableError } from '../../bot/outbound/messenger.ts';
import { openDatabase, type Db } from '../../data/db/open-database.ts';
import { loadOrg, type Org } from '../../data/org/load-org.ts';
import { SettingsRepo } from '../../data/repos/settings-repo.ts';
import type { Job, Occurrence } from '../../scheduler/job.ts';
import type { ProcessOwner } from '../../scheduler/process-owner.ts';
import { Scheduler } from '../../scheduler/scheduler.ts';
import { SchedulerSwitch } from '../../scheduler/scheduler-switch.ts';
import { stepThrough } from '../../scheduler/step-through.ts';

export const sampleOrg = loadOrg();

/** 09:00 Shanghai on the given day, as an instant. */
export const at = (iso: string) => new Date(iso.includes('T') ? iso : `${iso}T09:00:00+08:00`);

/** A job with fixed occurrences, sending `text <key>` to each recipient (staff ids). */
export function fixedJob(name: string, occurrences: readonly Occurrence[], recipients: readonly string[]): Job {
  return {
    name,
    title: `测试任务${name}`,
    async occurrences(from, to) {
      return occurrences.filter((o) => o.dueAt > from && o.dueAt <= to);
    },
    async sends(o) {
      return recipients.map((id) => ({ recipientKey: id, to: { staffId: id }, message: `${name} ${o.key}` }));
    },
  };
}

export function occurrence(key: string, dueAt: Date, staleAfterMs = 9 * 3_600_000): Occurrence {
  return { key, dueAt, staleAfter: new Date(dueAt.getTime() + staleAfterMs) };
}

/** Records every send; recipients in `failing` throw, those in `unreachable` are unreachable. */
export class FakeSender {
  readonly sent: { to: string; text: string; at: Date }[] = [];
  readonly failing = new Set<string>();
  readonly unreachable = new Set<string>();
  /** Recipients whose message the channel accepts, after which the sender still throws. */
  readonly failingAfterAccept = new Set<string>();
  /** Milliseconds each send takes, so concurrent schedulers really overlap. */
  delayMs = 0;
  constructor(private readonly clock: ManualClock) {}
  async send(to: Recipient, message: Outgoing, options?: { onAccepted?: () => void }): Promise<void> {
    const id = 'staffId' in to ? to.staffId : 'room' in to ? to.room : to.chatId;
    if (this.unreachable.has(id)) throw new UnreachableError(to, 'not bound');
    if (this.failing.has(id)) throw new Error('network down');
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    this.sent.push({ to: id, text: typeof message === 'string' ? message : message.text, at: this.clock.now() });
    options?.onAccepted?.();
    if (this.failingAfterAccept.has(id)) throw new Error('failed after the channel accepted');
  }
  textsTo(id: string): string[] {
    return this.sent.filter((s) => s.to === id).map((s) => s.text);
  }
}

export interface Rig {
  readonly db: Db;
  readonly clock: ManualClock;
  readonly sender: FakeSender;
  readonly switch: SchedulerSwitch;
  scheduler(jobs: readonly Job[], options?: { owner?: ProcessOwner; org?: Org; pausedByEnv?: boolean }): Scheduler;
}

export async function rig(start: Date, db?: Db): Promise<Rig> {
  const database = db ?? (await openDatabase(':memory:'));
  const clock = new ManualClock(start);
  const sender = new FakeSender(clock);
  const sw = new SchedulerSwitch(new SettingsRepo(database));
  return {
    db: database,
    clock,
    sender,
    switch: sw,
    scheduler: (jobs, options = {}) =>
      new Scheduler({
        db: database,
        org: () => options.org ?? sampleOrg,
        jobs,
        sender,
        clock,
        log: silentLogger(),
        switch: options.pausedByEnv ? new SchedulerSwitch(new SettingsRepo(database), true) : sw,
        ...(options.owner ? { owner: options.owner } : {}),
      }),
  };
}

/** Moves the clock like the simulate harness: through every due instant up to `to`. */
export async function advance(r: Rig, s: Scheduler, to: Date): Promise<void> {
  await stepThrough(s, r.clock, r.clock.now(), to);
}
