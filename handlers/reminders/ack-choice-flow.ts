import { z } from 'zod';
import type { Context } from '../../bot/context.ts';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { Outgoing } from '../../data/message.ts';
import type { DeadlineAcksRepo } from '../../data/repos/deadline-acks-repo.ts';

const option = z.object({
  deadlineId: z.string(),
  period: z.string(),
  label: z.string(),
  keywords: z.array(z.string()),
});
const state = z.object({ options: z.array(option).min(2), said: z.string() });
type State = z.infer<typeof state>;
type Option = z.infer<typeof option>;
type Effect = { readonly type: 'ack'; readonly chosen: readonly Option[]; readonly said: string };

export const ACK_ACTION_ID = 'deadline-ack';
const ALL = /^(全部|都交了|都|全都|全交了|以上都交了|都提交了)$/;

/** Several deadlines open and the person said only "已交": which one? (or all) */
export function ackChoiceFlow(
  acks: DeadlineAcksRepo,
  text: { chooseAgain: (n: number) => string; recorded: (labels: string[]) => string },
): Flow<State, undefined, Effect> {
  return {
    name: 'deadline-ack-choice',
    version: 1,
    title: '确认提交',
    schema: state,
    timeoutMinutes: 30,
    prepare: async () => undefined,
    step(position, input) {
      const { options, said } = position.state;
      const raw = (input.action?.actionId === ACK_ACTION_ID ? input.action.value : input.text)
        .trim()
        .replace(/[。.!！]+$/, '');
      const n = /^\d+$/.test(raw) ? Number(raw) : undefined;
      let chosen: Option[] | undefined;
      if (n !== undefined && n >= 1 && n <= options.length) chosen = [options[n - 1]!];
      else if (n === options.length + 1 || ALL.test(raw)) chosen = options;
      else {
        const named = options.filter((o) => o.keywords.some((k) => raw.includes(k)));
        if (named.length) chosen = named;
      }
      if (chosen) return { effects: [{ type: 'ack', chosen, said }] };
      if (n !== undefined) return { next: position, replies: [text.chooseAgain(options.length + 1)] };
      return { passThrough: 'end' };
    },
    async perform(effect, ctx: Context): Promise<Outgoing[]> {
      for (const o of effect.chosen)
        await acks.record({ deadlineId: o.deadlineId, period: o.period }, ctx.person.id, effect.said, ctx.now);
      return [text.recorded(effect.chosen.map((o) => o.label))];
    },
  };
}
