import { withFullNames } from './called-by.ts';
import { anyOf, asksSomething, SUPPOSES } from './text-cues.ts';
import type { ConversationContext, Reading, UnderstandingEnv } from './types.ts';

/** The deadline items of DOMAIN.md, and the words people use for them. */
const ITEMS: readonly (readonly [RegExp, string])[] = [
  [/人事报告书?|^报告书/, '人事报告书'],
  [/数据统计表|统计表/, '数据统计表'],
  [/考勤表|考勤/, '考勤表'],
  [/半年总结/, '半年总结'],
  [/年度总结|年终总结/, '年度总结'],
  [/月报/, '月报'],
  [/文书/, '文书'],
  // 季度归档 is handing in the case files: 「三季度的个案档案都交到服务部了」.
  [/归档|(?<!放进?|放到)档案(?!柜)/, '归档'],
];
/** Any item's words, for 「郑雨的月报」 (the colleague's own item). */
const ITEM_WORDS = ITEMS.map(([re]) => re.source).join('|');
/** Said to be done: 交了, 已交, 给督导了, 交到部里, 签好了, 我收到了 (a lead for a member). */
const DONE = anyOf(
  '',
  /交啦|交好了|交了|交齐了?|已交|已提交|已上交|上交了|交完了|搞定了?|已经?交|交过|交上|交给|交到|提交了|给了|给.{1,4}了/,
  // 「月报搞掂」 (read in Mandarin: 办好); 「月报已发邮件」「邮件发了」: sent by e-mail.
  /办好|已经?发了?邮件|发[了过]邮件|邮件(?:已经?)?发[了过出]/,
  // 「考勤表交部门了」「发了」 (a bare one, for what is owed).
  /交(?:部门|部里|组长|督导|服务部|项目部|人事|人力|办公室|财务)了|^(?:已经?)?发(?:了|过了)[。!！~～]*$/,
  // 「考勤表已经发部门了」「年度总结发林晓了」: sent to whoever takes it (not 发现/发烧/发错 of).
  /发(?:给)?(?!现|烧|错|生|火|脾气|工资|不)[\u4e00-\u9fa5]{2,5}了/,
  /已经给|签好了?|签完了|弄好了|发给|报已交|收到了|都交|已归档|归档(?:到.{1,6})?了|归档好|归档完/,
  // 「四季度的档案都送服务部了」: taken to whoever keeps it.
  /送(?:到|去|给)?(?:服务部|项目部|部门|部里|人事|人力|办公室|督导|档案室)了/,
  /发.{0,6}邮箱|发(?:到)?群里了?|(?:已|已经)?上传(?:到)?.{0,4}了?|放(?:到|进)?.{0,4}(?:档案|柜)/,
);
/**
 * Not yet: 还在写, 明天交, 没交; meant or waited for (准备交了, 等她交了我再一起交, 先别算我交了); or part of it
 * only (交了一半, 还差).
 */
const NOT_YET = anyOf(
  '',
  /还在|还没|没交|未交|明天|后天|下午|晚点|等会|待会|正在|马上/,
  /准备|打算|要交(?!了)|就交(?!了)|再交|再一起|等(?!级)|先别|先不|一半|一部分|还差|这周内|本周内|周内|回头/,
);

/**
 * A part of an item said by its own name (「个案记录交了」「活动记录交了」): kept as said, never widened to
 * the item it belongs to (the reminder asks again for what is still missing).
 */
const PART =
  /[\u4e00-\u9fa5]{2,4}?(?:记录|台账|报表|计划书?|方案|材料|评估表|小结)(?=(?:都|也|已经?)?(?:交|提交|上交|给|发))/;

/** 「月报昨天就交了 怎么还在提醒」: a complaint about the reminder is no question about the rules. */
const ABOUT_REMINDER = /[^\s,，。;；!！]*(?:提醒|催)[^\s,，。;；!！]*/g;

/** Asked to record someone's hand-in: 帮他记一下, 替她登记. */
const RECORD_FOR = /[帮替给][他她](?:记|登记|报)/;

/** 「我月报交了没有」「交没交」: asking whether it was handed in. */
const ASKS_IF_DONE = /(?:了|交)没有?[?？。!！\s]*$|交没交|交了没/;

/**
 * 「月报还没写完 明天交」 about an item the person owes: news, not a hand-in and not a question —
 * the reminder keeps running. Small talk, so nothing is recorded and no rule is quoted.
 */
export function readNotYet(text: string, ctx: ConversationContext): Reading | null {
  const due = ctx.due ?? [];
  // Done words count in a clause that is not a not-yet (「准备交了」「交了一半」 hand nothing in).
  const done = text.split(/[\s,，。;；!！]+/).some((c) => DONE.test(c.replace(NOT_YET_DONE, '')) && !NOT_YET.test(c));
  if (due.length === 0 || asksSomething(text) || done) return null;
  const names = ITEMS.filter(([re, item]) => re.test(text) && due.includes(item)).length > 0;
  const later = NOT_YET.test(text) || HANDS_IN_LATER.test(text);
  return names && later && !/请.{0,4}假|假/.test(text) ? { intent: 'small_talk', fields: {} } : null;
}

/** 「考勤表今天下班前交」: when it will be handed in, said (交 with no 了 after a time). */
const HANDS_IN_LATER =
  /(?:今天|今晚|下班前|一会儿?|稍后|等下|晚上|中午|周[一二三四五六日天]|\d{1,2}[号日])[^\s,，。]{0,6}(?:交|发|提交)(?![了过完好])/;

/** 「交不了」「还没交」: DONE's words inside a not-yet. */
const NOT_YET_DONE = /还没交|没交|未交|交不了/g;

/**
 * A hand-in reported: only the items said to be done (「数据统计表交了 月报还在写」 is one of two),
 * 「已交」 alone is what the person owes, and a lead may report for a team member
 * (「郑雨的月报交给我了」 sets `for`, never the lead's own item).
 */
export function readHandIn(text: string, ctx: ConversationContext, env: UnderstandingEnv): Reading | null {
  if (!DONE.test(text) || asksSomething(text.replace(ABOUT_REMINDER, ' ')) || ASKS_IF_DONE.test(text)) return null;
  // 「要是督导今天在 我就把文书交了」: a hand-in on a condition is not done yet.
  if (SUPPOSES.test(text) && /[就才]/.test(text)) return null;
  const due = ctx.due ?? [];
  const items: string[] = [];
  let named = false;
  let previous: string[] = [];
  // 「月报 文书都交了」: items listed before a clause that says 都 are handed in with it.
  let listed: string[] = [];
  for (const clause of text.split(/[\s,，。;；!！]+|(?=但是?)/)) {
    // 「月报写完了 已经发给组长」: a done clause without an item is about the item just named
    const known = ITEMS.filter(([re]) => re.test(clause)).map(([, item]) => item);
    const part = known.length === 0 ? PART.exec(clause)?.[0] : undefined;
    const own = part === undefined ? known : [part];
    const inClause = own.length > 0 ? own : previous;
    previous = own.length > 0 ? own : previous;
    named ||= own.length > 0;
    if (own.length > 0 && !DONE.test(clause) && !NOT_YET.test(clause)) listed.push(...own);
    if (inClause.length === 0 || !DONE.test(clause) || NOT_YET.test(clause)) continue;
    const all = /都|全/.test(clause) ? [...listed, ...inClause] : inClause;
    listed = [];
    for (const item of all) if (!items.includes(item)) items.push(item);
  }
  if (!named) {
    // 「别催了 交了交了」: an impatient opening before the bare 交了 is no other item.
    const bare = text.trim().replace(/^(?:别催了?|不用催了?|知道了|好了|好的|行了|哎呀?)[\s,，。!！]*/, '');
    if (
      due.length === 0 ||
      !/^(?:我|都|全|两个都|[两三]样都)?(?:已交|交了|已经交了|都交了|交过了|已发|发了|已经发了|已提交|提交了)/.test(
        bare,
      )
    )
      return null;
    items.push(...due);
  }
  if (items.length === 0) return null;
  // 「小许的文书我帮她交督导了」「丽娜的月报交给我了」: colleagues as they are called.
  const called = withFullNames(text, env.people, env.speaker);
  // 「孙浩说他月报交了」: what a colleague said is not a hand-in the speaker can vouch for — unless
  // the speaker asks to record it for them (「…帮他记一下」), which is then audited as theirs.
  const reported = env.people.some((p) => p.name.length >= 2 && new RegExp(`${p.name}(?:说|讲|告诉)`).test(called));
  if (reported && !RECORD_FOR.test(called)) return null;
  const colleague = env.people.find((p) => p.name !== env.speaker && called.includes(p.name) && p.name.length >= 2);
  // 「小陆的月报我帮他交了」 with nobody known by that name: someone else's, so not the speaker's (nor recorded).
  const someonesItem = new RegExp(
    `[帮替代][他她]|(?:[小老][\\u4e00-\\u9fa5]|[\\u4e00-\\u9fa5][姐哥])的(?:${ITEM_WORDS})`,
  );
  if (colleague === undefined && someonesItem.test(text)) return null;
  // 「蔡婷的请假条我收齐了 考勤表也交给部里了」: 的 makes it theirs only when an item follows it;
  // 「许诺请假了 她的月报我代交了」: her item, named after her, handed in for her.
  const forWhom =
    colleague !== undefined &&
    new RegExp(
      `${colleague.name}的(?:${ITEM_WORDS})|[帮替]${colleague.name}|给${colleague.name}(?:登记|记)|` +
        `[帮替代](?:她|他)|(?:她|他)的(?:${ITEM_WORDS})|代交|代为?(?:提交|上交)`,
    ).test(called);
  // 「郑雨交了月报 我还没写完」: the colleague handed it in — news, not the speaker's hand-in, unless
  // it is recorded for them as above.
  const theirs =
    colleague !== undefined && new RegExp(`${colleague.name}(?:已经|已|也|都|刚|早就?)?(?:交|提交|上交)`).test(called);
  if (theirs && !forWhom && !RECORD_FOR.test(called)) return null;
  return { intent: 'handin', fields: { items, ...(forWhom ? { for: colleague.name } : {}) } };
}

/** Said when handed in, no item named: 交了, 已交, 提交了, 发了, 交上去了, 已发. */
const BARE_VERB = '(?:提交|上交|交|发)(?:上去|过去|出去)?(?:了|啦|过了|好了|完了|齐了)|已(?:提交|上交|交|发)过?了?';
/** By e-mail: 已发邮件, 发到邮箱了, 邮件发过了. */
const BARE_MAIL = '已?发了?邮件了?|(?:发|交)(?:到|去)(?:邮件|邮箱)(?:里|上)?了?|邮件(?:已经?)?发(?:了|过了|出去了)';
const BARE_DONE = `(?:已经|早就|早都|早|刚刚|刚才|刚|昨天就?|前天就?)?(?:${BARE_VERB}|${BARE_MAIL})`;
/**
 * A hand-in with no item named, and nothing else said: an opening (别催了, 好的), who (我, 都, 两个都),
 * the done words (repeated: 「交了交了」), particles. 「交了房租」 says what was paid; 「发邮件问一下」
 * is still to do.
 */
const BARE = new RegExp(
  '^(?:(?:别催了?|不用催了?|知道了|好了|好的|行了|哎呀?|嗯+|哦+|噢|是的|对的?)[\\s,，。!！~～]*)*' +
    '(?:我们?)?(?:也|都|全都|全部|全|两个都|两样都|[两三]个都|[两三]样都)?' +
    `${BARE_DONE}(?:[\\s,，!！。]*${BARE_DONE})*` +
    '[\\s啊呀啦哈嘛哦喔噢咯的了呢哟喽~～。.!！,，]*\\p{Extended_Pictographic}*$',
  'u',
);

/**
 * 「已经交了啊」「交了交了」「已发邮件」「都交了」: handed in, no item named — what the person was
 * reminded of; `all` when 都/全 says every one of them (no need to ask which).
 */
export function readBareHandIn(text: string): { readonly all: boolean } | null {
  const t = text.trim();
  if (asksSomething(t) || !BARE.test(t)) return null;
  return { all: /都|全/.test(t) };
}

/** Handed to the speaker (「交给我了」「交到我这了」), or recorded for them by the speaker. */
const HANDED_TO_ME = /交(?:给|到)?我(?:这|这里|手上)?了?|交上来了|[帮替代](?:他|她)交|代交|代为?(?:提交|上交)/;

/**
 * A lead's 「孙浩已经交给我了，帮他登记一下」: a colleague's hand-in with no item named (the items the
 * colleague owes are asked, or the one recorded). The colleague's full name, or null. Only handed to
 * the speaker or asked to be recorded: 「孙浩交了」 alone is news, and 「孙浩说他交了」 is not vouched for.
 */
export function readMemberHandIn(text: string, env: UnderstandingEnv): { readonly for: string } | null {
  if (!DONE.test(text) || NOT_YET.test(text) || asksSomething(text)) return null;
  if (ITEMS.some(([re]) => re.test(text)) || PART.test(text)) return null;
  const called = withFullNames(text, env.people, env.speaker);
  const named = env.people.filter((p) => p.name !== env.speaker && p.name.length >= 2 && called.includes(p.name));
  if (named.length !== 1) return null;
  const name = named[0]!.name;
  const forThem = new RegExp(`[帮替代]${name}交|[帮替给]${name}(?:登记|记)`);
  if (!RECORD_FOR.test(called) && !HANDED_TO_ME.test(called) && !forThem.test(called)) return null;
  return { for: name };
}
