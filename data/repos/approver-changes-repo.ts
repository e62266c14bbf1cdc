import type { Db } from '../db/open-database.ts';

export interface ApproverChange {
  readonly kind: 'leave' | 'overtime';
  readonly requestId: number;
  readonly seq: number;
  readonly fromId: string;
  readonly toId: string;
  readonly at: Date;
}

/**
 * Moves an open approval to the person who now holds the role, keeping who was asked before:
 * the step row names the current approver, `approver_changes` every earlier one.
 */
export class ApproverChangesRepo {
  constructor(private readonly db: Db) {}

  /** Moves a leave step still open (queued or waiting); false when it had been decided meanwhile. */
  async moveLeaveStep(requestId: number, seq: number, fromId: string, toId: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('leave_approvals')
      .set({ approver_id: toId })
      .where('request_id', '=', requestId)
      .where('seq', '=', seq)
      .where('approver_id', '=', fromId)
      .where('status', 'in', ['queued', 'waiting'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await this.log('leave', requestId, seq, fromId, toId, now);
    return true;
  }

  async moveOvertime(id: number, fromId: string, toId: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('overtime_records')
      .set({ approver_id: toId })
      .where('id', '=', id)
      .where('approver_id', '=', fromId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await this.log('overtime', id, 1, fromId, toId, now);
    return true;
  }

  async forRequest(kind: 'leave' | 'overtime', requestId: number): Promise<ApproverChange[]> {
    const rows = await this.db
      .selectFrom('approver_changes')
      .selectAll()
      .where('kind', '=', kind)
      .where('request_id', '=', requestId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      kind: r.kind as 'leave' | 'overtime',
      requestId: Number(r.request_id),
      seq: Number(r.seq),
      fromId: r.from_id,
      toId: r.to_id,
      at: new Date(r.at),
    }));
  }

  private async log(
    kind: 'leave' | 'overtime',
    requestId: number,
    seq: number,
    fromId: string,
    toId: string,
    now: Date,
  ) {
    const row = { kind, request_id: requestId, seq, from_id: fromId, to_id: toId, at: now.toISOString() };
    await this.db.insertInto('approver_changes').values(row).execute();
  }

  /** Steps moved away from this person in `from <= at < to`: what others decided while they were away. */
  async movedFrom(fromId: string, from: Date, to: Date): Promise<ApproverChange[]> {
    const rows = await this.db
      .selectFrom('approver_changes')
      .selectAll()
      .where('from_id', '=', fromId)
      .where('at', '>=', from.toISOString())
      .where('at', '<', to.toISOString())
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      kind: r.kind as 'leave' | 'overtime',
      requestId: Number(r.request_id),
      seq: Number(r.seq),
      fromId: r.from_id,
      toId: r.to_id,
      at: new Date(r.at),
    }));
  }
}
