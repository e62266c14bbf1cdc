import { loopText } from './messages.ts';
import type { DeskOutcome, QuestionDeskDeps } from './question-desk.ts';

/** 「忽略问题 5」: an open question leaves the queue without an answer. */
export async function ignoreQuestion(deps: QuestionDeskDeps, id: number, now: Date): Promise<DeskOutcome> {
  const question = await deps.repo.get(id);
  if (!question) return { ok: false, text: loopText.notFound(id) };
  if (question.status !== 'open') return { ok: false, text: loopText.notOpen(id, question.status) };
  if (!(await deps.repo.ignore(id, now))) return { ok: false, text: loopText.notOpen(id, 'ignored') };
  return { ok: true, text: loopText.ignored(id) };
}
