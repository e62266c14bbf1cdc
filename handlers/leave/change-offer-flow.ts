import { z } from 'zod';
import { offerReply } from './offer-reply.ts';
import type { Context } from '../../bot/context.ts';
import type { Flow } from '../../bot/conversation/flow.ts';
import type { Db } from '../../data/db/open-database.ts';
import type { Org } from '../../data/org/load-org.ts';
import { OvertimeRecordsRepo } from '../../data/repos/overtime-records-repo.ts';
import { changeText } from './change-messages.ts';
import { withdrawRequest } from './leave-commands-handlers.ts';
import { LeaveNotifier } from './leave-notifier.ts';
import { advance as leaveAdvance, leaveRequestFlow, type LeaveDraftState } from './leave-request-flow.ts';
import { LeaveService } from './leave-service.ts';
import { advance as overtimeAdvance, overtimeFlow, type OvertimeDraftState } from './overtime/overtime-flow.ts';
import { OvertimeNotifier, overtimeSummary } from './overtime/overtime-notifier.ts';
import { OvertimeService } from './overtime/overtime-service.ts';

const stateSchema = z.object({
  kind: z.enum(['leave', 'overtime']),
  id: z.number(),
  /** The new request as it would read: the flows' own states, checked again by them when started. */
  draft: z.record(z.string(), z.unknown()),
});
type State = z.infer<typeof stateSchema>;
type Effect = { readonly type: 'redo'; readonly state: State };

/** What the offer needs to do its work: built per message, as the wired flows are (same names, same database). */
export interface ChangeOfferDeps {
  readonly db: Db;
  readonly org: () => Org;
}

/**
 * The offer after 「要改成12月21日至23日…回复「是」」: a plain yes withdraws the request still waiting and reads the
 * new one back, filled in, for its own 「确认」 — so nothing is submitted or taken back without a yes. A no keeps
 * it; anything else is a new message and the offer lapses.
 */
export function changeOfferFlow(deps: ChangeOfferDeps): Flow<State, undefined, Effect> {
  return {
    name: 'leave-change-offer',
    version: 1,
    title: '修改申请',
    schema: stateSchema,
    timeoutMinutes: 30,
    prepare: async () => undefined,
    step(position, input) {
      if (input.action) return { passThrough: 'end' };
      const reply = offerReply(input.text, {
        yes: ['要', '麻烦了', '撤吧', '撤回吧'],
        no: ['不撤', '不撤了', '不改了', '保留'],
      });
      if (reply === 'yes') return { effects: [{ type: 'redo', state: position.state }] };
      if (reply === 'no') return { replies: [changeText.offerKept(refOf(position.state))] };
      return { passThrough: 'end' };
    },
    async perform(effect, ctx) {
      const { state } = effect;
      const done =
        state.kind === 'leave' ? await withdrawLeave(deps, ctx, state.id) : await withdrawOvertime(deps, ctx, state.id);
      if (!done.ok) return [done.text];
      await ctx.replyPrivately(done.text);
      await startAgain(deps, ctx, state);
    },
  };
}

/** 「第4号」 or 「加班1」. */
export function refOf(state: Pick<State, 'kind' | 'id'>): string {
  return state.kind === 'leave' ? `第${state.id}号` : `加班${state.id}`;
}

async function withdrawLeave(deps: ChangeOfferDeps, ctx: Context, id: number): Promise<{ ok: boolean; text: string }> {
  const notifier = new LeaveNotifier(deps.org, (to, out) => ctx.send(to, out), ctx.log);
  const service = new LeaveService(deps.db, deps.org);
  const text = await withdrawRequest({ service, notifier }, ctx.person, id, ctx.now);
  // Decided in the meantime (approved while the offer waited): said, and nothing new is started.
  return { ok: text.startsWith('已撤回'), text };
}

/** There is no 「撤回 加班N」 command: the record is closed as withdrawn and its approver told. */
async function withdrawOvertime(
  deps: ChangeOfferDeps,
  ctx: Context,
  id: number,
): Promise<{ ok: boolean; text: string }> {
  const repo = new OvertimeRecordsRepo(deps.db);
  const record = await repo.get(id);
  if (!record || record.staffId !== ctx.person.id || !(await repo.finish(id, 'withdrawn', null, ctx.now)))
    return { ok: false, text: changeText.overtimeNotWaiting(id) };
  const notifier = new LeaveNotifier(deps.org, (to, out) => ctx.send(to, out), ctx.log);
  if (record.approverId)
    await notifier.toPerson(
      record.approverId,
      changeText.overtimeWithdrawnToApprover(id, ctx.person.name, overtimeSummary(record)),
    );
  return { ok: true, text: changeText.overtimeWithdrawn(id) };
}

/** The new request read back from the draft, in the wired flow (found by its name) for its own 「确认」. */
export async function startAgain(
  deps: ChangeOfferDeps,
  ctx: Context,
  state: Pick<State, 'kind' | 'draft'>,
): Promise<void> {
  if (state.kind === 'leave') {
    const notifier = new LeaveNotifier(deps.org, (to, out) => ctx.send(to, out), ctx.log);
    const flow = leaveRequestFlow({
      db: deps.db,
      org: deps.org,
      service: new LeaveService(deps.db, deps.org),
      notifier,
    });
    const result = leaveAdvance(state.draft as LeaveDraftState, await flow.prepare(ctx));
    if (result.next) await ctx.conversation.start(flow, result.next, []);
    for (const r of result.replies ?? []) await ctx.replyPrivately(r);
    for (const e of result.effects ?? [])
      for (const r of (await flow.perform?.(e, ctx)) ?? []) await ctx.replyPrivately(r);
    return;
  }
  const notifier = new OvertimeNotifier(deps.org, (to, out) => ctx.send(to, out), ctx.log);
  const flow = overtimeFlow({ db: deps.db, org: deps.org, service: new OvertimeService(deps.db, deps.org), notifier });
  const result = overtimeAdvance(state.draft as OvertimeDraftState, await flow.prepare(ctx));
  if (result.next) await ctx.conversation.start(flow, result.next, []);
  for (const r of result.replies ?? []) await ctx.replyPrivately(r);
}
