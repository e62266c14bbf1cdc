import type { Generated } from 'kysely';

/** Who approves for an approver while they are away, per period (dates 'YYYY-MM-DD', inclusive). */
export interface DeputyTables {
  approval_deputies: {
    id: Generated<number>;
    staff_id: string;
    deputy_id: string;
    from_date: string;
    to_date: string;
    created_at: string;
  };
}
