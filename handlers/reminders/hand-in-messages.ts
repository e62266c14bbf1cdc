import { formatDate, localDateParts, yearOf, type LocalDate } from '../../data/time/index.ts';
import type { DeadlineInstance } from './deadline-instances.ts';

const labels = (items: readonly DeadlineInstance[]) =>
  items.map((i) => `${i.periodLabel}${i.deadline.title}`).join('、');

/** Replies about hand-ins said in parts, or recorded by a lead for a member (issue 11). */
export const handInText = {
  partial: (done: readonly string[], notYet: readonly string[]) =>
    `好的，${done.join('、') || '这部分'}已交。${notYet.join('、')}还没交齐，这一项先不记为已提交，截止前还会提醒您；` +
    `交齐后请回复「${notYet[0] ?? '月报'}交了」。`,
  unknownMember: (name: string) => `通讯录里没有找到「${name}」，请写全名。`,
  notYourMember: (name: string) => `只有${name}所在组的组长可以代为登记，请${name}本人回复「已交」。`,
  /** `named`: the item was named (「郑雨的年度总结交给我了」); else nothing of theirs is open at all. */
  nothingOpenForMember: (name: string, named = true) =>
    named ? `${name}目前没有这一项需要提交。` : `${name}目前没有需要提交、还未确认的材料。`,
  memberAlready: (name: string, items: readonly DeadlineInstance[]) =>
    `之前已经记录过：${name}的${labels(items)}已提交。`,
  recordedForMember: (name: string, items: readonly string[]) =>
    `已记录：${name}已提交${items.join('、')}（由您代为登记），不再提醒${name}。`,
  recordedInGroup: '已登记，详情私信发您。',
  toMember: (lead: string, items: readonly string[]) =>
    `${lead}已为您登记：${items.join('、')}已提交，这一项不再提醒您。如有不对请告诉${lead}。`,
  /**
   * The period said is past its late days, or not open yet: nothing is recorded, and why. `own`: the
   * speaker's own hand-in, who may say the day it was handed in (「11月的月报12月7日交了」).
   */
  notOpen(closed: readonly DeadlineInstance[], notYet: readonly DeadlineInstance[], today: LocalDate, own: boolean) {
    const date = (d: LocalDate) => formatDate(d, { referenceYear: yearOf(today) });
    const lines = [
      ...closed.map(
        (i) =>
          `${i.periodLabel}的${i.deadline.title}${date(i.dueDate)}截止，逾期登记到${date(i.closesOn)}为止，现在不能再登记。`,
      ),
      ...notYet.map(
        (i) => `${i.periodLabel}的${i.deadline.title}要到${date(i.opensOn)}才开始登记，现在还不能记为已交。`,
      ),
    ];
    const first = closed[0];
    if (own && first) {
      const { month, day } = localDateParts(first.closesOn);
      lines.push(
        `如果是在那之前交的，请说明哪天交的，如「${first.periodLabel}的${first.deadline.title}${month}月${day}日交了」。`,
      );
    }
    return lines.join('\n');
  },
};
