import { z } from 'zod';
import type { Context } from '../../bot/context.ts';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { ActionRequest } from '../../data/message.ts';
import { qaText } from './messages.ts';
import type { PolicyQa, QaChoice, QaResult } from './policy-qa.ts';

const state = z.object({
  question: z.string(),
  choices: z.array(z.object({ label: z.string(), doc: z.string(), section: z.string() })).min(1),
});
type State = z.infer<typeof state>;
type Effect =
  | { readonly type: 'answer'; readonly question: string; readonly choice: QaChoice }
  | { readonly type: 'not-picked'; readonly question: string };

/** Told when the person moves on without picking: the question goes to HR's unanswered queue. */
export type NotPicked = (staffId: string, question: string, now: Date) => Promise<unknown>;
/**
 * Told when the section picked answered the question, as the Q&A handler tells of its answers: a
 * 「不对」 or 👎 right after it then queues the question, as after any other answer.
 */
export type Answered = (staffId: string, question: string, result: QaResult, now: Date, messageId: string) => void;

export const CHOICE_ACTION_ID = 'qa-choice';
const FULL_WIDTH = '０１２３４５６７８９';
/**
 * 「不对」 to the choices means none of them: it must not pass on to the 「不对」 feedback, which would
 * mark the person's previous answered question wrong (the loop bench queued right answers so).
 */
const NONE_OF_THEM = /^(转人事|转给人事|问人事|都不是|都不对|都没有|没有|不是|不对|不是这个|没用)[。！!]?$/;

/** "2", "２", "第2个", "2." → 2; anything else is not a pick. */
function pickOf(text: string): number | undefined {
  const plain = text.trim().replace(/[０-９]/g, (d) => String(FULL_WIDTH.indexOf(d)));
  const m = /^第?([1-9])(个|条|项)?[.。、]?$/.exec(plain);
  return m ? Number(m[1]) : undefined;
}

/** The choices as buttons on WeCom; elsewhere the text already says "回复数字". */
export function choiceActions(choices: readonly QaChoice[]): ActionRequest[] {
  const options = choices.map((c, i) => ({
    label: `${i + 1}. ${c.label}`,
    value: String(i + 1),
    command: String(i + 1),
  }));
  return [{ id: CHOICE_ACTION_ID, title: qaText.choiceAction, options }];
}

/**
 * After "您是想问：1. … 2. …": a number (typed or pressed) answers the question from that
 * section; anything else is a new message for the other handlers, and the offer lapses.
 */
export function chooseSectionFlow(
  qa: () => PolicyQa,
  notPicked?: NotPicked,
  answered?: Answered,
): Flow<State, undefined, Effect> {
  return {
    name: 'policy-choice',
    version: 1,
    title: '选择制度条目',
    schema: state,
    timeoutMinutes: 30,
    // Not picked within the half hour: the question joins HR's queue like one whose choices were passed by.
    lapsed: (state) => [{ type: 'not-picked', question: state.question }],
    prepare: async () => undefined,
    step(position, input) {
      const n = pickOf(input.action?.value ?? input.text);
      const choice = n === undefined ? undefined : position.state.choices[n - 1];
      const count = position.state.choices.length;
      if (n !== undefined && !choice) return { next: position, replies: [qaText.noSuchChoice(count)] };
      const notPicked = { type: 'not-picked', question: position.state.question } as const;
      // None of them: the question goes to HR's queue, and HR's answer will reach the asker.
      if (NONE_OF_THEM.test(input.text.trim())) return { replies: [qaText.choiceForwarded], effects: [notPicked] };
      if (!choice) return { passThrough: 'end', effects: [notPicked] };
      return { effects: [{ type: 'answer', question: position.state.question, choice }] };
    },
    async perform(effect, ctx: Context) {
      if (effect.type === 'not-picked') {
        await notPicked?.(ctx.person.id, effect.question, ctx.now);
        return [];
      }
      const result: QaResult = qa().answerFrom(effect.question, effect.choice);
      answered?.(ctx.person.id, effect.question, result, ctx.now, ctx.message.id);
      return [{ text: result.answer, rateable: result.found }];
    },
  };
}
