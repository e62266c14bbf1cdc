import type { Clock } from '../bot/clock.ts';
import type { Logger } from '../bot/logger.ts';
import type { Outgoing, Recipient } from '../data/message.ts';
import type { Org } from '../data/org/load-org.ts';
import type { Db } from '../data/db/open-database.ts';
import type { WorkCalendar } from '../data/calendar/work-calendar.ts';

/**
 * Scheduled work is declared like handlers (ARCHITECTURE habit 8): a job says when it is due
 * and what it sends; the scheduler claims one row per (job, occurrence, recipient) before
 * sending, so a restart or a second process does not send it again and a crash loses nothing
 * (a crash between the channel's accept and the mark resends that one message: see scheduler.ts).
 */
export interface Occurrence {
  /** Unique within the job, stable across restarts, e.g. `2026-12` or `2026-12-07`. */
  readonly key: string;
  /** When it should go out. */
  readonly dueAt: Date;
  /** After this instant a send not yet made is stale: marked missed (and HR told), never sent late. */
  readonly staleAfter: Date;
}

export interface PlannedSend {
  /** Unique within the occurrence: usually the staff id, or the room id. */
  readonly recipientKey: string;
  readonly to: Recipient;
  readonly message: Outgoing;
}

export interface JobEnv {
  readonly org: Org;
  readonly db: Db;
  readonly clock: Clock;
  readonly log: Logger;
  /** The organisation's working days (`org.calendar`): holidays and make-up working days. */
  readonly calendar: WorkCalendar;
}

export interface Job {
  readonly name: string;
  /** What HR reads in the plan and in the missed-sends report, e.g. '月报提醒'. Defaults to `name`. */
  readonly title?: string;
  /** What HR reads for one occurrence, when the title alone doesn't say which (e.g. '通知 7'). */
  occurrenceTitle?(key: string): string;
  /**
   * A missed occurrence's content goes out with the next delivered one (HR's daily digest), so
   * HR's missed-sends report says it will come then, instead of asking HR to contact people.
   */
  readonly carriesOver?: boolean;
  /** The command with which HR can send a missed occurrence after all (e.g. 「补发通知 7」), if any. */
  resendCommand?(key: string): string | undefined;
  /** Occurrences with `from < dueAt <= to`, oldest first. */
  occurrences(from: Date, to: Date, env: JobEnv): Promise<readonly Occurrence[]>;
  /**
   * What to send for an occurrence, decided when it runs (e.g. only people who haven't handed in).
   * Read-only: `tonggong schedule` also calls it to preview the plan without sending.
   */
  sends(occurrence: Occurrence, env: JobEnv): Promise<readonly PlannedSend[]>;
}
