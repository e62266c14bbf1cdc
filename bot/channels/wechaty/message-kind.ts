import { types } from 'wechaty';
import type { MessageKind } from '../../../data/message.ts';

const KIND_BY_TYPE: ReadonlyMap<types.Message, MessageKind> = new Map([
  [types.Message.Text, 'text'],
  [types.Message.Image, 'image'],
  [types.Message.Emoticon, 'sticker'],
  [types.Message.Audio, 'voice'],
  [types.Message.Video, 'video'],
  [types.Message.Attachment, 'file'],
  [types.Message.Url, 'link'],
]);

/** Maps a Wechaty message type to the neutral kind; anything handlers cannot use is `other`. */
export function messageKindOf(type: types.Message): MessageKind {
  return KIND_BY_TYPE.get(type) ?? 'other';
}
