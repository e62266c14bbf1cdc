/**
 * The platform-neutral message model. Channel adapters turn platform messages into
 * `IncomingMessage` and render `OutgoingMessage`; nothing else ever sees a Wechaty or
 * WeCom object.
 */

/** What kind of content arrived. Only `text` (and `action`) is understood by handlers. */
export type MessageKind = 'text' | 'image' | 'sticker' | 'voice' | 'video' | 'file' | 'link' | 'other';

export interface IncomingMessage {
  /** Platform message id, used to drop duplicates (redeliveries after a reconnect). */
  readonly id: string;
  /** Name of the channel it came through (`console`, `memory`, `wechaty`, `wecom`). */
  readonly channel: string;
  /** The sender's identity on that channel (never a display name). */
  readonly senderId: string;
  /** Display name, for logs and the unknown-sender reply only; never used as identity. */
  readonly senderName?: string;
  /** Where a reply goes: the sender for a direct chat, the room for a group. */
  readonly chatId: string;
  readonly isDirect: boolean;
  /** True in a group chat when the bot was @-mentioned. Always true in direct chats. */
  readonly mentionsBot: boolean;
  /** Sent by the bot account itself (Wechaty echoes the bot's own messages). */
  readonly isSelf: boolean;
  readonly kind: MessageKind;
  /** The text with any @-mention of the bot removed. Empty for non-text kinds. */
  readonly text: string;
  readonly receivedAt: Date;
  /** A button press on a channel that renders actions (WeCom cards). */
  readonly action?: ActionPress;
  /** A 👍/👎 on one of the bot's replies (WeCom's feedback buttons); `text` is the emoji. */
  readonly feedback?: ReplyFeedback;
}

/** What a person thought of the reply to one of their messages. */
export interface ReplyFeedback {
  /** The id of the message whose reply was rated (the reply was sent `rateable`). */
  readonly on: string;
  readonly verdict: 'up' | 'down';
}

/** A button press, delivered as the text command it stands for plus the action id. */
export interface ActionPress {
  /** The `ActionRequest.id` the button belonged to. */
  readonly actionId: string;
  /** The chosen option's `value`. */
  readonly value: string;
}

/**
 * A choice the core asks the person to make. Each channel renders it as well as it can:
 * buttons on WeCom, the text commands (`option.command`) on WeChat and the terminal.
 */
export interface ActionRequest {
  readonly id: string;
  readonly title: string;
  readonly options: readonly ActionOption[];
}

export interface ActionOption {
  readonly label: string;
  readonly value: string;
  /** The text that has the same effect when typed, e.g. `同意 12`. */
  readonly command: string;
}

export interface OutgoingMessage {
  readonly text: string;
  /** Optional choices; channels without buttons show `command`s as a hint line. */
  readonly actions?: readonly ActionRequest[];
  /** Markdown-safe: the channel may render it as markdown (WeCom). */
  readonly markdown?: boolean;
  /**
   * Set on the reply to a choice once it is decided (by a button press or the typed command
   * it stands for): channels with cards update the card of `actionId` to show `text`; the
   * others ignore it, since the reply's own text says the same thing.
   */
  readonly outcome?: ActionOutcome;
  /**
   * An answer the person may rate: channels with feedback buttons (WeCom) show 👍/👎 under
   * the reply and hand a press back as an `IncomingMessage` with `feedback`; others ignore it.
   */
  readonly rateable?: boolean;
}

/** How a choice ended, shown on its card: `已同意 · 林晓 · 12月2日 10:31`. */
export interface ActionOutcome {
  /** The `ActionRequest.id` the decision belongs to. */
  readonly actionId: string;
  readonly text: string;
}

export type Outgoing = string | OutgoingMessage;

export function toOutgoing(out: Outgoing): OutgoingMessage {
  return typeof out === 'string' ? { text: out } : out;
}

/** Where a channel should deliver: a platform chat id, direct or group. */
export interface ChannelAddress {
  readonly chatId: string;
  readonly isDirect: boolean;
}

/** Where the core wants a message to go: a person from the directory, or a configured room. */
export type Recipient =
  | { readonly staffId: string }
  | { readonly room: string }
  /** A sender not in the directory: reply on the channel they wrote from. */
  | { readonly channel: string; readonly chatId: string; readonly isDirect: boolean };
