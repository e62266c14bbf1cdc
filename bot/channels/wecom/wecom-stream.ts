import { generateReqId } from '@wecom/aibot-node-sdk';
import type { ReplyFeedback, WSClient, WsFrameHeaders } from '@wecom/aibot-node-sdk';
import { MAX_STREAM_BYTES, splitUtf8, toMarkdown } from './render-wecom.ts';
import type { WecomChannelLogger } from './wecom-channel-options.ts';
import { refusal } from './wecom-refusal.ts';

/**
 * The fastest a stream is refreshed: a model writes a few characters at a time, and WeCom
 * needs no frame for each. Real time on purpose (this paces the network, not the bot's day).
 */
export const REFRESH_MS = 300;

/**
 * Answers a message callback with a stream reply that grows as `parts` come (each the whole
 * text so far): the first frame opens it (with the feedback id, so WeCom shows 👍/👎), later
 * ones refresh it at most every REFRESH_MS (skipped while WeCom hasn't acknowledged the
 * previous), and the last value closes it with finish=true: a fallback that replaces the
 * model's text (the documents' answer after a timeout) shows as the final text. `parts` is
 * always read to the end. False when WeCom refused a frame: the caller then sends the final
 * text as a new message. Other failures (the connection lost) are thrown, as for any reply.
 */
export async function streamReply(
  client: WSClient,
  frame: WsFrameHeaders,
  parts: AsyncIterable<string>,
  feedback: ReplyFeedback | undefined,
  logger: WecomChannelLogger,
): Promise<boolean> {
  const streamId = generateReqId('stream');
  let opened = false;
  let refused = false;
  let last: string | undefined;
  let refreshedAt = 0;
  const send = async (text: string, finish: boolean) => {
    const content = fit(text);
    if (!opened) await client.replyStream(frame, streamId, content, finish, undefined, feedback);
    else if (finish) await client.replyStream(frame, streamId, content, true);
    else await client.replyStreamNonBlocking(frame, streamId, content, false);
    opened = true;
    refreshedAt = Date.now();
  };
  const attempt = async (text: string, finish: boolean) => {
    try {
      await send(text, finish);
    } catch (error) {
      const refusedFrame = refusal(error);
      if (!refusedFrame) throw error;
      refused = true;
      const { errcode, errmsg } = refusedFrame;
      logger.warn({ errcode, errmsg }, 'wecom refused a stream frame; the answer goes as a new message');
    }
  };
  for await (const part of parts) {
    last = part;
    if (refused || Date.now() - refreshedAt < REFRESH_MS || part.trim() === '') continue;
    await attempt(part, false);
  }
  if (last !== undefined && !refused) await attempt(last, true);
  return last !== undefined && !refused;
}

/** A stream holds 20 KB of markdown; an answer is a few hundred characters, so a cut is only a guard. */
function fit(text: string): string {
  return splitUtf8(toMarkdown({ text }), MAX_STREAM_BYTES)[0] ?? '';
}
