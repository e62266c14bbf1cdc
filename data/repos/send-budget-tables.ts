/** Messages counted in the current clock minute and hour, shared by every instance (migration 016). */
export interface SendBudgetTables {
  send_budget: {
    channel: string;
    /** A recipient's chat id (lower case), or `*` for the channel's account as a whole. */
    recipient: string;
    /** The minute window the count belongs to, ISO text; an older one counts as empty. */
    minute_start: string;
    minute_count: number;
    hour_start: string;
    hour_count: number;
  };
}
