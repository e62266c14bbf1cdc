import type { ActionRequest, OutgoingMessage } from '../../message.ts';

function quoteCommands(commands: readonly string[]): string {
  const quoted = commands.map((command) => `「${command}」`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('、')}或${quoted[quoted.length - 1]}`;
}

/**
 * WeChat has no buttons, so each choice becomes a hint line naming the text commands that
 * do the same thing: `回复「同意 12」或「驳回 12 原因」`. With several requests in one
 * message, each line starts with its title so people can tell them apart.
 */
export function renderActionsAsText(actions: readonly ActionRequest[]): string {
  const withOptions = actions.filter((action) => action.options.length > 0);
  return withOptions
    .map((action) => {
      const hint = `回复${quoteCommands(action.options.map((option) => option.command))}`;
      return withOptions.length > 1 ? `${action.title}：${hint}` : hint;
    })
    .join('\n');
}

/** The plain text WeChat shows for an outgoing message: its text plus the action hints. */
export function renderOutgoingText(message: OutgoingMessage): string {
  const hints = message.actions ? renderActionsAsText(message.actions) : '';
  return hints === '' ? message.text : `${message.text}\n${hints}`;
}
