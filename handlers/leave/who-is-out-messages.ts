import { formatDate, formatDateRange, type LocalDate } from '../../data/time/index.ts';

const PERIOD_WORD: Record<string, string> = {
  today: '今天',
  tomorrow: '明天',
  this_week: '本周',
  next_week: '下周',
  this_month: '本月',
  next_month: '下个月',
};

/**
 * 本周（12月7日（周一）至12月13日（周日））; a single day: 今天（12月7日（周一））; with the year
 * when it is not this one (January asked in December).
 */
export function periodText(
  period: string | undefined,
  dates: { start: LocalDate; end: LocalDate },
  referenceYear?: number,
): string {
  const range =
    dates.start === dates.end
      ? formatDate(dates.start, { referenceYear })
      : formatDateRange(dates.start, dates.end, { referenceYear });
  const word = period ? PERIOD_WORD[period] : undefined;
  return word ? `${word}（${range}）` : range;
}

/** What people read about who is out (issue 13). */
export const outText = {
  title: (when: string, where: string, n: number) => `${when}${where}请假的同事（${n}人，只列已批准的）：`,
  colleagueTitle: (name: string, when: string) => `${name}${when}的请假（只列已批准的）：`,
  none: (when: string, where: string) => `${when}${where}没有已批准的请假。`,
  line: (name: string, team: string | null, type: string, span: string) =>
    `· ${name}${team ? `（${team}）` : ''} ${type} ${span}`,
  refused: '抱歉，同事的请假情况只有其组长、部长和人力资源部可以查看。查看自己的请假请发「我的请假」。',
  narrowed: (where: string) => `（您可以查看的是${where}的请假。）`,
  unitRefused: (unit: string) => `抱歉，${unit}的请假情况您看不到：组长可以查看本组，部长本部门，人力资源部全部。`,
  everyone: '全机构',
  /** The chat lists; a file comes from the console, where the same people see the same leave. */
  exportHint: '要 Excel 表格的话：发「登录后台」打开管理后台，在「请假加班」页选月份导出。',
  morningTitle: (team: string) => `【今日请假】${team}今天请假的同事：`,
  morningLine: (name: string, part: string, type: string) => `· ${name}：${part}，${type}`,
};
