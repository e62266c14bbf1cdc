import { parseChineseNumber } from '../../data/text/chinese-number.ts';
import { anyOf, asksSomething, fixTypos, withoutPoliteness } from './text-cues.ts';
import type { ConversationContext, PendingApproval, Reading } from './types.ts';

/** 「同意个屁」「批个鬼」: the verb mocked is a refusal. */
export const REJECT =
  /不同意|不批|不准|驳回|拒绝|拒了|拒掉|打回去?|不能批|否决|退回去?|不通过|(?:同意|批|准)个[屁鬼头]/;
/** 「同意，注意工作交接」: the verb alone opens the message; what follows is said to the applicant. */
export const OPENS_WITH_VERB = /^(?:同意|批准|准了|批了|准假)(?:的|了|吧)?[\s,，。!！]/;
/** 批 alone decides before a number (「批4号」) or closing the message (「2 3 都批」「批吧」). */
export const APPROVE =
  /同意|批了|批准|准了|准假|通过|没问题|没意见|(?<!不)批(?=\s*第?\s*\d)|(?<![不没未])批(?:吧|啦)?[!！。]*$/;
/** Said of a request only when it is named: 「4号可以」「9不行」, not a bare 「好的」. */
export const WEAK_REJECT = /不行|不可以|(?<![\u4e00-\u9fa5])拒(?![\u4e00-\u9fa5])/;
const WEAK_APPROVE = /可以|ok|okay|行|好的?|👍|👌/i;
/** Everything waiting, without numbers: 全部同意, 都批了, 三个都可以. */
const ALL = /全部|全都|都|所有|[两三四五六七八九十\d]个都|一起/;
/** A number that names a request: 4号, 同意4, 「3 4 6」; not 12月, 3点, 3天. */
const NUMBER = /(?<![\d月.])(\d{1,3})(?![\d月点天个:.年])/g;

/**
 * Words that put a decision off (「先别批」「等她把证明发我再批」「晚点再看」「考虑一下」): the clause
 * they are in decides nothing, whatever verb or number it has. 「先不批」 is a rejection (for now), not
 * put off; 等 as 等级/等于/「…等」 defers nothing.
 */
const DEFERS = anyOf(
  '',
  /先别|先不要|先放着|放一放|先放放|别急|暂(?:时|且)?(?:不|别|缓)|缓一?缓|压一?压|晚点|晚些|迟点|回头|待会|等会|过会|稍后|改天/,
  /再(?:批|同意|审|定|决定|说|看|回复|答复|处理|通过)|考虑|想想|等(?!级|额|于|同|$)/,
);

/**
 * 「郑雨要是能把小组找人顶上 我就同意」: a decision on a condition not yet met. The condition's clause is
 * put off, and so is the 就/才 clause it leads to (「那就同意吧」 alone still decides).
 */
const CONDITION = /要是|如果|假如|假设|只要|除非|前提是|的话/;
const ON_CONDITION = /[就才]\s*(?:同意|批|准|通过|可以)/;
/**
 * 「改了我就批」「安排好了我再批」「证明到了才同意」: the decision waits on something to be done first.
 * Whatever the message asks around it is asked of the applicant, not of the bot.
 */
const WAITS_ON = /(?:了|好|完|齐|到)\s*(?:我|再)?\s*(?:就|再|才)\s*(?:批|同意|准|通过|审)/;

/**
 * Decision words typed by sound (voice input): 「宋嘉伟的同一」 is 同意 closing the message or before a
 * number, never 同一天/同一个; 「博回 3」 is 驳回. Same length, so positions still hold.
 */
const DECISION_TYPOS: readonly (readonly [RegExp, string])[] = [
  [/(?<=^|[的号都\d\s])同一(?=[\s,，。!！~～]*$|\s*\d)/g, '同意'],
  [/[博搏泊]回/g, '驳回'],
];

/** fixTypos, then the decision words typed by sound. */
export function decisionText(typed: string): string {
  let out = fixTypos(typed);
  for (const [re, word] of DECISION_TYPOS) out = out.replace(re, word);
  return out;
}

/** A clause putting a decision off or setting it a condition (「等她交接好再批」「要是她交接好了的话」). */
export function holdsBack(clause: string): boolean {
  return DEFERS.test(clause) || WAITS_ON.test(clause) || CONDITION.test(clause) || ON_CONDITION.test(clause);
}

/** The text with its deferring clauses blanked out, the same length so that positions still hold. */
function withoutDeferred(text: string): string {
  const conditional = CONDITION.test(text);
  return text.replace(/[^\s,，。;；!！?？、~～…]+/g, (clause) =>
    DEFERS.test(clause) ||
    WAITS_ON.test(clause) ||
    (conditional && (CONDITION.test(clause) || ON_CONDITION.test(clause)))
      ? ' '.repeat(clause.length)
      : clause,
  );
}

/**
 * 「6号等她把证明发我再批」「先别批 5号」: a decision on something waiting, put off. It records
 * nothing and asks nothing of the bot: talk, not a question about the rules.
 */
export function putsOffDecision(typed: string, ctx: ConversationContext): boolean {
  const said = decisionText(typed);
  const pending = ctx.pending ?? [];
  // 「先别批 我问下郑雨手上的个案谁接」: what the approver will ask someone else is no question to the bot.
  const asksElsewhere =
    /(?:我|等我)?先?(?:问问|问一下|问下|了解一下|了解下|确认一下|确认下|核实一下|核实下|查一下|查下|看看|看一下)[^\s,，。!！?？]*/g;
  if (pending.length === 0) return false;
  if (!WAITS_ON.test(said) && asksSomething(said.replace(asksElsewhere, ' '))) return false;
  // 「1号我晚点再看」: a request waiting, named, and put off, verb or not.
  const names = (t: string) => numbersIn(t, pending).length > 0 || pending.some((p) => t.includes(p.applicant));
  // 「先别批 我查下那天排班」: the verb put off says what is meant, with no number or name.
  const decides = (t: string) => REJECT.test(t) || APPROVE.test(t) || names(t) || /[别再缓]批/.test(t);
  return decides(said) && readApproval(said, ctx) === null && withoutDeferred(said) !== said;
}

/**
 * An approver's decision on the requests waiting for them, the way people say it: by number in
 * any order (「4号同意」「同意4」「4 ok」), by name (「郑雨的同意」), several at once, all at once,
 * with or without a reason. A bare 「同意」 with several waiting carries no numbers: ask which.
 */
export function readApproval(typed: string, ctx: ConversationContext): Reading | null {
  // The approvals handler reads decisions itself (approval-reading.ts): typed by sound as understand() reads them.
  const said = decisionText(typed);
  const pending = ctx.pending ?? [];
  if (pending.length === 0) return null;
  // 「第4个同意」: the fourth as the bot numbered them, 4号; 「四号同意」 as 4号.
  const spoken = byGivenName(said, pending)
    .replace(/第\s*(\d{1,3})\s*个/g, '$1号')
    .replace(/(?<![月周期拜\d])([一二三四五六七八九十]{1,3})号/g, (m, n: string) => {
      // Only a number waiting is converted: a date in a reason stays in the approver's words.
      const no = parseChineseNumber(n);
      return no !== null && pending.some((p) => p.no === no) ? `${no}号` : m;
    });
  // A deferring clause is blanked for choosing and deciding; a rejection's reason is read from all that was said.
  const text = withoutDeferred(spoken);
  const bare = /^(?:ok|OK|可以|行|没问题|批|准)[吧的了!！。\s~～👌👍🙏]*$/u.test(text.trim());
  const names =
    bare || pending.some((p) => text.includes(p.applicant)) || numbersIn(text, pending).length > 0 || ALL.test(text);
  const reject = REJECT.exec(text) ?? (names ? WEAK_REJECT.exec(text) : null);
  const approve = reject ? null : (APPROVE.exec(text) ?? (names ? WEAK_APPROVE.exec(text) : null));
  const verb = reject ?? approve;
  if (verb === null) return null;
  // 「同意不同意的 都等下午开完会再说」: whether to, said as A-not-A, is not yet a decision.
  if (/同意不同意|批不批|准不准|通过不通过/.test(text)) return null;
  if (asksBeyondDecision(text, pending)) return null;
  // 「我批完还要周总批吧」: who else decides after, asked, decides nothing.
  if (/还要[^\s,，。]{0,6}(?:批|审|签)|[批审]完(?:之后|以后)?(?:还|再)/.test(text)) return null;
  // 「我同意孙浩说的」「孙浩说可以」: agreeing with someone, or reporting them, decides nothing.
  if (/说/.test(text.slice(0, verb.index + verb[0].length + 4)) && !reject) return null;
  // Right after an answer, 「行吧」「没问题 谢谢」 answer that answer; a decision names what it decides.
  const choosesNothing =
    numbersIn(text, pending).length === 0 && !ALL.test(text) && !pending.some((p) => text.includes(p.applicant));
  if (ctx.justAnswered !== undefined && choosesNothing) return null;
  // 「我同意你的看法」: a bare verb among other words; with a number (「4号可以 祝玩得开心」) it decides.
  if (!reject && choosesNothing && saysMore(text, pending) && !OPENS_WITH_VERB.test(text.trim())) return null;
  // 「4号同意 6号不同意」: two decisions in one message; asked again one at a time, never guessed.
  if (reject && (APPROVE.test(text.replace(new RegExp(REJECT.source, 'g'), '')) || mixedByClause(text)))
    return { intent: 'approve', fields: { nos: [] } };
  const intent = reject ? 'reject' : 'approve';
  // 「除了2号 其他都同意」: everything waiting but the numbers excepted.
  const except = EXCEPT.exec(text);
  // 「都同意 孙浩的等一下」: what a deferring clause names is taken out of 都, as 除了 would.
  const putOff = exceptedIn(spoken, pending).filter((no) => !exceptedIn(text, pending).includes(no));
  const excepted = ALL.test(text) ? [...(except ? exceptedIn(except[0], pending) : []), ...putOff] : [];
  // A reject's reason follows the verb and may mention other days (「20号驳回 和19号时间冲突了」):
  // only numbers before the verb, or right after it, choose requests.
  const verbEnd = verb.index + verb[0].length;
  const choosing = reject ? text.slice(0, verbEnd + 1 + (/^\s*\d/.test(text.slice(verbEnd)) ? 4 : 0)) : text;
  const nos = excepted.length > 0 ? [] : numbersIn(decidedPart(choosing), pending);
  const named = pending.filter((p) => text.includes(p.applicant));
  const fields: Reading['fields'] = {};
  if (excepted.length > 0) fields.nos = pending.map((p) => p.no).filter((n) => !excepted.includes(n));
  else if (nos.length > 0) fields.nos = nos;
  else if (new Set(named.map((p) => p.applicant)).size > 1) fields.nos = named.map((p) => p.no);
  else if (named.length > 0) fields.applicant = named[0]!.applicant;
  else if (ALL.test(text)) fields.nos = 'all';
  else fields.nos = pending.length === 1 ? [pending[0]!.no] : [];
  if (reject) {
    // 「不同意4号 年底太忙了」: the number right after the verb chose the request; the reason follows it.
    // 「唐明的不行 17号个案会议他要主持」: chosen by name before the verb, a date after it is the reason's.
    const chosenBefore = nos.length > 0 || named.some((p) => text.indexOf(p.applicant) < verb.index);
    const reason = spoken
      .slice(verbEnd)
      .replace(/^\s*(?:第\s*)?\d{1,3}\s*号?/, (m) =>
        numbersIn(m, pending).length > 0 && !(named.length > 0 && chosenBefore) ? '' : m,
      )
      .replace(/^(?:[\s,，。.!！:：、]|了|吧|啊|的)+/, '')
      // 「不同意孙浩的申请 那周人太少」: the applicant named right after the verb chose the request.
      .replace(new RegExp(`^(?:${named.map((p) => p.applicant).join('|') || '(?!)'})(?:的)?(?:申请|请假|假|那个)?`), '')
      // 「理由是证明没交」: the reason's own label is not part of it.
      .replace(/^[\s,，。:：]*(?:理由|原因)(?:是|为|[:：])?/, '')
      .replace(CLOSING_REJECT, '')
      .trim();
    const told = reason.length >= 2 ? reason : reasonBefore(spoken.slice(0, verb.index), pending);
    if (told.length >= 2) fields.reason = told;
  }
  return { intent, fields };
}

/** 「…明天有活动 驳回」: a rejection's verb closing what was said after the first one is no part of the reason. */
const CLOSING_REJECT = new RegExp(
  `[\\s,，。;；!！~～]+(?:先|就|只能|只好|还是)?(?:${REJECT.source})[了吧啊呀哈。!！~～]*$`,
);

/** Clauses that tell no reason: sorry, 那个, a sigh, 算了. */
const FILLER = anyOf(
  '',
  /^(?:不好意思|抱歉|对不起|那个|这个|哎|唉|嗯|呃|额|算了|这样吧|这样|那|那就|所以)+$/,
  // 「我看了一下 4号不批」: the approver's looking it over is no reason to pass on.
  /^(?:我|刚|刚刚|已经)*(?:看|想|考虑|琢磨|研究|核对|查)(?:了|过)+(?:一下|下|想|一遍)?了?$/,
);
/** 「这个加班不用了」: a clause pointing at the request names it, as its number does. */
const POINTS_AT_IT = /^[这那][个份]?(?:加班|请假|假|申请|调休)/;

/**
 * 「曾凡明天请假不行 明天下午有青少年营的活动 驳回」: with nothing after the verb, the reason is what was said
 * before it — the clauses that neither name the request nor decide, defer or ask (a worry asked, 「谁顶班啊」,
 * is no reason to pass on: the bot asks for one).
 */
function reasonBefore(before: string, pending: readonly PendingApproval[]): string {
  const clauses = [...before.matchAll(/[^\s,，。;；!！?？、~～…]+/g)];
  const told = clauses.filter(([c]) => {
    // 「曾凡明天请假不行」: a clause naming the request says which one (a reason naming it is asked for again).
    if (pending.some((p) => c.includes(p.applicant)) || numbersIn(c, pending).length > 0) return false;
    if (POINTS_AT_IT.test(c)) return false;
    if (REJECT.test(c) || APPROVE.test(c) || WEAK_REJECT.test(c) || DEFERS.test(c) || WAITS_ON.test(c)) return false;
    return !asksSomething(c) && !FILLER.test(withoutPoliteness(c)) && withoutPoliteness(c).length >= 2;
  });
  if (told.length === 0) return '';
  const [first, last] = [told[0]!, told.at(-1)!];
  // As said, punctuation and all, when the clauses run on; else without the clauses left out between them.
  const runOn = clauses.indexOf(last) - clauses.indexOf(first) === told.length - 1;
  return runOn ? before.slice(first.index, last.index + last[0].length).trim() : told.map(([c]) => c).join(' ');
}

/**
 * Whether the message asks something besides deciding. 「朱红梅那个 她后天走了谁顶班啊 先不批」: a worry asked on
 * the way to a decision that closes the message, a request named, is said to no one; the decision stands. A
 * decision itself asked about (「4号同意吗」「能批吗 4号」) is a question.
 */
function asksBeyondDecision(text: string, pending: readonly PendingApproval[]): boolean {
  const plain = text.replace(/不行|不可以/g, '');
  if (!asksSomething(plain)) return false;
  const named = numbersIn(plain, pending).length > 0 || pending.some((p) => plain.includes(p.applicant));
  const clauses = plain.split(/[\s,，。;；!！?？、~～…]+/).filter((c) => c.length > 0);
  const last = clauses.pop();
  if (!named || last === undefined || clauses.length === 0 || asksSomething(last)) return true;
  const decides = (c: string) => REJECT.test(c) || APPROVE.test(c);
  return !decides(last) || clauses.some((c) => asksSomething(c) && decides(c));
}

/** 「4号行 6号不行」: one numbered clause approves, another rejects, in weak words too. */
function mixedByClause(text: string): boolean {
  const clauses = text.split(/[\s,，。;；!！]+/).filter((c) => /\d/.test(c));
  const rejects = (c: string) => REJECT.test(c) || WEAK_REJECT.test(c);
  const approves = (c: string) => !rejects(c) && (APPROVE.test(c) || WEAK_APPROVE.test(c));
  return clauses.some(rejects) && clauses.some(approves);
}

/** 「除了2号」「2号除外」「除了孙浩的」: what is taken out of 都/其他. */
const EXCEPT = /除了?\s*[^\s,，。]{1,12}|[^\s,，。]{1,12}(?:除外|以外|之外)/;

/**
 * 「秋菊明天那个假可以」: colleagues call each other by given name. A three-character name's last two, said
 * without the surname and belonging to one applicant only, is read as the full name.
 */
function byGivenName(text: string, pending: readonly PendingApproval[]): string {
  let out = text;
  const given = (name: string) => (name.length === 3 ? name.slice(1) : undefined);
  for (const p of pending) {
    const g = given(p.applicant);
    if (g === undefined || out.includes(p.applicant) || !out.includes(g)) continue;
    if (pending.some((q) => q.applicant !== p.applicant && given(q.applicant) === g)) continue;
    // Only where it names a person's request (「丽娜的」「红梅那个假」「桂兰加班那个」), not in 「多多关照」.
    out = out.replace(
      new RegExp(`${g}(?=的|那|这|请|申请|假|加班|调休|明天|后天|下周|[\\s,，。]|同意|可以|批|不|$)`, 'g'),
      p.applicant,
    );
  }
  return out;
}

/** The requests an exception names, by number or by applicant. */
function exceptedIn(phrase: string, pending: readonly PendingApproval[]): number[] {
  const byName = pending.filter((p) => phrase.includes(p.applicant)).map((p) => p.no);
  return [...new Set([...numbersIn(phrase, pending), ...byName])];
}

/**
 * The clauses that decide: 「1和3同意 2等我问问他再说」 decides 1 and 3, not 2. A clause with a
 * number, other words and no verb says something else about that request; bare numbers
 * (「同意4 5」「1 2 3 都同意」) go with the verb.
 */
export function decidedPart(text: string): string {
  const clauses = text.split(/[\s,，。;；!！]+/).filter((c) => c.length > 0);
  const deciding = (c: string) => APPROVE.test(c) || REJECT.test(c) || WEAK_APPROVE.test(c) || WEAK_REJECT.test(c);
  return clauses.filter((c) => !/\d/.test(c) || deciding(c) || /^[第\d号和、跟]+$/.test(c)).join(' ');
}

/** What an approval says besides choosing and deciding: 「我同意你的看法」 has more to say. */
export const DECIDING = new RegExp(
  [
    // 「赵丽娜的丧假 批」: 批 said on its own decides (see APPROVE); 「由冯子豪代批」 is about a deputy.
    /不同意|同意|批准|批了|(?<=^|[\s,，。])批(?:吧|啦)?|准了|准假|通过|没问题|没意见|可以|okay|ok|行|好的?|都|全部|全都|所有|一起/
      .source,
    // 「除了2号 其他都同意」: the words of an exception choose too.
    /除了?|以外|之外|除外|其他|其余|剩下/.source,
    /[两三四五六七八九十]个|号|第|份|申请|请假|加班|[的了吧啊哈呢呀就先也和跟还有年事病婚丧产假调休]|\d/.source,
    /[\s,，。.!！、~～]/.source,
  ].join('|'),
  'gi',
);

function saysMore(text: string, pending: readonly PendingApproval[]): boolean {
  let rest = withoutPoliteness(text);
  for (const p of pending) rest = rest.replaceAll(p.applicant, '');
  return rest.replace(DECIDING, '').length > 2;
}

function numbersIn(text: string, pending: readonly PendingApproval[]): number[] {
  const known = new Set(pending.map((p) => p.no));
  const found = [...text.matchAll(NUMBER)].map((m) => Number(m[1])).filter((n) => known.has(n));
  return [...new Set(found)].sort((a, b) => a - b);
}
