import { addToFaq } from './faq-file.ts';
import { loopText } from './messages.ts';
import { pickSection, type SectionRef } from './pick-section.ts';
import { tellAskers, type DeskOutcome, type QuestionDeskDeps } from './question-desk.ts';
import { questionOnly } from './question-text.ts';
import { sectionExcerpt, sectionName } from './section-excerpt.ts';

/**
 * 「问题 5 对应 年假」: the question becomes one more wording of a faq.csv row quoting what of
 * the section fits it; the askers are told that excerpt privately.
 */
export async function mapQuestion(
  deps: QuestionDeskDeps,
  id: number,
  where: string | SectionRef,
  actorId: string,
  now: Date,
): Promise<DeskOutcome> {
  const question = await deps.repo.get(id);
  if (!question) return { ok: false, text: loopText.notFound(id) };
  if (question.status === 'ignored') return { ok: false, text: loopText.notOpen(id, 'ignored') };
  const org = deps.store.org;
  const found = pickSection(org.documents, where);
  if (found.kind !== 'found') return { ok: false, text: found.text };
  const path = found.section.path.join(' › ');
  const excerpt = sectionExcerpt(found.section, question.text);
  const slugs = new Set(org.documents.map((d) => d.slug));
  // The FAQ matches the question as asked, not an asker's 「（补充：…）」 after it.
  const row = { question: questionOnly(question.text), answer: excerpt, doc: found.document.slug, section: path };
  const problem = addToFaq(org.dir, row, slugs);
  if (problem) return { ok: false, text: loopText.saveFailed(problem) };
  await deps.repo.markSaved(id, now);
  const reload = await deps.store.reload();
  if (reload) return { ok: true, text: loopText.reloadFailed(reload) };
  const name = sectionName(org.documents, found.document.slug, path);
  const { reached } = await tellAskers(
    deps,
    question,
    loopText.toAskerMapped(question.text, excerpt, name),
    actorId,
    now,
  );
  return { ok: true, text: loopText.mapped(id, question.text, name, reached) };
}
