import type { Generated } from 'kysely';

/** HR notices (DOMAIN §8): the notice, and one row per person it was addressed to. */
export interface NoticeTables {
  notices: {
    id: Generated<number>;
    author_id: string;
    text: string;
    /** How HR named the audience ("服务部、郑雨"), for listings. */
    audience: string;
    /** When it goes out (the confirmation time for an immediate notice). ISO-8601. */
    send_at: string;
    created_at: string;
    cancelled_at: string | null;
    /** When HR asked to remind the unconfirmed (allowed once). */
    reminded_at: string | null;
  };
  notice_recipients: {
    notice_id: number;
    staff_id: string;
    acked_at: string | null;
  };
}
