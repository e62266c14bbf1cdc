import type { Db } from '../../data/db/open-database.ts';
import { NoticeRepo } from '../../data/repos/notice-repo.ts';
import { OutboxRepo } from '../../data/repos/outbox-repo.ts';
import { openNoticesFor } from './bare-ok.ts';

/**
 * The notices the person received and has not confirmed, as the understanding layer names them
 * (`ConversationContext.notices`). A flow that reads its messages with the understanding layer
 * (the leave read-back) needs them: with none given, 「收到」 there reads as a remark on the draft
 * and is never passed on to the acknowledgement.
 */
export function openNoticeTitles(db: Db): (staffId: string, now: Date) => Promise<{ no: number; title: string }[]> {
  const deps = { notices: new NoticeRepo(db), outbox: new OutboxRepo(db) };
  return async (staffId, now) =>
    (await openNoticesFor(deps, staffId, now)).map((n) => ({ no: n.id, title: n.text.slice(0, 30) }));
}
