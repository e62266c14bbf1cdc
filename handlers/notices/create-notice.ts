import type { Directory } from '../../data/org/directory.ts';
import type { Notice, NoticeRepo } from '../../data/repos/notice-repo.ts';
import { resolveAudience, type Audience } from './audience.ts';

export interface NewNotice {
  readonly authorId: string;
  readonly text: string;
  readonly audience: Audience;
  /** How HR named the audience (「服务部、郑雨」), shown in lists. */
  readonly label: string;
  /** Null: at once. */
  readonly sendAt: Date | null;
}

/**
 * Stores a confirmed notice with its recipients fixed at this moment (the sender left out);
 * the scheduler sends it at its time. The chat's 「确认」 and the console's 「确认发送」 both land here.
 */
export async function createNotice(
  notices: NoticeRepo,
  directory: Directory,
  draft: NewNotice,
  now: Date,
): Promise<{ notice: Notice; count: number }> {
  const recipients = resolveAudience(draft.audience, directory, draft.authorId);
  // "Now" is the confirmation instant: the scheduler looks back over recent minutes, so it is not missed.
  const sendAt = draft.sendAt ?? now;
  const notice = await notices.create(
    {
      authorId: draft.authorId,
      text: draft.text,
      audience: draft.label,
      sendAt,
      recipients: recipients.map((r) => r.id),
    },
    now,
  );
  return { notice, count: recipients.length };
}
