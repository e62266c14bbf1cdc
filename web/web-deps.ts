import type { Clock } from '../bot/clock.ts';
import type { Logger } from '../bot/logger.ts';
import type { Messenger } from '../bot/outbound/messenger.ts';
import type { OrgStore } from '../bot/org-store.ts';
import type { Db } from '../data/db/open-database.ts';
import type { Org } from '../data/org/load-org.ts';
import { WebAuditRepo } from '../data/repos/web-audit-repo.ts';
import { WebAuthRepo } from '../data/repos/web-auth-repo.ts';
import { CalendarFeedRepo } from '../data/repos/calendar-feed-repo.ts';
import { QuestionQueueRepo } from '../data/repos/question-queue-repo.ts';
import { decider } from '../handlers/leave/approval-handler.ts';
import type { DecideLeaveDeps } from '../handlers/leave/decide-leave.ts';
import { LeaveNotifier } from '../handlers/leave/leave-notifier.ts';
import { LeaveService } from '../handlers/leave/leave-service.ts';
import { OvertimeNotifier } from '../handlers/leave/overtime/overtime-notifier.ts';
import { OvertimeService } from '../handlers/leave/overtime/overtime-service.ts';
import type { QuestionDeskDeps } from '../handlers/qa-loop/question-desk.ts';
import type { SchedulerSwitch } from '../scheduler/scheduler-switch.ts';
import type { OpsSettings } from './ops/ops-routes.ts';

/** What the console is built from: the bot's own database, organisation data, messenger and clock. */
export interface WebParts {
  readonly db: Db;
  readonly store: OrgStore;
  readonly messenger: Messenger;
  readonly clock: Clock;
  readonly log: Logger;
  readonly schedulerSwitch: SchedulerSwitch;
  /** Where people open the console (WEB_BASE_URL): links, and whether cookies are Secure. */
  readonly baseUrl: string;
  /** `/healthz` and `/metrics` (issue 15); without it, a bare `/healthz`. */
  readonly ops?: OpsSettings;
}

export interface WebDeps extends WebParts {
  readonly org: () => Org;
  readonly auth: WebAuthRepo;
  readonly audit: WebAuditRepo;
  /** Secret `/calendar.ics` links for calendar apps (which can't send the session cookie). */
  readonly feeds: CalendarFeedRepo;
  /** The chat's approval decision (same checks, same notifications to requester, next approver and HR). */
  readonly decide: ReturnType<typeof decider>;
  /** What `waitingFor` (the chat's 「待我审批」) needs. */
  readonly approvals: { readonly db: Db; readonly leave: DecideLeaveDeps };
  /** HR's actions on the unanswered-questions queue, as the chat's 「回复问题」「存为问答」… */
  readonly questions: QuestionDeskDeps;
}

/** The services the console shares with the chat, wired over the same database and messenger. */
export function webDeps(parts: WebParts): WebDeps {
  const org = () => parts.store.org;
  const send: ConstructorParameters<typeof LeaveNotifier>[1] = (to, out) => parts.messenger.send(to, out);
  const leave: DecideLeaveDeps = {
    org,
    service: new LeaveService(parts.db, org),
    notifier: new LeaveNotifier(org, send, parts.log),
  };
  const decide = decider({
    leave,
    overtime: {
      org,
      service: new OvertimeService(parts.db, org),
      notifier: new OvertimeNotifier(org, send, parts.log),
    },
  });
  const questions: QuestionDeskDeps = {
    repo: new QuestionQueueRepo(parts.db),
    store: parts.store,
    send: (staffId, text) => parts.messenger.send({ staffId }, text),
    log: parts.log,
  };
  return {
    ...parts,
    org,
    auth: new WebAuthRepo(parts.db),
    audit: new WebAuditRepo(parts.db),
    feeds: new CalendarFeedRepo(parts.db),
    decide,
    approvals: { db: parts.db, leave },
    questions,
  };
}
