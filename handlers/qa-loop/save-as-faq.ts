import type { QueuedQuestion } from '../../data/repos/question-queue-repo.ts';
import { addToFaq } from './faq-file.ts';
import { loopText } from './messages.ts';
import { pickSection, type SectionRef } from './pick-section.ts';
import { tellAskers, type DeskOutcome, type QuestionDeskDeps } from './question-desk.ts';
import { questionOnly } from './question-text.ts';
import { MAX_EXCERPT, sectionName } from './section-excerpt.ts';

/**
 * 「存为问答」: an answered question and HR's answer become a faq.csv row (citing a section when
 * HR names one), checked as the bot reads it, then the organisation is reloaded so the next
 * asker gets it at once. Whoever asked it again after HR answered (and was not told yet) gets the
 * saved answer now.
 */
export async function saveAsFaq(
  deps: QuestionDeskDeps,
  question: QueuedQuestion | undefined,
  cite: string | SectionRef | undefined,
  now: Date,
  actorId = '',
): Promise<DeskOutcome> {
  if (!question?.answer || question.savedAt) return { ok: false, text: loopText.saveNothing };
  if (question.answer.length > MAX_EXCERPT) return { ok: false, text: loopText.saveTooLong(question.answer.length) };
  const org = deps.store.org;
  let cited = { doc: '', section: '' };
  if (cite) {
    const found = pickSection(org.documents, cite);
    if (found.kind !== 'found') return { ok: false, text: found.text };
    cited = { doc: found.document.slug, section: found.section.path.join(' › ') };
  }
  const slugs = new Set(org.documents.map((d) => d.slug));
  // The FAQ matches the question as asked, not an asker's 「（补充：…）」 after it.
  const asked = questionOnly(question.text);
  const problem = addToFaq(org.dir, { question: asked, answer: question.answer, ...cited }, slugs);
  if (problem) return { ok: false, text: loopText.saveFailed(problem) };
  await deps.repo.markSaved(question.id, now);
  const reload = await deps.store.reload();
  const toAsker = loopText.toAsker(question.text, question.answer);
  const { reached } = await tellAskers(deps, question, toAsker, actorId, now);
  if (reload) return { ok: true, text: loopText.reloadFailed(reload) };
  const citedName = cited.doc ? sectionName(org.documents, cited.doc, cited.section) : null;
  return { ok: true, text: loopText.saved(asked, citedName, reached) };
}
