import type { Logger } from '../../bot/logger.ts';
import type { Outgoing, OutgoingMessage, Recipient } from '../../data/message.ts';
import type { Org } from '../../data/org/load-org.ts';
import { hrCopyRecipients, urgentHrRecipients } from './hr-copy-recipients.ts';
import { flagAbout, type ApprovalStep, type LeaveRequest } from '../../data/repos/leave-requests-repo.ts';
import { formatSpan } from './format-span.ts';
import { spanOfRequest } from './leave-facts.ts';
import { chainWithState, personSummary, provisionalNote, shortSummary, typeName } from './leave-summary.ts';
import { ACTION_LABEL, approvalText, stallText } from './messages.ts';

export type Send = (to: Recipient, out: Outgoing) => Promise<void>;

/** The button on an approver's message: `leave:12:step:2` with approve / reject. */
export function leaveActionId(requestId: number, seq: number): string {
  return `leave:${requestId}:step:${seq}`;
}

/** What an approver is sent for the step now waiting on them. */
export function approverMessage(
  org: Org,
  request: LeaveRequest,
  steps: readonly ApprovalStep[],
  step: ApprovalStep,
  /** Who holds the waiting step when it was passed up the line (its approver did not decide in time). */
  heldBy?: string,
): OutgoingMessage {
  const rules = org.leaveRules;
  const type = rules?.types.find((t) => t.key === request.typeKey);
  const name = org.directory.get(request.staffId)?.name ?? request.staffId;
  const caveat = provisionalNote(org.calendar, rules, request);
  const lines = [
    approvalText.approverTitle(request.id),
    approvalText.who(name, request.team, typeName(rules, request.typeKey)),
    approvalText.when(formatSpan(spanOfRequest(request)), request.days, type?.counting === 'calendar-days'),
    ...(caveat ? [caveat] : []),
    ...(request.reason ? [approvalText.reason(request.reason)] : []),
    approvalText.chain(chainWithState(steps, org.directory, heldBy)),
    ...request.flags.map((f) => approvalText.flag(flagAbout(f))),
    approvalText.rejectHint(request.id),
  ];
  return {
    text: lines.join('\n'),
    actions: [
      {
        id: leaveActionId(request.id, step.seq),
        title: approvalText.actionTitle(request.id),
        options: [
          { label: '同意', value: 'approve', command: `同意 ${request.id}` },
          { label: '驳回', value: 'reject', command: `驳回 ${request.id}` },
        ],
      },
    ],
  };
}

/**
 * Tells the people around a request what happened: the approver whose turn it is, the
 * requester after each decision, HR a copy of every request and final decision (备案).
 * A person the bot can't reach is logged; it never undoes the decision.
 */
export class LeaveNotifier {
  constructor(
    private readonly org: () => Org,
    private readonly send: Send,
    private readonly log: Logger,
  ) {}

  private name(id: string): string {
    return this.org().directory.get(id)?.name ?? id;
  }

  private async deliver(to: string, out: Outgoing): Promise<void> {
    try {
      await this.send({ staffId: to }, out);
    } catch (error) {
      this.log.warn({ err: error, to }, 'leave notification not delivered');
    }
  }

  /** HR's copy (备案): at once or in the daily digest, as org.json's `hrCopies` says. */
  private async toHr(text: string, except: readonly string[]): Promise<void> {
    for (const id of hrCopyRecipients(this.org(), except)) await this.deliver(id, text);
  }

  async submitted(request: LeaveRequest, steps: readonly ApprovalStep[]): Promise<void> {
    const org = this.org();
    const reason = request.reason ? `；事由：${request.reason}` : '';
    const summary = `${personSummary(org.leaveRules, org.directory, request)}${reason}`;
    const waiting = steps.find((s) => s.status === 'waiting');
    if (waiting) await this.deliver(waiting.approverId, approverMessage(org, request, steps, waiting));
    const flags = request.flags.length
      ? `\n${request.flags.map((f) => approvalText.flag(flagAbout(f))).join('\n')}`
      : '';
    const caveat = provisionalNote(org.calendar, org.leaveRules, request);
    const chain = approvalText.chain(chainWithState(steps, org.directory));
    const text = `${
      steps.length
        ? `${approvalText.hrCopy(request.id, summary)}\n${chain}${flags}`
        : approvalText.hrFinal(request.id, summary, approvalText.outcomeAuto)
    }${caveat ? `\n${caveat}` : ''}`;
    await this.toHr(text, [request.staffId]);
  }

  async advanced(
    request: LeaveRequest,
    steps: readonly ApprovalStep[],
    step: ApprovalStep,
    next: ApprovalStep,
    nextAlso: readonly string[] = [],
  ): Promise<void> {
    const org = this.org();
    await this.deliver(next.approverId, approverMessage(org, request, steps, next));
    // [decision] stall.beforeStart: the leave has begun, so each level above may decide this step too.
    for (const id of nextAlso) {
      const card = approverMessage(org, request, steps, { ...next, approverId: id });
      await this.deliver(id, {
        ...card,
        text: `${stallText.alsoNote(request.id, this.name(next.approverId))}\n${card.text}`,
      });
    }
    await this.deliver(
      request.staffId,
      approvalText.toRequesterAdvanced(
        request.id,
        shortSummary(org.leaveRules, request),
        this.name(step.approverId),
        this.name(next.approverId),
        ACTION_LABEL[next.action] ?? '',
        step.comment,
      ),
    );
  }

  /** The others who could decide a first-day request: someone did, they need not. */
  async decidedByOther(request: LeaveRequest, others: readonly string[], by: string, approved: boolean): Promise<void> {
    const summary = personSummary(this.org().leaveRules, this.org().directory, request);
    for (const id of others)
      await this.deliver(id, stallText.decidedByOther(request.id, summary, this.name(by), approved));
  }

  async approved(request: LeaveRequest, step: ApprovalStep): Promise<void> {
    const org = this.org();
    const documents = org.leaveRules?.types.find((t) => t.key === request.typeKey)?.documents.map((d) => d.name) ?? [];
    await this.deliver(
      request.staffId,
      approvalText.toRequesterApproved(
        request.id,
        shortSummary(org.leaveRules, request),
        this.name(step.approverId),
        documents,
        step.comment,
      ),
    );
    // The day count HR files is provisional in a year without an official schedule: say so on the decision too.
    const caveat = provisionalNote(org.calendar, org.leaveRules, request);
    const final = approvalText.hrFinal(
      request.id,
      personSummary(org.leaveRules, org.directory, request),
      approvalText.outcomeApproved(this.name(step.approverId)),
    );
    await this.toHr(`${final}${caveat ? `\n${caveat}` : ''}`, [request.staffId]);
  }

  async rejected(request: LeaveRequest, step: ApprovalStep): Promise<void> {
    const org = this.org();
    await this.deliver(
      request.staffId,
      approvalText.toRequesterRejected(
        request.id,
        shortSummary(org.leaveRules, request),
        this.name(step.approverId),
        step.comment,
      ),
    );
    await this.toHr(
      approvalText.hrFinal(
        request.id,
        personSummary(org.leaveRules, org.directory, request),
        approvalText.outcomeRejected(this.name(step.approverId), step.comment),
      ),
      [request.staffId],
    );
  }

  async withdrawn(request: LeaveRequest, waiting: ApprovalStep | undefined): Promise<void> {
    const org = this.org();
    if (waiting)
      await this.deliver(
        waiting.approverId,
        approvalText.toApproverWithdrawn(request.id, personSummary(org.leaveRules, org.directory, request)),
      );
    await this.toHr(
      approvalText.hrFinal(
        request.id,
        personSummary(org.leaveRules, org.directory, request),
        approvalText.outcomeWithdrawn,
      ),
      [request.staffId],
    );
  }

  async toPerson(staffId: string, out: Outgoing): Promise<void> {
    await this.deliver(staffId, out);
  }

  /** An HR matter that can't wait for the digest (a 销假): at once. */
  async toAllHr(text: string, except: readonly string[] = []): Promise<void> {
    for (const id of urgentHrRecipients(this.org(), except)) await this.deliver(id, text);
  }
}
