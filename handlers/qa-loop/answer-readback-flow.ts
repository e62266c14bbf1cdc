import { z } from 'zod';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { OrgStore } from '../../bot/org-store.ts';
import { answerQuestion } from './answer-question.ts';
import { loopText } from './messages.ts';
import { chatDesk } from './question-desk.ts';
import type { QuestionLoop } from './question-loop.ts';

const state = z.object({ ids: z.array(z.number().int().positive()).min(1), answer: z.string().min(1) });
type State = z.infer<typeof state>;
type Effect = { readonly type: 'answer' } & State;

const CONFIRM =
  /^(确认|确定|确认发送|发送|发|发吧|好|好的|可以|行|是|是的|对|嗯|嗯嗯|ok|没问题)[啊吧呀的了!！。.~～]*$/i;
/** 「取消」 itself is the conversation engine's (「好的，已取消发送答复」). */
const DECLINE = /^(不发|不用|不用了|不要|别发|先别发|算了|不|否|不是)[啊吧呀的了!！。.~～]*$/;

/**
 * An answer HR did not write as 「回复问题 5 …」 (「问题 4 也是这个答案」, a plain reply to an
 * alert), read back with the question it goes to: sent to the askers only on 「确认」. Anything
 * else ends it unsent, and is taken up as a message of its own.
 */
export function answerReadbackFlow(loop: QuestionLoop, store: OrgStore): Flow<State, undefined, Effect> {
  return {
    name: 'qa-loop-answer-readback',
    version: 1,
    title: '发送答复',
    schema: state,
    timeoutMinutes: 30,
    prepare: async () => undefined,
    step(position, input) {
      const text = input.text.trim();
      if (CONFIRM.test(text)) return { effects: [{ type: 'answer', ...position.state }] };
      if (DECLINE.test(text)) return { replies: [loopText.readbackCancelled] };
      return { passThrough: 'end' };
    },
    async perform(effect, ctx) {
      const replies: string[] = [];
      for (const id of effect.ids) {
        const outcome = await answerQuestion(chatDesk(loop, store, ctx), id, effect.answer, ctx.person.id, ctx.now);
        replies.push(outcome.text);
      }
      return replies;
    },
  };
}
