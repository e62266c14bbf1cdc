import { z } from 'zod';
import { hasRole } from '../../data/org/staff.ts';
import type { Directory } from '../../data/org/directory.ts';
import type { Context } from '../../bot/context.ts';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { Org } from '../../data/org/load-org.ts';
import { understandingEnv } from '../leave/leave-understanding.ts';
import { understand, type Intent, type UnderstandingEnv } from '../understanding/index.ts';
import { looksLikeQuestion } from '../qa-loop/looks-like-question.ts';
import { loopText } from '../qa-loop/messages.ts';
import { qaText } from './messages.ts';

const state = z.object({ question: z.string() });
type State = z.infer<typeof state>;
type Effect = { readonly type: 'forward'; readonly question: string };

const YES =
  /^(转人事|转给人事|转hr|转给hr|转人工|转|好|好的|好啊|是|是的|要|需要|可以|行|嗯|嗯嗯|ok|麻烦了|麻烦你了|谢谢)[啊呀吧的了!！。.~～]*$/i;

/** What is no question for HR, though the Q&A found no answer to it: an approval, a 收到, chat. */
const NOT_A_QUESTION = new Set<Intent>([
  'approve',
  'reject',
  'ack_notice',
  'handin',
  'withdraw',
  'confirm',
  'deny',
  'cancel',
  'pick',
  'small_talk',
  'hr_command',
]);

/** Puts a forwarded question in HR's queue (QuestionLoop.forwarded): its number, or undefined. */
export type QueueForwarded = (staffId: string, question: string, now: Date) => Promise<number | undefined>;

/**
 * After "nothing found": one yes sends the question to HR with the asker's name. If no HR
 * officer can be reached (e.g. none has bound their WeChat yet), the person is told whom to
 * contact instead, so the question isn't silently lost.
 *
 * What the asker is told must be true: HR answers through the queue (「回复问题 5 …」, or a plain
 * reply to the alert, read back first), and only a queued question's answer reaches them. So the
 * alert says how to answer, by number when `queue` is given (it queues whatever was forwarded);
 * without it, the question is in the queue when the decline put it there (it reads as a question,
 * the same test), and otherwise HR is asked to contact the person, who is told so.
 */
export function forwardToHrFlow(
  directory: () => Directory,
  hrContact: () => string,
  org?: () => Org,
  queue?: QueueForwarded,
): Flow<State, UnderstandingEnv | undefined, Effect> {
  return {
    name: 'forward-to-hr',
    version: 1,
    title: '转交问题',
    schema: state,
    timeoutMinutes: 30,
    // An offer not taken up: nothing to cancel (the decline is already in HR's queue).
    lapsed: () => [],
    prepare: async (ctx) => (org ? understandingEnv(org(), ctx.person, ctx.now) : undefined),
    step(position, input, env) {
      const { question } = position.state;
      if (!env) return YES.test(input.text) ? { effects: [{ type: 'forward', question }] } : { passThrough: 'end' };
      // Issue 11: only an explicit yes to this offer forwards, and only the question the person asked.
      const reply = understand(input.text, { state: 'forward_offer', question, roles: [] }, env);
      if (reply.intent === 'deny' || reply.intent === 'cancel') return { replies: [qaText.notForwarded] };
      if (reply.intent !== 'confirm' && !YES.test(input.text)) return { passThrough: 'end' };
      const asked = understand(question, { state: 'idle', roles: [] }, env);
      if (NOT_A_QUESTION.has(asked.intent)) return { replies: [qaText.notAQuestion(question)] };
      return { effects: [{ type: 'forward', question }] };
    },
    async perform(effect, ctx: Context) {
      const hr = directory().all.filter((s) => hasRole(s, 'hr') && s.id !== ctx.person.id);
      if (!hr.length) return [qaText.noHr];
      const id = queue ? await queue(ctx.person.id, effect.question, ctx.now) : undefined;
      const queued = id !== undefined || (!queue && looksLikeQuestion(effect.question));
      const { name, team } = ctx.person;
      const alert =
        id !== undefined
          ? loopText.forwardedToHr(name, team, effect.question, id)
          : queued
            ? loopText.forwardedToHrQueued(name, team, effect.question)
            : loopText.forwardedToHrDirectly(name, team, effect.question);
      let reached = 0;
      for (const person of hr) {
        try {
          await ctx.send({ staffId: person.id }, alert);
          reached++;
        } catch (error) {
          ctx.log.warn(
            { err: error instanceof Error ? error.message : String(error), hr: person.id },
            'question not forwarded to this HR officer',
          );
        }
      }
      if (!reached) return [qaText.hrUnreachable(hrContact())];
      return [queued ? qaText.forwarded : loopText.forwardedDirectly];
    },
  };
}
