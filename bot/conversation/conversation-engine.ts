import type { ConversationsRepo } from '../../data/repos/conversations-repo.ts';
import type { Context } from '../context.ts';
import type { Outgoing } from '../../data/message.ts';
import type { AnyFlow, FlowPosition } from './flow.ts';
import { conversationText } from './messages.ts';

export interface FlowOutcome {
  readonly taken: boolean;
  readonly after: readonly Outgoing[];
}

const TAKEN: FlowOutcome = { taken: true, after: [] };
const NOT_TAKEN: FlowOutcome = { taken: false, after: [] };

/** Words that end any flow, whatever step it is at. */
const CANCEL = /^(取消|算了|不要了|不用了|不办了|不请了|退出|cancel|quit)[。.!！~～]*$/i;

/**
 * Runs persisted multi-turn flows: one active flow per person, keyed by the staff id so a
 * reconnect, a restart or a switch of channel picks up where the person was.
 */
export class ConversationEngine {
  private readonly flows = new Map<string, AnyFlow>();

  constructor(
    private readonly repo: ConversationsRepo,
    flows: readonly AnyFlow[],
  ) {
    for (const f of flows) this.flows.set(f.name, f);
  }

  register(flow: AnyFlow): void {
    this.flows.set(flow.name, flow);
  }

  /**
   * Offers the message to the person's active flow: `taken` when the flow took it; otherwise the
   * handlers answer it, then `after` is sent (a passed-through flow's note of where it stands).
   */
  async handle(ctx: Context): Promise<FlowOutcome> {
    const record = await this.repo.get(ctx.person.id);
    if (!record) return NOT_TAKEN;
    const flow = this.flows.get(record.flow);
    const title = flow?.title ?? '操作';
    if (record.expiresAt < ctx.now.toISOString()) {
      await this.repo.delete(record.chatKey);
      // An offer that simply lapses is dropped quietly, with its own effects; anything half-done is said.
      const state = flow?.lapsed ? flow.schema.safeParse(record.state) : undefined;
      if (flow?.lapsed && state?.success)
        for (const effect of flow.lapsed(state.data)) await flow.perform?.(effect, ctx);
      else await ctx.reply(conversationText.expired(title));
      return NOT_TAKEN;
    }
    const parsed = flow?.schema.safeParse(record.state);
    if (!flow || flow.version !== record.version || !parsed?.success) {
      await this.repo.delete(record.chatKey);
      await ctx.reply(conversationText.outdated(title));
      return NOT_TAKEN;
    }
    if (CANCEL.test(ctx.text) && !ctx.message.action) {
      await this.repo.delete(record.chatKey);
      await ctx.reply(conversationText.cancelled(title));
      return TAKEN;
    }
    const env = await flow.prepare(ctx);
    const result = flow.step(
      { step: record.step, state: parsed.data },
      { text: ctx.text, action: ctx.message.action },
      env,
      ctx.now,
    );
    if (result.passThrough) {
      if (result.passThrough === 'end') await this.repo.delete(record.chatKey);
      // A flow may note what passing on means for it (an offer not taken); its replies are dropped.
      for (const effect of result.effects ?? []) await flow.perform?.(effect, ctx);
      return { taken: false, after: result.passThrough === 'keep' ? (result.after ?? []) : [] };
    }

    if (result.next) await this.save(ctx, flow, result.next);
    else await this.repo.delete(record.chatKey);

    const replies: Outgoing[] = [...(result.replies ?? [])];
    for (const effect of result.effects ?? []) {
      const extra = await flow.perform?.(effect, ctx);
      if (extra) replies.push(...extra);
    }
    for (const r of replies) await ctx.reply(r);
    return TAKEN;
  }

  async start(
    ctx: Context,
    flow: AnyFlow,
    position: FlowPosition<unknown>,
    replies: readonly Outgoing[] = [],
  ): Promise<void> {
    if (!this.flows.has(flow.name)) this.register(flow);
    await this.save(ctx, flow, position);
    for (const r of replies) await ctx.reply(r);
  }

  async active(staffId: string, now: Date): Promise<string | undefined> {
    const record = await this.repo.get(staffId);
    return record && record.expiresAt >= now.toISOString() ? record.flow : undefined;
  }

  async end(staffId: string): Promise<void> {
    await this.repo.delete(staffId);
  }

  private async save(ctx: Context, flow: AnyFlow, position: FlowPosition<unknown>): Promise<void> {
    await this.repo.save(
      {
        chatKey: ctx.person.id,
        staffId: ctx.person.id,
        flow: flow.name,
        version: flow.version,
        step: position.step,
        state: position.state,
        expiresAt: new Date(ctx.now.getTime() + flow.timeoutMinutes * 60_000).toISOString(),
      },
      ctx.now,
    );
  }
}
