import type { TemplateCard } from '@wecom/aibot-node-sdk';
import type { ActionRequest, OutgoingMessage } from '../../../data/message.ts';
import { renderActionsAsText } from '../render-actions-as-text.ts';
import { buttonKey } from './card-keys.ts';

/** A button card holds at most six buttons. */
const MAX_BUTTONS = 6;
/** WeCom's suggested limit for a card's sub-title text (characters). */
const MAX_CARD_TEXT = 112;
/** A stream reply may be 20,480 bytes (SDK types). */
export const MAX_STREAM_BYTES = 20_480;
/**
 * Proactive markdown: WeCom's webhook markdown allows 4,096 bytes; the long-connection limit
 * is not documented, so the same is assumed and long texts are split at line breaks.
 */
export const MAX_MARKDOWN_BYTES = 4_096;

/**
 * Plain text as WeCom markdown: each line break kept as a hard break (two trailing spaces),
 * so a renderer that joins soft-wrapped lines cannot run a notice's lines together.
 */
export function toMarkdown(message: OutgoingMessage): string {
  const overflow = (message.actions ?? []).filter((action) => action.options.length > MAX_BUTTONS);
  // Options that do not fit on buttons are still offered, as the commands that do the same.
  const hints = renderActionsAsText(overflow, message.text);
  const text = hints ? `${message.text}\n${hints}` : message.text;
  return message.markdown ? text : escapeMarkdown(text).replace(/\r\n?/g, '\n').split('\n').join('  \n');
}

/**
 * Plain text (what people typed: leave reasons, notices; the model's answers; quoted rules)
 * can't become markup: a reason with `[点此查看](http://…)` must reach the approver as those
 * characters, not as a link. The markup characters are swapped for their full-width twins,
 * which read the same on a phone; backslash escapes are not used because WeCom does not
 * document them, and a renderer that ignores them would still make the link.
 * Only messages the bot itself marks `markdown` keep their markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[[\]<>*`]/g, (c) => FULL_WIDTH[c]!)
    .replace(/~~/g, '～～')
    .replace(/^(\s*)#/gm, '$1＃');
}

const FULL_WIDTH: Record<string, string> = { '[': '［', ']': '］', '<': '＜', '>': '＞', '*': '＊', '`': '｀' };

/** A button card for one choice; buttons beyond six are left to the text hint. */
export function actionCard(action: ActionRequest, taskId: string, text?: string): TemplateCard {
  return {
    card_type: 'button_interaction',
    main_title: { title: action.title },
    ...(text ? { sub_title_text: text } : {}),
    button_list: action.options
      .slice(0, MAX_BUTTONS)
      .map((option) => ({ text: option.label, key: buttonKey(action.id, option) })),
    task_id: taskId,
  };
}

/** Whether the message's text can ride on its single card instead of going as a message of its own. */
export function fitsOnCard(message: OutgoingMessage): boolean {
  const actions = message.actions ?? [];
  return (
    actions.length === 1 &&
    actions[0]!.options.length <= MAX_BUTTONS &&
    [...message.text].length <= MAX_CARD_TEXT &&
    !message.text.includes('\n\n')
  );
}

/**
 * What a card becomes once its choice is decided: the buttons are gone and the outcome is
 * shown. The shape (a `text_notice` card with the same task id) is the one the SDK's README
 * uses to update a clicked card.
 */
export function outcomeCard(taskId: string, outcome: string, title: string | undefined): TemplateCard {
  return {
    card_type: 'text_notice',
    main_title: title ? { title, desc: outcome } : { title: outcome },
    task_id: taskId,
  };
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, at line breaks where possible. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  if (Buffer.byteLength(text) <= maxBytes) return [text];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current !== '') pieces.push(current);
    current = '';
  };
  for (const line of text.split(/(?<=\n)/)) {
    if (Buffer.byteLength(current + line) <= maxBytes) {
      current += line;
      continue;
    }
    flush();
    if (Buffer.byteLength(line) <= maxBytes) {
      current = line;
      continue;
    }
    // A single line too long for one piece: cut it between characters.
    for (const char of line) {
      if (Buffer.byteLength(current + char) > maxBytes) flush();
      current += char;
    }
  }
  flush();
  return pieces;
}
