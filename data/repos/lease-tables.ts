/** Named leases: a chat account's connection (`account:…`) or a person's turn (`person:…`). */
export interface LeaseTables {
  leases: {
    name: string;
    /** `host/pid/token` of the instance holding it. */
    holder: string;
    acquired_at: string;
    renewed_at: string;
    /** Free for anyone to take after this instant. */
    expires_at: string;
  };
}
