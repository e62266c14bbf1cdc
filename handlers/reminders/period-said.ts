import type { Deadline } from '../../data/reminders/reminder-config.ts';
import { localDateParts, type LocalDate } from '../../data/time/index.ts';

/** A period named in a message: 「11月」「上个月」 (a month), 「第四季度」「上季度」 (a quarter), 「今年」 (a year). */
export type PeriodSaid =
  | { readonly unit: 'month'; readonly year: number; readonly month: number }
  | { readonly unit: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly unit: 'year'; readonly year: number };

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMBER = String.raw`\d{1,2}|十[一二]?|[一二三四五六七八九]`;
/** A day after the month makes it a date (「12月5号」「11月30日」), the day something happened, not a period. */
const NOT_A_DATE = String.raw`(?!\s*(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[号日])`;
/** 「上个月底」 is a day (hand-in-day.ts); 「这个月报」 is this report, not this month's. */
const NOT_A_DAY = '(?![底初中末报])';

const MONTH = new RegExp(String.raw`(?<![\d年])(?:(\d{4})年)?(${NUMBER})月份?${NOT_A_DATE}(?![底初中末])`, 'g');
const MONTH_BACK: Record<string, number> = {
  上上个月: 2,
  上一个月: 1,
  上个月: 1,
  上月: 1,
  这个月: 0,
  本月: 0,
  当月: 0,
  下个月: -1,
  下月: -1,
};
const RELATIVE_MONTH = new RegExp(`(?:${Object.keys(MONTH_BACK).join('|')})${NOT_A_DAY}`, 'g');
const QUARTER = /(?<![上下这本])(?:(\d{4})年)?(?:第?([一二三四1-4])季度|[Qq]([1-4]))(?!\d)/g;
const QUARTER_BACK: Record<string, number> = { 上一季度: 1, 上个季度: 1, 上季度: 1, 这个季度: 0, 这季度: 0, 本季度: 0 };
const RELATIVE_QUARTER = new RegExp(Object.keys(QUARTER_BACK).join('|'), 'g');
const YEAR = /(\d{4})年(?!\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月|第|[Qq])|今年|去年|明年|本年度|上年度/g;

/** Every period word, with a 的 after it: what is left out when reading the rest of the message. */
export const PERIOD_WORDS = new RegExp(
  `(?:${[MONTH, RELATIVE_MONTH, QUARTER, RELATIVE_QUARTER, YEAR].map((re) => re.source).join('|')})(?:的)?`,
  'g',
);

/**
 * The periods a message names, resolved against today. A month or quarter said without a year is
 * the nearest one (on 8 December 「1月」 is next January, on 5 January 「12月」 last December).
 */
export function readPeriodsSaid(text: string, today: LocalDate): PeriodSaid[] {
  const { year, month } = localDateParts(today);
  const out: PeriodSaid[] = [];
  for (const m of text.matchAll(MONTH)) {
    const n = numberOf(m[2]!);
    if (n < 1 || n > 12) continue;
    const y = m[1] ? Number(m[1]) : nearestYear(year, month, n, 12);
    out.push({ unit: 'month', year: y, month: n });
  }
  for (const m of text.matchAll(RELATIVE_MONTH)) {
    const index = year * 12 + month - 1 - MONTH_BACK[m[0]]!;
    out.push({ unit: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  const thisQuarter = Math.ceil(month / 3);
  // 「季度文书」 (the archive's word) names no quarter; 「三季度」「第三季度」「Q3」 do.
  for (const m of text.matchAll(QUARTER)) {
    const q = numberOf(m[2] ?? m[3]!);
    out.push({ unit: 'quarter', year: m[1] ? Number(m[1]) : nearestYear(year, thisQuarter, q, 4), quarter: q });
  }
  for (const m of text.matchAll(RELATIVE_QUARTER)) {
    const index = year * 4 + thisQuarter - 1 - QUARTER_BACK[m[0]]!;
    out.push({ unit: 'quarter', year: Math.floor(index / 4), quarter: (index % 4) + 1 });
  }
  for (const m of text.matchAll(YEAR)) {
    const back = m[1] ? year - Number(m[1]) : /去年|上年度/.test(m[0]) ? 1 : m[0] === '明年' ? -1 : 0;
    out.push({ unit: 'year', year: year - back });
  }
  return out;
}

/**
 * The period keys (`2026-11`, `2026-Q4`, `2026`, as deadline-instances.ts makes them) of a deadline
 * that the periods said name. A month names the quarter that holds it for a quarterly deadline
 * (「11月的档案」 is the fourth quarter's), unless `exact`; a period of another kind names none.
 */
export function periodKeysFor(deadline: Deadline, said: readonly PeriodSaid[], exact = false): string[] {
  const keys = said.flatMap((p): string[] => {
    const every = deadline.due.every;
    if (every === 'month') return p.unit === 'month' ? [`${p.year}-${String(p.month).padStart(2, '0')}`] : [];
    if (every === 'quarter') {
      if (p.unit === 'quarter') return [`${p.year}-Q${p.quarter}`];
      return p.unit === 'month' && !exact ? [`${p.year}-Q${Math.ceil(p.month / 3)}`] : [];
    }
    return p.unit === 'year' ? [String(p.year)] : [];
  });
  return [...new Set(keys)];
}

function numberOf(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word.startsWith('十')) return 10 + (NUMERALS[word.slice(1)] ?? 0);
  return NUMERALS[word] ?? 0;
}

/** The year that puts `n` (a month of 12, a quarter of 4) nearest to now; a tie goes to the past. */
function nearestYear(year: number, now: number, n: number, perYear: number): number {
  const distance = (y: number) => Math.abs((y - year) * perYear + n - now);
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}
