import type { ActionOption } from '../../../data/message.ts';

/** WeCom's limit for a button key (bytes). */
const MAX_KEY_BYTES = 1024;
/** WeCom's limit for a task id (bytes); only letters, digits and `_-@` are allowed. */
const MAX_TASK_ID_BYTES = 128;

/** What a button press stands for, decoded from the key WeCom sends back. */
export interface PressedButton {
  readonly actionId: string;
  readonly value: string;
  /** The typed command with the same effect; empty if it did not fit in the key. */
  readonly command: string;
}

/**
 * The button key carries everything a press means: the choice's id, the option's value and
 * the equivalent text command. So a card still works after a restart, with nothing kept in
 * memory. A forged key gains nothing: the core checks a press exactly like the typed command.
 */
export function buttonKey(actionId: string, option: ActionOption): string {
  const full = new URLSearchParams({ a: actionId, v: option.value, c: option.command }).toString();
  if (Buffer.byteLength(full) <= MAX_KEY_BYTES) return full;
  const short = new URLSearchParams({ a: actionId, v: option.value }).toString();
  if (Buffer.byteLength(short) <= MAX_KEY_BYTES) return short;
  throw new Error(`action id "${actionId.slice(0, 40)}…" is too long for a WeCom button key`);
}

/** Undefined for keys this bot did not make (an old card, another bot's card). */
export function parseButtonKey(key: string): PressedButton | undefined {
  const params = new URLSearchParams(key);
  const actionId = params.get('a');
  const value = params.get('v');
  if (!actionId || value === null) return undefined;
  return { actionId, value, command: params.get('c') ?? '' };
}

/**
 * A task id must be unique per bot, for as long as the bot exists: the action id (readable
 * in WeCom's logs) plus the send time and a counter.
 */
export function makeTaskId(actionId: string, now: Date, counter: number): string {
  const suffix = `@${now.getTime().toString(36)}${counter.toString(36)}`;
  const readable = actionId.replace(/[^0-9A-Za-z_-]/g, '_').slice(0, MAX_TASK_ID_BYTES - suffix.length);
  return `${readable}${suffix}`;
}
