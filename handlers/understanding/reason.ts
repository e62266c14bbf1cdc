import { normalizeText } from '../leave/parse/normalize.ts';
import { tokenize } from '../leave/parse/tokenize.ts';
import { AFTER_HOLIDAY, BEFORE_HOLIDAY } from './leave-span.ts';
import { anyOf, CLAUSE_BREAK, EMOJI } from './text-cues.ts';

/*
 * A reason is the person's own words stating why (「陪孩子看病」). It is found as a whole phrase of
 * the message that is neither dates, times nor request words — never as what is left after those
 * are cut out of a phrase, which is how 「那改到」 became a 事由. Clauses of reason said one after the
 * other (「带孩子出去玩一下 寒假前人少」「我妈七十大寿，要回乡下帮忙张罗」) are one reason, as said.
 */

const DATE_TOKENS = new Set(['date', 'half', 'days', 'time']);
const JOINERS = new Set(['sep', 'and', 'from', 'start-mark']);

/** Words around dates that are still about when: 晚上, 那天, 圣诞. */
const WHEN_WORDS =
  /[\d一二三四五六七八九十]+月份|晚上|白天|中午|傍晚|凌晨|夜里|今晚|明晚|昨晚|全天|整天|那天|当天|圣诞节?|平安夜|(?:礼拜|星期|周)[一二三四五六天日]+|明后/g;

/** A phrase that says nothing about why: filler, addresses, laughter, time words. */
const FILLER = anyOf(
  'u',
  /[\p{P}\p{S}\s\d]|嘿|哈|呵|嗯|哦|啊|呀|好的?|行不行|可以吗|行吗|好吗|好不好|谢谢|麻烦了?|一下|帮我|登记/u,
  /然后|接着|还有|另外|另一个|一个是|元旦|春节|国庆|后面|之后|以后|前面|开始|一天|两天|全天|整天|那天|那几天|当天|一段|各|都/u,
  /[\u4e00-\u9fa5]{1,2}(?:姐|哥|姨|叔|老师|主任|组长|部长|经理|领导)|[我你他她]|自己|也|就|还|那|那就|那么/,
  /能不能|可不可以|能否|估计|大概|大约|预计|明后|补个?|补请|[〇零一二三四五六七八九十两百]|就?行了?|就?好了|就可以了?|休息|[了啦哈哦呢吧]/,
  // 「事由：回老家 时间：12月21-23日」: a form's own labels.
  /时间|日期|类型|假别|天数|事由|理由|原因/,
  // 「我下周要请婚假 14号到25号」: a week or month said before the dates, with 要, is no reason.
  /(?:下下?|上|这|本)个?(?:周|星期|礼拜|月)|这[两几]天|要|得/,
  // 「那我重新请 下周四一天事假 家长会」: asking again is no reason either.
  /不对|不是|错了|搞错了|应该是|改成|改为|换成|重新|重来/,
  // 「干到晚上十点」「帮我提交一下」: how long one worked, and asking to submit, say nothing of why.
  /[干弄忙搞做加熬]到|提交|申请|忙|一共|总共|共|到|确认一下|确认/,
  // 「我系护工 听日想请一日事假 屋企有事」: saying who one is (a role) is no reason either.
  /护工|护理员|一线社工|驻点社工|岗位社工|社工|组长|中心主任|项目负责人|督导助理|督导|实习生|新同事|新人|新来的/,
  // 「早上好～下周三请一天事假」: a greeting is no reason, nor is saying one has a question
  // (「早 问下 这周五能请个事假不 孩子学校开家长会」 gave 事由：问下).
  /早上好|早安|上午好|中午好|下午好|晚上好|你好|您好|在吗|在不在|打扰了|打扰一下|(?:想|请)?问一?下|请问|想问|咨询一?下?/,
);
const NOT_A_REASON = new RegExp(`^(?:${FILLER.source})+$`, 'u');

/**
 * Said beside the reason, not why: being absent (「昨天没来上班」「明天我不能来了」), forgetting to ask
 * (「忘记请了」), paperwork to follow (「医院证明到时候补」), work that cannot be done (「月报交不了了」), when
 * one is back (「元旦后回来」), a question beside the request (「找谁批」「需要什么材料」).
 */
const NOT_WHY = anyOf(
  '',
  /没来|没去上班|没上班|不能来|来不了|去不了|忘记|忘了|本来就|证明.{0,6}补|到时候补|回头补|交不了|做不了/,
  /(?:后|以后|之后)回来|找谁|谁批|要什么|什么材料|怎么办|吗$|(?:正常|回来|回去|照常|再去|再来)上班/,
  // 「上个月加班攒的」: where the 调休 came from, not why it is taken.
  /攒的|攒下的|加班(?:换|补)的|再说|^(?:上次|上回|那次|这次)$/,
  // 「小助手好呀」「不好意思啊」「有个好消息」: greetings and pleasantries around the request.
  /^(?:你好|您好|小助手|亲爱的|早上好|上午好|下午好|不好意思|麻烦|谢谢|有个好消息|好消息|嘿|哈喽)/,
  /累瘫了|累惨了|我得去$|^反正就是/,
  // 「已经给林组长打过电话了」「午休都没了」: a step already taken, or a complaint beside the reason.
  /已经?(?:给|跟|和|向).{1,6}(?:打过?电话|说过?了?|讲过?了?|报备过?)|都没了|累死|烦死|太拼/,
  // 「如果能批的话」: a supposition is the condition, not the reason.
  /如果|要是|假如|的话$/,
  // 「林组长说可以」: who agreed is no reason.
  /说(?:了)?(?:可以|行|同意|没问题|ok)|(?:同意|答应|批准|批)了$/i,
);

/**
 * Times of a story inside a reason's phrase (「外婆昨晚走了」「儿子半夜烧到39度」), or opening a clause of
 * it (「早上起来发烧」「圣诞节带娃去广州」), or closing it (「排队估计一整天」): part of the person's words, not
 * the leave's when.
 */
const STORY_TIME = /昨晚|昨天晚上|昨天夜里|昨天|前天|半夜|夜里|凌晨|早上|早晨|圣诞节|平安夜|一整天/g;

/** 「打算回老家」 is 回老家; 「准备义卖」「准备明天的评估」 are the work itself. */
const LEADING =
  /^(?:[我想要还也就先]|(?:打算|准备)(?=[去回出到陪带])|因为|由于|原因是|事由是?|理由是?|是|的|了|起来|有个|那个)+/;
const TRAILING = /(?:吧|啊|呀|哈+|嘿+|呢|行不行|可以吗|好吗|行吗|谢谢|[~～!！。.,，])+$/;

export interface ReasonOptions {
  /** Request words of the intent (请假, 加班…): they end a phrase like dates do. */
  readonly keywords: RegExp;
  /** Which reason phrase to keep when there are several. */
  readonly prefer: 'first' | 'last';
  /** Phrases that look like content but are not a reason (小时 in 「又弄了两个半小时」). */
  readonly skip?: RegExp;
}

/** 「原因就是要陪我妈去医院复查」「理由是…」: the reason announced; what follows is the reason. */
const REASON_MARKER = /(?:原因|理由|事由)(?:呢)?(?:就|主要)?(?:是|为|[:：])(?:就是|因为)?/;

export function findReason(text: string, options: ReasonOptions): string | undefined {
  // Said after its marker, the reason is what follows it, not an earlier phrase of a long spoken message
  // (「嗯那个我想问一下就是…原因就是要陪我妈去医院复查」 gave 事由：嗯那个我想问一下就是).
  const marker = REASON_MARKER.exec(text);
  if (marker && marker.index > 0) {
    const after = findReasonIn(text.slice(marker.index + marker[0].length), options);
    if (after !== undefined) return after;
  }
  return findReasonIn(text, options);
}

function findReasonIn(text: string, options: ReasonOptions): string | undefined {
  const masked = maskWhen(text);
  for (const m of text.matchAll(new RegExp(options.keywords.source, 'g'))) mask(masked, m.index, m.index + m[0].length);
  unmaskStoryTimes(text, masked);
  const pieces: { from: number; to: number }[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const apart = i === text.length || masked[i] || CLAUSE_BREAK.test(text[i]!);
    if (apart && from >= 0) pieces.push({ from, to: i });
    if (apart) from = -1;
    else if (from < 0) from = i;
  }
  const isReason = (p: string) =>
    p.length >= 2 && !NOT_A_REASON.test(p) && !NOT_WHY.test(p) && !(options.skip?.test(p) ?? false);
  // Reason pieces apart only by punctuation or spaces are one reason; anything else between parts them.
  const runs: { from: number; to: number }[] = [];
  let run: { from: number; to: number } | null = null;
  for (const piece of pieces) {
    if (!isReason(tidy(text.slice(piece.from, piece.to)))) {
      run = null;
      continue;
    }
    const between = run === null ? '' : text.slice(run.to, piece.from);
    if (run !== null && [...between].every((ch, k) => !masked[run!.to + k] && CLAUSE_BREAK.test(ch))) run.to = piece.to;
    else {
      run = { ...piece };
      runs.push(run);
    }
  }
  const reasons = runs.map((r) => tidy(text.slice(r.from, r.to))).filter(isReason);
  return options.prefer === 'first' ? reasons[0] : reasons.at(-1);
}

/**
 * 「准备明天的评估」「整理14号的活动照片」: a date saying which thing, inside a phrase of the reason, is part of
 * it (not 「明天的假」, which is the leave's).
 */
const DATE_OF_A_THING =
  /(?:[今明后昨]天|(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}[号日])(?=的(?![年事病婚丧产]?假|请|那|这|时候)\p{Script=Han})/gu;

function unmaskStoryTimes(text: string, masked: boolean[]): void {
  for (const m of text.matchAll(DATE_OF_A_THING)) {
    const before = m.index - 1;
    if (before >= 0 && !masked[before] && /\p{Script=Han}/u.test(text[before]!)) {
      for (let i = m.index; i < m.index + m[0].length; i++) masked[i] = false;
    }
  }
  const words = (i: number) => i >= 0 && i < text.length && !masked[i] && /\p{Script=Han}/u.test(text[i]!);
  for (const m of text.matchAll(STORY_TIME)) {
    const end = m.index + m[0].length;
    const opensClause = m.index === 0 || CLAUSE_BREAK.test(text[m.index - 1]!);
    const closesClause = end === text.length || CLAUSE_BREAK.test(text[end]!);
    const inside = words(m.index - 1) && words(end) && m[0] !== '一整天' && !/^[昨前]天$/.test(m[0]);
    // 「昨天上门扶老人把腰闪了」: a past day opening a clause of what happened (no leave word in it) is the story's.
    const clause = text.slice(m.index).split(CLAUSE_BREAK)[0]!;
    const happened = /^[昨前]天$/.test(m[0]) && /了/.test(clause) && !/请|假|休|班/.test(clause);
    const opening = opensClause && (/^[早圣平]/.test(m[0]) || happened) && words(end);
    const closing = m[0] === '一整天' && words(m.index - 1) && closesClause;
    if (inside || opening || closing) for (let i = m.index; i < end; i++) masked[i] = false;
  }
}

/** 「事由写错了」: saying the reason is wrong gives no new one. */
const NO_NEW_REASON = /^(?:错了?|写错了?|不对|有误|有问题|不太对)(?:了|吧|啊)?$/;

/** A reason given on its own (the answer to 「请问事由是？」): the whole text, tidied. */
export function wholeReason(text: string, options: { keepTone?: boolean } = {}): string | undefined {
  const r = text
    .replace(/^(?:事由|理由|原因)(?:是|写|为|[:：])?/, '')
    // 「写详细点：社区长者讲座」: a short word on how to write it, before the colon, is no part of it (not 3:00).
    .replace(/^[^:：\d]{0,6}[:：](?!\d)\s*/, '')
    .replace(/(?:就行了?|就好了?|就可以了?)$/, '')
    .trim();
  const t = r.replace(options.keepTone ? /[~～!！。.,，\s]+$/ : TRAILING, '').trim();
  if (NO_NEW_REASON.test(t)) return undefined;
  return t.length > 0 ? t : undefined;
}

function tidy(piece: string): string {
  // 「理由：办理房产过户」: punctuation left at either end once the words before it are gone.
  const ends = /^[\p{P}\s]+|[\p{P}\s]+$/gu;
  let p = piece.replace(EMOJI, '').replace(ends, '');
  for (let i = 0; i < 3; i++) p = p.replace(LEADING, '').replace(TRAILING, '').replace(ends, '').trim();
  return p;
}

/** Marks the characters that are dates, half days, day counts and clock times. */
function maskWhen(text: string): boolean[] {
  const masked = new Array<boolean>(text.length).fill(false);
  const norm = normalizeText(text);
  const tokens = tokenize(norm.text);
  const original = (i: number) => norm.origin[i] ?? text.length;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const after = prev !== undefined && DATE_TOKENS.has(prev.kind) && t.start - prev.end <= 1;
    const before = next !== undefined && DATE_TOKENS.has(next.kind) && next.start - t.end <= 1;
    // 和/跟 join two dates (「14号和15号」); after a time alone it is a verb's (「十二点跟进独居老人」).
    const joins = JOINERS.has(t.kind) && (t.kind === 'and' ? after && before : after || before);
    if (DATE_TOKENS.has(t.kind) || joins) mask(masked, original(t.start), original(t.end - 1) + 1);
  });
  for (const m of text.matchAll(WHEN_WORDS)) mask(masked, m.index, m.index + m[0].length);
  for (const re of [AFTER_HOLIDAY, BEFORE_HOLIDAY]) {
    const holiday = re.exec(text);
    if (holiday) mask(masked, holiday.index, holiday.index + holiday[0].length);
  }
  return masked;
}

function mask(masked: boolean[], from: number, to: number): void {
  for (let i = from; i < to && i < masked.length; i++) masked[i] = true;
}
