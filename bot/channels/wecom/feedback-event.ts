import type { EventMessage } from '@wecom/aibot-node-sdk';
import type { IncomingMessage } from '../../../data/message.ts';
import { fromMember } from './to-incoming-message.ts';

/** WeCom's feedback types: 1 accurate (👍), 2 inaccurate (👎), 3 the rating withdrawn. */
const VERDICTS = new Map([
  [1, { verdict: 'up', text: '👍' }],
  [2, { verdict: 'down', text: '👎' }],
] as const);

/**
 * A `feedback_event` (a member's 👍/👎 under a reply that carried a feedback id) as the
 * message it amounts to. WeCom documents the event as `event.feedback_event = {id, type,
 * content?, inaccurate_reason_list?}`; the SDK's types stop at `eventtype`, so it is read
 * here. The id is the one the reply was sent with: the id of the message it answered. A
 * withdrawn rating, or one without an id, is nothing to act on (undefined). The reasons and
 * any comment are not taken: the queue holds the question, and a comment may name people.
 */
export function feedbackToIncoming(body: EventMessage, receivedAt: Date): IncomingMessage | undefined {
  const event = body.event as unknown as Record<string, unknown>;
  const feedback = (event['feedback_event'] ?? {}) as Record<string, unknown>;
  const on = feedback['id'];
  const rated = VERDICTS.get(Number(feedback['type']) as 1 | 2);
  if (typeof on !== 'string' || on === '' || !rated) return undefined;
  return { ...fromMember(body, receivedAt), kind: 'text', text: rated.text, feedback: { on, verdict: rated.verdict } };
}
