import type { Context } from '../../bot/context.ts';
import { handler, type Handler } from '../../bot/handler.ts';
import { hrOnly } from '../../bot/guards.ts';
import type { Outgoing } from '../../data/message.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import { hears, startsLike } from '../../bot/triggers.ts';
import type { QueuedQuestion } from '../../data/repos/question-queue-repo.ts';
import { answerQuestion } from './answer-question.ts';
import { ignoreQuestion } from './ignore-question.ts';
import { mapQuestion } from './map-question.ts';
import { loopText } from './messages.ts';
import type { QuestionDeskDeps } from './question-desk.ts';
import { DISLIKE, type QuestionLoop } from './question-loop.ts';
import { saveAsFaq } from './save-as-faq.ts';
import { sectionName } from './section-excerpt.ts';

export interface QuestionLoopHandlerDeps {
  readonly loop: QuestionLoop;
  readonly store: OrgStore;
}

/** 待回复问题, and as HR asks it: 「有哪些问题没回答」「还有几个问题没回复」「未回答的问题」. */
const LIST =
  /^(?:(?:待回复|未回复|待答复|待答|未答|没回复|没回答|未回答)的?问题(?:列表)?|还?有(?:哪些|什么|几个|多少)问题(?:还)?(?:没|未)(?:回答|回复|答复)的?(?:吗)?)[?？]*$/;
/** 「转人事」「帮我问下人事」: the person wants HR's answer, not the bot's. */
const FORWARD = /^(?:帮我|麻烦)?(?:转人事|转给人事|转hr|转给hr|转人工|问(?:一?下|问)人事)[啊呀吧的了!！。.~～]*$/i;
const REPLY = /^回复问题\s*(\d+)\s*[:：,，]?\s*([\s\S]*)$/;
const SAVE = /^存为问答(?:\s*(\d+))?\s*(?:(?:引用|出处)[:：\s]*([\s\S]+))?$/;
const MAP = /^问题\s*(\d+)\s*对应\s*[:：]?\s*(\S[\s\S]*)$/;
const IGNORE = /^忽略问题\s*(\d+)$/;
/** Anything that starts like one of HR's commands: refused to others, the usage line to HR. */
const ANY_REPLY = /^回复问题/;
const ANY_SAVE = /^存为问答/;
const ANY_MAP = /^问题\s*\S*\s*对应/;
const ANY_IGNORE = /^忽略问题/;

/** HR saves the answer within this long after giving it (「存为问答」 refers to the last one). */
const SAVE_WINDOW_MS = 60 * 60_000;

/**
 * The unanswered-questions queue in chat. Anyone: 「不对」 right after an answer queues it.
 * HR only: list, answer the askers privately, save the answer to faq.csv, map a question to a
 * section, ignore one. Question numbers are the queue's own ids, stable while HR works: a
 * question arriving meanwhile never shifts the number HR is answering.
 */
export function questionLoopHandlers(deps: QuestionLoopHandlerDeps): Handler[] {
  const { loop, store } = deps;
  // The chat's own sending and log behind the actions the console shares.
  const desk = (ctx: Context): QuestionDeskDeps => ({
    repo: loop.repo,
    store,
    send: (staffId, text) => ctx.send({ staffId }, text),
    log: ctx.log,
  });
  return [
    handler({
      // WeCom's 👎 under an answer; a 👍 needs nothing done. Claimed here so neither reaches the Q&A.
      name: 'qa-loop-feedback',
      trigger: (ctx) => ctx.message.feedback,
      async handle(ctx, { on, verdict }) {
        if (verdict !== 'down') return;
        const queued = await loop.dislikedAnswer(ctx.person.id, on, ctx.now);
        // Privately: a 👎 in a group is one member's view, not news for the group.
        if (queued !== undefined) await ctx.replyPrivately(loopText.dislikeNoted);
      },
    }),
    {
      name: 'qa-loop-dislike',
      trigger: (ctx) => DISLIKE.test(ctx.text) && loop.hasRecentAnswer(ctx.person.id, ctx.now),
      async handle(ctx) {
        await loop.disliked(ctx.person.id, ctx.now);
        await ctx.reply(loopText.dislikeNoted);
      },
    },
    {
      // 「转人事」 after an answer (not after a decline, whose offer takes it): the answer did not do,
      // so the question goes to HR's queue with the section quoted, as a 「不对」 does.
      name: 'qa-loop-forward-asked',
      trigger: (ctx) => FORWARD.test(ctx.text.trim()) && loop.hasRecentAnswer(ctx.person.id, ctx.now),
      async handle(ctx) {
        await loop.disliked(ctx.person.id, ctx.now);
        await ctx.reply(loopText.forwardNoted);
      },
    },
    {
      name: 'qa-loop-list',
      trigger: hears(LIST),
      guard: hrOnly,
      async handle(ctx) {
        const open = await loop.repo.open();
        if (!open.length) return ctx.reply(loopText.listEmpty);
        await answerHr(ctx, loopText.list(open.map((q) => listLine(q, store))));
      },
    },
    handler({
      name: 'qa-loop-reply',
      trigger: startsLike(ANY_REPLY, REPLY),
      guard: hrOnly,
      async handle(ctx, { m }) {
        if (!m) return answerHr(ctx, loopText.replyUsage);
        await answerHr(ctx, (await answerQuestion(desk(ctx), Number(m[1]), m[2] ?? '', ctx.person.id, ctx.now)).text);
      },
    }),
    handler({
      name: 'qa-loop-save',
      trigger: startsLike(ANY_SAVE, SAVE),
      guard: hrOnly,
      async handle(ctx, { m }) {
        if (!m) return answerHr(ctx, loopText.saveUsage);
        const since = new Date(ctx.now.getTime() - SAVE_WINDOW_MS);
        const named = m[1]
          ? await loop.repo.get(Number(m[1]))
          : await loop.repo.lastUnsavedAnswer(ctx.person.id, since);
        await answerHr(ctx, (await saveAsFaq(desk(ctx), named, m[2]?.trim(), ctx.now)).text);
      },
    }),
    handler({
      name: 'qa-loop-map',
      trigger: startsLike(ANY_MAP, MAP),
      guard: hrOnly,
      async handle(ctx, { m }) {
        if (!m) return answerHr(ctx, loopText.mapUsage);
        await answerHr(
          ctx,
          (await mapQuestion(desk(ctx), Number(m[1]), (m[2] ?? '').trim(), ctx.person.id, ctx.now)).text,
        );
      },
    }),
    handler({
      name: 'qa-loop-ignore',
      trigger: startsLike(ANY_IGNORE, IGNORE),
      guard: hrOnly,
      async handle(ctx, { m }) {
        if (!m) return answerHr(ctx, loopText.ignoreUsage);
        await answerHr(ctx, (await ignoreQuestion(desk(ctx), Number(m[1]), ctx.now)).text);
      },
    }),
  ];
}

function listLine(q: QueuedQuestion, store: OrgStore): string {
  const quoted = q.section ? sectionName(store.org.documents, q.section.doc, q.section.path) : null;
  return loopText.line(q.id, q.text, q.count, quoted);
}

/** The queue's questions and HR's answers may be personal: privately, with a pointer in the group. */
async function answerHr(ctx: Context, out: Outgoing): Promise<void> {
  await ctx.replyPrivately(out);
  if (!ctx.message.isDirect) await ctx.reply(loopText.sentPrivately);
}
