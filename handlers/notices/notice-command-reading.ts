import { readHrCommand } from '../understanding/hr-commands.ts';
import type { UnderstandingEnv } from '../understanding/types.ts';
import type { LocalDate } from '../../data/time/index.ts';

/** HR's notice commands said in other words: what, and which notice. */
export interface SaidNoticeCommand {
  readonly command: 'notice_status' | 'remind_unconfirmed' | 'cancel_notice';
  /** Absent for a reminder or a status (「提醒没确认的」「通知谁看了」): the latest notice sent. */
  readonly no?: number;
}

const COMMANDS: ReadonlySet<string> = new Set(['notice_status', 'remind_unconfirmed', 'cancel_notice']);

/**
 * 「通知7有几个人没确认」「7号通知没确认的催一下」「通知7别发了」 (issue 11): the exact commands
 * (「通知 7 状态」「提醒未确认 7」「取消通知 7」) in HR's own words, with the notice's number.
 */
/** HR's 「谁还没确认」「还有谁没回」 with nothing else: who has not confirmed the latest notice. */
const WHO_HAS_NOT = /^(?:那)?(?:还有)?谁(?:还)?(?:没|未)有?(?:确认|回复?|收到|看)(?:收到)?(?:的)?(?:呢|啊)?[?？]*$/;

export function readNoticeCommand(text: string, today: LocalDate): SaidNoticeCommand | undefined {
  if (WHO_HAS_NOT.test(text.trim())) return { command: 'notice_status' };
  // The notice commands read only the text and today (no calendar, no names).
  const r = readHrCommand(text, { today, people: [] } as unknown as UnderstandingEnv);
  const command = r?.fields.command;
  const no = r?.fields.no;
  if (command === undefined || !COMMANDS.has(command)) return undefined;
  // A cancel needs the number; 「提醒没确认的」 chases, 「通知谁看了」 reports, the latest notice.
  if (no === undefined && command === 'cancel_notice') return undefined;
  return { command: command as SaidNoticeCommand['command'], ...(no === undefined ? {} : { no }) };
}
