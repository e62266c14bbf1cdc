import { anyOf, EMOJI, withoutPoliteness } from './text-cues.ts';

/*
 * Short answers to what the bot just asked: yes, no, never mind. Read only inside a flow step;
 * an idle 「好的」 confirms nothing.
 */

const YES_WORD = anyOf(
  'i',
  /嗯呢|嗯嗯|恩|确认无误|无误|需要|要得|要|好啊|行啊|好呀|确认|确定|对的?|是的|没错|没问题|好的?|好滴|好嘞|行|可以|ok|okay|嗯/,
  /提交|(?:那)?就这样(?:登记|提交)?|(?:那)?就这么(?:办|提交|登记|发)|发出去|发吧|[。，,!！~～]|发送|发|转吧|转|转一下|麻烦|帮忙|(?:帮我)?转给.{0,6}|帮我转|👌|👍|吧|的|了|啊/,
);
const YES = new RegExp(`^(?:${YES_WORD.source})+$`, 'i');
const NO =
  /^(?:不对|不是|不是这样的?|不用了?|不要了?|不需要了?|错了|不行|不了|不必了?)(?:啊|的|呀|哦|不对|错了|吧|这个|那个)*(?:[\s,，。!！]|$)/;
const NEVER_MIND =
  /算了|不请了|取消|先不请|不要请了|不(?:用|必)?登记了|不用报了|不发了|先不发|不休了|不用请了|不加班了|不办了|不弄了/;

/** 「事由写错了」「日期不对」: a part of the read-back said to be wrong, without what it should be. */
export const WRONG_FIELD =
  /(?:事由|理由|原因|日期|时间|类型|天数|假别).{0,2}(?:写错了?|错了|不对|有误)[了吧啊!！。\s]*$/;

/** A thumbs-up or OK hand alone says yes (politeness strips emoji, so they are read first). */
const YES_EMOJI = /^(?:👌|👍|🙆|✅|🆗|\u{FE0F}|\s)+$/u;

export function isYes(text: string): boolean {
  if (/^(?:嗯+呢?|恩+)[!！。~]*$/.test(text.trim()) || YES_EMOJI.test(text.trim())) return true;
  const rest = withoutPoliteness(text).replace(EMOJI, '').replace(/\s+/g, '');
  return rest.length > 0 && YES.test(rest);
}

/** A bare no, maybe with a remark that is not a change (「不要了 我问问李姐」). */
export function isNo(text: string): boolean {
  return NO.test(text.trim());
}

export function isNeverMind(text: string): boolean {
  return NEVER_MIND.test(text);
}

/** Picks a choice by its words (「就年假吧」 among 年假/事假): exactly one option is said, with little else. */
export function optionNamed(text: string, options: readonly string[]): number | undefined {
  const said = text.trim().replace(/^(?:那|就|选|要|还是)+|(?:吧|的|啊|呀|了|好了)+$/g, '');
  const named = options.map((o, i) => [o, i + 1] as const).filter(([o]) => o.length > 0 && said.includes(o));
  if (named.length !== 1 || said.length > named[0]![0].length + 4) return undefined;
  return named[0]![1];
}

/**
 * Picks a choice by its day (「16号那个」 among 「12月10日的事假」「12月16日的事假」): the one option with
 * that day of the month, when the rest of the text only points (那个, 的).
 */
export function optionByDay(text: string, options: readonly string[]): number | undefined {
  const said = /^(?:就|选|要|是)?(\d{1,2})[号日](?:那个|那天|的|那一?个)?(?:吧|啊)?$/.exec(text.trim());
  if (!said) return undefined;
  const day = new RegExp(`(?<!\\d)${Number(said[1])}[日号]`);
  const named = options.map((o, i) => [o, i + 1] as const).filter(([o]) => day.test(o));
  return named.length === 1 ? named[0]![1] : undefined;
}

/** Picks one of the offered choices: 「2」「第一个」「选2」. */
export function pickedOption(text: string, count: number): number | undefined {
  // 「嗯 2」「好的 选3」: a filler before the number is no other answer.
  const m =
    /^(?:(?:嗯+|好的?|哦|那)[\s,，]*)?(?:选|要|就)?\s*(?:第)?\s*([1-9]|[一二三四五六七八九])\s*(?:个|项|条|号|种)?(?:吧|的)?$/.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const n = '一二三四五六七八九'.indexOf(m[1]!) + 1 || Number(m[1]);
  return n >= 1 && n <= Math.max(count, 1) ? n : undefined;
}
