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
/** The colleague a lead records for (「孙浩已经交给我了，帮他登记一下」); absent: the person's own. */
const member = z.object({ id: z.string(), name: z.string() });
const state = z.object({ options: z.array(option).min(2), said: z.string(), for: member.optional() });
type State = z.infer<typeof state>;
type Option = z.infer<typeof option>;
type Member = z.infer<typeof member>;
type Effect = {
  readonly type: 'ack';
  readonly chosen: readonly Option[];
  readonly said: string;
  readonly for?: Member;
};

export const ACK_ACTION_ID = 'deadline-ack';
const ALL = /^(全部|都交了|都|全都|全交了|以上都交了|都提交了)$/;

export interface AckChoiceText {
  readonly chooseAgain: (n: number) => string;
  readonly recorded: (labels: string[]) => string;
  /** To the lead who recorded for a member, and to the member. */
  readonly recordedForMember: (name: string, labels: readonly string[]) => string;
  readonly toMember: (lead: string, labels: readonly string[]) => string;
}

/** Several deadlines open and the person said only "已交": which one? (or all) */
export function ackChoiceFlow(acks: DeadlineAcksRepo, text: AckChoiceText): Flow<State, undefined, Effect> {
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
      const forWhom = position.state.for;
      if (chosen) return { effects: [{ type: 'ack', chosen, said, ...(forWhom ? { for: forWhom } : {}) }] };
      if (n !== undefined) return { next: position, replies: [text.chooseAgain(options.length + 1)] };
      return { passThrough: 'end' };
    },
    async perform(effect, ctx: Context): Promise<Outgoing[]> {
      const labels = effect.chosen.map((o) => o.label);
      if (effect.for === undefined) {
        for (const o of effect.chosen)
          await acks.record({ deadlineId: o.deadlineId, period: o.period }, ctx.person.id, effect.said, ctx.now);
        return [text.recorded(labels)];
      }
      // Recorded for the member, with who recorded it (the audit), and the member told.
      const { id, name } = effect.for;
      for (const o of effect.chosen)
        await acks.record({ deadlineId: o.deadlineId, period: o.period }, id, effect.said, ctx.now, ctx.person.id);
      await ctx.send({ staffId: id }, text.toMember(ctx.person.name, labels));
      return [text.recordedForMember(name, labels)];
    },
  };
}
