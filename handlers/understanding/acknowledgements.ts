import { anyOf, asksSomething, CLAUSE_BREAK, EMOJI, withoutPoliteness } from './text-cues.ts';
import type { ConversationContext, KnownPerson, Reading } from './types.ts';

/**
 * 收到 in its forms: 收到了, 已收到, 好的收到, 知道了, 晓得了, 了解, 已阅, 看到了; 看了 only of a notice
 * named right before it (「7号通知我看了」), not 「我看了下年假」.
 */
const RECEIVED = anyOf(
  '',
  /(?:已经?|都)?收到(?:了|啦|收到)*|知道了|知道啦|知道的|晓得了?|了解(?:了)?|已阅|明白(?:了)?|看到了|看到啦|看过了/,
  /(?<=通知|\d号)\s*(?:我们?)?(?:已经?|都)?看了/,
);
/** Said after 收到, these ask for something even without a question word: 「收到 我报名」. */
const REQUEST =
  /报名|帮我|麻烦|能不能|可以|发一下|再发|请假|换一天|换个|参加不了|去不了|走不开|来不了|到不了|提醒我|告诉我|通知我/;
/** Statements that go with an ack and ask nothing: 「我们组会准时到」「服务部这边我来通知」. */
const STATEMENT = /会准时|准时到|我来通知|我通知|我转达|转告|会(?:去|来)?报名|会参加|会去的|会到的/;

/** What else people receive: someone's (孙浩的…), pay, parcels, requests. */
const OTHER_OBJECT = /^[\p{Script=Han}]{1,4}的|^(?:工资|钱|快递|短信|邮件|红包|报销|款|申请|请假)/u;
const BARE_OK = /^(?:好的?|好滴|好嘞|ok|okay|嗯+|明白|👌|👍|🙏|[\s~!！。]|的)+$/iu;
const OK_THEN = /^(?:好的?|ok|嗯+)[\s,，。!！~～]*/i;
/** Words in every notice's title: sharing them says nothing about which notice is meant. */
const TITLE_FILLER = /通知|安排|同工|全体|年度|工作|关于|事项|\d+/g;

/** The question names a notice's subject: a two-character word of an open notice's title. */
function aboutANotice(question: string, ctx: ConversationContext): boolean {
  return (ctx.notices ?? []).some((n) => {
    const title = n.title.replace(TITLE_FILLER, ' ');
    for (let i = 0; i + 2 <= title.length; i++) {
      const word = title.slice(i, i + 2);
      if (/^[\p{Script=Han}]{2}$/u.test(word) && question.includes(word)) return true;
    }
    return false;
  });
}

/** 「张姐发的通知了」「体检通知」: the notice itself named as what was received after 收到. */
export const THE_NOTICE = /^[^\s,，。!！?？]{0,8}?(?:通知|消息)(?:了|啦)?/;

/** Who received, and how, said before 收到: 「我们组都收到了」「好的 已经收到」. */
const RECEIVER =
  /好的?|ok|okay|嗯+|了解|明白|我们?(?:组|这边)?|这边|组里|大家|全组|都|也|已经?|[两俩三几]个|[两俩三]条|全部|[\s~!！。]/gi;

/**
 * 「蛋糕券收到了」「工资条收到了」: the thing received named before 收到, and it is no notice — not
 * 「通知」, a number (「7号收到」), a word of an open notice's title (「元旦放假收到」) nor who received
 * it (「杨桂兰收到」).
 */
function receivedSomethingElse(before: string, ctx: ConversationContext, people: readonly KnownPerson[]): boolean {
  let thing = withoutPoliteness(before.split(CLAUSE_BREAK).at(-1) ?? '').replace(EMOJI, '');
  for (const p of people) thing = thing.replaceAll(p.name, '');
  thing = thing.replace(RECEIVER, '');
  if (!/\p{Script=Han}{2}/u.test(thing) || /通知|公告|\d/.test(thing)) return false;
  return !aboutANotice(thing, ctx);
}

/**
 * A confirmation of a notice, the way people say it: with thanks, names and emoji, or with a
 * question attached (then `question` is set: record the ack and answer the question).
 * 「好的」 alone is not an ack (it answers whatever the bot said last).
 */
export function readAck(text: string, ctx: ConversationContext, people: readonly KnownPerson[] = []): Reading | null {
  // With no notice open, 收到 answers something else (an answer, a reminder): nothing to record.
  if ((ctx.notices ?? []).length === 0) return null;
  const received = RECEIVED.exec(text);
  if (received === null) {
    if (ctx.justAnswered !== undefined) return null;
    // 「好的👌」「好的谢谢领导」 with a notice unconfirmed and nothing else said: the notice is what it answers.
    if (BARE_OK.test(text.trim()) || BARE_OK.test(withoutPoliteness(text))) return { intent: 'ack_notice', fields: {} };
    // 「好的 体检在哪个医院啊」: an OK with a question about the notice's own subject.
    const ok = OK_THEN.exec(text.trim());
    const rest = ok === null ? '' : text.trim().slice(ok[0].length);
    return rest && asksSomething(rest) && aboutANotice(rest, ctx)
      ? { intent: 'ack_notice', fields: { question: true } }
      : null;
  }
  // 「收到通知的人都要去吗」: those who received it, a noun, not a confirmation.
  if (/^(?:通知)?的(?:人|同事|同工|都)/.test(text.slice(received.index + received[0].length))) return null;
  // 「没收到通知」「还没收到」: the opposite of a confirmation.
  if (/(?:没|未|没有|不)$/.test(text.slice(0, received.index))) return null;
  // 「这个通知要怎么确认收到啊」「收到要回什么」: asking how to confirm is not confirming (「收到，怎么报名」
  // confirms, and asks).
  if (
    /(?:怎么|怎样|如何|咋)(?:确认|回复?|点|算|才算)?$/.test(text.slice(0, received.index)) ||
    /^(?:要|该|得)?(?:怎么回|怎么确认|回什么|回啥|咋回)/.test(text.slice(received.index + received[0].length))
  )
    return null;
  if (receivedSomethingElse(text.slice(0, received.index), ctx, people)) return null;
  // 「知道了」 right after an answer answers the answer; only 收到 is said to a notice whatever came last.
  if (ctx.justAnswered !== undefined && !/收到/.test(received[0])) return null;
  // 「收到孙浩的请假了吗」: 收到 with its own object is not a confirmation (「收到通知了」 is).
  const after = text.slice(received.index + received[0].length);
  // 「收到的工资条不对」: what was received, named after 的.
  const ownObject =
    /^的?[\p{Script=Han}]/u.test(after) && !/^(?:的?通知|啦|了|哈|的$|的[\s,，。!！]|谢|好)/.test(after);
  // 「我收到孙浩的请假了」「收到工资了」: something else received, said or asked.
  // 「收到老人家属送的锦旗了」: a thing someone gave, named with its 的 — unless the thing is the notice
  // (「收到张姐发的通知了」).
  // 「收到体检通知了，要空腹吗」: the notice named as the object is still a confirmation, question and all.
  const object = after.split(/[\s,，。!！?？~～]/)[0]!;
  const theNotice = THE_NOTICE.exec(object)?.[0] === object;
  const otherThing = OTHER_OBJECT.test(after) || after.startsWith('的') || /.的[\p{Script=Han}]/u.test(object);
  if (ownObject && !theNotice && (asksSomething(after) || otherThing)) return null;
  const rest = withoutPoliteness(text.replace(received[0], ' ').replace(/^(?:好的?|ok|OK|嗯|了解)\s*/, ''));
  const asks = rest.length > 0 && !STATEMENT.test(rest) && (asksSomething(rest) || REQUEST.test(rest));
  return { intent: 'ack_notice', fields: asks ? { question: true } : {} };
}
