import type { ActionRequest, OutgoingMessage } from '../../data/message.ts';
import { noticeText } from './messages.ts';

export const ACK_VALUE = 'ack';
const ACTION_ID = /^notice:(\d+)$/;

/** The 收到 button: a WeCom card button, the text command `收到` elsewhere. */
export function ackAction(noticeId: number): ActionRequest {
  return {
    id: `notice:${noticeId}`,
    title: noticeText.ackTitle,
    options: [{ label: '收到', value: ACK_VALUE, command: '收到' }],
  };
}

/** The notice id behind a button press, if it was a notice's 收到 button. */
export function noticeIdOfAction(actionId: string): number | undefined {
  const m = ACTION_ID.exec(actionId);
  return m ? Number(m[1]) : undefined;
}

export function noticeMessage(noticeId: number, text: string, author: string): OutgoingMessage {
  return { text: noticeText.notice(noticeId, text, author), actions: [ackAction(noticeId)] };
}

export function noticeReminderMessage(noticeId: number, text: string, author: string): OutgoingMessage {
  return { text: noticeText.reminder(noticeId, text, author), actions: [ackAction(noticeId)] };
}
