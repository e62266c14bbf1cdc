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
  nothingOpenForMember: (name: string) => `${name}目前没有这一项需要提交。`,
  memberAlready: (name: string, items: readonly DeadlineInstance[]) =>
    `之前已经记录过：${name}的${labels(items)}已提交。`,
  recordedForMember: (name: string, items: readonly DeadlineInstance[]) =>
    `已记录：${name}已提交${labels(items)}（由您代为登记），不再提醒${name}。`,
  recordedInGroup: '已登记，详情私信发您。',
  toMember: (lead: string, items: readonly DeadlineInstance[]) =>
    `${lead}已为您登记：${labels(items)}已提交，这一项不再提醒您。如有不对请告诉${lead}。`,
};
