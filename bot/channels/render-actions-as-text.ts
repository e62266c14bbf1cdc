import type { ActionRequest, OutgoingMessage } from '../../data/message.ts';

function quoteCommands(commands: readonly string[]): string {
  const quoted = commands.map((command) => `「${command}」`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('、')}或${quoted[quoted.length - 1]}`;
}

/**
 * Channels without buttons (WeChat, the terminal) show each choice as a hint line naming
 * the text commands that do the same thing: `回复「同意 12」或「驳回 12」`. With several
 * requests in one message, each line starts with its title so people can tell them apart.
 * A choice whose commands the text already spells out (「确认」…「取消」) gets no second line.
 */
export function renderActionsAsText(actions: readonly ActionRequest[], text = ''): string {
  const needed = actions.filter(
    (action) => action.options.length > 0 && !action.options.every((o) => text.includes(`「${o.command}」`)),
  );
  return needed
    .map((action) => {
      const hint = `回复${quoteCommands(action.options.map((option) => option.command))}`;
      return needed.length > 1 ? `${action.title}：${hint}` : hint;
    })
    .join('\n');
}

/** The plain text shown for an outgoing message: its text plus the action hints. */
export function renderOutgoingText(message: OutgoingMessage): string {
  const hints = message.actions ? renderActionsAsText(message.actions, message.text) : '';
  return hints === '' ? message.text : `${message.text}\n${hints}`;
}
