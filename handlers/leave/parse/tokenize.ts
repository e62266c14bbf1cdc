import { NUMBER_SOURCE as N, parseChineseNumber } from '../../../data/text/chinese-number.ts';
import type { DateSpec, SlashReading, Token } from './tokens.ts';

type Draft = DistributiveOmit<Token, 'start' | 'end' | 'text'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Rule {
  re: RegExp;
  /** Tokens for the match, each with its span relative to the match start; null to decline. */
  make: (m: RegExpExecArray) => { draft: Draft; from?: number; to?: number }[] | null;
}

const WEEKDAY_CHARS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 0,
  天: 0,
  七: 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 0,
};

/** 本周 0, 下周 1, 上上周 -2: the week a prefix names, counted from this one (also read-points.ts). */
export const WEEK_OFFSETS: Record<string, number> = {
  本: 0,
  这: 0,
  这个: 0,
  下: 1,
  下个: 1,
  下下: 2,
  下下个: 2,
  上: -1,
  上个: -1,
  上上: -2,
  上上个: -2,
};

const MONTH_PREFIX: Record<string, number> = {
  本月: 0,
  这月: 0,
  这个月: 0,
  下月: 1,
  下个月: 1,
  下下月: 2,
  下下个月: 2,
  上月: -1,
  上个月: -1,
};

const RELATIVE_DAYS: Record<string, number> = {
  大前天: -3,
  前天: -2,
  昨天: -1,
  昨日: -1,
  今天: 0,
  今日: 0,
  今儿: 0,
  明天: 1,
  明日: 1,
  明儿: 1,
  后天: 2,
  大后天: 3,
};

const YEAR_WORDS: Record<string, number> = { 去年: -1, 今年: 0, 明年: 1 };

const num = (s: string | undefined): number | null => (s === undefined ? null : parseChineseNumber(s));

function date(spec: DateSpec): Draft {
  return { kind: 'date', spec };
}

type AbsoluteExtra = { year?: number; yearOffset?: number; readAs?: SlashReading };

function absolute(month: number | null, day: number | null, extra: AbsoluteExtra = {}) {
  if (month === null || day === null) return null;
  return [{ draft: date({ type: 'absolute', month, day, ...extra }) }];
}

/*
 * Order matters: at each position the first rule that matches wins, so longer and more
 * specific spellings come first (大后天 before 后天, 上半天 before 半天, 下周一 before 下周).
 */
const RULES: Rule[] = [
  // Clock times are not dates: 18:00, 3点半, 九点一刻. Consumed so that '00-21' in
  // '18:00-21:30' is never read as a month and day.
  { re: /\d{1,2}:\d{2}/y, make: () => [{ draft: { kind: 'time' } }] },
  // 三点五天 is a count of days, not the time 3:05
  {
    re: new RegExp(`(${N}点[零〇一二三四五六七八九]+)个?(?:天|工作日)`, 'y'),
    make: (m) => {
      const days = num(m[1]);
      return days === null ? null : [{ draft: { kind: 'days', days } }];
    },
  },
  { re: new RegExp(`${N}[点時时](?:半|一刻|三刻|${N}分?)?`, 'y'), make: () => [{ draft: { kind: 'time' } }] },

  // 2026-12-28, 2026/12/28, 2026.12.28, 2026年12月28日
  {
    re: /(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})[日号]?/y,
    make: (m) => absolute(num(m[2]), num(m[3]), { year: Number(m[1]) }),
  },
  // 明年1月3日
  {
    re: new RegExp(`(去年|今年|明年)(${N})月(${N})[日号]?`, 'y'),
    make: (m) => absolute(num(m[2]), num(m[3]), { yearOffset: YEAR_WORDS[m[1] ?? ''] ?? 0 }),
  },
  // 12月7日, 十二月七号, 12月1 (as in 12月1-3号)
  { re: new RegExp(`(${N})月(${N})[日号]?`, 'y'), make: (m) => absolute(num(m[1]), num(m[2])) },
  // 12月底, 12月, 下旬: a month or part of one, not a day
  {
    re: new RegExp(`(?:${N}月)?(?:底|初|中旬|上旬|下旬|末)`, 'y'),
    make: () => [{ draft: { kind: 'vague', vague: 'date' } }],
  },
  // 12月, 三月份: a month, not a day (12月7日 was tried above)
  { re: new RegExp(`${N}月份?`, 'y'), make: () => [{ draft: { kind: 'vague', vague: 'date' } }] },
  // 下个月3号
  {
    re: new RegExp(`(下下个?月|下个?月|本月|这个?月|上个?月)(${N})[日号]`, 'y'),
    make: (m) => {
      const day = num(m[2]);
      return day === null
        ? null
        : [{ draft: date({ type: 'month-day', monthOffset: MONTH_PREFIX[m[1] ?? ''] ?? 0, day }) }];
    },
  },
  // 12.28, 12/28 (not 3.5天, not a version number). Month first, as Chinese writes it; a date
  // only valid day first (25/12) is read so, and a slash date valid both ways (5/12) is read
  // month first: either way the read-back asks whether that was meant.
  {
    re: /(?<!\d)(\d{1,2})([./])(\d{1,2})(?![\d.天个:])[日号]?/y,
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const isMonth = (n: number) => n >= 1 && n <= 12;
      const as = (order: SlashReading['order']) => ({ readAs: { written: m[0], order } });
      if (isMonth(a)) return absolute(a, b, m[2] === '/' && isMonth(b) && a !== b ? as('month-day') : {});
      return isMonth(b) && a >= 13 && a <= 31 ? absolute(b, a, as('day-month')) : null;
    },
  },
  // 12-28, but 1-3号 is two days of a month
  {
    re: /(\d{1,2})-(\d{1,2})(?![\d.天个号日:])/y,
    make: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? absolute(Number(m[1]), Number(m[2])) : null),
  },
  // the 1 in 1-3号, 1到3号
  {
    re: new RegExp(`(${N})(?=[-~到至]${N}[日号])`, 'y'),
    make: (m) => {
      const day = num(m[1]);
      return day === null ? null : [{ draft: date({ type: 'day', day }) }];
    },
  },
  // 明早 = 明天上午
  {
    re: /(明|今)早/y,
    make: (m) => [
      { draft: date({ type: 'relative-day', offset: m[1] === '明' ? 1 : 0 }), from: 0, to: 1 },
      { draft: { kind: 'half', half: 'am' }, from: 1, to: 2 },
    ],
  },
  {
    re: /大前天|前天|昨天|昨日|今天|今日|今儿|明天|明日|明儿|大后天|后天/y,
    make: (m) => [{ draft: date({ type: 'relative-day', offset: RELATIVE_DAYS[m[0]] ?? 0 }) }],
  },
  // 下周三, 这个星期五, 礼拜天, 下下周一
  {
    re: /(下下个?|下个?|这个?|本|上上个?|上个?)?(?:周|星期|礼拜)([一二三四五六日天七1-7])/y,
    make: (m) => {
      const weekday = WEEKDAY_CHARS[m[2] ?? ''];
      if (weekday === undefined) return null;
      const week = m[1] === undefined ? 'bare' : (WEEK_OFFSETS[m[1]] ?? 'bare');
      return [{ draft: date({ type: 'weekday', weekday, week }) }];
    },
  },
  { re: /上半天|上午|早上|早晨/y, make: () => [{ draft: { kind: 'half', half: 'am' } }] },
  { re: /下半天|下午|午后/y, make: () => [{ draft: { kind: 'half', half: 'pm' } }] },
  { re: /一整天|整天|全天/y, make: () => [{ draft: { kind: 'half', half: 'full' } }] },
  // 过两天 and 几天 say a time or a length without saying which.
  {
    re: new RegExp(
      [
        /过两天|过几天|这几天|这两天|最近|近期|改天|节后|年后|假期后|国庆|十一假期|春节|过年|元旦|五一|端午/.source,
        /中秋|清明|周末|下下个?(?:周|星期|礼拜)|下个?(?:周|星期|礼拜)|这个?(?:周|星期|礼拜)|本周/.source,
        /上个?(?:周|星期|礼拜)|下下个?月|下个?月|这个?月|本月|上个?月/.source,
      ].join('|'),
      'y',
    ),
    make: () => [{ draft: { kind: 'vague', vague: 'date' } }],
  },
  {
    re: new RegExp(`(?:${N}|几)个?(?:周|星期|礼拜|月)(?![一二三四五六日天七1-7])|一阵子|一段时间`, 'y'),
    make: () => [{ draft: { kind: 'vague', vague: 'duration' } }],
  },
  // 三天, 3.5天, 一天半, 两个工作日, 半天
  {
    re: new RegExp(`(\\d+(?:\\.\\d+)?|${N})个?(半)?(?:天|工作日)(半)?`, 'y'),
    make: (m) => {
      const whole = m[1]?.includes('.') ? Number(m[1]) : num(m[1]);
      if (whole === null || Number.isNaN(whole)) return null;
      const days = whole + (m[2] !== undefined || m[3] !== undefined ? 0.5 : 0);
      return [{ draft: { kind: 'days', days } }];
    },
  },
  { re: /半(?:天|日|个工作日)/y, make: () => [{ draft: { kind: 'days', days: 0.5 } }] },
  // 7号, 三日 (a day of the month; 生日, 节日 have no number in front)
  {
    re: new RegExp(`(${N})[日号]`, 'y'),
    make: (m) => {
      const day = num(m[1]);
      return day === null ? null : [{ draft: date({ type: 'day', day }) }];
    },
  },
  // 到 is a separator, except inside 迟到, 收到, 报到, 到岗, 到时 …
  {
    re: /(?<![迟收报想看得做达感遇回来赶找拿说提办签])(?:一直到|到(?![岗时底位家了过]))|至|~|-/y,
    make: () => [{ draft: { kind: 'sep' } }],
  },
  { re: /和|、|及|跟|与/y, make: () => [{ draft: { kind: 'and' } }] },
  { re: /从|自/y, make: () => [{ draft: { kind: 'from' } }] },
  { re: /开始|起(?![来床码])/y, make: () => [{ draft: { kind: 'start-mark' } }] },
];

/** Reads the normalised text left to right into tokens; characters no rule knows are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  outer: while (i < text.length) {
    for (const rule of RULES) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (m === null || m[0].length === 0) continue;
      const made = rule.make(m);
      if (made === null) continue;
      for (const { draft, from = 0, to = m[0].length } of made) {
        tokens.push({ ...draft, start: i + from, end: i + to, text: text.slice(i + from, i + to) } as Token);
      }
      i += m[0].length;
      continue outer;
    }
    i++;
  }
  return tokens;
}
