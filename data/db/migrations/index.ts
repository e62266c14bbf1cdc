import type { Migration } from 'kysely';
import * as kernel from './001-kernel.ts';
import * as leave from './002-leave.ts';
import * as scheduler from './003-scheduler.ts';
import * as noticesBirthdays from './004-notices-birthdays.ts';
import * as identity from './005-identity.ts';
import * as unansweredQuestions from './006-unanswered-questions.ts';
import * as webSessions from './007-web-sessions.ts';
import * as outboxClaimOrder from './008-outbox-claim-order.ts';
import * as calendarFeeds from './009-calendar-feeds.ts';
import * as approvalDeputies from './011-approval-deputies.ts';
import * as leaveChanges from './012-leave-changes.ts';
import * as leases from './013-leases.ts';
import * as handInRecordedBy from './014-hand-in-recorded-by.ts';
import * as sendBudget from './016-send-budget.ts';

/**
 * Every migration, in order. Append new ones with the next number; never edit one that has
 * shipped. Features add their tables here (leave, scheduler, notices, …).
 */
export const migrations: Record<string, Migration> = {
  '001-kernel': kernel,
  '002-leave': leave,
  '003-scheduler': scheduler,
  '004-notices-birthdays': noticesBirthdays,
  '005-identity': identity,
  '006-unanswered-questions': unansweredQuestions,
  '007-web-sessions': webSessions,
  '008-outbox-claim-order': outboxClaimOrder,
  '009-calendar-feeds': calendarFeeds,
  '011-approval-deputies': approvalDeputies,
  '012-leave-changes': leaveChanges,
  '013-leases': leases,
  '014-hand-in-recorded-by': handInRecordedBy,
  '016-send-budget': sendBudget,
};
