import type { AnyFlow } from '../../bot/conversation/flow.ts';
import type { Context } from '../../bot/context.ts';
import { handler, type Handler } from '../../bot/handler.ts';
import { hrOnly } from '../../bot/guards.ts';
import type { Outgoing } from '../../data/message.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import { hears, startsLike } from '../../bot/triggers.ts';
import { hasRole, type Staff } from '../../data/org/staff.ts';
import type { QueuedQuestion } from '../../data/repos/question-queue-repo.ts';
import { understandingEnv } from '../leave/leave-understanding.ts';
import { qaText } from '../policy-qa/messages.ts';
import type { PolicyQa } from '../policy-qa/policy-qa.ts';
import { understand } from '../understanding/index.ts';
import { answerQuestion, whyNotOpen } from './answer-question.ts';
import { answerReadbackFlow } from './answer-readback-flow.ts';
import { ignoreQuestion } from './ignore-question.ts';
import { isChatter, looksLikeQuestion } from './looks-like-question.ts';
import { mapQuestion } from './map-question.ts';
import { loopText } from './messages.ts';
import { chatDesk } from './question-desk.ts';
import { DISLIKE, type QuestionLoop } from './question-loop.ts';
import { questionOnly } from './question-text.ts';
import { saveAsFaq } from './save-as-faq.ts';
import { sectionName } from './section-excerpt.ts';

export interface QuestionLoopHandlerDeps {
  readonly loop: QuestionLoop;
  readonly store: OrgStore;
  /** The current Q&A: a clarification after 「不对」 is asked again with the question it clarifies. */
  readonly qa?: () => PolicyQa;
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

/**
 * 「问题4也是这个答案」「问题 4、5 同上」「第4个也一样」: HR's last answer, for other questions too. The
 * numbers, then what is said of them (SAME_AS).
 */
const SAME_ANSWER = /^(?:问题|第)\s*(\d+(?:\s*[、,，和及跟与]\s*(?:问题)?\s*\d+)*)\s*(?:个|题|号)?(?:问题)?\s*(\S.*)$/;
const THAT_ONE =
  '(?:这个|这条|同样的?|一样的?|相同的?|同一个|上面的?|上一个|刚才的?|前面的?)(?:答案|答复|回复|回答)?(?:一样)?';
const SAME_AS = new RegExp(
  `^(?:的答案|的答复)?(?:也|同样)?(?:是|用|按|回|回复|答|答复|发)?(?:${THAT_ONE}|一样|同上|相同)[吧啊哈哦呀。.!！~～]*$`,
);

/** HR saves the answer within this long after giving it (「存为问答」 refers to the last one). */
const SAVE_WINDOW_MS = 60 * 60_000;

/** Said of a notice or a hand-in, never an answer to a colleague's question: 「已读」「看到了」. */
const ACK = /^(?:已读|已阅|已看|看到了|已收到|已交|交了)/;

/**
 * 「我问的是上班路上」「是说通勤途中」: how a clarification opens, taken off before it is asked with the
 * question it clarifies.
 */
const CLARIFYING_OPENING =
  /^(?:不是[,，\s]*)?(?:我|我是|我的意思是|我想|我要)?(?:问的?是|说的?是|想问的?是|是问|是说|指的?是|意思是)[:：,，\s]*/;

/**
 * The unanswered-questions queue in chat. Anyone: 「不对」 right after an answer queues it.
 * HR only: list, answer the askers privately, save the answer to faq.csv, map a question to a
 * section, ignore one. Question numbers are the queue's own ids, stable while HR works: a
 * question arriving meanwhile never shifts the number HR is answering.
 */
export function questionLoopHandlers(deps: QuestionLoopHandlerDeps): { handlers: Handler[]; flows: AnyFlow[] } {
  const { loop, store } = deps;
  const desk = (ctx: Context) => chatDesk(loop, store, ctx);
  const readback = answerReadbackFlow(loop, store);
  const handlers: Handler[] = [
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
    handler({
      // 「问题4也是这个答案」 right after answering question 3: question 4's askers get the same answer,
      // read back first (the Q&A took it for a remark and said 「好的，知道了」, and nobody was told).
      name: 'qa-loop-same-answer',
      trigger: (ctx) => {
        const m = SAME_ANSWER.exec(ctx.text.replace(/\s+/g, ''));
        return m && SAME_AS.test(m[2]!) ? { ids: [...new Set(m[1]!.match(/\d+/g)!.map(Number))] } : null;
      },
      guard: hrOnly,
      async handle(ctx, { ids }) {
        const since = new Date(ctx.now.getTime() - SAVE_WINDOW_MS);
        const last = await loop.repo.lastAnswerBy(ctx.person.id, since);
        if (!last?.answer) return answerHr(ctx, loopText.sameAnswerNothing(ids[0]!));
        const questions: string[] = [];
        for (const id of ids) {
          const question = await loop.repo.get(id);
          if (!question) return answerHr(ctx, loopText.notFound(id));
          if (question.status !== 'open') return answerHr(ctx, whyNotOpen(desk(ctx), question, ctx.person.id));
          questions.push(question.text);
        }
        await ctx.conversation.start(readback, { step: 'confirm', state: { ids, answer: last.answer } });
        await answerHr(ctx, loopText.sameAnswerReadback(ids, last.id, questions, last.answer));
      },
    }),
    handler({
      // HR replied in plain words right after an alert (「可以的，找前台登记」), as the alert's 「请直接回复」
      // once invited, and nothing reached the colleague. Decision: the alert now names the command, and
      // such a reply is also taken up — but only read back with the question it would answer (the
      // newest asked lately), sent on 「确认」: this feature runs before leave and reminders, and a
      // message is never sent to a colleague on a guess. Anything that reads as something else (a
      // question, 「同意」 to a request, a leave request, 「收到」) goes its own way.
      name: 'qa-loop-plain-answer',
      trigger: (ctx) => ctx.message.isDirect && readsAsPlainAnswer(ctx, loop, store),
      async handle(ctx) {
        for (const ask of loop.questionsAwaitingReply(ctx.person.id, ctx.now)) {
          const question = await loop.repo.get(ask.id);
          if (question?.status !== 'open') continue;
          // Starting the read-back would end a conversation that let this message through.
          if (await ctx.conversation.active()) return ctx.reply(loopText.plainInFlow(question.id));
          await ctx.conversation.start(readback, { step: 'confirm', state: { ids: [question.id], answer: ctx.text } });
          return ctx.reply(loopText.plainReadback(question.id, question.text, ctx.text));
        }
        // Answered meanwhile (by a colleague, or from the list): a remark, as the Q&A would take it.
        await ctx.reply(qaText.noted);
      },
    }),
    {
      // 「我问的是上班路上」 right after 「不对」: what the asker meant, asked again with the question it
      // clarifies; answered when that finds another section, else added to the queued question for HR
      // (the Q&A took it for a remark: 「好的，知道了」, and HR never read it).
      name: 'qa-loop-clarification',
      trigger: (ctx) => ctx.message.isDirect && readsAsClarification(ctx, loop, store),
      async handle(ctx) {
        const last = loop.clarifyingFor(ctx.person.id, ctx.now)!;
        const said = ctx.text.replace(CLARIFYING_OPENING, '').trim() || ctx.text;
        const asked = `${questionOnly(last.question)} ${said}`;
        const result = deps.qa?.().answer(asked);
        const cited = result?.found ? result.citations[0] : undefined;
        // The same section again would be the answer the asker just said was wrong.
        if (result && cited && !(last.section?.doc === cited.doc && last.section.path === cited.section)) {
          loop.endClarification(ctx.person.id);
          await ctx.reply({ text: result.answer, rateable: true });
          loop.answered(ctx.person.id, asked, result, ctx.now, ctx.message.id);
          return;
        }
        const queued = await loop.clarified(ctx.person.id, ctx.text, ctx.now);
        await ctx.reply(queued === undefined ? qaText.noted : loopText.clarified);
      },
    },
  ];
  return { handlers, flows: [readback] };
}

function listLine(q: QueuedQuestion, store: OrgStore): string {
  const quoted = q.section ? sectionName(store.org.documents, q.section.doc, q.section.path) : null;
  // Open with an answer: asked again after HR answered it.
  return loopText.line(q.id, q.text, q.count, quoted, q.answer);
}

/**
 * Whether an HR officer's direct message reads as a plain answer to a question queued lately: no
 * question, no chatter, and read as if a request and a notice awaited them, still no decision, ack,
 * leave request or command.
 */
function readsAsPlainAnswer(ctx: Context, loop: QuestionLoop, store: OrgStore): boolean {
  if (!hasRole(ctx.person, 'hr')) return false;
  const text = ctx.text.trim();
  if ([...text].length < 2 || looksLikeQuestion(text) || isChatter(text) || ACK.test(text) || DISLIKE.test(text))
    return false;
  if (!loop.questionsAwaitingReply(ctx.person.id, ctx.now).length) return false;
  return saysNothingElse(text, ctx.person, store, ctx.now);
}

/** After 「不对」: a message that is no question of its own, no chatter and no command for anything else. */
function readsAsClarification(ctx: Context, loop: QuestionLoop, store: OrgStore): boolean {
  const text = ctx.text.trim();
  if (!loop.clarifyingFor(ctx.person.id, ctx.now)) return false;
  if (looksLikeQuestion(text) || isChatter(text) || DISLIKE.test(text) || FORWARD.test(text)) return false;
  return saysNothingElse(text, ctx.person, store, ctx.now);
}

/** A request and a notice as if awaiting the speaker: 「同意」「可以」「收到了」 then read as decisions and acks. */
const AS_IF_WAITING = {
  // Names nobody writes: an empty one would be "named" by every message.
  pending: [{ no: 1, applicant: '\uFFFF', kind: 'leave' as const }],
  notices: [{ no: 1, title: '\uFFFF' }],
};

/** Read by the understanding layer as nothing but talk: what no other feature would take up. */
function saysNothingElse(text: string, person: Staff, store: OrgStore, now: Date): boolean {
  const env = understandingEnv(store.org, person, now);
  const read = understand(text, { state: 'idle', roles: person.roles, ...AS_IF_WAITING }, env);
  // Greetings and thanks are small talk read with confidence; what nothing recognised falls back to it.
  return read.intent === 'small_talk' && read.alternatives.some((a) => a.intent === 'ask_policy');
}

/** The queue's questions and HR's answers may be personal: privately, with a pointer in the group. */
async function answerHr(ctx: Context, out: Outgoing): Promise<void> {
  await ctx.replyPrivately(out);
  if (!ctx.message.isDirect) await ctx.reply(loopText.sentPrivately);
}
