import type { Context } from '../../bot/context.ts';
import type { Logger } from '../../bot/logger.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import type { QuestionQueueRepo, QueuedQuestion } from '../../data/repos/question-queue-repo.ts';

/**
 * What HR's actions on the unanswered-questions queue need, from the chat or the web console:
 * the queue, the organisation folder (faq.csv) and a way to message an asker privately.
 */
export interface QuestionDeskDeps {
  readonly repo: QuestionQueueRepo;
  readonly store: OrgStore;
  readonly send: (staffId: string, text: string) => Promise<void>;
  readonly log: Logger;
}

/** The chat's own sending and log behind the actions the console shares. */
export function chatDesk(queue: { readonly repo: QuestionQueueRepo }, store: OrgStore, ctx: Context): QuestionDeskDeps {
  return { repo: queue.repo, store, send: (staffId, text) => ctx.send({ staffId }, text), log: ctx.log };
}

/** An action's outcome: whether it changed anything, and what the chat tells HR about it. */
export interface DeskOutcome {
  readonly ok: boolean;
  readonly text: string;
}

/** Answers to askers are plain chat messages: keep them phone-sized. */
export const MAX_REPLY = 1000;

/**
 * Everyone who asked and hasn't been told yet gets the answer privately (HR answering their
 * own question excepted). One who can't be reached is counted, never fails the rest.
 */
export async function tellAskers(
  deps: QuestionDeskDeps,
  question: QueuedQuestion,
  text: string,
  actorId: string,
  now: Date,
): Promise<{ reached: number; failed: number }> {
  let reached = 0;
  let failed = 0;
  for (const staffId of await deps.repo.waitingAskers(question.id)) {
    if (staffId === actorId) {
      await deps.repo.markNotified(question.id, staffId, now);
      continue;
    }
    try {
      await deps.send(staffId, text);
      await deps.repo.markNotified(question.id, staffId, now);
      reached++;
    } catch (error) {
      failed++;
      const err = error instanceof Error ? error.message : String(error);
      deps.log.warn({ err, staff: staffId, question: question.id }, 'answer not delivered to an asker');
    }
  }
  return { reached, failed };
}
