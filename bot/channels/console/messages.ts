import type { Staff } from '../../../data/org/staff.ts';
import { ROLE_NAMES } from '../../../data/org/staff.ts';

const describe = (p: Staff) => `${p.name}（${p.id}，${p.roles.map((r) => ROLE_NAMES[r]).join('、')}，${p.team}）`;

/** What the terminal chat prints around the conversation itself. */
export const consoleText = {
  welcome: (me: Staff, now: string) =>
    `同工助手 · 终端模式（模拟时间 ${now}）\n你现在的身份：${describe(me)}\n` +
    '直接输入消息和助手对话；以「@群 」开头表示在同工群里 @ 助手。\n' +
    '命令：/as 姓名或工号 · /whoami · /who · /time 2026-12-24 09:00 · /quit',
  toMe: (body: string) => `\n同工助手：\n${indent(body)}`,
  toOther: (who: string, body: string) => `\n  ↪ 发给 ${who}：\n${indent(body, '  │ ')}`,
  toRoom: (room: string, body: string) => `\n  ↪ 发到群「${room}」：\n${indent(body, '  │ ')}`,
  noSuchPerson: (q: string) => `找不到「${q}」。输入 /who 查看名单。`,
  nowAs: (p: Staff) => `你现在是 ${describe(p)}`,
  whoami: (p: Staff) => `你是 ${describe(p)}`,
  time: (t: string) => `模拟时间：${t}`,
  badTime: '时间格式：/time 2026-12-24 09:00（北京时间）',
  timeBackwards: (now: string, to: string) =>
    `模拟时间只能往后拨：现在是 ${now}，不能回到 ${to}（中间到期的提醒、祝福和通知不会再运行）。` +
    '要从更早的时间开始，请退出后用 npm start -- --start 2026-12-24T09:00 重新打开（换一个 --db 文件）。',
  staffList: (all: readonly Staff[]) => all.map(describe).join('\n'),
  commands: '命令：/as 姓名或工号 · /whoami · /who · /time 2026-12-24 09:00 · /quit',
};

function indent(text: string, prefix = '  '): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
