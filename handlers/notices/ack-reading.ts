import { readAck, THE_NOTICE } from '../understanding/acknowledgements.ts';
import { readHandIn } from '../understanding/hand-ins.ts';
import { asksSomething, fixTypos, withoutPoliteness } from '../understanding/text-cues.ts';
import type { ConversationContext, UnderstandingEnv } from '../understanding/types.ts';

/** A typed confirmation: the notice number, if typed, and what else the message asks. */
export interface TypedAck {
  readonly noticeId?: number;
  /** 「收到，我那天要请假可以吗」: the part after the confirmation, to answer once it is recorded. */
  readonly question?: string;
  /** 「收到，年度总结周一前交」: a remark said with it, which may name one of several open notices. */
  readonly remark?: string;
}

/** 「收到 7」「已阅通知7」: a number after the word names the notice. */
const NUMBERED = /^(?:已?收到了?|已阅|知悉|已知悉|已读)\s*(?:通知\s*)?(\d+)[啦了!！。.~～]*(?:[,，]?谢谢[!！。]*)?$/;
/** The confirmation word and what goes with it (好的, 了, 啦), cut off to leave the rest. */
const RECEIVED =
  /^(?:好的?|ok|嗯+)?[\s,，。!！~～]*(?:我们?|我这边)?(?:[两俩三几]个|全部)?(?:已经?|都)?收到(?:了|啦|收到|晒|哂|咗|喇|嘞)*/i;

/**
 * 收到 in English, as staff who write English at work say it (「Noted」「Received」「Got it, thanks」): a
 * confirmation like 收到 itself, in a group too.
 */
const IN_ENGLISH = new RegExp(
  [
    /^(?:ok(?:ay)?[\s,，.]*)?/.source,
    /(?:(?:well )?noted|received|got it|copy(?: that)?|roger(?: that)?|acknowledged)/.source,
    /(?:[\s,，.。!！~～]*(?:thanks?(?: you)?|thx|谢谢))?[\s.。!！~～]*$/.source,
  ].join(''),
  'i',
);

/** Only as long as a remark that goes with a confirmation: 「收到 我们组会准时到」. */
const MAX_REMARK = 12;

/** Which notices are open is checked when the ack is recorded; here one stands for them, so 收到 reads as an ack. */
const IDLE: ConversationContext = { state: 'idle', roles: [], notices: [{ no: 0, title: '' }] };
/** The hand-in reader looks only at the names of colleagues; none are needed to see an item handed in. */
const NO_ONE = { people: [] } as unknown as UnderstandingEnv;

/**
 * 收到 the way people say it (issue 11): with thanks, names and emoji (「好的 收到了 谢谢」
 * 「好的收到👌」「收到，谢谢张姐」), or with a question attached. Not a hand-in (「郑雨的月报我收到了」)
 * and not 「收到了工资条 少了100」: what follows 收到 must be thanks, a short remark, or a question
 * set apart from it. Cantonese says it 「收到晒」「收到咗」. 「知道了」「好的」 alone are read by the bare-OK
 * handler (they may answer whatever the bot said last, which is not known here).
 */
export function readTypedAck(typed: string): TypedAck | undefined {
  // 「收道」「手到」: voice input's 收到 (the same length, so the question after it is cut where it was typed).
  const text = fixTypos(typed);
  const numbered = NUMBERED.exec(text);
  if (numbered) return { noticeId: Number(numbered[1]) };
  if (IN_ENGLISH.test(text.trim())) return {};
  if (!/收到/.test(text)) return undefined;
  if (readHandIn(text, IDLE, NO_ONE)) return undefined;
  const reading = readAck(text, IDLE);
  if (reading === null || reading.intent !== 'ack_notice') return undefined;
  const head = RECEIVED.exec(text.trim());
  if (head === null) return undefined;
  const said = text.trim().slice(head[0].length);
  const after = said.slice(THE_NOTICE.exec(said)?.[0].length ?? 0);
  const rest = withoutPoliteness(after);
  if (rest.length === 0) return {};
  // 「收到了工资条」: 收到 has its own object; a confirmation is set apart from what follows it.
  if (!/^[\s,，。.!！~～、]|^[\p{Extended_Pictographic}]/u.test(after)) return undefined;
  if (reading.fields.question || asksSomething(rest)) return { question: rest };
  return rest.length <= MAX_REMARK ? { remark: rest } : undefined;
}
