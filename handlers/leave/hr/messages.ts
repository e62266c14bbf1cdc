import { formatDays, formatHours } from '../format-span.ts';

/** What HR's leave commands say. */
export const hrLeaveText = {
  onlyHr: '这个功能只对人力资源部开放。',
  listTitle: (label: string, n: number) => `请假记录（${label}）：共${n}份`,
  listEmpty: (label: string) => `没有找到请假记录（${label}）。`,
  listMore: (n: number) => `……另有${n}份未列出，请缩小范围，或用 tonggong export leave 导出。`,
  listTotals: (parts: readonly string[]) => `合计（不含已驳回、已撤回）：${parts.join('，')}`,
  listHint: '可按月份、姓名、小组、状态筛选，如「请假记录 2026-11 长者服务组 已批准」。',
  unknownFilter: (word: string) => `“${word}”不是月份、姓名、小组或状态，请再确认。`,
  adjustUsage: '格式：调整余额 姓名 年假 +1 理由，或 调整余额 姓名 调休 -4小时 理由。',
  /** 「给孙浩的年假加2天」: the command that does it, filled in, with the reason (or where to write it). */
  adjustSaidSo: (command: string, reason?: string) =>
    reason
      ? `要调整余额，请发下面这一句（理由会记入余额变动记录）：\n${command} ${reason}`
      : `要调整余额，请这样发（理由会记入余额变动记录）：\n${command} 理由`,
  adjustNeedReason: '请写上调整的理由（会记入余额变动记录），如「调整余额 郑雨 年假 +1 补录2025年结转」。',
  noSuchStaff: (q: string) => `没有找到“${q}”，请用姓名或工号。`,
  adjustShort: (available: number) => `调休可用只有${formatHours(available)}小时，不能扣减更多。`,
  adjusted: (name: string, what: string, amount: string, reason: string) =>
    `已调整${name}的${what}：${amount}（理由：${reason}），已记入余额变动记录并通知本人。`,
  toPerson: (what: string, amount: string, reason: string) =>
    `人力资源部调整了您的${what}余额：${amount}（理由：${reason}）。发「我还有几天年假」或「调休还剩多少」可查看。`,
  annualAmount: (n: number) => `${n > 0 ? '+' : ''}${formatDays(n)}天`,
  compAmount: (n: number) => `${n > 0 ? '+' : ''}${formatHours(n)}小时`,
  historyTitle: (name: string) => `${name}的余额变动记录（最近50条）：`,
  historyEmpty: (name: string) => `${name}还没有余额变动记录。`,
  entry: {
    'request-hold': '请假占用',
    'request-release': '释放',
    'overtime-credit': '加班计入',
    correction: '人事调整',
  } as Record<string, string>,
  digestTitle: (day: string) => `【请假加班备案汇总】${day}（上次汇总之后的申请和审批结果）`,
  /** No digest was ever delivered (the bot was down at every digest time so far): everything on record. */
  digestTitleFirst: (day: string) => `【请假加班备案汇总】${day}（首次汇总：机器人启用以来的全部申请和审批结果）`,
  /** When earlier digests did not reach HR (the bot was down): this one starts where the last delivered one ended. */
  digestTitleSince: (day: string, since: string) =>
    `【请假加班备案汇总】${day}（${since}以来的申请和审批结果，含之前未送达的备案）`,
  digestRequests: (n: number) => `新申请 ${n} 份：`,
  digestDecisions: (n: number) => `审批结果 ${n} 份：`,
  digestHint: '详情发「请假记录 姓名」查看。',
  exportUsage: (month: string) =>
    `导出请假表：在管理后台的「请假加班」页选${Number(month.slice(5))}月，点「请假 Excel」（发「登录后台」获取登录链接）；` +
    `或在服务器上运行 tonggong export leave --month ${month}。`,
};
