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
  if (question.status !== 'open') return refuse(loopText.notOpen(id, question.status));
  const text = answer.trim();
  if (!text) return refuse(loopText.replyEmpty(id));
  if (text.length > MAX_REPLY) return refuse(loopText.replyTooLong(text.length, MAX_REPLY));
  if (!(await deps.repo.answer(id, text, actorId, now))) return refuse(loopText.notOpen(id, 'answered'));
  const { reached, failed } = await tellAskers(deps, question, loopText.toAsker(question.text, text), actorId, now);
  return { ok: true, text: loopText.replied(id, reached, failed), reached, failed };
}
