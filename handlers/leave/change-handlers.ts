import { handler, type Handler } from '../../bot/handler.ts';
import { hears } from '../../bot/triggers.ts';
import type { Org } from '../../data/org/load-org.ts';
import type { LocalDate } from '../../data/time/index.ts';
import type { ApprovedLeaveChanges } from './approved-leave-changes.ts';
import { changeText, restoredText } from './change-messages.ts';
import { CANCEL_APPROVED, CANCEL_DECIDE } from './commands.ts';
import type { LeaveNotifier } from './leave-notifier.ts';
import { shortSummary } from './leave-summary.ts';
import { leaveText } from './messages.ts';

export interface ChangeDeps {
  readonly org: () => Org;
  readonly changes: ApprovedLeaveChanges;
  readonly notifier: LeaveNotifier;
}

/**
 * 「取消已批准的 12 号」 and the approvers' 「同意取消 12」/「不同意取消 12」. Before the approval
 * handler: its bare 不同意 would read 「不同意取消 12」 as a rejection with a reason.
 */
export function changeHandlers(deps: ChangeDeps): Handler[] {
  const name = (id: string) => deps.org().directory.get(id)?.name ?? id;
  return [
    handler({
      name: 'leave-cancel-approved',
      trigger: hears(CANCEL_APPROVED),
      async handle(ctx, m) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        if (!m[1]) return ctx.replyPrivately(changeText.which);
        const request = await deps.changes.resolve(ctx.person.id, Number(m[1]), ctx.now);
        if (!request) return ctx.replyPrivately(changeText.notFound);
        const result = await deps.changes.askCancel(request, ctx.now);
        const org = deps.org();
        const summary = shortSummary(org.leaveRules, request);
        switch (result.kind) {
          case 'not-found':
            return ctx.replyPrivately(changeText.notFound);
          case 'pending':
            return ctx.replyPrivately(changeText.pending(request.id));
          case 'ended':
            return ctx.replyPrivately(changeText.ended(request.id));
          case 'begun':
            return ctx.replyPrivately(changeText.begun(request.id, request.start as LocalDate));
          case 'already-asked':
            return ctx.replyPrivately(
              changeText.alreadyAsked(request.id, name(result.change.approvers[result.change.confirmed] ?? '')),
            );
          case 'asked':
            await deps.notifier.toPerson(result.next, changeText.toApprover(ctx.person.name, request.id, summary));
            return ctx.replyPrivately(changeText.askedApplicant(request.id, summary, name(result.next)));
          case 'cancelled': {
            const back = restoredText(result.restored);
            await deps.notifier.toAllHr(
              changeText.cancelledToHr(ctx.person.name, request.id, summary, ctx.person.name, back),
              [ctx.person.id],
            );
            return ctx.replyPrivately(changeText.cancelled(request.id, summary, back));
          }
        }
      },
    }),
    handler({
      name: 'leave-cancel-decide',
      trigger: hears(CANCEL_DECIDE),
      async handle(ctx, m) {
        if (!ctx.message.isDirect) await ctx.reply(leaveText.privateOnly);
        const id = Number(m[2]);
        const approve = m[1] === '同意';
        const comment = m[3]?.trim() || null;
        const result = await deps.changes.decideCancel(id, ctx.person.id, approve, comment, ctx.now);
        if (result.kind === 'not-found' || result.kind === 'not-yours')
          return ctx.replyPrivately(changeText.notYours(id));
        const org = deps.org();
        const request = result.request;
        const applicant = name(request.staffId);
        const summary = shortSummary(org.leaveRules, request);
        if (result.kind === 'declined') {
          await deps.notifier.toPerson(request.staffId, changeText.declinedApplicant(id, ctx.person.name, comment));
          return ctx.replyPrivately(changeText.declinedApprover(id, applicant));
        }
        if (result.kind === 'next') {
          await deps.notifier.toPerson(result.next, changeText.toApprover(applicant, id, summary));
          return ctx.replyPrivately(changeText.passedOn(id, applicant, name(result.next)));
        }
        const back = restoredText(result.restored);
        const by = result.change.approvers.map(name).join('、');
        await deps.notifier.toPerson(request.staffId, changeText.cancelled(id, summary, back));
        await deps.notifier.toAllHr(changeText.cancelledToHr(applicant, id, summary, by, back), [
          request.staffId,
          ctx.person.id,
        ]);
        return ctx.replyPrivately(changeText.confirmedApprover(id, applicant));
      },
    }),
  ];
}
