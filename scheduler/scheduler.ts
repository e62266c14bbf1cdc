import type { SchedulerHook } from './scheduler-hook.ts';
import type { Clock } from '../bot/clock.ts';
import type { Logger } from '../bot/logger.ts';
import { toOutgoing, type Outgoing, type Recipient } from '../data/message.ts';
import { UnreachableError } from '../bot/outbound/messenger.ts';
import type { Db } from '../data/db/open-database.ts';
import type { Org } from '../data/org/load-org.ts';
import { OutboxRepo, type NewOutboxEntry, type OutboxEntry } from '../data/repos/outbox-repo.ts';
import { OutboxWatermarksRepo } from '../data/repos/outbox-watermarks-repo.ts';
import { nextAttemptAt } from './backoff.ts';
import { calendarWarnings } from './calendar-warnings.ts';
import type { Job, JobEnv } from './job.ts';
import { processOwner, type ProcessOwner } from './process-owner.ts';
import { problemReport } from './problem-report.ts';
import { OverBudgetError } from './send-budget.ts';
import type { SchedulerSwitch } from './scheduler-switch.ts';

/** Where the scheduler's messages go: the Messenger in the app (it throws on failure). */
export interface Sender {
  /**
   * Every send says it is `scheduled` (so paced channels pace it); `onAccepted`, when the sender
   * supports it, is called synchronously as soon as the channel accepted the message.
   */
  send(to: Recipient, message: Outgoing, options: { scheduled: true; onAccepted: () => void }): Promise<void>;
}

export interface SchedulerDeps {
  readonly db: Db;
  /** The organisation data in use now (it can be reloaded while the bot runs). */
  readonly org: () => Org;
  readonly jobs: readonly Job[];
  readonly sender: Sender;
  readonly clock: Clock;
  readonly log: Logger;
  readonly switch: SchedulerSwitch;
  readonly owner?: ProcessOwner;
  /**
   * Whether this instance may send now: with several instances only the holder of the chat
   * accounts delivers (the others plan into the shared outbox, and the holder sends what they
   * planned). Default: always.
   */
  readonly mayDeliver?: () => boolean;
}

/**
 * Occurrences due this long before the watermark are looked at again (a notice sent "now", clocks
 * of two processes).
 */
const LOOKBACK_MS = 10 * 60_000;
/** A claim not finished within this is taken over (its process is presumed dead). */
const LEASE_MS = 10 * 60_000;
/** How far `nextDue` looks ahead: near first, then a year. */
const HORIZONS_MS = [45 * 86_400_000, 400 * 86_400_000];

/**
 * Runs the declared jobs once per (job, occurrence, recipient):
 *  1. plan: each job's occurrences since its watermark are expanded into outbox rows, in one
 *     transaction per occurrence (a second process finds it done); stale ones go in as missed;
 *  2. deliver: rows are claimed one at a time (a conditional update: `sending`, the in-flight
 *     record), sent through the Messenger (paced per channel), and marked sent synchronously the
 *     moment the channel accepts; a failure is retried with back-off, an unreachable person is
 *     marked failed at once;
 *  3. report: failed and missed rows are told to HR in one message, once.
 * Claims left by a process that died are taken over, so a crash loses nothing. The guarantee is
 * precisely: no loss, and at most one duplicate per crash, only of the message in flight (a crash
 * between the channel's accept and the mark): the channels offer no way to ask whether a
 * message arrived, so that one is sent again rather than risk losing it.
 */
export class Scheduler implements SchedulerHook {
  readonly outbox: OutboxRepo;
  private readonly watermarks: OutboxWatermarksRepo;
  private readonly owner: ProcessOwner;
  private chain: Promise<void> = Promise.resolve();
  /**
   * When this scheduler came up: a job that has never run plans from here, not from its first
   * run. Otherwise a notice sent "now" before the first run (`simulate` moving its clock by hours
   * in one step) fell before the window and was lost without a word.
   */
  private readonly startedAt: Date;

  constructor(private readonly deps: SchedulerDeps) {
    this.outbox = new OutboxRepo(deps.db);
    this.watermarks = new OutboxWatermarksRepo(deps.db);
    this.owner = deps.owner ?? processOwner();
    this.startedAt = deps.clock.now();
  }

  get jobs(): readonly Job[] {
    return this.deps.jobs;
  }

  env(): JobEnv {
    const org = this.deps.org();
    return { org, db: this.deps.db, clock: this.deps.clock, log: this.deps.log, calendar: org.calendar };
  }

  async nextDue(after: Date): Promise<Date | undefined> {
    const env = this.env();
    let best = await this.outbox.nextAttemptAfter(after);
    for (const horizon of HORIZONS_MS) {
      const until = new Date(after.getTime() + horizon);
      for (const job of this.deps.jobs) {
        try {
          for (const o of await job.occurrences(after, until, env)) {
            if (o.dueAt > after && (!best || o.dueAt < best)) best = o.dueAt;
          }
        } catch (error) {
          this.deps.log.error({ err: error, job: job.name }, 'job could not list its occurrences');
        }
      }
      if (best && best <= until) return best;
    }
    return best;
  }

  /** Runs one pass; calls are queued so two passes never interleave in one process. */
  runDue(now: Date): Promise<void> {
    const run = this.chain.then(() => this.run(now));
    this.chain = run.catch(() => {});
    return run;
  }

  private async run(now: Date): Promise<void> {
    const env = this.env();
    const paused = await this.deps.switch.isPaused();
    const missedReason = paused ? 'paused' : 'downtime';
    await this.recoverClaims(now, missedReason);
    for (const job of this.deps.jobs) await this.plan(job, env, now, missedReason);
    await this.outbox.enqueue(calendarWarnings(env, now), now);
    await this.outbox.markStale(now, missedReason);
    if (paused) {
      // The pause rule (README, 「暂停定时发送」): what falls due while paused is not sent late by
      // itself. Reminders and greetings are skipped; notices are held for HR's 「补发通知」.
      await this.outbox.holdDue(now, 'paused');
      return;
    }
    if (this.deps.mayDeliver && !this.deps.mayDeliver()) return;
    await this.deliver(now);
    const report = await this.outbox.reportProblems(
      `${now.toISOString()}/${this.owner.id}`,
      (problems) => problemReport(problems, this.deps.jobs, env, now),
      now,
    );
    if (report.length) await this.deliver(now);
  }

  private async plan(job: Job, env: JobEnv, now: Date, missedReason: string): Promise<void> {
    try {
      const since = await this.watermarks.getOrStart(job.name, this.startedAt < now ? this.startedAt : now);
      const from = new Date(since.getTime() - LOOKBACK_MS - 1);
      for (const occurrence of await job.occurrences(from, now, env)) {
        if (occurrence.dueAt > now || (await this.outbox.isExpanded(job.name, occurrence.key))) continue;
        const stale = now > occurrence.staleAfter;
        const entries: NewOutboxEntry[] = (await job.sends(occurrence, env)).map((s) => ({
          job: job.name,
          occurrence: occurrence.key,
          recipient: s.recipientKey,
          to: s.to,
          message: toOutgoing(s.message),
          dueAt: occurrence.dueAt,
          staleAfter: occurrence.staleAfter,
          status: stale ? 'missed' : 'pending',
          ...(stale ? { error: missedReason } : {}),
        }));
        await this.outbox.expand(job.name, occurrence.key, occurrence.dueAt, entries, now);
        if (stale)
          this.deps.log.warn(
            { job: job.name, occurrence: occurrence.key, recipients: entries.length },
            'occurrence passed while not running: marked missed',
          );
      }
      await this.watermarks.advance(job.name, new Date(now.getTime() + 1), now);
    } catch (error) {
      // The watermark stays put: the job is tried again next minute, other jobs carry on.
      this.deps.log.error({ err: error, job: job.name }, 'job failed to plan; will retry');
    }
  }

  /** Claims whose process died (on this host) or whose lease ran out are given back. */
  private async recoverClaims(now: Date, missedReason: string): Promise<void> {
    for (const claim of await this.outbox.claims()) {
      if (claim.claimedBy === this.owner.id) continue;
      const expired = claim.leaseUntil !== null && claim.leaseUntil < now;
      if (!expired && !this.owner.isGone(claim.claimedBy)) continue;
      const missed = now > claim.staleAfter ? missedReason : undefined;
      if (await this.outbox.release(claim.id, claim.claimedBy, now, missed)) {
        this.deps.log.warn(
          { id: claim.id, claimedBy: claim.claimedBy },
          'took over a send its process left unfinished',
        );
      }
    }
  }

  private async deliver(now: Date): Promise<void> {
    for (;;) {
      if (await this.deps.switch.isPaused()) return;
      const at = this.later(now);
      // The claim (status `sending`, with this process as owner) is the "in flight" record: a
      // restart finds it and sends it again. That is the one duplicate a crash can cause.
      const entry = await this.outbox.claimNext(at, this.owner.id, new Date(at.getTime() + LEASE_MS));
      if (!entry) return;
      let marked: boolean | undefined;
      let accepted = false;
      const onAccepted = () => {
        accepted = true;
        try {
          marked = this.outbox.markSentNow(entry.id, this.owner.id, this.later(now));
        } catch (error) {
          this.deps.log.error({ err: error, id: entry.id }, 'sent, but could not mark it at once; marking again');
        }
      };
      try {
        await this.deps.sender.send(entry.to, entry.message, { scheduled: true, onAccepted });
      } catch (error) {
        if (error instanceof OverBudgetError) {
          // Its recipient's (or channel's) window is full, across every instance: it waits for the next.
          await this.outbox.markDeferred(entry.id, this.owner.id, error.retryAt, this.later(now));
          continue;
        }
        // Accepted and then something after it failed: it went out, so it is not retried.
        if (!accepted) {
          await this.failed(entry, error, now);
          continue;
        }
      }
      marked ??= await this.outbox.markSent(entry.id, this.owner.id, this.later(now));
      if (!marked) this.deps.log.warn({ id: entry.id }, 'sent, but the claim had been taken over meanwhile');
    }
  }

  private async failed(entry: OutboxEntry, error: unknown, now: Date): Promise<void> {
    const at = this.later(now);
    const log = { job: entry.job, occurrence: entry.occurrence, recipient: entry.recipient, attempts: entry.attempts };
    if (error instanceof UnreachableError) {
      this.deps.log.warn({ ...log, reason: error.message }, 'recipient unreachable: marked failed, HR will be told');
      await this.outbox.markFailed(entry.id, this.owner.id, `unreachable: ${error.message}`, at);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const retryAt = nextAttemptAt(entry.attempts, at, entry.staleAfter);
    if (retryAt) {
      this.deps.log.warn({ ...log, err: error, retryAt }, 'send failed; will retry');
      await this.outbox.markRetry(entry.id, this.owner.id, retryAt, `error: ${message}`, at);
    } else {
      this.deps.log.error({ ...log, err: error }, 'send failed for good; HR will be told');
      await this.outbox.markFailed(entry.id, this.owner.id, `error: ${message}`, at);
    }
  }

  /** The clock keeps moving during a paced batch; never earlier than the instant we were run for. */
  private later(now: Date): Date {
    const t = this.deps.clock.now();
    return t > now ? t : now;
  }
}
