import { formatDateTime } from '../../data/time/index.ts';
import { QUIET_FROM_HOUR, QUIET_UNTIL_HOUR, type OddSendTime } from './odd-send-time.ts';

const MAX_PREVIEW = 30;

/** The first words of a notice, for lists: `「12月5日下午2点全体会议…」`. */
export const snippet = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return `「${line.length > MAX_PREVIEW ? `${line.slice(0, MAX_PREVIEW)}…` : line}」`;
};

export const noticeText = {
  onlyHr: '抱歉，发通知和查看通知情况只有人力资源部的同事可以使用。需要通知大家的事，请联系人力资源部。',
  directOnly: '发通知请私聊我，以免在群里来回确认打扰大家。',
  sentPrivately: '已私信回复您。',

  // the compose flow
  title: '发通知',
  askText: '请发来通知的内容（可以分几行写好后一次发来）。随时回复「取消」放弃。',
  textEmpty: '通知内容不能为空，请发来要通知的文字。',
  textTooLong: (n: number, max: number) => `通知有 ${n} 个字，超过了 ${max} 字的上限，请精简后再发来。`,
  askAudience: (departments: readonly string[], teams: readonly string[]) =>
    `发给谁？请回复「全体」、部门（${departments.join('、')}）、小组（${teams.join('、')}），或同事姓名；多个用顿号隔开。`,
  audienceUnknown: (names: readonly string[]) =>
    `名录里找不到：${names.join('、')}。请用部门、小组的全称或同事的全名，多个用顿号隔开。`,
  audienceEmpty: '这个范围里除了您本人没有其他同事，请换一个发送对象。',
  audienceFirst: '还没选发给谁，先告诉我发送对象：「全体」、部门、小组，或同事姓名。',
  /** 「全体」 sent where the text was asked: the audience, taken; the text still asked. */
  audienceTakenAskText: (label: string) => `好的，发给${label}。请发来通知的内容（可以分几行写好后一次发来）。`,
  /** A sentence sent where the audience was asked: more of the text, added (the preview shows it all). */
  textAdded:
    '已把这段接在通知内容后面（发送前会给您预览全文）。\n现在请告诉我发给谁：「全体」、部门、小组，或同事姓名。',
  /** After an answer to something else, where the notice being written stands. */
  composeAside: (next: string) => `（您的通知还没发：接着告诉我${next}，回复「取消」可放弃。）`,
  askTime: '什么时候发？回复「现在」立即发送，或写明时间，如「12月1日 9:00 发」。',
  timeUnclear: '没看懂这个时间。请回复「现在」，或写成「12月1日 9:00 发」「明天下午3点」这样。',
  timePast: (at: Date) => `${formatDateTime(at)}这个时间已经过了，请给一个之后的时间，或回复「现在发」。`,
  timeNeedsHour: '请说具体几点发，如「今晚8点」「明天下午3点」，或回复「现在发」。',
  timeChoices:
    '还是没看懂这个时间。请直接回复：\n· 「现在发」立即发送\n· 日期和时间，如「明天 9:00 发」\n· 「取消」放弃这条通知',
  timeChoicesTitle: '什么时候发？',
  composeCancelled: '好的，已取消发通知，没有发出任何内容。',
  oddTime: (at: Date, odd: OddSendTime) => {
    const night = `在深夜（${QUIET_FROM_HOUR}:00–0${QUIET_UNTIL_HOUR}:00），会打扰大家休息`;
    const why = odd.kind === 'night' ? night : odd.holiday ? `是${odd.holiday}假期（休息日）` : '是休息日';
    return `${formatDateTime(at)}${why}。确定在这个时间发吗？回复「是」按这个时间发送，或回复另一个时间（如「明天 9:00」），或「现在发」。`;
  },
  timeTooFar: '最多只能提前一年安排通知，请换一个时间。',
  preview: (text: string, label: string, count: number, sendAt: Date | null, referenceYear: number) =>
    [
      '请确认这条通知：',
      '————————',
      text,
      '————————',
      `发送对象：${label}，共 ${count} 人（不含您本人）`,
      `发送时间：${sendAt ? formatDateTime(sendAt, { referenceYear }) : '确认后立即发送'}`,
      '每人私信收到，回复「收到」即为确认。',
      '回复「确认」发送；要修改可回复「改内容」「改对象」「改时间」；回复「取消」放弃。',
    ].join('\n'),
  confirmUnclear: '请回复「确认」发送，或「改内容」「改对象」「改时间」，或「取消」放弃。',
  createdNow: (id: number, count: number) =>
    `通知 ${id} 正在发送给 ${count} 位同事。之后可以发「通知 ${id} 状态」查看谁已确认。`,
  createdLater: (id: number, count: number, at: Date) =>
    `通知 ${id} 已安排在 ${formatDateTime(at)} 发送给 ${count} 位同事。发「待发通知」查看，发「取消通知 ${id}」可取消。`,

  // what recipients get
  notice: (id: number, text: string, author: string) => `📢 通知 ${id}\n${text}\n—— ${author}（人力资源部）`,
  reminder: (id: number, text: string, author: string) =>
    `⏰ 提醒：您还没有确认通知 ${id}。\n${text}\n—— ${author}（人力资源部）`,
  ackTitle: '确认收到',

  // acknowledgements
  acked: (id: number) => `已确认收到通知 ${id}，谢谢！`,
  ackOutcome: (name: string, at: Date) => `已收到 · ${name} · ${formatDateTime(at)}`,
  alreadyAcked: (id: number) => `您已经确认过通知 ${id}了，谢谢。`,
  notRecipient: (id: number) => `通知 ${id} 不是发给您的，不需要确认。`,
  nothingToAck: '目前没有需要您确认的通知。',
  notReceivedYet: (id: number) => `通知 ${id} 还没有发给您，收到后再确认就好。`,
  othersOpen: (items: readonly { id: number; text: string }[]) =>
    `您还有 ${items.length} 条通知未确认：\n${items.map((n) => `通知 ${n.id} ${snippet(n.text)}`).join('\n')}\n` +
    `逐条回复「收到 ${items[0]!.id}」这样确认。`,

  /** A bare 「好的」 when a notice and the bot's last answer both wait for one. */
  okWhich: (items: readonly { id: number; text: string }[]) =>
    [
      `您还有 ${items.length} 条通知未确认：`,
      ...items.map((n) => `通知 ${n.id} ${snippet(n.text)}`),
      `是确认通知的话，请回复「收到 ${items[0]!.id}」。`,
    ].join('\n'),
  whichToAck: (items: readonly { id: number; text: string }[]) =>
    [
      `您有 ${items.length} 条通知未确认，是哪一条？`,
      ...items.map((n) => `通知 ${n.id} ${snippet(n.text)}`),
      `请逐条回复「收到 ${items[0]!.id}」这样确认。`,
    ].join('\n'),
  ackPrivately: '您有几条通知待确认，已私信您，请在私聊里回复。',

  // 「我确认了哪些通知」
  mineNone: (days: number) => `最近${days}天没有发给您的通知。`,
  mine: (
    days: number,
    acked: readonly { id: number; text: string; at: Date }[],
    open: readonly { id: number; text: string }[],
  ) =>
    [
      `最近${days}天发给您的通知：`,
      ...(open.length ? ['未确认：', ...open.map((n) => `· 通知 ${n.id} ${snippet(n.text)}`)] : []),
      ...(acked.length
        ? ['已确认：', ...acked.map((n) => `· 通知 ${n.id} ${snippet(n.text)}（${formatDateTime(n.at)} 确认）`)]
        : []),
      open.length ? `回复「收到 ${open[0]!.id}」这样逐条确认。` : '都已确认，谢谢！',
    ].join('\n'),

  // HR's commands
  notFound: (id: number) => `没有找到通知 ${id}，请核对编号。`,
  pendingNone: '目前没有待发的通知。',
  noneSent: '还没有发过通知。发「发通知」开始写一条。',
  pending: (lines: readonly string[]) =>
    `待发通知 ${lines.length} 条：\n${lines.join('\n')}\n发「取消通知 编号」可取消。`,
  pendingLine: (id: number, at: Date, label: string, count: number, text: string) =>
    `· 通知 ${id} · ${formatDateTime(at)} · ${label}（${count} 人）${snippet(text)}`,
  cancelled: (id: number) => `已取消通知 ${id}，不会发出。`,
  confirmCancel: (id: number) => `要取消通知 ${id}，请发「取消通知 ${id}」确认。`,
  cancelAlreadySent: (id: number) => `通知 ${id} 已经发出，无法取消了。`,
  cancelNotSent: (id: number) =>
    `通知 ${id} 已过发送时间，但没有发出（发「通知 ${id} 状态」看原因）。不发「补发通知 ${id}」就不会再发出。`,
  cancelPartlySent: (id: number, sent: number, total: number) =>
    `通知 ${id} 已经发给 ${sent}/${total} 人，无法取消了。其余没有收到的，不发「补发通知 ${id}」就不会再发出。`,
  cancelSending: (id: number) => `通知 ${id} 已到发送时间，正在发送，无法取消了。发「通知 ${id} 状态」查看进度。`,
  cancelAlreadyCancelled: (id: number) => `通知 ${id} 之前已经取消了。`,
  wasCancelled: (id: number, at: Date) => `通知 ${id} 已于 ${formatDateTime(at)} 取消，没有发出。`,
  notSentYet: (id: number, at: Date, count: number) =>
    `通知 ${id} 待发送：定于 ${formatDateTime(at)} 发送给 ${count} 人，还没有发出。`,
  pausedAhead: '定时发送目前已暂停：到时仍在暂停的话，这条通知会暂时扣住，恢复后由您决定是否补发。',
  statusHead: (id: number, text: string, phase: string) => `通知 ${id} ${snippet(text)}\n${phase}`,
  phaseQueued: (total: number) => `待发送：正在发给 ${total} 人（一分钟内开始）。`,
  phasePausedBefore: (at: Date) => `已暂停：定于 ${formatDateTime(at)} 发送，定时发送暂停中，还没有发出。`,
  phasePaused: (sent: number, total: number) =>
    `已暂停：已发出 ${sent}/${total} 人，其余因定时发送暂停而扣住，没有发出。`,
  phaseSending: (sent: number, total: number) => `发送中 ${sent}/${total}：其余的正在发送或稍后重试。`,
  phaseSent: (at: Date, total: number, acked: number) =>
    `已发出：${formatDateTime(at)} 发出，共 ${total} 人：已确认 ${acked} 人，未确认 ${total - acked} 人。`,
  phaseNotSent: (reasons: readonly string[], total: number) =>
    `未发出（${reasons.join('、')}）：${total} 人都没有收到。`,
  phasePartly: (at: Date, sent: number, total: number, reasons: readonly string[]) =>
    `已发出 ${sent}/${total} 人（${formatDateTime(at)}起），${total - sent} 人未收到（${reasons.join('、')}）。`,
  ackCounts: (acked: number, open: number) => `收到的同事中：已确认 ${acked} 人，未确认 ${open} 人。`,
  missReason: {
    paused: '暂停期间到期',
    downtime: '机器人未运行，已过时效',
    unreachable: '联系不上',
    failed: '发送失败',
    gone: '已不在名录',
  } as const,
  notReceivedTitle: (n: number, reason: string) => `未收到（${n} 人，${reason}）`,
  resendHint: (id: number) => `发「补发通知 ${id}」可以把没有发出的补发给他们（联系不上的除外）。`,
  resendAfterResume: (id: number) => `恢复定时发送后，发「补发通知 ${id}」可以补发。`,
  statusGroup: (title: string, lines: readonly string[]) => `${title}：\n${lines.join('\n')}`,
  unconfirmedTitle: (n: number) => `未确认（${n} 人）`,
  confirmedTitle: (n: number) => `已确认（${n} 人）`,
  leftDirectory: '（已不在名录）',
  remindHint: (id: number) => `发「提醒未确认 ${id}」可以提醒未确认的同事一次。`,
  remindedAt: (at: Date) => `已于 ${formatDateTime(at)} 提醒过未确认的同事。`,
  remindAllAcked: (id: number) => `通知 ${id} 大家都已确认，不需要提醒。`,
  remindAlready: (id: number, at: Date) =>
    `通知 ${id} 已在 ${formatDateTime(at)} 提醒过一次未确认的同事。为免打扰，不再重复提醒；发「通知 ${id} 状态」可查看名单，个别同事请直接联系。`,
  reminding: (id: number, n: number, neverReceived: number) =>
    `好的，正在提醒通知 ${id} 未确认的 ${n} 位同事。` +
    (neverReceived ? `另有 ${neverReceived} 人没有收到这条通知，不提醒（发「通知 ${id} 状态」看原因）。` : ''),
  remindNobodyReceived: (id: number) => `通知 ${id} 还没有人收到，不需要提醒。发「通知 ${id} 状态」查看原因。`,
  remindOnlyUnreceived: (id: number, n: number) =>
    `收到通知 ${id} 的同事都已确认；另有 ${n} 人没有收到，不提醒。发「通知 ${id} 状态」查看原因。`,

  // 补发 (sending again what did not go out)
  resending: (id: number, n: number) => `好的，正在把通知 ${id} 补发给没有收到的 ${n} 位同事。`,
  resendPaused: '定时发送还在暂停中，补发也发不出去。请先发「恢复定时发送」，再补发。',
  resendNothingAllSent: (id: number) => `通知 ${id} 已经发给所有人了，不需要补发。`,
  resendNothingWaiting: (id: number) => `通知 ${id} 正在发送中，不需要补发。发「通知 ${id} 状态」查看进度。`,
  resendNothingUnreachable: (id: number) =>
    `通知 ${id} 没有可以补发的：没收到的同事联系不上或已不在名录，补发也发不到，请直接联系本人。`,
  resendNotYet: (id: number) => `通知 ${id} 还没到发送时间，不需要补发。`,
};
