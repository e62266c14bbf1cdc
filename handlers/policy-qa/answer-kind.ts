/**
 * What kind of fact a question asks for, so the sentence that states it is preferred: a
 * date ("几号交"), an amount ("几天", "多少钱"), who approves ("谁批") or what to hand in
 * ("交什么表"), whether something is allowed ("可以…吗") or what happens if ("会怎样").
 */
export type AnswerKind =
  | 'when'
  | 'where'
  | 'who'
  | 'what'
  | 'amount'
  | 'often'
  | 'may'
  | 'outcome'
  | 'format'
  | 'phone'
  | 'condition'
  | 'level';
export const ANSWER_KINDS: readonly AnswerKind[] = [
  'when',
  'where',
  'who',
  'what',
  'amount',
  'often',
  'may',
  'outcome',
  'format',
  'phone',
  'condition',
  'level',
];
/** Kinds an answer must state to count as one; a format question may be answered by the rule itself. */
export const REQUIRED_KINDS: ReadonlySet<AnswerKind> = new Set([
  'when',
  'where',
  'who',
  'what',
  'amount',
  'often',
  'may',
  'outcome',
  'phone',
  'condition',
  'level',
]);

const ASKS: readonly [AnswerKind, RegExp][] = [
  // "什么级别的医院": a grade (三甲, 镇级以上), not a place.
  ['level', /哪一?级|(什么|啥|哪个)(级别|等级)/],
  // "打哪个电话": a number to call, not who or how much.
  ['phone', /(哪个|什么|啥|几号)(电话|号码)|电话(号码?)?(是)?多少|打(什么|哪个|几号)/],
  // "评优秀团队要满足什么条件": the requirements, not the prize.
  ['condition', /(什么|啥|哪些)(条件|要求|资格)|条件是|要求是|够不够格|有资格/],
  ['format', /(怎么|咋|如何|怎样)(编|写|填|命名|排列?|弄)|什么格式|啥格式|格式是/],
  ['outcome', /会(怎样|怎么样|咋样|如何)|什么后果|啥后果|有什么影响|会不会被|会被/],
  // "多久开一回": how often, answered by "每季度" as well as by a count.
  ['often', /(多久|多长时间|隔多久|几天|几个月|多少天)[^，。？?]{0,8}(一次|一回|1次)|多久开/],
  ['when', /几号(?!字)|哪天|哪一天|几月|哪个月|哪几个月|哪一?年|什么时候|啥时候|何时|几点/],
  ['where', /哪里|哪儿|在哪|去哪|什么地方|啥地方|哪个地方|地址/],
  ['who', /谁|哪个部门|哪位|哪个领导/],
  [
    'what',
    /(交|带|填|写|签|准备|提交|需要|要)(些)?(什么|啥|哪些)|什么(材料|表|单|证|资料|手续|东西)|哪些(材料|资料|东西|手续|内容)/,
  ],
  // 「那几个月」「好几个老人」「没几天」 name some number, they ask none.
  ['amount', /(?<![这那好没])几|多少|多久|多长|多大|多远|百分之|比例|标准/],
  // "交给督导审批要提前多久" names who approves and asks how long: only a bare "审批" asks who.
  ['who', /审批|批准|签字/],
  ['may', /^(请问)?(我)?(可以|可不可以|能不能|能否|是否可以|允许)|(可以|能|允许|准)[^，。？?]{0,12}(吗|不)[？?]?$/],
  // "婚假能不能分两次修": whether something is allowed, asked in the middle.
  ['may', /能不能|可不可以|可否|能否|允不允许|让不让|行不行/],
];

const STATES: Record<AnswerKind, RegExp> = {
  when: /当天|当日|即日|当场|日期为准|\d+\s*[日号月]|[一二三四五六七八九十]+月|月底|月末|最后一天|最后一个星期|季度末|年底|年末|季度第|之前|以前|之内|以内|内完成/,
  where: /网站|官网|网页|公告栏|邮箱|地址|[路街道]\d|\d+号|镇|市|区|场所|地点|室|楼|银行|医院|网点|支行/,
  who: /审批|批准|审核|签字|负责|交由|交至|交到|呈交|报备|由.{1,16}(核查|检查|处理|发放|统筹)|向.{1,12}(申请|报告|说明|提出|反映|申诉|投诉)/,
  what: /《|表|证|书|清单|材料|资料|证明|手续/,
  condition: /条件|要求|资格|须|必须|应(?!急)|满足|达到|以上|以下|不少于|不低于|之一/,
  format: /形式|格式|方式|方法|办法|如下|例[：:]/,
  outcome: /扣|罚|取消|处分|辞退|开除|警告|视为|视作|作为|按.{1,8}处理|不予|不得|不合格|记录|列为/,
  may: /可以|不得|不能|不可|禁止|不准|不允许|允许|须|必须|应(?!届|急)|原则上|不鼓励|视为|处理/,
  level: /[一二三]级|三甲|甲等|[镇区市县省]级|国家级|级以上|以上级别/,
  phone: /\d{3,}|热线/,
  often: /每(天|日|周|星期|月|季度?|半年|年)|定期|(\d+|[一二两三四五六七八九十]+)\s*(次|回)/,
  amount:
    /跨月|当天|当日|之内|以内|期限|\d|[一二两三四五六七八九十百千半]+\s*(个)?(工作日|天|日|周|星期|月|年|小时|次|元|倍|人|份|分|%)/,
};

/** The kind of fact asked for, the most specific first; undefined for open questions. */
export function answerKind(question: string): AnswerKind | undefined {
  return ASKS.find(([, re]) => re.test(question))?.[0];
}

/** List numbering ("（1）", "2.", "③") anywhere in a passage. */
const ENUMERATOR = /（[0-9一二三四五六七八九十]+）|\([0-9]+\)|(^|[。；：:\s])[0-9]+[、.．](?!\d)|[①-⑳]/g;

/**
 * What a section's own heading answers: "（二）行政部" lists a department's duties (who),
 * "1、编码形式" gives a format.
 */
const HEADING_STATES: Partial<Record<AnswerKind, RegExp>> = {
  who: /(部|部门|委员会|办公室|理事会|监事会)$/,
  format: /形式|格式|方式|方法|办法$/,
};

export function headingKinds(heading: string): ReadonlySet<AnswerKind> {
  const h = heading.trim();
  return new Set((Object.keys(HEADING_STATES) as AnswerKind[]).filter((k) => HEADING_STATES[k]!.test(h)));
}

/** Whether a sentence states a fact of that kind (a list item's number is not an amount). */
export function statesKind(sentence: string, kind: AnswerKind): boolean {
  return STATES[kind].test(sentence.replace(ENUMERATOR, ' '));
}

/**
 * "几天", "多少次", "几个小时": a count of something in particular. A rule naming other
 * numbers ("每月15日发放" for "春节放几天假") does not answer it.
 */
const COUNTED: readonly [RegExp, RegExp][] = [
  [
    /(?<!好)(几|多少)(个)?(天|日|工作日)/,
    /(?<![月\d.第后])(\d+(\.\d+)?|[一二两三四五六七八九十百半]+)\s*个?(工作日|天|日|周|星期)|当天|当日/,
  ],
  // "迟到一次" is one occurrence, not a count of how many are allowed.
  [
    /(?<!好)(几|多少)(次|回)/,
    /(\d+|(?!一\s*[次回])[一二两三四五六七八九十百]+)\s*(次|回)|每(天|日|周|星期|月|季度|年)/,
  ],
  [/(?<!好)(几|多少)(个)?(小时|钟头)/, /(\d+(\.\d+)?|[一二两三四五六七八九十半]+)\s*(个)?(小时|分钟)/],
  [/(?<!好)(几|多少)份/, /(\d+|[一二两三四五六七八九十]+)\s*份|一式/],
  // "保存几年", "干几年": a number of years ("30年", "三年", "永久"), not a 期限 without one.
  [/(?<![哪第])(几|多少)(个)?年/, /(\d+|[一二两三四五六七八九十]+)\s*(个)?年(?!度)|永久/],
];

/**
 * "培训费机构支持多少", "误餐补贴一顿多少钱": a sum of money, answered by a rule stating one (元, a share,
 * a multiple), not by another number of the same rule ("鼓励2年以上的骨干…外出参加培训").
 */
const ASKS_SUM =
  /多少钱|几(块|百|千)|(费|补贴|补助|津贴|奖金|工资|薪).{0,10}(多少|几成)|(多少|几成).{0,4}(费|补贴|补助|津贴|奖金|钱)/;
const STATES_SUM = /\d\s*(万?元|块)|元\/|[%％]|百分之|[一二两三四五六七八九十\d]\s*倍|照发|全额|半额/;

/** Whether the question asks for a sum of money. */
export function asksForSum(question: string): boolean {
  return ASKS_SUM.test(question) && !COUNTED.some(([asks]) => asks.test(question));
}

/** Whether a sentence states a sum of money (see asksForSum). */
export function statesSum(sentence: string): boolean {
  return STATES_SUM.test(sentence);
}

/** "几节", "多少人", "几场": a count in a unit of its own, stated as a number of that unit. */
const COUNTED_IN = /(?<!好)(几|多少)个?(节|场|篇|张|人|名|岁|套|本|所|门)/;

/** Whether a sentence gives a count of what the question counts; true when it counts nothing in particular. */
export function statesCount(question: string, sentence: string): boolean {
  const text = sentence.replace(ENUMERATOR, ' ');
  const counted = COUNTED.find(([asks]) => asks.test(question));
  if (counted) return counted[1].test(text);
  const unit = COUNTED_IN.exec(question)?.[2];
  return !unit || new RegExp(`(\\d+|[一二两三四五六七八九十百千]+)\\s*个?${unit}`).test(text);
}
