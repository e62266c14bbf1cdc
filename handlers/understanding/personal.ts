import { readLeaveSpan } from './leave-span.ts';
import { anyOf, asksSomething, hasWords, withoutPoliteness } from './text-cues.ts';
import type { ConversationContext, Reading, UnderstandingEnv } from './types.ts';

/*
 * The small intents about oneself and the bot: my requests, my balance, a deputy while away,
 * birthday greetings, help, the web console, feedback on an answer, chit-chat.
 */

const MY_REQUESTS =
  /^请假记录$|我的(?:请假|申请|假)(?!余额)|(?:审批了吗|批下来了?吗|批下来没|有结果了吗|批了没|批了吗|批没批|批了没有|审批到哪|怎么样了|有没有批|通过了吗|通过没|到哪一?步|(?:请假|申请)的?进度)/;
/** 「部长批了我的婚假没」「我提交的那两个申请什么状态」: asking after one's own requests in other words. */
const MY_REQUESTS_STATUS = anyOf(
  '',
  /批了.{1,8}没有?[?？]*$|(?:申请|请假|假).{0,4}(?:什么|啥)状态|(?:申请|请假).{0,4}状态(?:怎么样|如何)/,
  // 「组长同意了没 我的年假」「怎么我这还显示审批中」: whether the approver has decided, what the bot shows.
  /(?:同意|批准)了?(?:没有?|吗)|(?:显示|还是|还在|一直)(?:审批中|在审批|待审批|未审批|没批)/,
  // 「组长同意了没」「李姐说我那个假批了 是真的吗」「上周加班的那个还没批呢」: one's own, by who decides or which.
  /^(?:组长|部长|主任|领导|主管|负责人)(?:批|同意|批准|审批)了?(?:没有?|吗)[?？]*$/,
  /我(?:那个|的)(?:假|请假|加班|申请)(?:批|同意|批准)了.{0,6}(?:真的|是吗|对吗|吗)/,
  /(?:加班|请假|假)的?(?:那个|那条|那份).{0,4}(?:还没批|没批|批了没|还没通过)/,
  // 「部长同意我的年假了没」: the request named between the verb and the question.
  /(?:同意|批准|批)了?我的[^\s,，。]{0,6}?了?(?:没有?|吗)[?？]*$/,
  // 「收到了吗 我昨天发的请假」「上周的加班登记了吗」「请假申请提交了 怎么还没批」: one's own request asked after.
  /(?:收到|登记|登上|记上)了?(?:吗|没有?).{0,12}(?:请假|加班|申请)|(?:请假|加班|申请).{0,8}(?:收到|登记|登上|记上)了?(?:吗|没有?)/,
  /(?:请假|加班|申请).{0,8}(?:怎么|为什么|咋)还没(?:批|审|通过|结果)/,
  // 「我请过的假都给我列一下」「我今年请了哪些假」: one's own requests listed.
  /我(?:今年|这个月|之前|以前)?(?:请过|请了|提交过|申请过)的(?:假|请假|申请)(?:都|全部)?.{0,6}(?:列|看|查|发)/,
  // 「上周提的年假到哪一步了」: one's own, named by when it was handed in.
  /(?:提|交|报|申请|请)的[^\s,，。]{0,4}(?:假|申请|加班)[^\s,，。]{0,2}(?:到哪一?步|什么状态|批了没|怎么样了)/,
);
const BALANCE = anyOf(
  '',
  /还(?:能|可以)休(?:几|多少)|还剩|还有(?:多少|几)|剩(?:多少|几)|余额|剩下(?:多少|几)|还够(?:吗|不|用吗)/,
  /^(?:查查?|看看|查一下|看一下)我的?(?:年假|调休)$|还有(?:没有)?假(?:没有?|吗)?[?？]*$/,
  // 「年假还有没」: the kind, then whether any is left.
  /(?:年假|年休假|调休|补休)还有(?:没有?|吗|不)[?？]*$/,
  // 「我有多少调休」「我攒了多少调休」「我有几天年假」: how much one has, said before the kind.
  /我(?:现在|目前|今年|手上|手头)?(?:一共|总共)?(?:有|攒了?|攒下|积了|存了)(?:多少|几)(?:天|个?小时|个钟)?的?(?:年假|年休假|调休|补休)/,
  // 「我调休有几个钟」: one's own kind, then how much is had (「年假有几天」 alone asks the rule).
  /我的?(?:年假|年休假|调休|补休)(?:现在|目前)?(?:一共|总共|还)?有(?:多少|几)(?:天|个?小时|个钟头?)?/,
);
const HELP = anyOf(
  'i',
  /^(?:帮助|help|菜单|功能)$|你.{0,2}(?:能|会|可以).{0,3}(?:什么|啥|干嘛|干啥)|有(?:什么|哪些)功能|怎么用你/,
  // 「你都能帮组长干点啥」: what it can do for someone.
  /你.{0,2}(?:能|会|可以)(?:帮|替)[^\s,，。]{0,4}(?:干|做)点?(?:什么|啥)/,
  /^(?:这个|你这个)(?:东西|机器人|助手|小助手)?怎么用/,
  /(?:这个|你这个)(?:东西|机器人|助手|小助手)?(?:能|会|可以)(?:干|做)(?:什么|啥|嘛)/,
  /^(?:这个)?(?:小助手|助手|机器人)?怎么用[?？啊呀]*$/,
);
const CONSOLE =
  /后台登录|登录链接|[登上进]后台|网页后台|后台.{0,4}(?:链接|网址|地址)|登录后台|登陆后台|后台(?:网址|链接|地址|入口)|网页版|管理后台|后台怎么(?:登录|登陆|进)/;
const FEEDBACK =
  /不是我(?:想|要)?问的|没回答|答非所问|等于没说|说了白说|没用|没帮助|没有帮助|不是我要的|不对|不准确|错了|👎|胡说|乱说|不是这样|说得不对|不是这个意思|没听懂/;
const DEPUTY = anyOf(
  '',
  /(?:审批|请假).{0,4}(?:交给|转给|由)|代批|代为审批|帮我(?:批|看|审)|替我(?:批|审)/,
  // 「明天我不在 请假的事找宋嘉伟」
  /(?:审批|请假|批假)的事(?:情)?(?:都)?(?:找|问|让|交给)/,
  // 「护理员请假这两天找王部长批」
  /(?:请假|审批|批假).{0,10}找(?!谁|哪)[\u4e00-\u9fa5]{1,4}(?:批|审批|签)(?![^\s,，。]*[吗?？])/,
  /(?:让|请|由).{1,5}(?:帮我|替我|代)?(?:批|审批|看一下|看看)|(?:让|请|由)[\u4e00-\u9fa5]{2,4}代/,
  // 「护理员请假同意不同意先让宋嘉伟定」: who decides the leaves meanwhile.
  /(?:请假|审批|批假).{0,8}(?:让|请|由|交给)[\u4e00-\u9fa5]{2,4}(?:定|决定|拍板|做主|处理)/,
);
const TITLES: readonly (readonly [RegExp, string])[] = [
  [/部长/, 'dept_head'],
  [/组长/, 'team_lead'],
  [/主任|负责人/, 'project_lead'],
];

/** 「请假申请提交了 怎么还没批」「为什么被驳回了」: having handed it in, or been turned down, says whose it is. */
const OWN = anyOf(
  '',
  /我|自己|^请假记录$|^(?:请假|加班)?申请?(?:已经)?(?:提交|申请)了|^(?:组长|部长|主任|领导|主管|负责人)|的那个/,
  /^(?:上周|昨天|前天|前几天|上个月|周.)?(?:提|交|报|申请|请)的|^(?:为什么|为啥|怎么)?被(?:驳回|拒)/,
);

export function readMyRequests(text: string): Reading | null {
  if (!OWN.test(text)) return null;
  if (
    MY_REQUESTS.test(text) ||
    MY_REQUESTS_STATUS.test(text) ||
    /^(?:看下|查一下|查下)?我的(?:请假|申请)/.test(text) ||
    // 「为什么被驳回了」「驳回的理由是什么」: the list says who rejected it and why.
    /(?:为什么|为啥|怎么)(?:会)?被?(?:驳回|拒|不批|没批)|驳回.{0,4}(?:理由|原因)/.test(text)
  )
    return { intent: 'my_requests', fields: {} };
  return null;
}

/** The balances one can ask about, by the words people use (补休 is 调休, 年休假 年假). */
const KINDS: readonly (readonly [RegExp, '年假' | '调休'])[] = [
  [/年假|年休假/, '年假'],
  [/调休|补休/, '调休'],
];

export function readBalance(text: string): Reading | null {
  const kind = KINDS.find(([re]) => re.test(text))?.[1];
  // 「我的调休呢」 (after 「我的年假还剩几天」): one's own of the other kind, asked after.
  // 「那调休呢」: without 我的 too — a bare kind asked after names no days to take.
  if (
    kind !== undefined &&
    /^(?:那|那么)?(?:我的?)?(?:年假|年休假|调休|补休)(?:余额|还有多少)?呢[?？]*$/.test(text.trim())
  )
    return { intent: 'balance', fields: { kind } };
  // 「郑雨说她年假余额不对」: a colleague's balance, reported.
  if (/[\u4e00-\u9fa5]{2,3}说[她他]/.test(text)) return null;
  // 「查一下余额」: the balance asked for with no kind is one's own.
  if (/^(?:查|看)(?:一下|下|查)?(?:我的?)?(?:假期|休假)?余额[?？吗]*$/.test(text.trim()))
    return { intent: 'balance', fields: {} };
  if (!BALANCE.test(text) || (kind === undefined && !/假/.test(text))) return null;
  // 「病假超过两个月 当年年假还有没有」: whether any is had on a condition asks about the rule.
  if (/超过|以上|以下|不满|的话|如果|要是/.test(text)) return null;
  // 「查下年假余额」: a bare command to look is about one's own balance.
  // 「上个月加的班 调休还剩多少」: the kind right before what is left, nobody else's named, is one's own.
  const ownKind = /(?<!的)(?:年假|年休假|调休|补休)(?:还|剩)/.test(text);
  const lookUp = /^(?:(?:查|看)(?:一下|下|查|看)?)?(?:年假|年休假|调休|补休)/.test(text);
  if (!/我|自己/.test(text) && !ownKind && !lookUp) return null;
  return { intent: 'balance', fields: kind ? { kind } : {} };
}

export function readDeputy(text: string, env: UnderstandingEnv): Reading | null {
  if (!DEPUTY.test(text)) return null;
  const deputy = personNamed(text, env);
  if (deputy === undefined) return null;
  const span = readLeaveSpan(text, env.today, env.calendar).span;
  return { intent: 'set_deputy', fields: { ...(span.start ? { start: span.start, end: span.end } : {}), deputy } };
}

/** A colleague by full name, or by surname and title (王部长 = the department head 王建国). */
export function personNamed(text: string, env: UnderstandingEnv): string | undefined {
  const full = env.people.find((p) => p.name !== env.speaker && text.includes(p.name));
  if (full !== undefined) return full.name;
  for (const [title, role] of TITLES) {
    const m = new RegExp(`([\\u4e00-\\u9fa5])${title.source}`).exec(text);
    if (!m) continue;
    const match = env.people.filter((p) => p.name.startsWith(m[1]!) && p.roles.some((r) => r === role));
    if (match.length === 1) return match[0]!.name;
  }
  return undefined;
}

export function readBirthdayPreference(text: string): Reading | null {
  if (!/生日/.test(text) || !/群|公开|祝福|发/.test(text) || asksSomething(text.replace(/吧|哈/g, ''))) return null;
  const quiet = /别|不要|不用|不想|不好意思|低调|私下/.test(text);
  return { intent: 'birthday_pref', fields: { public: !quiet } };
}

export function readHelp(text: string): Reading | null {
  return HELP.test(text.trim()) ? { intent: 'help', fields: {} } : null;
}

export function readConsole(text: string): Reading | null {
  return CONSOLE.test(text) ? { intent: 'login_console', fields: {} } : null;
}

export function readFeedback(text: string, ctx: ConversationContext): Reading | null {
  if (ctx.justAnswered === undefined || !FEEDBACK.test(text)) return null;
  return { intent: 'feedback_negative', fields: {} };
}

/** Greetings, thanks, 好的, emoji: nothing to act on. */
export function isSmallTalk(text: string): boolean {
  const rest = withoutPoliteness(text)
    .replace(
      /^(?:你好|您好|早上好|早安|上午好|下午好|晚上好|晚安|嗨|在吗|好的?|嗯|哦|ok|收到|知道了|明白了?|了解)+/i,
      '',
    )
    .trim();
  return !hasWords(rest);
}
