import type { WsFrameHeaders } from '@wecom/aibot-node-sdk';
import type { PressedButton } from './card-keys.ts';

/**
 * The callback a send may answer. WeCom ties a reply (`aibot_respond_msg`) or a card update
 * (`aibot_respond_update_msg`) to the callback's req_id; anything else goes as a proactive
 * message (`aibot_send_msg`).
 */
export interface ReplyContext {
  readonly frame: WsFrameHeaders;
  readonly chatKey: string;
  readonly userid: string;
  /** Which connection delivered the callback: its req_id means nothing to a later one. */
  readonly connection: number;
  readonly click?: { readonly pressed: PressedButton; readonly taskId: string };
  /** The message answered: a `rateable` reply carries it as its feedback id, which a 👍/👎 names. */
  readonly msgId?: string;
  answered: boolean;
}
