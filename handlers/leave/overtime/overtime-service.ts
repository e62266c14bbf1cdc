import { addDays, shanghaiDate, type LocalDate } from '../../../data/time/index.ts';
import type { Db } from '../../../data/db/open-database.ts';
import type { Org } from '../../../data/org/load-org.ts';
import type { Staff } from '../../../data/org/staff.ts';
import { BalanceLedgerRepo } from '../../../data/repos/balance-ledger-repo.ts';
import { OvertimeRecordsRepo, type OvertimeRecord } from '../../../data/repos/overtime-records-repo.ts';
import { followDirectoryOvertime } from '../follow-directory.ts';
import { addMonths } from '../rules/add-months.ts';
import { routeOvertime, type ChainStep } from '../rules/route-approval.ts';
import { creditedHours, timesOverlap } from './overtime-hours.ts';

export interface OvertimeDraft {
  readonly date: LocalDate;
  readonly startTime: string;
  readonly endTime: string;
  readonly crossesMidnight: boolean;
  readonly minutes: number;
  readonly reason: string;
}

export type OvertimeCheck =
  | {
      readonly ok: true;
      readonly hours: number;
      readonly expiresOn: LocalDate;
      readonly approver: ChainStep | undefined;
    }
  | {
      readonly ok: false;
      readonly problem: 'future' | 'too-old' | 'too-short' | 'too-long' | 'duplicate';
      readonly expiresOn: LocalDate;
      readonly duplicateId?: number;
    };

export type OvertimeDecision =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'not-approver'; readonly record: OvertimeRecord }
  | { readonly kind: 'already'; readonly record: OvertimeRecord }
  | { readonly kind: 'approved' | 'rejected'; readonly record: OvertimeRecord };

/**
 * Checks an overtime registration: worked already or planned within `plannedDaysAhead` days
 * (its hours count from its end: BalanceLedgerRepo), still within its 调休 validity, not
 * registered twice.
 */
export function checkOvertime(
  org: Org,
  person: Staff,
  draft: OvertimeDraft,
  today: LocalDate,
  existing: readonly OvertimeRecord[],
): OvertimeCheck {
  const rules = org.leaveRules!.overtime;
  const expiresOn = addMonths(draft.date, rules.expiryMonths);
  if (draft.date > addDays(today, rules.plannedDaysAhead)) return { ok: false, problem: 'future', expiresOn };
  if (expiresOn < today) return { ok: false, problem: 'too-old', expiresOn };
  const hours = creditedHours(draft.minutes, rules.roundingMinutes);
  if (hours <= 0) return { ok: false, problem: 'too-short', expiresOn };
  if (draft.minutes > rules.maxHoursPerRecord * 60) return { ok: false, problem: 'too-long', expiresOn };
  const clash = existing.find((r) =>
    timesOverlap(
      { start: r.startTime, end: r.endTime, crossesMidnight: r.crossesMidnight },
      { start: draft.startTime, end: draft.endTime, crossesMidnight: draft.crossesMidnight },
    ),
  );
  if (clash) return { ok: false, problem: 'duplicate', expiresOn, duplicateId: clash.id };
  return { ok: true, hours, expiresOn, approver: routeOvertime(org.leaveRules!, org.directory, person) };
}

/**
 * Overtime records (超时加班登记表): registered by the person, approved once by their lead,
 * and on approval credited as 调休 hours in the same transaction.
 */
export class OvertimeService {
  constructor(
    private readonly db: Db,
    private readonly org: () => Org,
  ) {}

  async existingOn(staffId: string, date: LocalDate): Promise<OvertimeRecord[]> {
    return new OvertimeRecordsRepo(this.db).activeOn(staffId, date);
  }

  async register(
    person: Staff,
    draft: OvertimeDraft,
    now: Date,
  ): Promise<{ ok: true; record: OvertimeRecord } | { ok: false; check: Extract<OvertimeCheck, { ok: false }> }> {
    const org = this.org();
    return this.db.transaction().execute(async (trx) => {
      const repo = new OvertimeRecordsRepo(trx);
      const check = checkOvertime(org, person, draft, shanghaiDate(now), await repo.activeOn(person.id, draft.date));
      if (!check.ok) return { ok: false, check };
      const record = await repo.create(
        {
          staffId: person.id,
          date: draft.date,
          startTime: draft.startTime,
          endTime: draft.endTime,
          crossesMidnight: draft.crossesMidnight,
          minutes: draft.minutes,
          hours: check.hours,
          reason: draft.reason,
          approverId: check.approver?.approverId ?? null,
          expiresOn: check.expiresOn,
        },
        now,
      );
      if (record.status === 'approved') await credit(trx, record, person.id, now);
      return { ok: true, record };
    });
  }

  async decide(input: {
    id: number;
    approverId: string;
    approve: boolean;
    comment: string | null;
    now: Date;
  }): Promise<OvertimeDecision> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new OvertimeRecordsRepo(trx);
      const stored = await repo.get(input.id);
      if (!stored) return { kind: 'not-found' };
      // Whoever leads the requester now decides (the audit keeps who was asked first).
      const { record, orphan } = await followDirectoryOvertime(trx, this.org(), stored, input.now);
      const theirs = !orphan && record.approverId === input.approverId && record.staffId !== input.approverId;
      if (!theirs) return { kind: 'not-approver', record };
      if (record.status !== 'pending') return { kind: 'already', record };
      const status = input.approve ? 'approved' : 'rejected';
      if (!(await repo.finish(record.id, status, input.comment, input.now))) return { kind: 'already', record };
      const updated = (await repo.get(record.id))!;
      if (input.approve) await credit(trx, updated, input.approverId, input.now);
      return { kind: status, record: updated };
    });
  }
}

async function credit(db: Db, record: OvertimeRecord, actorId: string, now: Date): Promise<void> {
  await new BalanceLedgerRepo(db).add(
    {
      staffId: record.staffId,
      kind: 'comp',
      amount: record.hours,
      entry: 'overtime-credit',
      overtimeId: record.id,
      earnedOn: record.date,
      expiresOn: record.expiresOn,
      actorId,
      note: record.reason,
    },
    now,
  );
}
