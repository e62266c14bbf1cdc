import { z } from 'zod';
import { offerReply } from './offer-reply.ts';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { Staff } from '../../data/org/staff.ts';

const stateSchema = z.object({ id: z.number() });
type State = z.infer<typeof stateSchema>;
type Effect = { readonly type: 'withdraw'; readonly id: number };

/** Withdraws one request as a typed 「撤回 12」 does, and says what happened. */
export type WithdrawOne = (person: Staff, id: number, now: Date) => Promise<string>;

export const withdrawConfirmText = {
  ask: (id: number, summary: string) => `您是要撤回第${id}号请假（${summary}）吗？回复「是」撤回，回复「不用」保留。`,
  askCommand: (id: number, summary: string) => `您是要撤回第${id}号请假（${summary}）吗？确认请回复「撤回 ${id}」。`,
  kept: (id: number) => `好的，第${id}号请假没有撤回。`,
};

/**
 * 「10号那个事假不请了 帮我撤掉」 found one request: the person is asked, and a plain yes (「对」「是的」)
 * withdraws it — nothing is taken back on the words alone. Anything else is read as a new message.
 */
export function withdrawConfirmFlow(withdraw: WithdrawOne): Flow<State, undefined, Effect> {
  return {
    name: 'leave-withdraw-confirm',
    version: 1,
    title: '撤回请假',
    schema: stateSchema,
    timeoutMinutes: 30,
    prepare: async () => undefined,
    step(position, input) {
      if (input.action) return { passThrough: 'end' };
      const reply = offerReply(input.text, { yes: ['撤吧', '撤回吧', '撤', '撤回'], no: ['不撤', '不撤了', '取消'] });
      if (reply === 'yes') return { effects: [{ type: 'withdraw', id: position.state.id }] };
      if (reply === 'no') return { replies: [withdrawConfirmText.kept(position.state.id)] };
      return { passThrough: 'end' };
    },
    async perform(effect, ctx) {
      return [await withdraw(ctx.person, effect.id, ctx.now)];
    },
  };
}
