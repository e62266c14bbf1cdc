import type { Handler } from '../../bot/handler.ts';
import type { AnyFlow } from '../../bot/conversation/flow.ts';
import { always } from '../../bot/triggers.ts';
import type { Answerer, LlmSettings } from '../../bot/answerer.ts';
import { LlmCallBudget } from './llm-call-budget.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { QuestionLoop } from '../qa-loop/question-loop.ts';
import { looksLikeQuestion } from '../qa-loop/looks-like-question.ts';
import { asksNothing } from '../understanding/index.ts';
import { choiceActions } from './choose-section-flow.ts';
import { answerFollowUp } from './follow-up.ts';
import type { NoticeAnswerer } from './from-notice.ts';
import { qaText } from './messages.ts';
import type { PolicyQa, QaResult } from './policy-qa.ts';
import { answerWithModel } from './with-model/answer-with-model.ts';
import { finalOf } from './with-model/write-answer.ts';

export interface PolicyQaDeps {
  /** The current Q&A (rebuilt when the organisation's files change). */
  readonly qa: () => PolicyQa;
  readonly forwardFlow: AnyFlow;
  /** Takes the number picked when the Q&A offers choices. */
  readonly choiceFlow?: AnyFlow;
  readonly answerer?: Answerer;
  readonly llm: LlmSettings;
  readonly directory: () => Directory;
  /** The unanswered-questions queue: told of every decline and every answer (for a 「不对」 after it). */
  readonly loop?: QuestionLoop;
  /** The answer a notice the person received lately gives to the question, if one does (see from-notice). */
  readonly fromNotice?: NoticeAnswerer;
}

/** 「改成1月5号到6号」 in the group: an edit meant for a request, which is changed in private only. */
const EDIT_SAID = /^(?:@\S+\s*)?(?:改成|改为|改到|换成|换到|调成|调到|撤回)/;

const BARE_REPLY = /^(?:确认|确定|提交|好的?|好滴|嗯+|行|可以|ok|收到|知道了|明白|是的?|对的?)[了啦呀。.!！~～👌]*$/iu;

/**
 * The catch-all: whatever no other feature claimed is treated as a policy question. When
 * the documents don't answer it, the person is offered to pass it to HR.
 */
export function policyQaHandler(deps: PolicyQaDeps): Handler {
  const budget = new LlmCallBudget(deps.llm.callsPerHour);
  return {
    name: 'policy-qa',
    trigger: always,
    async handle(ctx) {
      const qa = deps.qa();
      let result = qa.answer(ctx.text);
      let written: AsyncIterable<string> | undefined;
      // 「年度总结会几点」 after HR's notice of that meeting: the notice has the answer, the handbook
      // only a rule that shares a word with it. HR's FAQ answer still comes first.
      const fromDocuments = result.kind === 'policy' || result.kind === 'not-found' || result.kind === 'choices';
      if (fromDocuments && deps.fromNotice && looksLikeQuestion(ctx.text)) {
        const fromNotice = await deps.fromNotice(ctx.person.id, ctx.text, ctx.now, !ctx.message.isDirect);
        if (fromNotice) return ctx.reply(fromNotice);
      }
      // A question asked in the middle of a leave request or an overtime registration (the flow let it
      // through) is answered without replacing that conversation by an offer waiting for a reply.
      const inFlow = ctx.message.isDirect && (await ctx.conversation.active()) !== undefined;
      // 「确认」「好的」 after the read-back it meant has ended: no question to decline or pass to HR.
      if (!inFlow && result.kind === 'not-found' && BARE_REPLY.test(ctx.text)) return ctx.reply(qaText.nothingPending);
      // News or a remark (「孙浩昨天加班到十点 太拼了」): acknowledged, not declined with an offer to pass it
      // to HR, not queued for HR, not sent to a model — and not answered with a rule the written questions
      // made it look like (the overtime-pay clause): nobody asked. HR's FAQ answer still stands.
      const guessed = result.kind === 'not-found' || result.kind === 'choices' || result.kind === 'policy';
      const remark = ctx.message.isDirect && asksNothing(ctx.text) && !looksLikeQuestion(ctx.text);
      if (!inFlow && guessed && remark) {
        // 「我来了7年了」 after 「年假有几天」 adds to the last question: answered for it.
        const previous = deps.loop?.lastAnswer(ctx.person.id, ctx.now);
        const followUp = previous && answerFollowUp(qa, previous, ctx.text);
        if (!followUp) return ctx.reply(qaText.noted);
        await ctx.reply({ text: followUp.answer, rateable: true });
        deps.loop?.answered(ctx.person.id, `${previous.question} ${ctx.text}`, followUp, ctx.now, ctx.message.id);
        return;
      }
      // Over the person's hourly allowance of model calls: the documents' answer, as with no model.
      if (deps.answerer && modelMayHelp(result, ctx.text) && budget.take(ctx.person.id, ctx.now)) {
        const signal = AbortSignal.timeout(deps.llm.timeoutMs);
        const withModel = { answerer: deps.answerer, qa, directory: deps.directory(), log: ctx.log, signal };
        ({ result, reply: written } = await answerWithModel(withModel, ctx.text, result));
      }
      if (inFlow && (result.kind === 'not-found' || result.kind === 'choices')) {
        await deps.loop?.declined(ctx.person.id, ctx.text, ctx.now);
        return ctx.reply(qaText.notFoundInFlow);
      }
      if (result.kind === 'choices' && result.choices && deps.choiceFlow && ctx.message.isDirect) {
        const offer = { text: result.answer, actions: choiceActions(result.choices) };
        await ctx.conversation.start(
          deps.choiceFlow,
          { step: 'offered', state: { question: ctx.text, choices: result.choices } },
          [offer],
        );
        return;
      }
      if (result.kind === 'not-found' || result.kind === 'choices') {
        // The reason quotes the question's words: debug level only, like message bodies.
        ctx.log.debug({ why: result.why }, 'policy question not answered');
        await deps.loop?.declined(ctx.person.id, ctx.text, ctx.now);
        if (!ctx.message.isDirect)
          return ctx.reply(EDIT_SAID.test(ctx.text) ? qaText.editInGroup : qaText.notFoundInGroup);
        await ctx.conversation.start(deps.forwardFlow, { step: 'offered', state: { question: ctx.text } }, [
          qaText.notFound,
        ]);
        return;
      }
      // Only an answer from the documents or the FAQ is worth a 👍/👎 (not a greeting or 「不客气」).
      const rateable = result.found;
      if (written && ctx.replyStream) await ctx.replyStream(written, { rateable });
      else await ctx.reply({ text: written ? ((await finalOf(written)) ?? result.answer) : result.answer, rateable });
      deps.loop?.answered(ctx.person.id, ctx.text, result, ctx.now, ctx.message.id);
    },
  };
}

/**
 * A policy question the engine answered from the documents, offered choices for, or declined
 * (when it reads as a question, not 「收到」). HR's FAQ answer is HR's own wording and stands.
 */
function modelMayHelp(result: QaResult, text: string): boolean {
  if (result.kind === 'not-found') return looksLikeQuestion(text);
  return result.kind === 'policy' || result.kind === 'choices';
}
