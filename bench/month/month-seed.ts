import type { OrgFolder } from '../../data/db/org-database.ts';
import { openDatabase } from '../../data/db/open-database.ts';
import { loadOrg } from '../../data/org/load-org.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';

/** The month's notices to everyone: each organisation's HR, on these days at 09:30 Shanghai. */
export const NOTICE_DAYS = ['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24'];

/**
 * Creates each organisation's database (so the instances don't race to migrate) and queues the
 * month's notices to all staff, as HR's confirmed 「发通知」 would.
 */
export async function seedMonth(orgs: readonly OrgFolder[], start: Date): Promise<void> {
  for (const org of orgs) {
    const db = await openDatabase(org.database);
    const everyone = loadOrg(org.dir).directory.all.map((p) => p.id);
    const notices = new NoticeRepo(db);
    for (const day of NOTICE_DAYS) {
      const text = `【通知】${day.slice(5).replace('-', '月')}日下午三点全体例会，请准时参加。收到请回复「收到」。`;
      const sendAt = new Date(`${day}T09:30:00+08:00`);
      await notices.create({ authorId: 'S005', text, audience: '全体同工', sendAt, recipients: everyone }, start);
    }
    await db.destroy();
  }
}
