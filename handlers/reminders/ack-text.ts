import type { Deadline } from '../../data/reminders/reminder-config.ts';

/*
 * What counts as "I've handed it in". Generic phrases ("已交", "交了", "都交了") mean whatever
 * is open; a phrase naming a deadline ("月报交了", "归档完成") means that one. Questions
 * ("月报什么时候交？") are never acknowledgements.
 */
const GENERIC =
  /^(?:我|都|我都|我也|也)?(?:(?:已经?|已)(?:提交|上交|交)(?:完|好|齐)?(?:了|啦)?|(?:提交|上交|交)(?:完|好|齐)?(?:了|啦))$/;
/**
 * Done: 交了, 已交, 交好, 交上去, 完成… — not 交 with the item after it (「要交月报了」「提醒我交月报」
 * 「让他们赶紧交月报」), which is still to do, or asked of others.
 */
const DONE = /(?:交|提交)(?:了|啦|好|完|过|齐|上)|已经?(?:提|上)?交|完成|搞定|弄好/;
const QUESTION = /[?？吗么呢谁哪]|什么|几号|几时|怎么|多少|何时|啥时|要不要|是否|没有|没交|未交|还没|忘/;
const TRAILING = /[\s。.!！~～,，]+$/;
const MAX_LENGTH = 30;

export type AckIntent =
  | { readonly kind: 'generic' }
  | { readonly kind: 'named'; readonly deadlineIds: ReadonlySet<string>; readonly word: string };

/** The acknowledgement in `text`, or undefined when it isn't one. */
export function readAck(text: string, deadlines: readonly Deadline[]): AckIntent | undefined {
  const t = text.replace(TRAILING, '').trim();
  if (!t || t.length > MAX_LENGTH || QUESTION.test(t)) return undefined;
  if (GENERIC.test(t)) return { kind: 'generic' };
  if (!DONE.test(t)) return undefined;
  const named = deadlines.filter((d) => d.keywords.some((k) => t.includes(k)));
  if (!named.length) return undefined;
  const word = named[0]!.keywords.find((k) => t.includes(k)) ?? named[0]!.title;
  return { kind: 'named', deadlineIds: new Set(named.map((d) => d.id)), word };
}
