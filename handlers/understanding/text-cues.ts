import { inMandarin } from './in-mandarin.ts';

/** One pattern from several, so that a long alternation can be written a line per part. */
export function anyOf(flags: string, ...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join('|'), flags);
}

/*
 * Small readings of a text shared by every intent family: voice-input typos, whether it asks
 * something, and whether it is only politeness.
 */

/**
 * Homophones that voice input and hurried typing produce for the bot's key words (请价, 年加,
 * 确任, 收倒, 加般, 掉休). Each is replaced by a word of the same length, so positions in the fixed
 * text are positions in what the person wrote and their own words can still be quoted.
 */
const TYPOS: readonly (readonly [RegExp, string])[] = [
  [/请价/g, '请假'],
  // 「明天上午要请家」: 家 for 假, not 请家政 / 请家里人 / 请家属.
  [/请家(?![政里人属长访教])/g, '请假'],
  // 「明天请加 腰疼」: 加 for 假, never 请加班 nor 再请加一天.
  [/(?<!再)请加(?![班一两二三四五六七八九十半\d])/g, '请假'],
  // 「请个价」「请一天价」: 价 right after a request's count; not 请问价格.
  [/(?<=请[个一两三四五半天]{1,3})价(?![格钱位])/g, '假'],
  [/年加|年价|年驾|年架/g, '年假'],
  // 「不是病假是是假」「10号的是假」: 是 is 事 typed by sound (not 是假日/是假的).
  [/事价|事驾|(?<=[请个天是])是假|(?<=[号的])是假(?![日期的])/g, '事假'],
  // 驾 and 加 are 假 said the same way: 病驾, and 病加 alone or before a count (not 生病加班).
  [/病价|病驾|病家(?!属)|病加(?![班一两二三四五六七八九十半\d])|病加(?=[一两三\d]天)/g, '病假'],
  [/调修/g, '调休'],
  // 「不是病假 是事加」: 加 for 假 after 事 at the end of a phrase (not 事加班).
  [/事加(?![班一两二三四五六七八九十半\d])/g, '事假'],
  [/该成|改城/g, '改成'],
  [/不清了/g, '不请了'],
  [/曲消|取销/g, '取消'],
  [/婚价|(?<=请)婚嫁/g, '婚假'],
  [/掉休|条休/g, '调休'],
  [/加般|加斑|加版/g, '加班'],
  [/确任|确仁|却认/g, '确认'],
  [/收倒|手到|收道|首到|手道|受到/g, '收到'],
  // 「同以4号」: 意 typed by sound, before an approval's number or name.
  [/^(?:同[以义议]|童意)(?=\s*\d|$)/g, '同意'],
  [/事家(?![属里人])/g, '事假'],
  [/(?<=请)并假|并假(?=[一两三\d]天)/g, '病假'],
  [/靠勤|考琴/g, '考勤'],
  // 「月保已叫」「考勤表跟人事报告书都已经教了」: 报 and 交 typed by sound, of a hand-in.
  [/月保|月宝/g, '月报'],
  [/((?:月报|文书|考勤表|总结|报告书|档案)[^\s,，。]{0,10}?(?:已经?|都|也))(?:叫|教)(?=了|$|[\s,，。!！])/g, '$1交'],
  // Cantonese is read in Mandarin before these (inMandarin: 听日 明天, 下昼 下午, 咗 了, 冇 没…).
  [/夜晚(?=[\d一二三四五六七八九十两])/g, '晚上'],
  // 「22、23号」: days listed before one 号 are days of the month each (it was read as 23 and two days on).
  [/(?<![\d.:：])(\d{1,2})\s*[、，,和跟及]\s*(?=\d{1,2}\s*[号日])/g, '$1号'],
  // 「今明两天病假」: two days said at once, as a range.
  [/今明两?天/g, '今天到明天'],
  [/明后两?天/g, '明天到后天'],
  [/撤会/g, '撤回'],
  [/证名/g, '证明'],
  // 「请假 明天 病 头痛」: 病 standing alone among the words of a request is the type (it was asked for, three times).
  [/(?<=^|[\s,，。、])病(?=$|[\s,，。、])/g, '病假'],
  // 「下周二想请一天annual leave」: the types as English says them.
  [/annual\s*leave/gi, '年假'],
  [/sick\s*leave/gi, '病假'],
  [/personal\s*leave/gi, '事假'],
  [/(?:marriage|wedding)\s*leave/gi, '婚假'],
  [/(?:bereavement|compassionate)\s*leave/gi, '丧假'],
  [/maternity\s*leave/gi, '产假'],
  [/paternity\s*leave/gi, '看护假'],
  [/(?:comp(?:ensatory)?\s*(?:leave|time\s*off)|time\s*off\s*in\s*lieu|day\s*off\s*in\s*lieu)/gi, '调休'],
];

export function fixTypos(text: string): string {
  let out = inMandarin(text);
  for (const [re, word] of TYPOS) out = out.replace(re, word);
  return out;
}

/**
 * Asks something: a question mark, a question particle, a question word or an A-not-A form
 * (扣不扣, 能不能). 「好不好」 at the end of a request is still a request; callers decide.
 */
const QUESTION = anyOf(
  '',
  /[?？]|问一?下|想问|请问|了解一?下|咨询|吗|(?<![这那怎什多])么|谁|哪|怎么|怎样|咋|如何|什么|啥|多少|几(?!乎)/,
  /多久|多长|是否|有没有|能不能|可不可以|可以不|要不要|是不是|会不会|算不算|(?<!不)(.)不\1|来着|(?<!(?:还没|没|还在)[^\s,，。]{0,6})呢$|区别/,
  // 「不会过期吧」: a worry put as a question expecting no.
  // 「还是休吧」 settles, it does not ask.
  /还是(?![^?？]*吧[。!！~～]*$).{1,8}[?？]?$|[^\s不]不$|[对是]吧[?？。]*$|不会.{1,6}吧[?？。]*$|还要[^\s,，。]{1,8}吧[?？。]*$/,
  // 「团建是周六还是周日 通知里没写」: A or B, asked mid-message too.
  /是[^\s,，。]{1,6}还是[^\s,，。]{1,6}/,
  // 「那请半天的也要提前三天啊」: a rule said back in surprise asks whether it is so.
  /^那?[^\s,，。]{0,8}(?:也|还|都)(?:要|得)[^\s,，。]{1,8}(?:啊|呀)[?？。]*$/,
);
/** Words with a question word inside that ask nothing: 没什么人, 这么多, 不怎么. */
const NOT_ASKING = anyOf(
  'g',
  /^嗯呢$|[那这]几[天个]|(?:这么|那么)几[天个次]|好几|没什么|没啥|不怎么|这么|那么|什么的|多少有点|几乎/,
  // 「还没想好要不要请」「我哪有时间」「玩几天」「谁都不能休」「就是我想问的」: undecided, rhetorical, indefinite.
  /(?:还没|没)(?:想好|决定|定)(?:要不要|是否)?|我哪有|(?<=[玩住待呆歇养])几天|谁都|谁也|什么都|哪都|哪儿都/,
  /(?:就是|正是)我?想问的/,
  // 「提前想想送啥」: thinking aloud what to do oneself.
  /想想(?:送|买|吃|做|穿|带|去)(?:啥|什么)/,
);

export function asksSomething(text: string): boolean {
  return QUESTION.test(text.replace(NOT_ASKING, ''));
}

/**
 * A supposition (「要是改成周五 还要重新批吗」「如果那天开会 还能请吗」): with a question it asks what
 * would follow, it neither changes nor asks for anything.
 */
export const SUPPOSES = /要是|如果|假如|假设|万一|若是|倘若/;

/**
 * 「可能要加班 到时候再说」: a plan left open; nothing to register yet. Not 「到时候再说调休的事」, where
 * only what follows is left open.
 */
export const TENTATIVE =
  /到时候?再说(?=$|[\s,，。!！~～吧啊])|再定|再议|还不确定|不一定|说不定|看情况|还没定下来|还没(?:确)?定(?=$|[\s,，。!！~～呢])/;

/** Emoji and pictographs: read as politeness, never as content. */
export const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;

/** Separators between the clauses of a chat message (also inside numbers' neighbourhoods). */
export const CLAUSE_BREAK = /[\s,，。!！?？;；、~～…]+/;

/** Thanks, names with 姐/哥, laughter, emoji: what is left after them is the message. */
const POLITENESS = anyOf(
  'g',
  /谢谢(?:你|您|啦|了)?|多谢|感谢|辛苦(?:了|啦)?|麻烦(?:你|您|[\u4e00-\u9fa5]{1,2}(?:姐|哥))?(?:了|啦)/,
  /哈哈+|嘿嘿+|呵呵|嗯+|[~～!！。，,.\s]+|[\u4e00-\u9fa5]{1,2}(?:姐|哥|姨|叔)(?=$|[\s,，!！~～。])/,
  /(?:亲爱的)?(?:张敏|刘芳|李姐|敏姐|芳姐)|(?:领导|領导|領導|老师)(?:们)?(?=$|[\s,，!！~～。])/,
);

export function withoutPoliteness(text: string): string {
  return text.replace(EMOJI, ' ').replace(POLITENESS, ' ').replace(/\s+/g, ' ').trim();
}

/** Chinese or Latin letters or digits: a text with none is a sticker, an emoji or punctuation. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
