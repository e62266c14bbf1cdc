/** "已交": who has handed in what, per deadline and period (DOMAIN §6). */
export interface DeadlineTables {
  deadline_acks: {
    deadline_id: string;
    /** The period the deadline is for: `2026-12`, `2026-Q4`, `2026`. */
    period: string;
    staff_id: string;
    acked_at: string;
    /** What the person wrote, trimmed and short. */
    said: string;
    /** The lead who recorded it for the person (migration 014); null when they said it themselves. */
    recorded_by: string | null;
  };
}
