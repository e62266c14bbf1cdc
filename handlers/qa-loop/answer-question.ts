import { formatDateTime } from '../../data/time/index.ts';
import type { QueuedQuestion } from '../../data/repos/question-queue-repo.ts';
import { loopText } from './messages.ts';
import { MAX_REPLY, tellAskers, type DeskOutcome, type QuestionDeskDeps } from './question-desk.ts';

export interface AnswerOutcome extends DeskOutcome {
  readonly reached: number;
  readonly failed: number;
}

/**
 * HR answers an open question (「回复问题 5 …」 or the console's form): recorded, then sent
 * privately to everyone who asked it.
 */
export async function answerQuestion(
  deps: QuestionDeskDeps,
  id: number,
  answer: string,
  actorId: string,
  now: Date,
): Promise<AnswerOutcome> {
  const refuse = (text: string): AnswerOutcome => ({ ok: false, text, reached: 0, failed: 0 });
  const question = await deps.repo.get(id);
  if (!question) return refuse(loopText.notFound(id));
  if (question.status !== 'open') return refuse(whyNotOpen(deps, question, actorId));
  const text = answer.trim();
  if (!text) return refuse(loopText.replyEmpty(id));
  if (text.length > MAX_REPLY) return refuse(loopText.replyTooLong(text.length, MAX_REPLY));
  if (!(await deps.repo.answer(id, text, actorId, now))) {
    // A colleague answered in the same moment: what they sent, as for any later reply.
    const meanwhile = await deps.repo.get(id);
    return refuse(meanwhile ? whyNotOpen(deps, meanwhile, actorId) : loopText.notOpen(id, 'answered'));
  }
  const { reached, failed } = await tellAskers(deps, question, loopText.toAsker(question.text, text), actorId, now);
  return { ok: true, text: loopText.replied(id, reached, failed), reached, failed };
}

/**
 * Why a question takes no answer. Two HR officers get every alert: the second to answer is shown
 * what the askers already got and from whom (「已经回复过了」 alone left them guessing whether their
 * own answer went out).
 */
export function whyNotOpen(deps: QuestionDeskDeps, question: QueuedQuestion, actorId: string): string {
  if (question.status === 'ignored') return loopText.notOpen(question.id, 'ignored');
  if (!question.answer || !question.answeredAt) return loopText.alreadyMapped(question.id);
  // Their own answer a second time: they know what they sent.
  const who = question.answeredBy;
  if (who === actorId) return loopText.notOpen(question.id, 'answered');
  const by = (who && deps.store.org.directory.get(who)?.name) ?? '人力资源部';
  return loopText.alreadyAnswered(
    question.id,
    by,
    formatDateTime(question.answeredAt),
    question.answer,
    !!question.savedAt,
  );
}
