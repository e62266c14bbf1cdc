import { inMandarin } from '../understanding/in-mandarin.ts';

/**
 * Whether a message the Q&A declined is a question worth HR's time. Everything no other
 * feature claims reaches the Q&A, so a decline also follows 「确认」「好的收到了」「1」「谢谢大家」,
 * an edit meant for a flow that had ended (「改成1月5号到6号」) or a note to a group
 * (「今晚加班 6点到9点 陪护张伯」): none of these is a question, and the last puts a client's
 * name in HR's list. Voice input has no punctuation, so the shape is read from the words.
 * A message with no question shape is not queued: a careful HR officer would rather miss a
 * bare topic such as 「婚假规定」 (its asker can ask again) than read chatter every week.
 * Cantonese is read as the Q&A reads it, in Mandarin (「要唔要」→「要不要」, 「有冇」→「有没有」,
 * 「边个」→「谁」, 「几时」「点样」「咩」…): the bot told 「我地开工要唔要着制服啊」 it had passed the
 * question to HR, yet the question never reached HR's list.
 */
export function looksLikeQuestion(text: string): boolean {
  const bare = bareOf(text);
  const words = bare.replace(/[\p{P}\p{S}]+/gu, '');
  if (!words || NOT_A_QUESTION.test(words) || EDIT.test(words)) return false;
  return /[?？]/.test(bare) || QUESTION_WORDS.test(words) || ENDS_AS_QUESTION.test(words);
}

/**
 * A reply, thanks, a number or a control word alone (「好的收到了」「谢谢」「2」「确认」): says
 * nothing HR could send a colleague as an answer, nor anything to add to a question.
 */
export function isChatter(text: string): boolean {
  const words = bareOf(text).replace(/[\p{P}\p{S}]+/gu, '');
  return !words || NOT_A_QUESTION.test(words);
}

function bareOf(text: string): string {
  return inMandarin(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

/** Question words anywhere: 几 but not 几乎, 哪 but not 哪怕. */
const QUESTION_WORDS = new RegExp(
  [
    '请问',
    '想问',
    '问一?下',
    '咨询',
    '吗',
    '几(?!乎)',
    '多少',
    '多久',
    '多长',
    '多大',
    '怎么',
    '怎样',
    '怎么样',
    '如何',
    '什么',
    '啥',
    '咋',
    '哪(?!怕)',
    '谁',
    '为什么',
    '为何',
    '是否',
    '能否',
    '可否',
    '有没有',
    '要不要',
    '(.)不\\1', // A-not-A: 能不能, 是不是, 算不算, 会不会
    '可不可以',
  ].join('|'),
);

/**
 * 「那病假呢」, 「补假这样算么」, 「年假可以分开休不」 (可以…不 / 能…没有), 「工资发了没」 (Cantonese
 * 「批咗未」 reads so).
 */
const ENDS_AS_QUESTION = /(?:呢|么|了没有?|(?:可以|能|会|要|用|行|是|有).{0,10}(?:不|没有?))$/;

/**
 * Replies, thanks, numbers and control words alone (with particles): 「确认」「好的呢」「ok收到」「2」「谢谢大家」
 * 「那算了」.
 */
const NOT_A_QUESTION = new RegExp(
  `^(?:${[
    '确认',
    '确定',
    '取消',
    '好的?',
    '好滴',
    '行',
    '可以',
    '嗯+',
    '哦+',
    '噢',
    '收到',
    'ok',
    'okay',
    '明白',
    '知道',
    '了解',
    '谢谢',
    '感谢',
    '多谢',
    '辛苦',
    '大家',
    '您',
    '你',
    '了',
    '啦',
    '的',
    '吗',
    '呢',
    '啊',
    '呀',
    '哈+',
    '嘛',
    '不对',
    '对',
    '是',
    '否',
    '没问题',
    // Letting it go: 「算了」「没事了」「那不用了」「好吧」.
    '算',
    '没事',
    '不用',
    '不要',
    '好吧',
    '行吧',
    '无所谓',
    '没关系',
    '那',
    'thanks?',
    'thx',
    '\\d+',
    '\\d+[年月日号]',
    '[一二三四五六七八九十]',
  ].join('|')})+$`,
);

/** An edit meant for a form or flow: 「改成1月5号到6号」「换成下午」. */
const EDIT = /^(?:改成|改为|改到|改一下|换成|换到|调成|调到|更正|撤回|删掉|删除)/;
