import type { Selectable } from 'kysely';
import { addDays, atShanghai, type LocalDate } from '../time/index.ts';
import type { Db } from '../db/open-database.ts';
import type { LeaveTables } from './leave-tables.ts';

export type OvertimeStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface OvertimeRecord {
  readonly id: number;
  readonly staffId: string;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly crossesMidnight: boolean;
  readonly minutes: number;
  readonly hours: number;
  readonly reason: string;
  readonly status: OvertimeStatus;
  readonly approverId: string | null;
  readonly waitingSince: Date | null;
  readonly decidedAt: Date | null;
  readonly comment: string | null;
  readonly expiresOn: string;
  readonly createdAt: Date;
}

/** When an overtime ends on the Shanghai wall clock (an end past midnight is on the next day). */
export function overtimeEndsAt(r: Pick<OvertimeRecord, 'date' | 'endTime' | 'crossesMidnight'>): Date {
  return atShanghai(r.crossesMidnight ? addDays(r.date as LocalDate, 1) : (r.date as LocalDate), r.endTime);
}

export type NewOvertimeRecord = Pick<
  OvertimeRecord,
  | 'staffId'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'crossesMidnight'
  | 'minutes'
  | 'hours'
  | 'reason'
  | 'approverId'
  | 'expiresOn'
>;

/** The 超时加班登记表 as rows: one per registered overtime, decided once by the lead. */
export class OvertimeRecordsRepo {
  constructor(private readonly db: Db) {}

  async create(record: NewOvertimeRecord, now: Date): Promise<OvertimeRecord> {
    const at = now.toISOString();
    const row = await this.db
      .insertInto('overtime_records')
      .values({
        staff_id: record.staffId,
        work_date: record.date,
        start_time: record.startTime,
        end_time: record.endTime,
        crosses_midnight: record.crossesMidnight ? 1 : 0,
        minutes: record.minutes,
        hours: record.hours,
        reason: record.reason,
        status: record.approverId ? 'pending' : 'approved',
        approver_id: record.approverId,
        waiting_since: record.approverId ? at : null,
        decided_at: record.approverId ? null : at,
        comment: null,
        expires_on: record.expiresOn,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRecord(row);
  }

  async get(id: number): Promise<OvertimeRecord | undefined> {
    const row = await this.db.selectFrom('overtime_records').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  /** The person's records on a date that are pending or approved (to refuse a double registration). */
  async activeOn(staffId: string, date: string): Promise<OvertimeRecord[]> {
    const rows = await this.db
      .selectFrom('overtime_records')
      .selectAll()
      .where('staff_id', '=', staffId)
      .where('work_date', '=', date)
      .where('status', 'in', ['pending', 'approved'])
      .execute();
    return rows.map(toRecord);
  }

  async forStaff(staffId: string, limit = 20): Promise<OvertimeRecord[]> {
    const rows = await this.db
      .selectFrom('overtime_records')
      .selectAll()
      .where('staff_id', '=', staffId)
      .orderBy('work_date', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }

  async waitingFor(approverId: string): Promise<OvertimeRecord[]> {
    const rows = await this.db
      .selectFrom('overtime_records')
      .selectAll()
      .where('approver_id', '=', approverId)
      .where('status', '=', 'pending')
      .orderBy('waiting_since')
      .execute();
    return rows.map(toRecord);
  }

  /** Records registered or decided in `from < t <= to`, by id. */
  async touchedBetween(from: Date, to: Date): Promise<OvertimeRecord[]> {
    const [a, b] = [from.toISOString(), to.toISOString()];
    const rows = await this.db
      .selectFrom('overtime_records')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('created_at', '>', a), eb('created_at', '<=', b)]),
          eb.and([eb('decided_at', '>', a), eb('decided_at', '<=', b)]),
        ]),
      )
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  async allWaiting(): Promise<OvertimeRecord[]> {
    const rows = await this.db
      .selectFrom('overtime_records')
      .selectAll()
      .where('status', '=', 'pending')
      .orderBy('waiting_since')
      .execute();
    return rows.map(toRecord);
  }

  /** Records whose work date lies in [from, to] (YYYY-MM-DD), by date: the console's lists and exports. */
  async between(from: string, to: string): Promise<OvertimeRecord[]> {
    const rows = await this.db
      .selectFrom('overtime_records')
      .selectAll()
      .where('work_date', '>=', from)
      .where('work_date', '<=', to)
      .orderBy('work_date')
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  /** Decides a pending record once; false when it was already decided or withdrawn. */
  async finish(
    id: number,
    status: 'approved' | 'rejected' | 'withdrawn',
    comment: string | null,
    now: Date,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('overtime_records')
      .set({ status, comment, decided_at: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toRecord(r: Selectable<LeaveTables['overtime_records']>): OvertimeRecord {
  return {
    id: Number(r.id),
    staffId: r.staff_id,
    date: r.work_date,
    startTime: r.start_time,
    endTime: r.end_time,
    crossesMidnight: Number(r.crosses_midnight) === 1,
    minutes: Number(r.minutes),
    hours: Number(r.hours),
    reason: r.reason,
    status: r.status as OvertimeStatus,
    approverId: r.approver_id,
    waitingSince: r.waiting_since ? new Date(r.waiting_since) : null,
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
    comment: r.comment,
    expiresOn: r.expires_on,
    createdAt: new Date(r.created_at),
  };
}
