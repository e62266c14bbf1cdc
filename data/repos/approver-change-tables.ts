import type { Generated } from 'kysely';

/** The audit of who was asked to approve: one row each time a step moved to another person. */
export interface ApproverChangeTables {
  approver_changes: {
    id: Generated<number>;
    /** 'leave' | 'overtime' */
    kind: string;
    request_id: number;
    /** The leave step's seq; 1 for overtime. */
    seq: number;
    from_id: string;
    to_id: string;
    at: string;
  };
}
