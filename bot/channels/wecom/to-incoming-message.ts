import type { BaseMessage, EventMessage } from '@wecom/aibot-node-sdk';
import type { IncomingMessage, MessageKind } from '../../../data/message.ts';
import { stripBotMention } from '../wechaty/bot-mention.ts';
import type { PressedButton } from './card-keys.ts';

export const WECOM_CHANNEL_NAME = 'wecom';

const KIND_BY_TYPE: ReadonlyMap<string, MessageKind> = new Map([
  ['text', 'text'],
  ['image', 'image'],
  ['voice', 'voice'],
  ['file', 'file'],
  ['video', 'video'],
]);

/** A leading `@name` and its separator (U+2005 or a space), as WeCom clients write a mention. */
const LEADING_MENTION = /^@\S+?(?:\u2005|\s)+/u;

/**
 * WeCom hands the bot a group message only when the bot is @-mentioned, and the text still
 * starts with that mention. Without the bot's name to look for, the leading `@…` is taken to
 * be it; with the name, every mention of it is removed and others are kept.
 */
function withoutBotMention(text: string, botName: string | undefined): string {
  if (botName) return stripBotMention(text, [botName]);
  return text.trim().replace(LEADING_MENTION, '').trim();
}

function addressOf(body: { chattype?: string; chatid?: string; from: { userid: string } }) {
  // A direct chat has no chatid: the member's userid is the chat, and `sendMessage` takes it as such.
  const isDirect = body.chattype !== 'group' || !body.chatid;
  return { chatId: isDirect ? body.from.userid : body.chatid!, isDirect };
}

/**
 * What every callback from a member has in common. `mentionsBot` is always true: groups only
 * deliver messages that mention the bot, and pressing the bot's own card is addressed to it.
 */
export function fromMember(
  body: { msgid: string; chattype?: string; chatid?: string; from: { userid: string } },
  receivedAt: Date,
) {
  const { chatId, isDirect } = addressOf(body);
  return {
    id: body.msgid,
    channel: WECOM_CHANNEL_NAME,
    senderId: body.from.userid,
    chatId,
    isDirect,
    mentionsBot: true,
    isSelf: false,
    receivedAt,
  };
}

/** A message callback (`aibot_msg_callback`) as the neutral model. */
export function messageToIncoming(body: BaseMessage, receivedAt: Date, botName?: string): IncomingMessage {
  const kind = KIND_BY_TYPE.get(String(body.msgtype)) ?? 'other';
  const raw = kind === 'text' ? String((body.text as { content?: unknown } | undefined)?.content ?? '') : '';
  const base = fromMember(body, receivedAt);
  return { ...base, kind, text: base.isDirect ? raw.trim() : withoutBotMention(raw, botName) };
}

/**
 * The key and task id of a card click. WeCom's event documentation nests them under
 * `event.template_card_event`; the SDK's types put them on `event` itself: both are read.
 */
export function clickedButton(body: EventMessage): { key: string; taskId: string } | undefined {
  const event = body.event as unknown as Record<string, unknown>;
  const nested = (event['template_card_event'] ?? {}) as Record<string, unknown>;
  const key = nested['event_key'] ?? event['event_key'];
  const taskId = nested['task_id'] ?? event['task_id'];
  return typeof key === 'string' && typeof taskId === 'string' ? { key, taskId } : undefined;
}

/**
 * A card click as the message it stands for: the option's command as text, plus the action,
 * so the core handles it exactly like the typed command, with the same checks.
 */
export function clickToIncoming(body: EventMessage, pressed: PressedButton, receivedAt: Date): IncomingMessage {
  return {
    ...fromMember(body, receivedAt),
    kind: 'text',
    text: pressed.command,
    action: { actionId: pressed.actionId, value: pressed.value },
  };
}
