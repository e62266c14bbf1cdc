import type { Generated } from 'kysely';

/** The web console (管理后台): one-time login links, sessions, and the audit log of web changes. */
export interface WebTables {
  web_login_links: {
    /** SHA-256 of the token (hex): the token itself is only ever in the link sent to the person. */
    token_hash: string;
    staff_id: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
  web_sessions: {
    /** SHA-256 of the cookie value (hex). */
    token_hash: string;
    staff_id: string;
    created_at: string;
    expires_at: string;
    ended_at: string | null;
  };
  web_audit: {
    id: Generated<number>;
    at: string;
    actor_id: string;
    /** e.g. `leave.approve`, `balance.adjust`, `staff.import`. */
    action: string;
    /** What was changed, e.g. `leave:12`, `staff.csv`. */
    target: string;
    /** JSON text, or null when there was nothing before/after (a new record). */
    before: string | null;
    after: string | null;
  };
  web_calendar_feeds: {
    /** SHA-256 of the feed token (hex): the token itself is only in the link shown once to its owner. */
    token_hash: string;
    staff_id: string;
    created_at: string;
    revoked_at: string | null;
  };
}
