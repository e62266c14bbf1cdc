import type { Context } from '../../bot/context.ts';
import type { Handler } from '../../bot/handler.ts';
import type { Outgoing } from '../../data/message.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import { all, fromRole, hears, type Trigger } from '../../bot/triggers.ts';
import type { QueuedQuestion } from '../../data/repos/question-queue-repo.ts';
import { addToFaq } from './faq-file.ts';
import { findSection } from './find-section.ts';
import { loopText } from './messages.ts';
import { DISLIKE, type QuestionLoop } from './question-loop.ts';
import { MAX_EXCERPT, sectionExcerpt, sectionName } from './section-excerpt.ts';

export interface QuestionLoopHandlerDeps {
  readonly loop: QuestionLoop;
  readonly store: OrgStore;
}

const LIST = /^(待回复|未回复|待答复)(的)?问题(列表)?$/;
const REPLY = /^回复问题\s*(\d+)\s*[:：,，]?\s*([\s\S]*)$/;
const SAVE = /^存为问答(?:\s*(\d+))?\s*(?:(?:引用|出处)[:：\s]*([\s\S]+))?$/;
const MAP = /^问题\s*(\d+)\s*对应\s*[:：]?\s*(\S[\s\S]*)$/;
const IGNORE = /^忽略问题\s*(\d+)$/;
/** Anything that starts like one of HR's commands, for the refusal and the usage hints. */
const ANY_REPLY = /^回复问题/;
const ANY_SAVE = /^存为问答/;
const ANY_MAP = /^问题\s*\S*\s*对应/;
const ANY_IGNORE = /^忽略问题/;

/** HR saves the answer within this long after giving it (「存为问答」 refers to the last one). */
const SAVE_WINDOW_MS = 60 * 60_000;
/** Answers to askers are plain chat messages: keep them phone-sized. */
const MAX_REPLY = 1000;

/**
 * The unanswered-questions queue in chat. Anyone: 「不对」 right after an answer queues it.
 * HR only: list, answer the askers privately, save the answer to faq.csv, map a question to a
 * section, ignore one. Question numbers are the queue's own ids, stable while HR works: a
 * question arriving meanwhile never shifts the number HR is answering.
 */
export function questionLoopHandlers(deps: QuestionLoopHandlerDeps): Handler[] {
  const hr = fromRole('hr');
  const notHr: Trigger = (ctx) => !hr(ctx);
  const { loop, store } = deps;
  return [
    {
      // WeCom's 👎 under an answer; a 👍 needs nothing done. Claimed here so neither reaches the Q&A.
      name: 'qa-loop-feedback',
      trigger: (ctx) => ctx.message.feedback !== undefined,
      async handle(ctx) {
        const { on, verdict } = ctx.message.feedback!;
        if (verdict !== 'down') return;
        const queued = await loop.dislikedAnswer(ctx.person.id, on, ctx.now);
        // Privately: a 👎 in a group is one member's view, not news for the group.
        if (queued !== undefined) await ctx.replyPrivately(loopText.dislikeNoted);
      },
    },
    {
      name: 'qa-loop-refuse',
      trigger: all(notHr, hears(LIST, ANY_REPLY, ANY_SAVE, ANY_MAP, ANY_IGNORE)),
      handle: (ctx) => ctx.reply(loopText.onlyHr),
    },
    {
      name: 'qa-loop-dislike',
      trigger: (ctx) => DISLIKE.test(ctx.text) && loop.hasRecentAnswer(ctx.person.id, ctx.now),
      async handle(ctx) {
        await loop.disliked(ctx.person.id, ctx.now);
        await ctx.reply(loopText.dislikeNoted);
      },
    },
    {
      name: 'qa-loop-list',
      trigger: all(hr, hears(LIST)),
      async handle(ctx) {
        const open = await loop.repo.open();
        if (!open.length) return ctx.reply(loopText.listEmpty);
        await answerHr(ctx, loopText.list(open.map((q) => listLine(q, store))));
      },
    },
    {
      name: 'qa-loop-reply',
      trigger: all(hr, hears(ANY_REPLY)),
      async handle(ctx) {
        const m = REPLY.exec(ctx.text);
        if (!m) return answerHr(ctx, loopText.replyUsage);
        const id = Number(m[1]);
        const answer = m[2]!.trim();
        const question = await openQuestion(ctx, loop, id);
        if (!question) return;
        if (!answer) return answerHr(ctx, loopText.replyEmpty(id));
        if (answer.length > MAX_REPLY) return answerHr(ctx, loopText.replyTooLong(answer.length, MAX_REPLY));
        const recorded = await loop.repo.answer(id, answer, ctx.person.id, ctx.now);
        if (!recorded) return answerHr(ctx, loopText.notOpen(id, 'answered'));
        const { reached, failed } = await tellAskers(ctx, loop, question, loopText.toAsker(question.text, answer));
        await answerHr(ctx, loopText.replied(id, reached, failed));
      },
    },
    {
      name: 'qa-loop-save',
      trigger: all(hr, hears(ANY_SAVE)),
      async handle(ctx) {
        const m = SAVE.exec(ctx.text);
        if (!m) return answerHr(ctx, loopText.saveUsage);
        const since = new Date(ctx.now.getTime() - SAVE_WINDOW_MS);
        const named = m[1]
          ? await loop.repo.get(Number(m[1]))
          : await loop.repo.lastUnsavedAnswer(ctx.person.id, since);
        if (!named?.answer || named.savedAt) return answerHr(ctx, loopText.saveNothing);
        if (named.answer.length > MAX_EXCERPT) return answerHr(ctx, loopText.saveTooLong(named.answer.length));
        const org = store.org;
        let cited: { doc: string; section: string } = { doc: '', section: '' };
        if (m[2]) {
          const found = findSection(org.documents, m[2].trim());
          if (found.kind !== 'found') return answerHr(ctx, sectionProblem(m[2].trim(), found));
          cited = { doc: found.document.slug, section: found.section.path.join(' › ') };
        }
        const slugs = new Set(org.documents.map((d) => d.slug));
        const problem = addToFaq(org.dir, { question: named.text, answer: named.answer, ...cited }, slugs);
        if (problem) return answerHr(ctx, loopText.saveFailed(problem));
        await loop.repo.markSaved(named.id, ctx.now);
        const reload = await store.reload();
        if (reload) return answerHr(ctx, loopText.reloadFailed(reload));
        const citedName = cited.doc ? sectionName(org.documents, cited.doc, cited.section) : null;
        await answerHr(ctx, loopText.saved(named.text, citedName));
      },
    },
    {
      name: 'qa-loop-map',
      trigger: all(hr, hears(ANY_MAP)),
      async handle(ctx) {
        const m = MAP.exec(ctx.text);
        if (!m) return answerHr(ctx, loopText.mapUsage);
        const id = Number(m[1]);
        const question = await loop.repo.get(id);
        if (!question) return answerHr(ctx, loopText.notFound(id));
        if (question.status === 'ignored') return answerHr(ctx, loopText.notOpen(id, 'ignored'));
        const org = store.org;
        const words = m[2]!.trim();
        const found = findSection(org.documents, words);
        if (found.kind !== 'found') return answerHr(ctx, sectionProblem(words, found));
        const path = found.section.path.join(' › ');
        const excerpt = sectionExcerpt(found.section, question.text);
        const slugs = new Set(org.documents.map((d) => d.slug));
        // A row quoting what of the section fits this question (one more wording of a row quoting the same).
        const row = { question: question.text, answer: excerpt, doc: found.document.slug, section: path };
        const problem = addToFaq(org.dir, row, slugs);
        if (problem) return answerHr(ctx, loopText.saveFailed(problem));
        await loop.repo.markSaved(id, ctx.now);
        const reload = await store.reload();
        if (reload) return answerHr(ctx, loopText.reloadFailed(reload));
        const name = sectionName(org.documents, found.document.slug, path);
        const { reached } = await tellAskers(ctx, loop, question, loopText.toAskerMapped(question.text, excerpt, name));
        await answerHr(ctx, loopText.mapped(id, question.text, name, reached));
      },
    },
    {
      name: 'qa-loop-ignore',
      trigger: all(hr, hears(ANY_IGNORE)),
      async handle(ctx) {
        const m = IGNORE.exec(ctx.text);
        if (!m) return answerHr(ctx, loopText.ignoreUsage);
        const id = Number(m[1]);
        if (!(await openQuestion(ctx, loop, id))) return;
        if (!(await loop.repo.ignore(id, ctx.now))) return answerHr(ctx, loopText.notOpen(id, 'ignored'));
        await answerHr(ctx, loopText.ignored(id));
      },
    },
  ];
}

function listLine(q: QueuedQuestion, store: OrgStore): string {
  const quoted = q.section ? sectionName(store.org.documents, q.section.doc, q.section.path) : null;
  return loopText.line(q.id, q.text, q.count, quoted);
}

/** The open question with this number, or undefined after telling HR why not. */
async function openQuestion(ctx: Context, loop: QuestionLoop, id: number): Promise<QueuedQuestion | undefined> {
  const question = await loop.repo.get(id);
  if (!question) return void (await answerHr(ctx, loopText.notFound(id)));
  if (question.status !== 'open') return void (await answerHr(ctx, loopText.notOpen(id, question.status)));
  return question;
}

/** Everyone who asked and hasn't been told yet gets the answer privately (HR answering their own question excepted). */
async function tellAskers(
  ctx: Context,
  loop: QuestionLoop,
  question: QueuedQuestion,
  text: string,
): Promise<{ reached: number; failed: number }> {
  let reached = 0;
  let failed = 0;
  for (const staffId of await loop.repo.waitingAskers(question.id)) {
    if (staffId === ctx.person.id) {
      await loop.repo.markNotified(question.id, staffId, ctx.now);
      continue;
    }
    try {
      await ctx.send({ staffId }, text);
      await loop.repo.markNotified(question.id, staffId, ctx.now);
      reached++;
    } catch (error) {
      failed++;
      const err = error instanceof Error ? error.message : String(error);
      ctx.log.warn({ err, staff: staffId, question: question.id }, 'answer not delivered to an asker');
    }
  }
  return { reached, failed };
}

function sectionProblem(words: string, found: Exclude<ReturnType<typeof findSection>, { kind: 'found' }>): string {
  if (found.kind === 'none') return loopText.sectionNone(words);
  const names = found.candidates.map((c) => ({ short: c.document.short, heading: c.section.path.at(-1) ?? '' }));
  return loopText.sectionAmbiguous(words, names);
}

/** The queue's questions and HR's answers may be personal: privately, with a pointer in the group. */
async function answerHr(ctx: Context, out: Outgoing): Promise<void> {
  await ctx.replyPrivately(out);
  if (!ctx.message.isDirect) await ctx.reply(loopText.sentPrivately);
}
