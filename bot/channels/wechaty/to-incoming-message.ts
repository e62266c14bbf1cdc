import type { ContactInterface, MessageInterface, RoomInterface } from 'wechaty/impls';
import type { IncomingMessage } from '../../../data/message.ts';
import { stripBotMention, textMentionsBot } from './bot-mention.ts';
import { messageKindOf } from './message-kind.ts';

export const WECHATY_CHANNEL_NAME = 'wechaty';

/** The names people type after `@` for the bot in this room: its nickname and its group alias. */
async function botNamesIn(room: RoomInterface, bot: ContactInterface): Promise<string[]> {
  const names = [bot.name()];
  const alias = await room.alias(bot).catch(() => undefined);
  if (alias) names.push(alias);
  return names;
}

async function mentionSelf(message: MessageInterface): Promise<boolean> {
  // Puppets without a mention list make Wechaty parse names out of the text and look the
  // contacts up, which can fail; the text check below still catches the usual case.
  return message.mentionSelf().catch(() => false);
}

/** Turns a Wechaty message into the neutral model. Throws if the puppet cannot describe it. */
export async function toIncomingMessage(
  message: MessageInterface,
  bot: ContactInterface,
  receivedAt: Date,
): Promise<IncomingMessage> {
  const talker = message.talker();
  const room = message.room();
  const isSelf = message.self();
  const kind = messageKindOf(message.type());
  const rawText = kind === 'text' ? message.text() : '';
  const base = {
    id: message.id,
    channel: WECHATY_CHANNEL_NAME,
    senderId: talker.id,
    senderName: talker.name(),
    isSelf,
    kind,
    receivedAt,
  };

  if (!room) {
    // The bot's own direct messages are echoed with the bot as talker: the chat is with the
    // listener, which is where a reply would go.
    const chatId = isSelf ? (message.listener()?.id ?? talker.id) : talker.id;
    return { ...base, chatId, isDirect: true, mentionsBot: true, text: rawText.trim() };
  }

  const names = await botNamesIn(room, bot);
  const mentionsBot = (await mentionSelf(message)) || textMentionsBot(rawText, names);
  return {
    ...base,
    chatId: room.id,
    isDirect: false,
    mentionsBot,
    text: mentionsBot ? stripBotMention(rawText, names) : rawText.trim(),
  };
}
