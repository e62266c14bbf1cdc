import { NUMERAL_CHARS, parseChineseNumber } from '../../data/text/chinese-number.ts';

/**
 * How many days a question is about ("请半天假", "请两天假", "请一个星期假"), and the day
 * ranges a rule applies to ("请假0.5天", "1-2.5天", "3天及以上"), so the rule for the
 * asked length can be told from its neighbours.
 */

const UNIT_DAYS: Record<string, number> = {
  天: 1,
  日: 1,
  周: 7,
  星期: 7,
  礼拜: 7,
  个星期: 7,
  个礼拜: 7,
  个月: 30,
  月: 30,
};

const ASKED_LENGTH = new RegExp(`([\\d.]+|[${NUMERAL_CHARS}]+|半)\\s*(个星期|个礼拜|个月|天|日|周|星期|礼拜)`);

/** The length of leave a question asks about, in days, or undefined. */
export function askedDays(question: string): number | undefined {
  if (/半天|半日/.test(question)) return 0.5;
  const m = ASKED_LENGTH.exec(question);
  if (!m) return undefined;
  const n = parseChineseNumber(m[1]!);
  if (n === null) return undefined;
  return n * UNIT_DAYS[m[2]!]!;
}

export interface DayRange {
  readonly from: number;
  /** Inclusive upper end; Infinity for "及以上". */
  readonly to: number;
}

/** The leave lengths a rule's text names: "0.5天", "1-2.5天", "3天及以上", "1天及以上". */
export function dayRanges(text: string): DayRange[] {
  const out: DayRange[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(?:\s*[-~至到]\s*(\d+(?:\.\d+)?))?\s*天(及以上|以上|以下|以内)?/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : undefined;
    // As the handbook uses them: "3天以上" is the same rule as "3天及以上", "3天以下" is below 3.
    if (m[3] === '及以上' || m[3] === '以上') out.push({ from, to: Infinity });
    else if (m[3] === '以下') out.push({ from: 0, to: from - 0.001 });
    else if (m[3] === '以内') out.push({ from: 0, to: from });
    else out.push({ from, to: to ?? from });
  }
  return out;
}
