import type { Staff } from '../../data/org/staff.ts';
import { formatDateTime } from '../../data/time/index.ts';

/** What the bot says to people it does not know yet, and about binding. */
export const identityText = {
  unknownSender: (orgName: string, hrContact: string) =>
    `您好！我是${orgName}的同工助手，只为本机构同工服务。\n` +
    `您还没有登记：请向${hrContact}索取12 位数字的绑定码，然后把绑定码发给我即可。`,
  unknownInGroup: '您好！请先私聊我完成登记（向人力资源部索取绑定码）。',
  bound: (name: string, id: string, hrContact: string) =>
    `绑定成功，${name}您好！您的微信已绑定到${name}（${id}）。如不是您本人操作，请立即联系人事（${hrContact}）。\n` +
    '发送「帮助」看看我能做什么。',
  codeUnknown: '这个绑定码不对，请核对后再发一次（12 位数字）；如仍不行，请向人力资源部重新索取。',
  codeUsed: '这个绑定码已经用过了，请向人力资源部重新索取一个。',
  codeExpired: (hours: number) => `这个绑定码已过期（有效期 ${hours} 小时），请向人力资源部重新索取。`,
  lastTry: '错误次数过多：一小时内我不再回复绑定码。请向人力资源部核对或重新索取。',
  paused: (until: Date, hrContact: string) =>
    `绑定暂时关闭，${formatDateTime(until)}后再试；着急的话请联系${hrContact}。`,
  /** To the chat a person was bound on before, when another contact takes their identity. */
  movedAway: (name: string, id: string, hrContact: string) =>
    `提醒：${name}（${id}）的身份刚刚绑定到了另一个微信号，这个微信号不再关联。如不是您本人操作，请立即联系人事（${hrContact}）。`,
  hrBound: (name: string, id: string, team: string, at: Date) =>
    `【绑定提醒】${name}（${id}，${team}）的微信于${formatDateTime(at)}用绑定码完成绑定。如不是本人操作，请发「解绑 ${id}」并联系本人。`,
  hrPaused: (perHour: number, until: Date) =>
    `【安全提醒】最近一小时错误的绑定码已达 ${perHour} 次，可能有人在猜绑定码。已暂停接收绑定码至${formatDateTime(until)}。` +
    '发「绑定失败记录」查看详情。',
  /** Two or more people of one name: never pick one, ask with each one's team and id. */
  whichPerson: (name: string, people: readonly Staff[], example: string) =>
    `目录里有 ${people.length} 位「${name}」，请用工号指明是哪一位：\n` +
    `${people.map((p) => `${p.name}（${p.id}，${p.team}）`).join('\n')}\n例如：${example}`,
};
