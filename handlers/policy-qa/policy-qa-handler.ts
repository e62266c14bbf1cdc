import type { Handler } from '../../bot/handler.ts';
import type { AnyFlow } from '../../bot/conversation/flow.ts';
import { always } from '../../bot/triggers.ts';
import type { Answerer, LlmSettings } from '../../bot/answerer.ts';
import { LlmCallBudget } from './llm-call-budget.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { QuestionLoop } from '../qa-loop/question-loop.ts';
import { choiceActions } from './choose-section-flow.ts';
import { qaText } from './messages.ts';
import type { PolicyQa } from './policy-qa.ts';
import { writeWithAnswerer } from './write-with-answerer.ts';

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
}

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
      const result = qa.answer(ctx.text);
      if (result.kind === 'choices' && result.choices && deps.choiceFlow && ctx.message.isDirect) {
        const offer = { text: result.answer, actions: choiceActions(result.choices) };
        await ctx.conversation.start(deps.choiceFlow, { step: 'offered', state: { question: ctx.text, choices: result.choices } }, [offer]);
        return;
      }
      if (result.kind === 'not-found' || result.kind === 'choices') {
        // The reason quotes the question's words: debug level only, like message bodies.
        ctx.log.debug({ why: result.why }, 'policy question not answered');
        await deps.loop?.declined(ctx.person.id, ctx.text, ctx.now);
        if (!ctx.message.isDirect) return ctx.reply(qaText.notFoundInGroup);
        await ctx.conversation.start(deps.forwardFlow, { step: 'offered', state: { question: ctx.text } }, [qaText.notFound]);
        return;
      }
      // Over the person's hourly allowance of model calls: the documents' answer, as with no model.
      const useModel = result.found && deps.answerer && budget.take(ctx.person.id, ctx.now);
      const text = useModel ? await writeWithAnswerer(deps.answerer!, ctx, result, qa, deps.directory(), deps.llm.timeoutMs) : result.answer;
      await ctx.reply(text);
      deps.loop?.answered(ctx.person.id, ctx.text, result, ctx.now);
    },
  };
}
