import type { OutgoingMessage } from '../message.ts';

/** The terminal has no buttons: each choice is shown as the text command that does the same. */
export function renderActions(message: OutgoingMessage): string {
  if (!message.actions?.length) return '';
  const commands = message.actions.flatMap((a) => a.options.map((o) => `「${o.command}」`));
  return `\n请回复 ${commands.join(' / ')}`;
}
