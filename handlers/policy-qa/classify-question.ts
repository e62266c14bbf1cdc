import type { Directory } from '../../data/org/directory.ts';

export type QuestionKind = 'policy' | 'greeting' | 'thanks' | 'wish' | 'unrelated' | 'personal-data';

const GREETING =
  /^(你好|您好|嗨|hi|hello|哈喽|在吗|在不在|早上好|早安|上午好|下午好|晚上好|晚安|有人吗)[啊呀呢吗!！~～。.\s]*$/i;
const THANKS = new RegExp(
  '^(谢谢|多谢|感谢|thanks|thank you|好的谢谢|收到谢谢|辛苦了|明白了|懂了|知道了)(大家|各位|你们|老师|领导)?' +
    '[啊呀了你您!！~～。.\\s\\p{Extended_Pictographic}\\u{FE0F}]*$',
  'iu',
);
/**
 * A good wish to a colleague (「孙浩生日快乐！」「今天邓佳生日，生日快乐🎂」), said with the bot
 * mentioned out of habit: joined, never refused as a question about someone's birthday.
 */
const WISH = /生日快乐|节日快乐|新年快乐|圣诞快乐|元旦快乐|新婚快乐|恭喜|祝贺|happy birthday/i;
/** Plainly not about work: the bot says what it can do instead of searching the handbook. */
const UNRELATED = new RegExp(
  [
    /天气|下雨|气温|写(一)?首|作诗|写诗|诗歌|笑话|讲个故事|唱歌|股票|基金|彩票|电影|电视剧|游戏|菜谱|做饭/.source,
    /减肥|星座|算命|翻译|你是谁|你叫什么|你几岁|你是机器人|chatgpt|足球|篮球|旅游攻略|外卖|快递/.source,
  ].join('|'),
  'i',
);
/** Questions about other people's leave, health, pay or birthdays. */
const PERSONAL_TOPIC =
  /请假|病假|休假|生日|工资|薪资|薪水|工资条|身份证|电话|手机号|住址|家庭住址|年龄|几岁|出生|病|离职原因|绩效分|考核分/;
const WHO = /谁|哪些人|哪位|哪几个|名单/;

/**
 * Sorts a question before retrieval. Personal-data questions are refused whoever asks:
 * "谁请病假了", "林晓的生日是哪天".
 */
export function classifyQuestion(text: string, directory: Directory): QuestionKind {
  // Emoji, stickers typed as text, "？？" — nothing to search for: greet and offer help.
  if (GREETING.test(text) || !/[\p{L}\p{N}]/u.test(text)) return 'greeting';
  if (THANKS.test(text)) return 'thanks';
  if (WISH.test(text) && !/[?？吗]|几|什么|哪|怎么/.test(text)) return 'wish';
  if (PERSONAL_TOPIC.test(text)) {
    if (WHO.test(text) && /了|在|过|有/.test(text)) return 'personal-data';
    if (directory.all.some((s) => s.name.length >= 2 && text.includes(s.name))) return 'personal-data';
  }
  // An off-topic word in the scene set before the question (「天气太热了 上班穿拖鞋短裤可以吗」,
  // 「周末加班叫外卖 机构一个人报多少」) leaves it a work question; in the question itself
  // (「明天樟木头会下雨吗」) it is not one, whatever words of the documents it has.
  if (UNRELATED.test(lastClause(text))) return 'unrelated';
  return 'policy';
}

/** What follows the last pause of a question typed in several parts ("…了 …吗", "…，…？"). */
function lastClause(text: string): string {
  return (
    text
      .split(/[\s,，。;；!！]+/)
      .filter(Boolean)
      .at(-1) ?? text
  );
}
