import { describe, expect, it } from 'vitest';
import { stripBotMention, textMentionsBot } from '../../../../bot/channels/wechaty/bot-mention.ts';

const NAMES = ['同工助手', '小助手'];

describe('textMentionsBot', () => {
  it('sees a mention followed by the U+2005 separator WeChat uses', () => {
    expect(textMentionsBot('@同工助手\u2005请假', NAMES)).toBe(true);
  });

  it('sees a mention followed by an ASCII space, or at the end of the text', () => {
    expect(textMentionsBot('@同工助手 请假', NAMES)).toBe(true);
    expect(textMentionsBot('请问 @同工助手', NAMES)).toBe(true);
  });

  it('sees the bot mentioned under its group alias', () => {
    expect(textMentionsBot('@小助手\u2005加班怎么算', NAMES)).toBe(true);
  });

  it('ignores a longer name that starts with the bot name', () => {
    expect(textMentionsBot('@同工助手2号 在吗', NAMES)).toBe(false);
  });

  it('ignores an @ inside a word and texts without the bot name', () => {
    expect(textMentionsBot('邮件发到hr@同工助手 吧', NAMES)).toBe(false);
    expect(textMentionsBot('@李明\u2005下午开会', NAMES)).toBe(false);
  });

  it('never matches when the bot has no usable name', () => {
    expect(textMentionsBot('@ 请假', ['', '  '])).toBe(false);
  });

  it('treats names with regular-expression characters literally', () => {
    expect(textMentionsBot('@助手(测试) 你好', ['助手(测试)'])).toBe(true);
    expect(textMentionsBot('@助手测试 你好', ['助手(测试)'])).toBe(false);
  });
});

describe('stripBotMention', () => {
  it('removes a leading mention and its separator', () => {
    expect(stripBotMention('@同工助手\u2005明天请假', NAMES)).toBe('明天请假');
    expect(stripBotMention('@同工助手 明天请假', NAMES)).toBe('明天请假');
  });

  it('removes a mention in the middle without doubling spaces', () => {
    expect(stripBotMention('请问 @同工助手 年假几天', NAMES)).toBe('请问 年假几天');
  });

  it('keeps mentions of other people', () => {
    expect(stripBotMention('@同工助手\u2005通知 @李明\u2005开会', NAMES)).toBe('通知 @李明\u2005开会');
  });

  it("keeps the person's line breaks", () => {
    expect(stripBotMention('@同工助手 请假\n\n12月8日', NAMES)).toBe('请假\n\n12月8日');
  });
});
