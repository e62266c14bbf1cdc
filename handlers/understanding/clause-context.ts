/*
 * What a clause of a new request leaves unsaid and the clause before it said: the week of a bare
 * weekday, the day of a bare half.
 */

/** 「下周一请年假 周五下午请半天」: a bare weekday after 下周X is of that week, as it is said. */
export function inTheSameWeek(clauses: string[]): string[] {
  let week = '';
  return clauses.map((c) => {
    const said = /(下下?个?)(?:周|礼拜|星期)[一二三四五六日天]/.exec(c);
    if (said) week = said[1]!;
    else if (/(?:这|本|上)个?(?:周|礼拜|星期)/.test(c)) week = '';
    else if (week !== '') return c.replace(/(?<![下上这本个])(周|礼拜|星期)(?=[一二三四五六日天])/, `${week}$1`);
    return c;
  });
}

/** A day as said, for a later clause that names only a half of it. */
const DAY_SAID =
  /(?:下下?个?|这个?|本)?(?:周|礼拜|星期)[一二三四五六日天]|\d{1,2}月\d{1,2}[号日]?|\d{1,2}[号日]|大?[今明后]天/;

/** 「下周一上午请事假 下午接着请年假」: a clause opening with only a half is of the day said before it. */
export function onTheSameDay(clauses: string[]): string[] {
  let day = '';
  return clauses.map((c) => {
    const said = DAY_SAID.exec(c);
    if (said) day = said[0];
    else if (day !== '' && /^(?:然后|接着|再)?(?:上午|下午)/.test(c)) return `${day}${c}`;
    return c;
  });
}
