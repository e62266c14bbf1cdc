import { formatDate, type LocalDate } from '../../data/time/index.ts';

export interface BirthdayListLine {
  readonly date: LocalDate;
  readonly name: string;
  readonly team: string;
  /** `农历八月十五` for a lunar birthday (the lunar date of `date`); none for a solar one. */
  readonly lunar?: string | undefined;
  /** Declined a greeting in the group: HR preparing a card or a cake should know. */
  readonly quiet?: boolean;
}

const QUARTER_NAMES = [
  '',
  '第一季度（1–3月）',
  '第二季度（4–6月）',
  '第三季度（7–9月）',
  '第四季度（10–12月）',
] as const;

/** Birthday text. Never the year of birth or an age (DOMAIN §7): only names and days. */
export const birthdayText = {
  groupGreeting: (names: readonly string[]) =>
    `🎂 今天是${names.join('、')}的生日！\n全体同工祝${names.length > 1 ? '你们' : '你'}生日快乐，身体健康，工作顺心，天天开心！`,
  privateGreeting: (name: string, orgShortName: string) =>
    `${name}，祝您生日快乐！🎂\n感谢您在${orgShortName}的付出，愿您新的一年身体健康、工作顺心、天天开心。`,

  quarterList: (year: number, quarter: number, lines: readonly BirthdayListLine[], note?: string) => {
    const head = `${year}年${QUARTER_NAMES[quarter]}同工生日，共 ${lines.length} 人：`;
    const body = lines.length
      ? lines.map(
          (l) =>
            `· ${formatDate(l.date, { referenceYear: year })}${l.lunar ? `（${l.lunar}）` : ''} ${l.name}（${l.team}）` +
            (l.quiet ? '（不公开祝福）' : ''),
        )
      : ['本季度没有同工过生日。'];
    return [head, ...body, ...(note ? [note] : [])].join('\n');
  },
  quarterListIntro: '新季度开始了，以下名单供准备生日礼物和祝福：',
  lunarDiffers: (onDay: string, birthday: string) => `${onDay}；生日是${birthday}`,
  noSchedule: (years: readonly number[]) =>
    `（注意：${years.join('、')}年的放假安排尚未公布，发送日期按法定节假日推算，调休上班日未计入。请在机构资料的 holidays.json 中补充。）`,
  sentPrivately: '生日名单已私信发给您。',
  onlyHr: '抱歉，生日名单只有人力资源部的同事可以查看。',

  howToOptOut: '可以。回复「不要公开祝福」，以后您生日那天我只私下祝福您，不在同工群里公开。',

  optedOut: '好的，以后您生日那天我只私下祝福您，不在同工群里公开。想恢复时回复「可以公开祝福」。',
  optedIn: '好的，以后您生日那天也会在同工群里为您送上祝福。不想公开时回复「不要公开祝福」。',
};
