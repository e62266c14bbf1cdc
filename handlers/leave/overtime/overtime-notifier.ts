import type { Logger } from '../../../bot/logger.ts';
import type { Outgoing, OutgoingMessage } from '../../../data/message.ts';
import { formatDate, formatDateTime, type LocalDate } from '../../../data/time/index.ts';
import type { Org } from '../../../data/org/load-org.ts';
import { hrCopyRecipients } from '../hr-copy-recipients.ts';
import { overtimeEndsAt, type OvertimeRecord } from '../../../data/repos/overtime-records-repo.ts';
import { formatHours } from '../format-span.ts';
import type { Send } from '../leave-notifier.ts';
import { overtimeText } from './messages.ts';

export function overtimeActionId(id: number): string {
  return `overtime:${id}:step:1`;
}

/** 11月20日（周五）18:00–21:30 */
export function overtimeWhen(r: Pick<OvertimeRecord, 'date' | 'startTime' | 'endTime' | 'crossesMidnight'>): string {
  return `${formatDate(r.date as LocalDate)}${r.startTime}–${r.crossesMidnight ? '次日' : ''}${r.endTime}`;
}

/** The end of an overtime still ahead at `at`, formatted; null once it has ended (the hours count from then). */
export function endsLater(r: Pick<OvertimeRecord, 'date' | 'endTime' | 'crossesMidnight'>, at: Date): string | null {
  const end = overtimeEndsAt(r);
  return end > at ? formatDateTime(end) : null;
}

export function overtimeSummary(r: OvertimeRecord): string {
  return `${overtimeWhen(r)}，${formatHours(r.hours)}小时，${r.reason}`;
}

export function overtimeApproverMessage(org: Org, r: OvertimeRecord): OutgoingMessage {
  const person = org.directory.get(r.staffId);
  return {
    text: [
      overtimeText.approverTitle(r.id),
      overtimeText.approverLine(person?.name ?? r.staffId, person?.team ?? '', overtimeWhen(r), r.hours),
      `事由：${r.reason}`,
      overtimeText.rejectHint(r.id),
    ].join('\n'),
    actions: [
      {
        id: overtimeActionId(r.id),
        title: overtimeText.actionTitle(r.id),
        options: [
          { label: '同意', value: 'approve', command: `同意 加班${r.id}` },
          { label: '驳回', value: 'reject', command: `驳回 加班${r.id}` },
        ],
      },
    ],
  };
}

/** The overtime counterpart of LeaveNotifier: the approver, the requester, HR's copy of the decision. */
export class OvertimeNotifier {
  constructor(
    private readonly org: () => Org,
    private readonly send: Send,
    private readonly log: Logger,
  ) {}

  private async deliver(to: string, out: Outgoing): Promise<void> {
    try {
      await this.send({ staffId: to }, out);
    } catch (error) {
      this.log.warn({ err: error, to }, 'overtime notification not delivered');
    }
  }

  private name(id: string): string {
    return this.org().directory.get(id)?.name ?? id;
  }

  /** HR's copy (备案): at once or in the daily digest, as org.json's `hrCopies` says. */
  private async toHr(text: string, except: string): Promise<void> {
    for (const id of hrCopyRecipients(this.org(), [except])) await this.deliver(id, text);
  }

  async submitted(r: OvertimeRecord): Promise<void> {
    if (r.approverId) await this.deliver(r.approverId, overtimeApproverMessage(this.org(), r));
    else
      await this.toHr(
        overtimeText.hrFinal(r.id, `${this.name(r.staffId)} ${overtimeSummary(r)}`, '无需审批，直接生效'),
        r.staffId,
      );
  }

  async decided(r: OvertimeRecord): Promise<void> {
    const by = this.name(r.approverId ?? '');
    const until = formatDate(r.expiresOn as LocalDate);
    const endsAt = endsLater(r, r.decidedAt ?? r.createdAt);
    if (r.status === 'approved')
      await this.deliver(
        r.staffId,
        overtimeText.toRequesterApproved(r.id, overtimeSummary(r), by, r.hours, until, endsAt),
      );
    else await this.deliver(r.staffId, overtimeText.toRequesterRejected(r.id, overtimeSummary(r), by, r.comment));
    const outcome = r.status === 'approved' ? `已批准（${by}）` : `已驳回（${by}${r.comment ? `：${r.comment}` : ''}）`;
    await this.toHr(overtimeText.hrFinal(r.id, `${this.name(r.staffId)} ${overtimeSummary(r)}`, outcome), r.staffId);
  }
}
