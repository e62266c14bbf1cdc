/**
 * WeChat writes a mention as `@name` followed by U+2005 (a four-per-em space); some clients
 * and puppets use an ASCII space instead, and a mention at the very end has neither.
 */
const AFTER_MENTION = '(?:\\u2005|\\u0020|$)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentionPattern(names: readonly string[], flags: string): RegExp | undefined {
  const usable = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))]
    // Longest first, so `@同工助手2` is not read as `@同工助手` followed by `2`.
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (usable.length === 0) return undefined;
  // Only at the start or after whitespace: `a@同工助手` inside an e-mail-like word is not a mention.
  return new RegExp(`(^|\\s)@(?:${usable.join('|')})${AFTER_MENTION}`, flags);
}

/** True when the text @-mentions the bot under one of its names (nickname or group alias). */
export function textMentionsBot(text: string, botNames: readonly string[]): boolean {
  return mentionPattern(botNames, 'u')?.test(text) ?? false;
}

/**
 * Removes every @-mention of the bot, leaving mentions of other people untouched
 * (`@同工助手 通知 @张三` keeps `@张三`, which the handler may need).
 */
export function stripBotMention(text: string, botNames: readonly string[]): string {
  const pattern = mentionPattern(botNames, 'gu');
  if (!pattern) return text.trim();
  // Keeping the whitespace before the mention and dropping the separator after it leaves
  // single spaces and the person's line breaks as they were.
  return text.replace(pattern, '$1').trim();
}
