const MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'] as const;
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** `农历八月十五`, `农历闰四月初一`, `农历腊月廿九`: how a lunar birthday is written in Chinese. */
export function lunarDateName(month: number, day: number, leapMonth = false): string {
  return `农历${leapMonth ? '闰' : ''}${MONTHS[month - 1] ?? month}月${lunarDayName(day)}`;
}

function lunarDayName(day: number): string {
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return '三十';
}
